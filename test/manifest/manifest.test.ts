/**
 * Offline checks of manifest.xml: Microsoft's XSD (from ../shared/office-schemas; see test/sharedFolder.ts when it is absent) and the
 * project's own structural checks, which always run: every resid resolves, every URL is https, icons exist at the sizes
 * the schema asks for, resource ids fit in 32 characters, one function namespace (MENG) in every language, English
 * metadata for exactly the English cultures the report writer knows, and the requirement sets.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ENGLISH_METADATA_LOCALES } from "../../src/core/report/customFunctionIds";
import { requireTool, sharedPath } from "../sharedFolder";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
// Microsoft's schemas (../shared/office-schemas) and xmllint: under CI a missing one fails this file; locally the XSD
// check is skipped with a notice. The structural checks below always run.
const schemaDir = sharedPath("office-schemas", "manifest.test: the XSD validation of manifest.xml");
const schemaReady =
  schemaDir !== null &&
  requireTool(hasXmllint(), "xmllint", "manifest.test: the XSD validation of manifest.xml", "Install the Debian package libxml2-utils (apt-get install libxml2-utils).");

function hasXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Resource definitions: id → element text (the whole tag). */
function resources(): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of manifest.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"[^>]*>/g)) map.set(m[2], m[0]);
  return map;
}

describe("manifest.xml", () => {
  (schemaReady ? it : it.skip)("validates against Microsoft's XSD (../shared/office-schemas)", () => {
    const schema = path.join(schemaDir ?? "", "OfficeAppManifestV1_1.xsd");
    expect(existsSync(schema)).toBe(true);
    const out = execFileSync("xmllint", ["--noout", "--schema", schema, path.join(root, "manifest.xml")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out).toBe("");
  });

  it("resolves every resid to a resource, with ids of at most 32 characters", () => {
    const defined = resources();
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined.has(id)).toBe(true);
    for (const id of [...defined.keys(), ...used]) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("uses https for every URL", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    urls.push(...[...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://")).toBe(true);
  });

  it("has icons at the sizes the schema asks for, as real PNG files of that size", () => {
    const pngSize = (file: string) => {
      const buf = readFileSync(file);
      expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
      return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
    };
    const fileOf = (url: string) => path.join(root, "assets", path.basename(new URL(url).pathname));
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)![1];
    const hiRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)![1];
    expect(pngSize(fileOf(icon))).toEqual([32, 32]);
    expect(pngSize(fileOf(hiRes))).toEqual([64, 64]);
    const defined = resources();
    for (const m of manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
      const url = /DefaultValue="([^"]+)"/.exec(defined.get(m[2])!)![1];
      const size = Number(m[1]);
      expect(pngSize(fileOf(url))).toEqual([size, size]);
    }
    const sizes = new Set([...manifest.matchAll(/<bt:Image size="(\d+)"/g)].map((m) => m[1]));
    expect([...sizes].sort()).toEqual(["16", "32", "80"]);
  });

  it("declares a shared runtime used by the task pane, the commands and the custom functions", () => {
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  });

  it("has one namespace, MENG, with no per-language override", () => {
    expect(manifest).toMatch(/<DefaultLocale>nl-NL<\/DefaultLocale>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="MENG"\/>/);
    expect(manifest).not.toMatch(/\bMIX\b/);
  });

  it("points exactly the English cultures the report writer knows at functions-en.json", () => {
    const block = /<bt:Url id="Functions.Metadata.Url" DefaultValue="([^"]+)">([\s\S]*?)<\/bt:Url>/.exec(manifest);
    expect(block).not.toBeNull();
    expect(block![1]).toMatch(/\/functions\.json$/);
    const overrides = [...block![2].matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]+)"\/>/g)];
    expect(overrides.map((m) => m[1]).sort()).toEqual([...ENGLISH_METADATA_LOCALES].sort());
    for (const m of overrides) expect(m[2]).toMatch(/\/functions-en\.json$/);
  });

  it("declares the requirement sets it needs at minimum", () => {
    const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sets).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1", "ExcelApi 1.7"]);
  });

  it("asks for no more than it needs: read/write of the document, nothing else", () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });
});
