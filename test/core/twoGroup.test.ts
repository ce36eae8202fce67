/**
 * Hand-worked two-group indices on one small stock, given as aggregated rows (area, category, count):
 *
 *   area | soc | mid | koop | t_i
 *   N    |  6  |  2  |   2  |  10
 *   O    |  2  |  2  |   6  |  10
 *   Z    |  2  |  6  |  12  |  20
 *   T_m  | 10  | 10  |  20  |  40
 */
import { dissimilarity } from "../../src/core/indices/dissimilarity";
import { isolation } from "../../src/core/indices/isolation";
import { exposure, exposureOf } from "../../src/core/indices/exposure";
import { locationQuotient, locationQuotientAt } from "../../src/core/indices/locationQuotient";
import { tabulate } from "../../src/core/indices/contingency";

const areas = ["N", "N", "N", "O", "O", "O", "Z", "Z", "Z"];
const cats = ["soc", "mid", "koop", "soc", "mid", "koop", "soc", "mid", "koop"];
const counts = [6, 2, 2, 2, 2, 6, 2, 6, 12];
const code = (c: string) => expect.objectContaining({ code: c });

describe("dissimilarity D = ½ Σ_i |t_ia/T_a − t_ib/T_b|", () => {
  it("compares with all others when no reference group is given", () => {
    // others per area: N 4, O 8, Z 18; T_others = 30
    // ½ (|6/10 − 4/30| + |2/10 − 8/30| + |2/10 − 18/30|) = ½ (7/15 + 1/15 + 6/15) = 7/15 = 0.4666…
    expect(dissimilarity(areas, cats, "soc", null, counts)).toBeCloseTo(7 / 15, 14);
  });
  it("compares with a reference group", () => {
    // ½ (|6/10 − 2/20| + |2/10 − 6/20| + |2/10 − 12/20|) = ½ (0.5 + 0.1 + 0.4) = 0.5
    expect(dissimilarity(areas, cats, "soc", "koop", counts)).toBeCloseTo(0.5, 14);
  });
  it("is symmetric in a and b", () => {
    expect(dissimilarity(areas, cats, "koop", "soc", counts)).toBeCloseTo(0.5, 14);
  });
  it("matches case- and space-insensitively", () => {
    expect(dissimilarity(areas, cats, " SOC ", "Koop", counts)).toBeCloseTo(0.5, 14);
  });
  it("is 0 for equal spreads and 1 for complete separation", () => {
    expect(dissimilarity(["x", "x", "y", "y"], ["a", "b", "a", "b"], "a", null, null)).toBe(0);
    expect(dissimilarity(["x", "y"], ["a", "b"], "a", "b", null)).toBe(1);
  });
  it("gives #N/A 'groep komt niet voor' for an absent group or reference group", () => {
    expect(() => dissimilarity(areas, cats, "vrije sector", null, counts)).toThrow(code("#N/A"));
    expect(() => dissimilarity(areas, cats, "vrije sector", null, counts)).toThrow(/groep komt niet voor/);
    expect(() => dissimilarity(areas, cats, "soc", "vrije sector", counts)).toThrow(code("#N/A"));
  });
  it("treats a group whose weights are all 0 as absent", () => {
    expect(() => dissimilarity(["x", "y"], ["a", "b"], "a", null, [0, 3])).toThrow(code("#N/A"));
  });
  it("gives #VALUE! for a group against itself (decision: D would always be 0)", () => {
    expect(() => dissimilarity(areas, cats, "soc", " SOC", counts)).toThrow(code("#VALUE!"));
  });
  it("gives #DIV/0! without a reference group when only one group occurs", () => {
    expect(() => dissimilarity(["x", "y"], ["a", "a"], "a", null, null)).toThrow(code("#DIV/0!"));
  });
  it("skips rows with a blank area or category", () => {
    // the blank rows would otherwise change the spread
    expect(dissimilarity(["x", "y", null, "y"], ["a", "b", "a", null], "a", "b", null)).toBe(1);
  });
});

