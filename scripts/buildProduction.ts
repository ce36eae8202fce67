/**
 * npm run build:productie -- https://apps.uwcorporatie.nl/mengwijzer/
 *
 * The production build for a corporation's own static https host: webpack in production mode into dist/, then
 * dist/manifest.xml rewritten for the given base URL (no localhost anywhere), then a check that no built page or script
 * fetches anything from another host than that one, except Office.js from Microsoft (src/deploy/productionManifest.ts).
 * Upload everything in dist/ to the base URL; give the Microsoft 365 admin centre dist/manifest.xml
 * (README: "Installeren in uw organisatie").
 *
 * Options: --dist <map> (default dist), --no-webpack (package an existing build again, e.g. for another URL; the
 * webpack output itself does not depend on the URL: scripts load each other relative to the page).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { externalLoads, normalizeBaseUrl, productionManifest } from "../src/deploy/productionManifest";

const root = path.resolve(__dirname, "..");

export interface PackageResult {
  manifestPath: string;
  files: number;
  problems: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Writes <dist>/manifest.xml for `baseUrl` from the project's manifest.xml and checks the built files. */
export function packageForHost(baseUrl: string, dist: string): PackageResult {
  const base = normalizeBaseUrl(baseUrl);
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    throw new Error(`Geen build gevonden in ${dist} (taskpane.html ontbreekt); draai eerst zonder --no-webpack.`);
  }
  const manifest = productionManifest(readFileSync(path.join(root, "manifest.xml"), "utf8"), base);
  const manifestPath = path.join(dist, "manifest.xml");
  writeFileSync(manifestPath, manifest);
  const files = walk(dist);
  const problems: string[] = [];
  for (const file of files) {
    if (!/\.(html?|css|m?js)$/i.test(file)) continue;
    for (const url of externalLoads(file, readFileSync(file, "utf8"))) problems.push(`${path.relative(dist, file)} laadt ${url}`);
  }
  for (const needed of ["taskpane.html", "functions.json", "functions-en.json", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]) {
    if (!existsSync(path.join(dist, needed))) problems.push(`${needed} ontbreekt in de build`);
  }
  return { manifestPath, files: files.length, problems };
}

function main(argv: string[]): void {
  const args = argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--dist");
  const baseUrl = positional[0] ?? process.env.MENGWIJZER_BASE_URL;
  if (!baseUrl) {
    console.error("Geef het https-adres waarop u de bestanden zet, bijvoorbeeld:\n  npm run build:productie -- https://apps.uwcorporatie.nl/mengwijzer/");
    process.exit(2);
  }
  const dist = path.resolve(root, option("--dist") ?? "dist");
  try {
    normalizeBaseUrl(baseUrl);
    if (!flag("--no-webpack")) {
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist], { cwd: root, stdio: "inherit" });
    }
    const result = packageForHost(baseUrl, dist);
    if (result.problems.length > 0) {
      console.error(`De build is niet op zichzelf staand:\n- ${result.problems.join("\n- ")}`);
      process.exit(1);
    }
    console.log(`Klaar: ${result.files} bestanden in ${dist}. Zet ze op ${normalizeBaseUrl(baseUrl)} en geef ${result.manifestPath} aan het Microsoft 365-beheercentrum.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (require.main === module) main(process.argv);
