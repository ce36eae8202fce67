import { dissimilarityMulti } from "../../src/core/indices/dissimilarityMulti";
import { groupEntropy, mutualInformation } from "../../src/core/indices/mutualInformation";
import { theil } from "../../src/core/indices/theil";
import { tabulate } from "../../src/core/indices/contingency";

// Two buurten of 4 dwellings: A = 3 soc + 1 koop, B = 1 soc + 3 koop (the @example of the core files).
const twoAreas = ["A", "A", "A", "A", "B", "B", "B", "B"];
const twoGroups = ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"];

// Three groups: X = 4 a; Y = 2 b + 2 c. T = 8, P = (½, ¼, ¼).
const threeAreas = ["X", "X", "X", "X", "Y", "Y", "Y", "Y"];
const threeGroups = ["a", "a", "a", "a", "b", "b", "c", "c"];

describe("multigroup dissimilarity D_M", () => {
  it("two groups: A: |3−2| + |1−2| = 2, B: 2 → Σ 4; I = ½; D_M = 4 / (2·8·½) = 0.5", () => {
    expect(dissimilarityMulti(twoAreas, twoGroups, null)).toBeCloseTo(0.5, 15);
  });
  it("three groups: I = ½·½ + 2·¼·¾ = 5/8; Σ = X (2+1+1) + Y (2+1+1) = 8; D_M = 8 / (2·8·5/8) = 0.8", () => {
    expect(dissimilarityMulti(threeAreas, threeGroups, null)).toBeCloseTo(0.8, 15);
  });
  it("complete segregation gives 1, identical areas give 0", () => {
    expect(dissimilarityMulti(["A", "A", "B"], ["x", "x", "y"], null)).toBeCloseTo(1, 15);
    expect(dissimilarityMulti(["A", "A", "B", "B"], ["x", "y", "x", "y"], null)).toBe(0);
  });
  it("equals the aggregated form with weights", () => {
    expect(dissimilarityMulti(["X", "Y", "Y"], ["a", "b", "c"], [4, 2, 2])).toBeCloseTo(0.8, 15);
  });
  it("#DIV/0! with one category only (I = 0)", () => {
    expect(() => dissimilarityMulti(["A", "B"], ["soc", "Soc "], null)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });
});

describe("mutual information M", () => {
  it("two groups: M = ¾ ln(¾/½) + ¼ ln(¼/½) = 0.1308120359...", () => {
    expect(mutualInformation(twoAreas, twoGroups, null)).toBeCloseTo(0.75 * Math.log(1.5) + 0.25 * Math.log(0.5), 15);
  });
  it("three groups: X adds ½ ln(1/½), Y adds 2·¼ ln(½/¼) → M = ln 2", () => {
    expect(mutualInformation(threeAreas, threeGroups, null)).toBeCloseTo(Math.log(2), 15);
  });
  it("one category only: M = 0 (defined; only H is not)", () => {
    expect(mutualInformation(["A", "B"], ["soc", "soc"], null)).toBe(0);
  });
  it("a single area gives 0", () => {
    expect(mutualInformation(["A", "A", "A"], ["x", "y", "y"], null)).toBe(0);
  });
  it("complete segregation into K groups of equal size gives ln K", () => {
    expect(mutualInformation(["A", "B", "C"], ["x", "y", "z"], null)).toBeCloseTo(Math.log(3), 15);
  });
  it("skips blank areas and categories, reads categories regardless of case", () => {
    expect(mutualInformation([...twoAreas, null, "C"], [...twoGroups.map((g) => ` ${g.toUpperCase()}`), "soc", null], null))
      .toBeCloseTo(mutualInformation(twoAreas, twoGroups, null), 15);
  });
  it("#VALUE! naming the row of a negative weight; #VALUE! on unequal sizes", () => {
    expect(() => mutualInformation(["A", "B"], ["x", "y"], [1, -1])).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/rij 2/) }));
    expect(() => mutualInformation(["A"], ["x", "y"], null)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
  it("#DIV/0! without usable rows", () => {
    expect(() => mutualInformation([null], ["x"], null)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
    expect(() => mutualInformation(["A"], ["x"], [0])).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });
});

describe("Theil's H", () => {
  it("two groups: E = ln 2, E_A = E_B = −(¾ ln ¾ + ¼ ln ¼); H = (E − E_A) / E = 0.1887218755...", () => {
    const eA = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    expect(theil(twoAreas, twoGroups, null)).toBeCloseTo((Math.log(2) - eA) / Math.log(2), 15);
  });
  it("three groups: E = 1.5 ln 2, E_X = 0, E_Y = ln 2; H = (4·1.5 ln2 + 4·0.5 ln2) / (8·1.5 ln2) = 2/3", () => {
    expect(theil(threeAreas, threeGroups, null)).toBeCloseTo(2 / 3, 15);
  });
  it("H = M / E", () => {
    const e = groupEntropy(tabulate(threeAreas, threeGroups, null));
    expect(e).toBeCloseTo(1.5 * Math.log(2), 15);
    expect(theil(threeAreas, threeGroups, null)).toBeCloseTo(mutualInformation(threeAreas, threeGroups, null) / e, 15);
  });
  it("#DIV/0! with one category only (E = 0)", () => {
    expect(() => theil(["A", "B"], ["soc", "SOC"], null)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });
  it("a category whose weights are all 0 does not count as a second category", () => {
    expect(() => theil(["A", "B"], ["soc", "koop"], [5, 0])).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });
});
