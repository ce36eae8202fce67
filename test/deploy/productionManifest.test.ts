/**
 * The production build for a corporation's own https host (issue 8, point 7): the manifest for an example base URL holds
 * no localhost, points every address at that host, validates against Microsoft's XSD (../shared/office-schemas), and
 * the built files load nothing from elsewhere except Office.js.
 *
 * The webpack output does not depend on the base URL (pages load their scripts relative to themselves), so the packaging
 * step is run here on the build `npm test` made just before Jest (npm run build → dist/), copied to a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { externalLoads, manifestUrls, normalizeBaseUrl, OFFICE_SCRIPT, productionManifest } from "../../src/deploy/productionManifest";
import { packageForHost } from "../../scripts/buildProduction";

const root = path.resolve(__dirname, "../..");
const developmentManifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const schemaDir = path.resolve(root, process.env.MENGWIJZER_SHARED ?? "../shared", "office-schemas");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");
const EXAMPLE = "https://apps.voorbeeldcorporatie.nl/mengwijzer/";

function xmllintAvailable(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** xmllint's verdict on a manifest text; null when the check cannot run outside CI (it fails under CI=true). */
function validate(manifest: string): string | null {
  if (!existsSync(schema) || !xmllintAvailable()) {
    const why = !existsSync(schema) ? `${schemaDir} is missing` : "xmllint is missing (Debian package libxml2-utils)";
    if (process.env.CI === "true") throw new Error(`Schema check impossible: ${why}.`);
    console.warn(`Schema check skipped: ${why}.`);
    return null;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "mengwijzer-manifest-"));
  try {
    const file = path.join(dir, "manifest.xml");
    writeFileSync(file, manifest);
    return execFileSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("normalizeBaseUrl", () => {
  it("accepts an https address and always ends it in /", () => {
    expect(normalizeBaseUrl("https://apps.corporatie.nl/mengwijzer")).toBe("https://apps.corporatie.nl/mengwijzer/");
    expect(normalizeBaseUrl(" https://addin.corporatie.nl ")).toBe("https://addin.corporatie.nl/");
    expect(normalizeBaseUrl("https://apps.corporatie.nl:8443/a/b/")).toBe("https://apps.corporatie.nl:8443/a/b/");
  });

  it.each([
    ["http://apps.corporatie.nl/", /https:\/\//],
    ["https://localhost:3000/", /alleen op uw eigen computer/],
    ["https://127.0.0.1/", /alleen op uw eigen computer/],
    ["https://[::1]/", /alleen op uw eigen computer/],
    ["https://dev.localhost/", /alleen op uw eigen computer/],
    ["https://apps.corporatie.nl/?x=1", /\?-deel of #-deel/],
    ["https://apps.corporatie.nl/#top", /\?-deel of #-deel/],
    ["https://gebruiker:geheim@apps.corporatie.nl/", /gebruikersnaam/],
    ["apps.corporatie.nl/mengwijzer", /geen volledig webadres/],
    ["", /geen volledig webadres/],
  ])("refuses %s with a Dutch reason", (input, reason) => {
    expect(() => normalizeBaseUrl(input)).toThrow(reason);
  });
});

describe("productionManifest for an example host", () => {
  const manifest = productionManifest(developmentManifest, EXAMPLE);

  it("contains no localhost and no development comment", () => {
    expect(manifest).not.toMatch(/localhost|127\.0\.0\.1/i);
    expect(manifest).not.toMatch(/<!--/);
  });

  it("points every address at the host: files under the base URL, the app domain at its origin", () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) expect(url === "https://apps.voorbeeldcorporatie.nl" || url.startsWith(EXAMPLE)).toBe(true);
    expect(manifest).toContain("<AppDomain>https://apps.voorbeeldcorporatie.nl</AppDomain>");
    expect(manifest).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${EXAMPLE}functions.json">`);
    expect(manifest).toContain(`<bt:Override Locale="en-GB" Value="${EXAMPLE}functions-en.json"/>`);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${EXAMPLE}taskpane.html"/>`);
  });

  it("changes nothing else: the same elements, ids and namespace as the development manifest", () => {
    const shape = (xml: string) =>
      xml.replace(/<!--[\s\S]*?-->\s*/g, "").replace(/https:\/\/[^"<]+/g, "URL").replace(/\s+/g, " ");
    expect(shape(manifest)).toBe(shape(developmentManifest));
  });

  it("validates against Microsoft's XSD (xmllint)", () => {
    const verdict = validate(manifest);
    if (verdict !== null) expect(verdict).toBe("");
  });

  it("refuses a manifest that would still point at localhost somewhere", () => {
    const broken = developmentManifest.replace("</OfficeApp>", '<!-- x --></OfficeApp>').replace(
      '<SupportUrl DefaultValue="https://localhost:3000/preview.html"/>',
      '<SupportUrl DefaultValue="https://localhost:4000/preview.html"/>',
    );
    expect(() => productionManifest(broken, EXAMPLE)).toThrow(/localhost/);
  });
});

describe("externalLoads", () => {
  it("finds what a page or script would fetch from another host, and allows Office.js", () => {
    const html = `<script src="${OFFICE_SCRIPT}"></script><script src="https://cdn.example.com/react.js"></script>
      <link rel="stylesheet" href="//fonts.example.com/x.css"><img src="assets/icon-32.png"><style>a{background:url('https://img.example.com/a.png')}</style>`;
    expect(externalLoads("taskpane.html", html)).toEqual(["https://cdn.example.com/react.js", "//fonts.example.com/x.css", "https://img.example.com/a.png"]);
    const js = `const a="see https://react.dev/errors/418";import("https://cdn.example.com/mod.js");fetch('https://telemetry.example.com/x')`;
    expect(externalLoads("taskpane.js", js)).toEqual(["https://cdn.example.com/mod.js", "https://telemetry.example.com/x"]);
  });
});

describe("the production build for an example URL", () => {
  const dist = path.join(root, "dist");

  it("packages the webpack build into a self-contained folder with a manifest for the host", () => {
    if (!existsSync(path.join(dist, "taskpane.html"))) {
      if (process.env.CI === "true") throw new Error("dist/ is missing: npm test builds it before Jest (npm run build).");
      console.warn("Packaging check skipped: no dist/ (run npm run build first).");
      return;
    }
    const out = mkdtempSync(path.join(os.tmpdir(), "mengwijzer-dist-"));
    try {
      cpSync(dist, out, { recursive: true });
      const result = packageForHost(EXAMPLE, out);
      expect(result.problems).toEqual([]);
      const written = readFileSync(result.manifestPath, "utf8");
      expect(written).not.toMatch(/localhost/i);
      const verdict = validate(written);
      if (verdict !== null) expect(verdict).toBe("");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
