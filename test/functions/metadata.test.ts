/**
 * functions.json (Dutch, from the JSDoc) and functions-en.json (English) against the catalogue of BRIEF.md: every id
 * there, with its Dutch name and argument order; the registry holds exactly the same ids.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { customFunctions } from "../../src/functions/registry";
import { englishMetadata } from "../../src/functions/englishNames";
import { toEnglishMetadata, type Metadata } from "../../src/functions/localization";

/** The catalogue of BRIEF.md: id → [Dutch name (without MENG.), argument names]. */
const catalogue: Record<string, [string, string[]]> = {
  SHARE: ["AANDEEL", ["categorieën", "categorie", "gewichten"]],
  ENTROPY: ["ENTROPIE", ["categorieën", "gewichten", "aantal_categorieën"]],
  SIMPSON: ["DIVERSITEIT", ["categorieën", "gewichten"]],
  TARGET_GAP: ["DOELAFSTAND", ["categorieën", "doelcategorieën", "doelaandelen", "gewichten"]],
  DISSIMILARITY: ["DISSIMILARITEIT", ["gebieden", "categorieën", "groep", "referentiegroep", "gewichten"]],
  DISSIMILARITY_MULTI: ["DISSIMILARITEIT.MULTI", ["gebieden", "categorieën", "gewichten"]],
  THEIL: ["THEIL", ["gebieden", "categorieën", "gewichten"]],
  MUTUAL_INFO: ["MUTUELEINFORMATIE", ["gebieden", "categorieën", "gewichten"]],
  ISOLATION: ["ISOLATIE", ["gebieden", "categorieën", "groep", "gewichten"]],
  EXPOSURE: ["BLOOTSTELLING", ["gebieden", "categorieën", "groep", "andere_groep", "gewichten"]],
  LOCATION_QUOTIENT: ["LOCATIEQUOTIENT", ["gebieden", "categorieën", "gebied", "groep", "gewichten"]],
  SCALE: ["SCHAAL", ["fijne_gebieden", "grove_gebieden", "categorieën", "gewichten"]],
  BY_AREA: ["PERGEBIED", ["gebieden", "categorieën", "gewichten"]],
  VITALITY: ["VITALITEIT", ["leefbaarheid", "organisatiekracht", "veerkracht"]],
  VITALITY_FLAG: ["VITALITEIT.OORDEEL", ["score", "drempel"]],
  LIVABILITY_POINTS: ["PUNTEN.LEEFBAARHEID", []],
  ORGANISATION_POINTS: ["PUNTEN.ORGANISATIEKRACHT", ["wijkraad", "wijkregisseur"]],
  RESILIENCE_POINTS: ["PUNTEN.VEERKRACHT", ["overlastmaat", "grens_laag", "grens_hoog"]],
  NORM: ["NORM", ["naam", "jaar", "normen"]],
  // issue 9: every function that reads a categorical field takes the optional value mapping `waarden` last
  SEGMENT: ["SEGMENT", ["kale_huur", "wws_punten", "eigendom", "jaar", "normen", "toon_signaal", "waarden"]],
  AFFORDABLE_PURCHASE: ["BETAALBAREKOOP", ["koopprijs", "jaar", "normen"]],
  PRIORITY_SHARE: ["VOORRANG.AANDEEL", ["toewijzingsgronden", "datums", "jaar", "waarden"]],
  PRIORITY_CHECK: ["VOORRANG.TOETS", ["toewijzingsgronden", "datums", "jaar", "maximum", "normen", "soorten_woning", "aangewezen_categorieën", "waarden"]],
  INCOME_CHECK: ["TOEWIJZING.INKOMEN", ["inkomens", "huishoudgroottes", "datums", "jaar", "normen"]],
  FIT_CHECK: ["TOEWIJZING.PASSEND", ["huren", "huishoudgroottes", "huurtoeslaggerechtigd", "datums", "jaar", "normen", "inkomens", "leeftijden", "waarden"]],
  // Issue 14: change over time and how sure a figure is (not in BRIEF.md's table; ids in its style).
  CHANGE: ["VERANDERING", ["gebieden_1", "categorieën_1", "gebieden_2", "categorieën_2", "gewichten_1", "gewichten_2", "methode"]],
  LOCAL_SEGREGATION: ["LOKALESEGREGATIE", ["gebieden", "categorieën", "gewichten"]],
  RANDOM_BASELINE: ["TOEVAL", ["gebieden", "categorieën", "gewichten", "groep"]],
  CONFIDENCE_INTERVAL: ["INTERVAL", ["gebieden", "categorieën", "gewichten", "groep", "trekkingen", "betrouwbaarheid", "startwaarde"]],
  // Issue 15: the stock after a scenario, as weights for every index function.
  SCENARIO_STOCK: ["SCENARIO.VOORRAAD", ["gebieden", "categorieën", "scenario", "gewichten", "tot_jaar", "waarden"]],
};

