/**
 * The composition and two-group custom functions called the way Excel calls them: 2-D ranges, omitted optional
 * arguments as null/undefined, numbers stored as text. Failures leave as thrown errors with the Excel code and a Dutch
 * message.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { customFunctions as F } from "../../src/functions/registry";

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const err = (code: string, message?: RegExp) => expect.objectContaining(message ? { code, message: expect.stringMatching(message) } : { code });
const none = null as never;

// Stock of 8 dwellings in two buurten: BU01 has 3 social rent + 1 koop, BU02 has 1 social rent + 3 koop.
const buurt = col("BU01", "BU01", "BU01", "BU01", "BU02", "BU02", "BU02", "BU02");
const segment = col("sociale huur", "Sociale huur", "sociale huur ", "koop", "SOCIALE HUUR", "koop", "Koop", "koop");

describe("MENG.ENTROPIE (ENTROPY)", () => {
  it("computes E with the observed K, or with a K passed (also as text)", () => {
    // 4 social rent, 4 koop: P = (½, ½), E = ln 2 / ln 2 = 1; against K = 4: ln 2 / ln 4 = 0.5
    expect(F.ENTROPY(segment)).toBeCloseTo(1, 14);
    expect(F.ENTROPY(segment, none, 4)).toBeCloseTo(0.5, 14);
    expect(F.ENTROPY(segment, undefined, "4" as never)).toBeCloseTo(0.5, 14);
    expect(F.ENTROPY(segment, none, [[4]] as never)).toBeCloseTo(0.5, 14);
  });
  it("fails with #VALUE! for a blank weight in a used row", () => {
    expect(() => F.ENTROPY(col("a", "b"), col(1, ""))).toThrow(err("#VALUE!", /rij 2/));
  });
  it("gives 0 for K = 1 whatever occurs (indices.md: K ≤ 1 → 0)", () => {
    expect(F.ENTROPY(segment, none, 1)).toBe(0);
  });
  it("fails with #VALUE! for K from 2 below the observed count, below 1, or not a number", () => {
    // 3 categories occur in `extra`; K = 2 would push E above 1.
    const extra = col("sociale huur", "koop", "middenhuur");
    expect(() => F.ENTROPY(extra, none, 2)).toThrow(err("#VALUE!", /aantal_categorieën/));
    expect(() => F.ENTROPY(extra, none, 0)).toThrow(err("#VALUE!", /aantal_categorieën/));
    expect(() => F.ENTROPY(segment, none, "vier" as never)).toThrow(err("#VALUE!", /vier/));
  });
  it("reads weights stored as text and names the row of a bad weight with its text", () => {
    // weights (3, 1): P = (¾, ¼) → −(¾ ln ¾ + ¼ ln ¼) / ln 2
    expect(F.ENTROPY(col("a", "b"), col("3", "1"))).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.LN2, 14);
    expect(() => F.ENTROPY(col("a", "b"), col(1, "veel"))).toThrow(err("#VALUE!", /rij 2.*veel/));
  });
  it("accepts a row instead of a column", () => {
    expect(F.ENTROPY([["a", "b", "c"]] as never)).toBeCloseTo(1, 14);
  });
});

describe("MENG.DIVERSITEIT (SIMPSON)", () => {
  it("computes 1 − Σ P²", () => {
    // P = (½, ½): 1 − ½ = ½;  with weights (1, 3) over (a, b): 1 − (1/16 + 9/16) = 0.375
    expect(F.SIMPSON(segment)).toBeCloseTo(0.5, 15);
    expect(F.SIMPSON(col("a", "b"), col(1, 3))).toBeCloseTo(0.375, 15);
  });
  it("names both sizes when the weights do not fit", () => {
    expect(() => F.SIMPSON(col("a", "b"), col(1))).toThrow(err("#VALUE!", /2 cellen.*1 cellen/));
  });
  it("gives #DIV/0! when every row is blank", () => {
    expect(() => F.SIMPSON(col("", null))).toThrow(err("#DIV/0!"));
  });
});

describe("MENG.DOELAFSTAND (TARGET_GAP)", () => {
  it("computes ½ Σ |P − Q| including target categories that do not occur", () => {
    // P = (soc ½, koop ½), Q = (soc 0.3, mid 0.4, koop 0.3): ½ (0.2 + 0.4 + 0.2) = 0.4
    expect(F.TARGET_GAP(segment, col("sociale huur", "middenhuur", "koop"), col(0.3, 0.4, 0.3))).toBeCloseTo(0.4, 15);
  });
  it("reads shares stored as text, with a decimal comma", () => {
    expect(F.TARGET_GAP(segment, col("sociale huur", "koop"), col("0,5", "0.5"))).toBeCloseTo(0, 15);
  });
  it("fails with #VALUE! when the shares do not sum to 1, or a share is not a number", () => {
    expect(() => F.TARGET_GAP(segment, col("sociale huur", "koop"), col(0.5, 0.6))).toThrow(err("#VALUE!", /1\.1/));
    expect(() => F.TARGET_GAP(segment, col("sociale huur", "koop"), col("50%", 0.5))).toThrow(err("#VALUE!", /rij 1.*50%/));
  });
  it("names both sizes when targets and shares differ in length", () => {
    expect(() => F.TARGET_GAP(segment, col("a", "b"), col(1))).toThrow(err("#VALUE!", /doelcategorieën.*2 cellen.*doelaandelen.*1 cellen/));
  });
});

describe("MENG.DISSIMILARITEIT (DISSIMILARITY)", () => {
  it("compares with all others by default and with a reference group when given", () => {
    // T_soc = 4, T_koop = 4; D = ½ (|3/4 − 1/4| + |1/4 − 3/4|) = 0.5 in both forms (two groups only)
    expect(F.DISSIMILARITY(buurt, segment, "sociale huur")).toBeCloseTo(0.5, 15);
    expect(F.DISSIMILARITY(buurt, segment, "sociale huur", "koop")).toBeCloseTo(0.5, 15);
  });
  it("treats a blank reference group (cell or 1×1 range) as omitted", () => {
    expect(F.DISSIMILARITY(buurt, segment, "sociale huur", "")).toBeCloseTo(0.5, 15);
    expect(F.DISSIMILARITY(buurt, segment, "sociale huur", [[""]], none)).toBeCloseTo(0.5, 15);
    expect(F.DISSIMILARITY(buurt, segment, [["sociale huur"]], [["koop"]])).toBeCloseTo(0.5, 15);
  });
  it("fails with #N/A for an absent group and #VALUE! for the group against itself", () => {
    expect(() => F.DISSIMILARITY(buurt, segment, "middenhuur")).toThrow(err("#N/A", /groep komt niet voor/));
    expect(() => F.DISSIMILARITY(buurt, segment, "koop", "middenhuur")).toThrow(err("#N/A", /middenhuur/));
    expect(() => F.DISSIMILARITY(buurt, segment, "koop", "KOOP ")).toThrow(err("#VALUE!", /referentiegroep/));
  });
  it("names both sizes when areas and categories differ in length", () => {
    expect(() => F.DISSIMILARITY(col("BU01"), segment, "koop")).toThrow(err("#VALUE!", /gebieden.*1 cellen.*categorieën.*8 cellen/));
  });
  it("fails with #VALUE! when the group is missing", () => {
    expect(() => F.DISSIMILARITY(buurt, segment, "")).toThrow(err("#VALUE!", /groep/));
  });
});

describe("MENG.ISOLATIE and MENG.BLOOTSTELLING (ISOLATION, EXPOSURE)", () => {
  it("computes xPx and xPy", () => {
    // soc: (3/4)(3/4) + (1/4)(1/4) = 0.625; soc → koop: (3/4)(1/4) + (1/4)(3/4) = 0.375
    expect(F.ISOLATION(buurt, segment, "sociale huur")).toBeCloseTo(0.625, 15);
    expect(F.EXPOSURE(buurt, segment, "sociale huur", "koop")).toBeCloseTo(0.375, 15);
  });
  it("uses weights: aggregated rows give the same result", () => {
    expect(F.ISOLATION(col("BU01", "BU01", "BU02", "BU02"), col("soc", "koop", "soc", "koop"), "soc", col(3, 1, "1", 3))).toBeCloseTo(0.625, 15);
  });
  it("fails with #N/A when either group does not occur", () => {
    expect(() => F.ISOLATION(buurt, segment, "middenhuur")).toThrow(err("#N/A"));
    expect(() => F.EXPOSURE(buurt, segment, "middenhuur", "koop")).toThrow(err("#N/A"));
    expect(() => F.EXPOSURE(buurt, segment, "koop", "middenhuur")).toThrow(err("#N/A", /middenhuur/));
  });
  it("fails with #VALUE! when the other group is missing", () => {
    expect(() => F.EXPOSURE(buurt, segment, "koop", none)).toThrow(err("#VALUE!", /andere_groep/));
  });
});

describe("MENG.LOCATIEQUOTIENT (LOCATION_QUOTIENT)", () => {
  it("computes p_im / P_m", () => {
    // BU01, sociale huur: (3/4) / (4/8) = 1.5; BU02: (1/4) / (1/2) = 0.5
    expect(F.LOCATION_QUOTIENT(buurt, segment, "BU01", "sociale huur")).toBeCloseTo(1.5, 15);
    expect(F.LOCATION_QUOTIENT(buurt, segment, " bu02", "Sociale Huur")).toBeCloseTo(0.5, 15);
  });
  it("matches numeric area codes typed as numbers", () => {
    expect(F.LOCATION_QUOTIENT(col(363, 363, 364), col("a", "b", "a"), 363, "a")).toBeCloseTo(0.5 / (2 / 3), 15);
  });
  it("fails with #N/A for an absent area or group", () => {
    expect(() => F.LOCATION_QUOTIENT(buurt, segment, "BU03", "koop")).toThrow(err("#N/A", /BU03/));
    expect(() => F.LOCATION_QUOTIENT(buurt, segment, "BU01", "middenhuur")).toThrow(err("#N/A", /groep komt niet voor/));
  });
});

describe("Sacramento tracts through the registry (pysal/segregation, segregation/tests/test_dissim.py)", () => {
  it("D of HISP vs all others = 0.32184656076566864 with the counts as weights", () => {
    const lines = readFileSync(join(__dirname, "..", "core", "fixtures", "sacramento_tracts_long.csv"), "utf8").trim().split(/\r?\n/).slice(1);
    const rows = lines.map((l) => l.split(","));
    const d = F.DISSIMILARITY(rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), "hisp", none, rows.map((r) => [Number(r[2])]));
    expect(d).toBeCloseTo(0.32184656076566864, 12);
  });
});

describe("the examples of docs/functies.md (table Voorraad: BU01 4 soc / 1 mid / 1 koop, BU02 1 / 1 / 2)", () => {
  const stock: [string, string, number][] = [["BU01", "sociale huur", 4], ["BU01", "middenhuur", 1], ["BU01", "koop", 1], ["BU02", "sociale huur", 1], ["BU02", "middenhuur", 1], ["BU02", "koop", 2]];
  const rows = stock.flatMap(([b, s, n]) => Array.from({ length: n }, () => [b, s]));
  const B = rows.map((r) => [r[0]]) as never;
  const S = rows.map((r) => [r[1]]) as never;
  it("gives the documented results", () => {
    expect(F.SHARE(S, "sociale huur")).toBe(0.5);
    // P = (0.5, 0.2, 0.3): −Σ P ln P = 1.0296530140645737; / ln 3 and / ln 4
    expect(F.ENTROPY(S)).toBeCloseTo(0.9372305632161297, 14);
    expect(F.ENTROPY(S, none, 4)).toBeCloseTo(0.7427376486136673, 14);
    expect(F.SIMPSON(S)).toBeCloseTo(0.62, 14);
    expect(F.TARGET_GAP(S, col("sociale huur", "middenhuur", "koop"), col(0.4, 0.3, 0.3))).toBeCloseTo(0.1, 14);
    expect(F.DISSIMILARITY(B, S, "sociale huur")).toBeCloseTo(0.4, 14);
    expect(F.DISSIMILARITY(B, S, "sociale huur", "koop")).toBeCloseTo(7 / 15, 14);
    expect(F.ISOLATION(B, S, "sociale huur")).toBeCloseTo(7 / 12, 14);
    expect(F.EXPOSURE(B, S, "sociale huur", "koop")).toBeCloseTo(7 / 30, 14);
    expect(F.EXPOSURE(B, S, "koop", "sociale huur")).toBeCloseTo(7 / 18, 14);
    expect(F.LOCATION_QUOTIENT(B, S, "BU01", "sociale huur")).toBeCloseTo(4 / 3, 14);
    expect(F.LOCATION_QUOTIENT(B, S, "BU02", "koop")).toBeCloseTo(5 / 3, 14);
  });
});
