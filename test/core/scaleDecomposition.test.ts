import { decomposeNested, scaleDecomposition } from "../../src/core/indices/scaleDecomposition";
import { tabulate } from "../../src/core/indices/contingency";
import { mutualInformation } from "../../src/core/indices/mutualInformation";

describe("scale decomposition of M", () => {
  it("homogeneous complexes in mixed wijken: between 0, within = total, within share 1", () => {
    // W1: a = 2 soc, b = 2 koop; W2: c = d = 1 soc + 1 koop. Every wijk is ½ soc → between 0.
    // total: a and b each add (2/8)·ln(1/½) = ¼ ln 2 → ½ ln 2; c, d add 0. within = (4/8)·M_W1 = ½ · ln 2.
    const d = scaleDecomposition(
      ["a", "a", "b", "b", "c", "c", "d", "d"],
      ["W1", "W1", "W1", "W1", "W2", "W2", "W2", "W2"],
      ["soc", "soc", "koop", "koop", "soc", "koop", "soc", "koop"],
      null,
    );
    expect(d.total).toBeCloseTo(0.5 * Math.log(2), 15);
    expect(d.between).toBe(0);
    expect(d.within).toBeCloseTo(0.5 * Math.log(2), 15);
    expect(d.withinShare).toBeCloseTo(1, 15);
  });
  it("segregated wijken of mixed-alike complexes: within 0, between = total", () => {
    // W1 = a (soc) + b (soc), W2 = c (koop) + d (koop): all of M is between wijken: M = ln 2, within 0.
    const d = scaleDecomposition(["a", "b", "c", "d"], ["W1", "W1", "W2", "W2"], ["soc", "soc", "koop", "koop"], null);
    expect(d.total).toBeCloseTo(Math.log(2), 15);
    expect(d.between).toBeCloseTo(Math.log(2), 15);
    expect(d.within).toBe(0);
    expect(d.withinShare).toBe(0);
  });
  it("a mixed case adds up: total = between + within, and total is M over the fine units", () => {
    // W1: a = 3 soc + 1 koop, b = 1 soc + 3 koop; W2: c = 4 koop.
    const fine = ["a", "a", "a", "a", "b", "b", "b", "b", "c", "c", "c", "c"];
    const coarse = ["W1", "W1", "W1", "W1", "W1", "W1", "W1", "W1", "W2", "W2", "W2", "W2"];
    const cats = ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop", "koop", "koop", "koop", "koop"];
    const d = scaleDecomposition(fine, coarse, cats, null);
    // between: W1 = 4 soc + 4 koop, W2 = 4 koop; P = (⅓ soc, ⅔ koop).
    // (4/12) ln(½/⅓) + (4/12) ln(½/⅔) + (4/12) ln(1/⅔) = ⅓ [ln 1.5 + ln 0.75 + ln 1.5]
    const between = (Math.log(1.5) + Math.log(0.75) + Math.log(1.5)) / 3;
    // within: W1 holds 8/12 of the rows and its M is the two-buurt example, ¾ ln 1.5 + ¼ ln 0.5; W2 has M 0.
    const within = (8 / 12) * (0.75 * Math.log(1.5) + 0.25 * Math.log(0.5));
    expect(d.between).toBeCloseTo(between, 14);
    expect(d.within).toBeCloseTo(within, 14);
    expect(d.total).toBeCloseTo(mutualInformation(fine, cats, null), 15);
    expect(d.total).toBeCloseTo(between + within, 14);
    expect(d.withinShare).toBeCloseTo(within / (between + within), 14);
  });
  it("no segregation at all: parts 0 and the within share undefined (null)", () => {
    expect(scaleDecomposition(["a", "a", "b", "b"], ["W", "W", "W", "W"], ["x", "y", "x", "y"], null)).toEqual({
      total: 0, between: 0, within: 0, withinShare: null,
    });
    // one category only: M is 0 everywhere
    expect(scaleDecomposition(["a", "b"], ["W1", "W2"], ["x", "x"], null).withinShare).toBeNull();
  });
  it("#VALUE! naming the fine unit that lies in two coarse units (case-insensitive labels)", () => {
    expect(() => scaleDecomposition(["c1", "C1 ", "c2"], ["WK01", "WK02", "WK02"], ["x", "y", "x"], null)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/'c1'.*'WK01'.*'WK02'/) }),
    );
    // the same coarse unit spelled differently is one unit, not a broken nesting
    expect(() => scaleDecomposition(["c1", "c1"], ["wk01", "WK01"], ["x", "y"], null)).not.toThrow();
  });
  it("skips rows whose fine, coarse or category cell is blank", () => {
    const d = scaleDecomposition(["a", "b", null, "a", "b"], ["W", "W", "W", null, "W"], ["x", "y", "x", "y", null], null);
    // what is left: a = x, b = y in one wijk → total ln 2 all within
    expect(d.total).toBeCloseTo(Math.log(2), 15);
    expect(d.within).toBeCloseTo(Math.log(2), 15);
  });
  it("#VALUE! on unequal sizes", () => {
    expect(() => scaleDecomposition(["a"], ["W", "W"], ["x"], null)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});

describe("decomposeNested on a table made earlier", () => {
  test("equals scaleDecomposition on the same rows, and still checks the nesting", () => {
    const fine = ["a", "a", "b", "b", "c", "c", "d", "d", "e"];
    const coarse = ["W1", "W1", "W1", "W1", "W2", "W2", "W2", "W2", "W2"];
    const categories = ["soc", "soc", "koop", "koop", "soc", "koop", "soc", "koop", "soc"];
    const table = tabulate(fine, categories, null);
    expect(decomposeNested(table, fine, coarse, categories)).toEqual(scaleDecomposition(fine, coarse, categories, null));
    const broken = [...coarse];
    broken[1] = "W2"; // complex a now in two wijken
    expect(() => decomposeNested(table, fine, broken, categories)).toThrow(/a/);
    expect(() => scaleDecomposition(fine, broken, categories, null)).toThrow(/a/);
  });
});
