import { share } from "../../src/core/indices/share";

describe("share (P_m = T_m / T)", () => {
  it("counts rows, matching categories regardless of case and surrounding spaces", () => {
    // 3 social-rent rows out of 4 → 3/4
    expect(share(["sociale huur", "koop", " Sociale huur ", "SOCIALE HUUR"], "sociale huur", null)).toBe(0.75);
  });
  it("skips blank categories", () => {
    // blanks do not count: 1 of 2 usable rows
    expect(share(["koop", null, "sociale huur", null], "koop", null)).toBe(0.5);
  });
  it("gives 0 for a group that does not occur", () => {
    expect(share(["koop"], "middenhuur", null)).toBe(0);
  });
  it("uses weights: 30 + 10 social of 30 + 10 + 60 = 0.4", () => {
    expect(share(["sociale huur", "sociale huur", "koop"], "sociale huur", [30, 10, 60])).toBeCloseTo(0.4, 15);
  });
  it("throws #DIV/0! without usable rows", () => {
    expect(() => share([null, null], "koop", null)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });
  it("throws #VALUE! naming the row of a negative weight", () => {
    expect(() => share(["a", "b"], "a", [1, -2])).toThrow(/rij 2/);
  });
});
