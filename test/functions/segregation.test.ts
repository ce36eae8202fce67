import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { customFunctions } from "../../src/functions/registry";
import { segregationFunctionsEnglish } from "../../src/functions/segregationFunctions.en";
import { toEnglishMetadata, type Metadata } from "../../src/functions/localization";

const col = (...values: unknown[]) => values.map((v) => [v]);

// Buurt A = 3 soc + 1 koop, buurt B = 1 soc + 3 koop, as Excel passes two columns (one blank row).
const areas = col("A", "A", "A", "A", "", "B", "B", "B", "B");
const cats = col("soc", "Soc", "SOC ", "koop", "soc", "soc", "koop", "koop", "koop");

describe("segregation functions as Excel calls them", () => {
  it("DISSIMILARITEIT.MULTI, THEIL and MUTUELEINFORMATIE on 2-D columns with an omitted optional argument", () => {
    expect(customFunctions.DISSIMILARITY_MULTI(areas, cats, null as never)).toBeCloseTo(0.5, 15);
    expect(customFunctions.THEIL(areas, cats)).toBeCloseTo(0.18872187554086714, 15);
    expect(customFunctions.MUTUAL_INFO(areas, cats, undefined)).toBeCloseTo(0.75 * Math.log(1.5) + 0.25 * Math.log(0.5), 15);
  });
  it("reads weights stored as text and accepts rows instead of columns", () => {
    // X = 4 a, Y = 2 b + 2 c → D_M 0.8 (see test/core/segregationIndices.test.ts)
    expect(customFunctions.DISSIMILARITY_MULTI([["X", "Y", "Y"]], [["a", "b", "c"]], [["4"], ["2"], ["2,0"]])).toBeCloseTo(0.8, 15);
  });
  it("#VALUE! naming both sizes when the ranges differ; #VALUE! naming the row of a bad weight", () => {
    expect(() => customFunctions.THEIL(col("A", "B"), col("x"))).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/gebieden.*2 cellen.*categorieën.*1 cellen/) }),
    );
    expect(() => customFunctions.THEIL(col("A", "B"), col("x", "y"), col(1, "veel"))).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/rij 2.*veel/) }),
    );
  });
  it("#DIV/0! for THEIL and DISSIMILARITEIT.MULTI with one category, 0 for MUTUELEINFORMATIE", () => {
    expect(() => customFunctions.THEIL(col("A", "B"), col("soc", "soc"))).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
    expect(() => customFunctions.DISSIMILARITY_MULTI(col("A", "B"), col("soc", "soc"))).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
    expect(customFunctions.MUTUAL_INFO(col("A", "B"), col("soc", "soc"))).toBe(0);
  });
});

describe("SCHAAL (SCALE)", () => {
  it("spills a 4×2 block of Dutch labels and values", () => {
    const block = customFunctions.SCALE(
      col("a", "a", "b", "b", "c", "c", "d", "d"),
      col("W1", "W1", "W1", "W1", "W2", "W2", "W2", "W2"),
      col("soc", "soc", "koop", "koop", "soc", "koop", "soc", "koop"),
    );
    expect(block.map((r) => r[0])).toEqual(["M totaal", "M tussen grove gebieden", "M binnen grove gebieden", "aandeel binnen"]);
    expect(block[0][1]).toBeCloseTo(0.5 * Math.log(2), 15);
    expect(block[1][1]).toBe(0);
    expect(block[2][1]).toBeCloseTo(0.5 * Math.log(2), 15);
    expect(block[3][1]).toBeCloseTo(1, 15);
  });
  it("puts #DIV/0! in the within-share cell only when M total is 0", () => {
    const block = customFunctions.SCALE(col("a", "a", "b", "b"), col("W", "W", "W", "W"), col("x", "y", "x", "y"));
    expect(block.slice(0, 3).map((r) => r[1])).toEqual([0, 0, 0]);
    expect(block[3][1]).toEqual(expect.objectContaining({ code: "#DIV/0!" }));
  });
  it("#VALUE! naming a fine area under two coarse areas", () => {
    expect(() => customFunctions.SCALE(col("c1", "c1"), col("WK01", "WK02"), col("x", "y"))).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/'c1'.*'WK01'.*'WK02'/) }),
    );
  });
  it("#VALUE! when the coarse range has another size", () => {
    expect(() => customFunctions.SCALE(col("a", "b"), col("W"), col("x", "y"))).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/grove_gebieden/) }),
    );
  });
});

describe("PERGEBIED (BY_AREA)", () => {
  it("spills a header and one row per area, sorted BU2 before BU10", () => {
    const table = customFunctions.BY_AREA(col("BU10", "BU2", "BU10", "BU2"), col("sociale huur", "Sociale huur", "koop", "sociale huur"));
    expect(table[0]).toEqual(["gebied", "aantal", "aandeel koop", "aandeel sociale huur", "entropie", "LQ koop", "LQ sociale huur", "lokale score", "bijdrage aan M"]);
    // BU2 = 2 soc against P(soc) = ¾: L = ln(4/3), contribution ½ L
    expect(table[1]).toEqual(["BU2", 2, 0, 1, 0, 0, 4 / 3, Math.log(4 / 3), 0.5 * Math.log(4 / 3)]);
    expect(table[2][0]).toBe("BU10");
    expect(table[2][4]).toBeCloseTo(1, 15);
    // BU10 = ½ koop, ½ soc: L = ½ ln(½ / ¼) + ½ ln(½ / ¾)
    expect(table[2][7]).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 15);
    expect(table).toHaveLength(3);
  });
  it("uses weights", () => {
    const table = customFunctions.BY_AREA(col("A", "B"), col("x", "y"), col(3, 1));
    expect(table.slice(1).map((r) => [r[0], r[1]])).toEqual([["A", 3], ["B", 1]]);
  });
});

describe("metadata of the segregation functions", () => {
  let metadata: Metadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata("src/functions/segregationFunctions.ts");
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson) as Metadata;
  });
  it("has the fixed ids and Dutch names of BRIEF.md, and matrix results for the spilling functions", () => {
    const byId = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
    expect(Object.fromEntries(metadata.functions.map((f) => [f.id, f.name]))).toEqual({
      DISSIMILARITY_MULTI: "DISSIMILARITEIT.MULTI",
      THEIL: "THEIL",
      MUTUAL_INFO: "MUTUELEINFORMATIE",
      SCALE: "SCHAAL",
      BY_AREA: "PERGEBIED",
    });
    expect(byId.SCALE.parameters.map((p) => p.name)).toEqual(["fijne_gebieden", "grove_gebieden", "categorieën", "gewichten"]);
    expect(byId.BY_AREA.parameters.map((p) => p.name)).toEqual(["gebieden", "categorieën", "gewichten"]);
    expect(byId.SCALE.result).toEqual(expect.objectContaining({ dimensionality: "matrix" }));
    expect(byId.BY_AREA.result).toEqual(expect.objectContaining({ dimensionality: "matrix" }));
    for (const id of Object.keys(byId)) expect(customFunctions).toHaveProperty(id);
  });
  it("has English names (id with _ as .) and texts for every parameter", () => {
    const english = toEnglishMetadata(metadata, segregationFunctionsEnglish);
    for (const f of english.functions) expect(f.name).toBe(f.id.replace(/_/g, "."));
    expect(english.functions.find((f) => f.id === "SCALE")!.parameters.map((p) => p.name)).toEqual([
      "fine_areas", "coarse_areas", "categories", "weights",
    ]);
  });
});
