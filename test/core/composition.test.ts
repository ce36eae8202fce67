import { entropy, entropyOf, normalisedEntropy, resolveCategoryCount } from "../../src/core/indices/entropy";
import { simpson, giniSimpson } from "../../src/core/indices/simpson";
import { readTargetMix, targetGap } from "../../src/core/indices/targetGap";
import { tabulate } from "../../src/core/indices/contingency";

const code = (c: string) => expect.objectContaining({ code: c });

describe("entropy (E = −Σ P ln P / ln K)", () => {
  const area = ["sociale huur", "middenhuur", "koop", "Sociale huur"];

  it("uses the observed K by default", () => {
    // P = (2/4, 1/4, 1/4), K = 3: −(½ ln ½ + ¼ ln ¼ + ¼ ln ¼) = ½ ln 2 + ln 2 = 1.5 ln 2 = 1.0397207708399179
    // E = 1.5 ln 2 / ln 3 = 1.0397207708399179 / 1.0986122886681098 = 0.9463946303571862
    expect(entropy(area, null)).toBeCloseTo((1.5 * Math.LN2) / Math.log(3), 14);
  });
  it("scores against a K the user passes", () => {
    // same P, K = 4: 1.5 ln 2 / ln 4 = 1.5 ln 2 / (2 ln 2) = 0.75
    expect(entropy(area, null, 4)).toBeCloseTo(0.75, 14);
  });
  it("is 1 for an even mix and 0 for one category", () => {
    expect(entropy(["a", "b", "c"], null)).toBeCloseTo(1, 14);
    expect(entropy(["a", "A ", " a"], null)).toBe(0);
  });
  it("gives 0 for K = 1 passed by the user even when several categories occur (indices.md: K ≤ 1 → 0)", () => {
    expect(entropy(["sociale huur", "koop", "middenhuur"], null, 1)).toBe(0);
  });
  it("gives 0 when K ≤ 1 (one category, K = 1 passed)", () => {
    expect(entropy(["a", "a"], null, 1)).toBe(0);
  });
  it("throws #VALUE! when K is smaller than the observed count, naming both", () => {
    expect(() => entropy(area, null, 2)).toThrow(code("#VALUE!"));
    expect(() => entropy(area, null, 2)).toThrow(/is 2.*3 categorieën/);
  });
  it("throws #VALUE! for a K that is not a whole number ≥ 1", () => {
    expect(() => entropy(area, null, 3.5)).toThrow(code("#VALUE!"));
    expect(() => entropy(["a"], null, 0)).toThrow(code("#VALUE!"));
    expect(() => resolveCategoryCount(1, -1)).toThrow(code("#VALUE!"));
  });
  it("counts only categories with weight > 0 as observed", () => {
    // weights (3, 1, 0): "koop" has weight 0, so K = 2 observed and P = (¾, ¼)
    // E = −(¾ ln ¾ + ¼ ln ¼) / ln 2 = 0.8112781244591328
    const e = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.LN2;
    expect(entropy(["a", "b", "koop"], [3, 1, 0])).toBeCloseTo(e, 14);
    expect(entropy(["a", "b", "koop"], [3, 1, 0], 2)).toBeCloseTo(e, 14);
  });
  it("skips blank rows and throws #DIV/0! without usable rows", () => {
    expect(entropy(["a", null, "b"], null)).toBeCloseTo(1, 14);
    expect(() => entropy([null], null)).toThrow(code("#DIV/0!"));
  });
  it("exposes a per-area helper for BY_AREA", () => {
    // one area of a 2-area table, scored with the K of the whole range (3): counts (2, 2, 0) → ln 2 / ln 3
    const table = tabulate(["x", "x", "y", "y", "y"], ["a", "b", "a", "b", "c"], [2, 2, 1, 1, 1]);
    const G = table.groups.length;
    expect(normalisedEntropy(table.counts.subarray(0, G), table.areaTotals[0], 3)).toBeCloseTo(Math.LN2 / Math.log(3), 14);
    expect(normalisedEntropy([5], 5, 1)).toBe(0);
    expect(normalisedEntropy([0, 0], 0, 2)).toBeNaN();
    expect(entropyOf(table)).toBeCloseTo(-(2 * (3 / 7) * Math.log(3 / 7) + (1 / 7) * Math.log(1 / 7)) / Math.log(3), 14);
  });
});