describe("isolation xPx and exposure xPy = Σ_i (t_ix/T_x)(t_iy/t_i)", () => {
  it("isolation of soc", () => {
    // (6/10)(6/10) + (2/10)(2/10) + (2/10)(2/20) = 0.36 + 0.04 + 0.02 = 0.42
    expect(isolation(areas, cats, "soc", counts)).toBeCloseTo(0.42, 14);
  });
  it("exposure of soc to koop and to mid, summing with isolation to 1", () => {
    // soc→koop: (6/10)(2/10) + (2/10)(6/10) + (2/10)(12/20) = 0.12 + 0.12 + 0.12 = 0.36
    // soc→mid:  (6/10)(2/10) + (2/10)(2/10) + (2/10)(6/20)  = 0.12 + 0.04 + 0.06 = 0.22
    // 0.42 + 0.36 + 0.22 = 1
    expect(exposure(areas, cats, "soc", "koop", counts)).toBeCloseTo(0.36, 14);
    expect(exposure(areas, cats, "soc", "mid", counts)).toBeCloseTo(0.22, 14);
  });
  it("is not symmetric: koop→soc = soc→koop · P_soc / P_koop", () => {
    // koop→soc: (2/20)(6/10) + (6/20)(2/10) + (12/20)(2/20) = 0.06 + 0.06 + 0.06 = 0.18 = 0.36 · (10/40) / (20/40)
    expect(exposure(areas, cats, "koop", "soc", counts)).toBeCloseTo(0.18, 14);
  });
  it("with y = x equals the isolation index", () => {
    expect(exposure(areas, cats, "soc", "SOC", counts)).toBeCloseTo(0.42, 14);
  });
  it("gives #N/A for an absent group x (isolation and exposure)", () => {
    expect(() => isolation(areas, cats, "huur", counts)).toThrow(code("#N/A"));
    expect(() => exposure(areas, cats, "huur", "soc", counts)).toThrow(/groep komt niet voor/);
  });
  it("gives #N/A for an absent other group y (decision: 0 would hide a typo)", () => {
    expect(() => exposure(areas, cats, "soc", "socale huur", counts)).toThrow(code("#N/A"));
    expect(() => exposure(areas, cats, "soc", "socale huur", counts)).toThrow(/socale huur/);
    // a y whose rows all have weight 0 counts as absent too
    expect(() => exposure(["x", "x"], ["a", "b"], "a", "b", [1, 0])).toThrow(code("#N/A"));
  });
  it("ignores areas whose rows all have weight 0", () => {
    const table = tabulate(["x", "y", "y"], ["a", "a", "b"], [2, 0, 0]);
    expect(exposureOf(table, "a", "a")).toBe(1);
  });
});

describe("location quotient LQ = p_im / P_m", () => {
  it("matches the hand computation", () => {
    // Z, koop: (12/20) / (20/40) = 0.6 / 0.5 = 1.2;  N, soc: (6/10) / (10/40) = 2.4;  O, mid: (2/10)/(10/40) = 0.8
    expect(locationQuotient(areas, cats, "Z", "koop", counts)).toBeCloseTo(1.2, 14);
    expect(locationQuotient(areas, cats, "n ", "SOC", counts)).toBeCloseTo(2.4, 14);
    expect(locationQuotient(areas, cats, "O", "mid", counts)).toBeCloseTo(0.8, 14);
  });
  it("is 0 for a group that occurs elsewhere but not in the area", () => {
    expect(locationQuotient(["x", "y"], ["a", "b"], "x", "b", null)).toBe(0);
  });
  it("gives #N/A for an absent area and for an absent group", () => {
    expect(() => locationQuotient(areas, cats, "Q", "soc", counts)).toThrow(code("#N/A"));
    expect(() => locationQuotient(areas, cats, "Q", "soc", counts)).toThrow(/'Q'/);
    expect(() => locationQuotient(areas, cats, "N", "huur", counts)).toThrow(/groep komt niet voor/);
  });
  it("gives #N/A for an area whose rows all have weight 0 (as if it had no rows)", () => {
    expect(() => locationQuotient(["x", "y"], ["a", "a"], "y", "a", [1, 0])).toThrow(code("#N/A"));
  });
  it("has an unchecked per-cell helper (NaN for an empty area)", () => {
    const table = tabulate(["x", "y"], ["a", "a"], [1, 0]);
    expect(locationQuotientAt(table, 0, 0)).toBe(1);
    expect(locationQuotientAt(table, 1, 0)).toBeNaN();
  });
});

describe("shared input checks", () => {
  it("names the row of a negative weight", () => {
    expect(() => isolation(["x", "y"], ["a", "b"], "a", [1, -1])).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/rij 2/) }));
  });
  it("allows a weight of 0", () => {
    expect(isolation(["x", "y"], ["a", "a"], "a", [1, 0])).toBe(1);
  });
});
