import { areaNameError, cbsCodeError, normaliseCbsCode } from "./cbsCode";

describe("cbsCodeError", () => {
  it("accepts empty and well-formed codes, letters included", () => {
    for (const code of ["", "  ", "BU02680501", "bu02680501", "WK026805", "GM0268", "GM9999", "BU9999AB01", "BU 0268 0501"]) {
      expect(cbsCodeError(code)).toBeNull();
    }
  });
  it("explains a wrong prefix or length in Dutch", () => {
    expect(cbsCodeError("XX1234")).toMatch(/begint met BU/);
    expect(cbsCodeError("BU0268")).toMatch(/8 tekens na BU.*u typte er 4/);
    expect(cbsCodeError("WK02680501")).toMatch(/6 tekens/);
    expect(cbsCodeError("GM02-8")).toMatch(/alleen cijfers of letters/);
  });
  it("normalises case and inner spaces", () => {
    expect(normaliseCbsCode(" bu 0268 0501 ")).toBe("BU02680501");
  });
});

describe("areaNameError", () => {
  it("requires a name and rejects duplicates case-insensitively", () => {
    expect(areaNameError("  ", [])).toMatch(/naam/);
    expect(areaNameError("malvert", ["Malvert"])).toMatch(/al een gebied/);
    expect(areaNameError("Hatert", ["Malvert"])).toBeNull();
  });
});