describe("Gini–Simpson diversity (1 − Σ P²)", () => {
  it("matches the hand computation", () => {
    // P = (½, ¼, ¼): 1 − (¼ + 1/16 + 1/16) = 0.625
    expect(simpson(["sociale huur", "middenhuur", "koop", "SOCIALE HUUR "], null)).toBeCloseTo(0.625, 15);
  });
  it("uses weights: (30, 10, 60) → 1 − (0.09 + 0.01 + 0.36) = 0.54", () => {
    expect(simpson(["a", "b", "c"], [30, 10, 60])).toBeCloseTo(0.54, 15);
  });
  it("is 0 for one category and 1 − 1/K for an even mix", () => {
    expect(simpson(["a", "a"], null)).toBe(0);
    expect(simpson(["a", "b", "c", "d"], null)).toBeCloseTo(0.75, 15);
  });
  it("has a per-area helper", () => {
    expect(giniSimpson([1, 1], 2)).toBeCloseTo(0.5, 15);
    expect(giniSimpson([0], 0)).toBeNaN();
  });
});

describe("gap to a target mix (½ Σ |P − Q|)", () => {
  it("includes target categories that do not occur (P = 0)", () => {
    // P = (soc ¾, koop ¼), Q = (soc 0.5, mid 0.3, koop 0.2)
    // ½ (|0.75 − 0.5| + |0 − 0.3| + |0.25 − 0.2|) = ½ (0.25 + 0.3 + 0.05) = 0.3
    expect(targetGap(["sociale huur", "sociale huur", "koop", "Sociale Huur"], ["sociale huur", "middenhuur", "koop"], [0.5, 0.3, 0.2], null)).toBeCloseTo(0.3, 15);
  });
  it("counts categories absent from the target with Q = 0", () => {
    // P = (a ½, b ¼, c ¼), Q = (a 1): ½ (|½ − 1| + ¼ + ¼) = ½
    expect(targetGap(["a", "a", "b", "c"], ["A"], [1], null)).toBeCloseTo(0.5, 15);
  });
  it("is 0 on target and uses weights", () => {
    // weights (40, 60) → P = (0.4, 0.6) = Q
    expect(targetGap(["x", "y"], ["y", "x"], [0.6, 0.4], [40, 60])).toBeCloseTo(0, 15);
  });
  it("accepts a sum within 1e-9 of 1 and rejects one outside it", () => {
    expect(() => targetGap(["a"], ["a", "b"], [0.5, 0.5 + 5e-10], null)).not.toThrow();
    expect(() => targetGap(["a"], ["a", "b"], [0.5, 0.5 + 5e-9], null)).toThrow(code("#VALUE!"));
    expect(() => targetGap(["a"], ["a", "b"], [0.5, 0.4], null)).toThrow(/0\.9/);
  });
  it("rejects a share outside 0..1 or not a number, naming the row", () => {
    expect(() => readTargetMix(["a", "b"], [1.5, -0.5])).toThrow(/rij 1/);
    expect(() => readTargetMix(["a", "b"], [1, NaN], () => "veel")).toThrow(/rij 2.*veel/);
  });
  it("rejects a category listed twice (ignoring case and spaces)", () => {
    expect(() => readTargetMix(["koop", " KOOP"], [0.5, 0.5])).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/koop/i) }));
  });
  it("skips blank target rows and names both sizes on a size mismatch", () => {
    expect(readTargetMix(["a", null, "b"], [0.5, NaN, 0.5]).categories).toEqual(["a", "b"]);
    expect(() => readTargetMix(["a", "b"], [1])).toThrow(/2 cellen.*1 cellen/);
  });
});