const functionFiles = ["mixFunctions", "segregationFunctions", "ruleFunctions", "allocationFunctions", "vitalityFunctions", "changeFunctions", "scenarioFunctions"]
  .map((f) => path.resolve(__dirname, `../../src/functions/${f}.ts`))
  .filter((f) => existsSync(f));

let metadata: Metadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(functionFiles, true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
}, 60_000);

describe("custom function metadata", () => {
  it("has exactly the registry's ids", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(customFunctions).sort());
  });

  it("uses the catalogue's Dutch names and argument order for every id it has", () => {
    for (const fn of metadata.functions) {
      const expected = catalogue[fn.id];
      expect(expected).toBeDefined();
      expect(fn.name).toBe(expected[0]);
      // LIVABILITY_POINTS' single argument is not named in the brief; the others are, in this order.
      // Arguments added after the catalogue's (allowed by the brief) must be optional, so existing formulas keep working.
      if (expected[1].length > 0) {
        expect(fn.parameters.slice(0, expected[1].length).map((p) => p.name)).toEqual(expected[1]);
        for (const extra of fn.parameters.slice(expected[1].length)) expect(extra.optional).toBe(true);
      }
    }
  });

  it("has every catalogue id once all modules are in", () => {
    const missing = Object.keys(catalogue).filter((id) => !(id in customFunctions));
    expect(missing).toEqual([]);
  });

  it("follows Microsoft's naming rule in both languages: a letter first, at least 3 characters, letters/_/. only", () => {
    // learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming: id and name start with a letter and are at
    // least three characters; an id uses A-Z, 0-9, _ and .; a name any Unicode letters, _ and .
    const english = toEnglishMetadata(metadata, englishMetadata);
    for (const fn of [...metadata.functions, ...english.functions]) {
      expect(fn.name.length).toBeGreaterThanOrEqual(3);
      expect(fn.name).toMatch(/^\p{L}[\p{L}_.]*$/u);
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    }
  });

  it("gives every name to one function only, across the Dutch and the English file", () => {
    const english = toEnglishMetadata(metadata, englishMetadata);
    const owner = new Map<string, string>();
    for (const fn of [...metadata.functions, ...english.functions]) {
      const seen = owner.get(fn.name.toUpperCase());
      // The same name in both files is fine only for the same function (THEIL, NORM, SEGMENT).
      if (seen !== undefined) expect(`${fn.name}: ${seen}`).toBe(`${fn.name}: ${fn.id}`);
      owner.set(fn.name.toUpperCase(), fn.id);
    }
    expect(new Set(metadata.functions.map((f) => f.name)).size).toBe(metadata.functions.length);
    expect(new Set(english.functions.map((f) => f.name)).size).toBe(english.functions.length);
  });

  it("derives en-US metadata with the same ids and English names for every function and parameter", () => {
    const english = toEnglishMetadata(metadata, englishMetadata);
    expect(english.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const fn of english.functions) {
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(fn.name).toBe(fn.id.replace(/_/g, "."));
      for (const p of fn.parameters) expect(p.name).toMatch(/^[a-z][a-z_0-9]*$/);
    }
  });
});
