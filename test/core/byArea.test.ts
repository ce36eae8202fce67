import { byArea, compareLabels } from "../../src/core/indices/byArea";

describe("composition per area", () => {
  it("the @example: BU2 before BU10, groups sorted, entropy with K of the whole range, LQ = p_im / P_m", () => {
    // BU10 = 1 soc + 1 koop; BU2 = 2 soc. P = (koop ¼, soc ¾), K = 2.
    const t = byArea(["BU10", "BU2", "BU10", "BU2"], ["soc", "soc", "koop", "soc"], null);
    expect(t.groups).toEqual(["koop", "soc"]);
    expect(t.rows.map((r) => r.area)).toEqual(["BU2", "BU10"]);
    // local score of BU2 = 1 · ln(1 / ¾), its contribution (2/4) of that (issue 14)
    expect(t.rows[0]).toEqual({ area: "BU2", count: 2, shares: [0, 1], entropy: 0, lq: [0, 4 / 3], localScore: Math.log(4 / 3), contribution: 0.5 * Math.log(4 / 3) });
    // BU10: entropy −2·½ ln ½ / ln 2 = 1; LQ koop ½ / ¼ = 2, LQ soc ½ / ¾ = ⅔
    expect(t.rows[1].entropy).toBeCloseTo(1, 15);
    expect(t.rows[1].lq[0]).toBeCloseTo(2, 15);
    expect(t.rows[1].lq[1]).toBeCloseTo(2 / 3, 15);
  });
  it("scores each area against the K of the whole range, not its own", () => {
    // Whole range has 4 groups; area A has 2 of them in equal parts: −2·½ ln ½ / ln 4 = ½.
    const t = byArea(["A", "A", "B", "B"], ["w", "x", "y", "z"], null);
    expect(t.rows[0].entropy).toBeCloseTo(0.5, 15);
  });
  it("one category in the whole range: entropy 0 (K ≤ 1) and LQ 1", () => {
    const t = byArea(["A", "B"], ["soc", "SOC"], null);
    expect(t.groups).toEqual(["soc"]);
    expect(t.rows.map((r) => [r.entropy, r.lq[0]])).toEqual([[0, 1], [0, 1]]);
  });
  it("uses weights; an area or group whose weight is all 0 gets no row or column", () => {
    const t = byArea(["A", "A", "B", "C"], ["soc", "koop", "soc", "mid"], [3, 1, 0, 0]);
    expect(t.groups).toEqual(["koop", "soc"]);
    expect(t.rows).toEqual([{ area: "A", count: 4, shares: [0.25, 0.75], entropy: expect.any(Number), lq: [1, 1], localScore: 0, contribution: 0 }]);
  });
  it("merges labels that differ only in case and spaces, showing the first spelling", () => {
    const t = byArea(["Noord", " noord", "NOORD"], ["Sociale huur", "sociale huur ", "koop"], null);
    expect(t.rows.map((r) => [r.area, r.count])).toEqual([["Noord", 3]]);
    expect(t.groups).toEqual(["koop", "Sociale huur"]);
  });
  it("collation: numbers as numbers, Dutch letters, independent of row order", () => {
    const labels = ["BU10", "bu9", "BU2", "Één", "een", "Zuid", "WK0363", "WK363"];
    expect([...labels].sort(compareLabels)).toEqual([...labels].reverse().sort(compareLabels));
    expect(["BU10", "BU2", "BU1"].sort(compareLabels)).toEqual(["BU1", "BU2", "BU10"]);
    expect(["zuid", "Centrum", "ijburg"].sort(compareLabels)).toEqual(["Centrum", "ijburg", "zuid"]);
  });
  it("#DIV/0! without usable rows, #VALUE! on unequal sizes", () => {
    expect(() => byArea([null], ["x"], null)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
    expect(() => byArea(["A", "B"], ["x"], null)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});
