import { customFunctions } from "../../src/functions/registry";

describe("AANDEEL (SHARE) as Excel calls it", () => {
  it("takes 2-D column ranges and an omitted optional argument", () => {
    expect(customFunctions.SHARE([["sociale huur"], ["koop"], [""], ["Sociale huur"]], "sociale huur", null as never)).toBeCloseTo(2 / 3, 15);
  });
  it("reads weights stored as text", () => {
    expect(customFunctions.SHARE([["a"], ["b"]], "a", [["3"], ["1"]])).toBe(0.75);
  });
  it("fails with #VALUE! and a Dutch message naming both sizes", () => {
    expect(() => customFunctions.SHARE([["a"], ["b"]], "a", [[1]])).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/2 cellen.*1 cellen/) }),
    );
  });
  it("fails with #VALUE! on a block of several rows and columns", () => {
    expect(() => customFunctions.SHARE([["a", "b"], ["c", "d"]], "a")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});
