import { toNormOverrides } from "../../src/functions/coerce";

function fails(value: unknown, message: RegExp): void {
  expect(() => toNormOverrides(value)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(message) }));
}

describe("toNormOverrides (the `normen` range)", () => {
  it("is null when omitted, blank or only blank rows", () => {
    expect(toNormOverrides(null)).toBeNull();
    expect(toNormOverrides(undefined)).toBeNull();
    expect(toNormOverrides("")).toBeNull();
    expect(toNormOverrides([[""]])).toBeNull();
    expect(toNormOverrides([["", "", ""], [null, null, null]])).toBeNull();
  });

  it("reads rows without a header, canonicalising names and numbering rows within the range", () => {
    expect(toNormOverrides([["Liberalisatie grens", 2025, 950], ["AFTOPPINGSGRENS_LAAG", "2026", "700,5"]])).toEqual([
      { name: "huurgrens", year: 2025, value: 950, sheetRow: 1 },
      { name: "aftoppingsgrens laag", year: 2026, value: 700.5, sheetRow: 2 },
    ]);
  });

  it("detects a header row (jaar and waarde both text) and skips blank rows", () => {
    expect(toNormOverrides([["naam", "jaar", "waarde", "bron"], ["", "", "", ""], ["toewijzingsnorm", 2025, 0.85, "prestatieafspraken 2025"]])).toEqual([
      { name: "toewijzingsnorm", year: 2025, value: 0.85, sheetRow: 3, source: "prestatieafspraken 2025" },
    ]);
  });

  it("takes a single row given as a flat array", () => {
    expect(toNormOverrides(["passend norm", 2025, 0.9])).toEqual([{ name: "passend norm", year: 2025, value: 0.9, sheetRow: 1 }]);
  });

  it("refuses a range of the wrong width", () => {
    fails([["liberalisatiegrens", 2025]], /3 of 4 kolommen.*niet 2/);
    fails([["a", 1, 2, 3, 4]], /niet 5/);
    fails(42, /3 of 4 kolommen/);
  });

  it("names the row of a missing name, unknown norm, bad year or bad value", () => {
    fails([["naam", "jaar", "waarde"], ["", 2025, 1]], /Rij 2 .*naam ontbreekt/);
    fails([["liberalisatiegrens", 2025, 900], ["hypotheekrente", 2025, 4]], /Rij 2 .*onbekende norm 'hypotheekrente'/);
    fails([["liberalisatiegrens", "volgend jaar", 900]], /Rij 1 .*jaartal/);
    fails([["liberalisatiegrens", 45658, 900]], /Rij 1 .*jaartal/);
    fails([["liberalisatiegrens", 2025.5, 900]], /Rij 1 .*jaartal/);
    fails([["liberalisatiegrens", 2025, ""]], /Rij 1 .*getal/);
    fails([["liberalisatiegrens", 2025, "hoog"]], /Rij 1 .*getal/);
  });

  it("refuses a share above 1 (92.5 instead of 0.925) and negative amounts", () => {
    fails([["toewijzingsnorm", 2025, 92.5]], /Rij 1 .*tussen 0 en 1/);
    fails([["liberalisatiegrens", 2025, -1]], /Rij 1 .*negatief/);
  });

  it("refuses the same norm and year twice, naming both rows", () => {
    fails([["liberalisatiegrens", 2025, 900], ["Liberalisatiegrens", 2025, 950]], /Rij 2 .*rij 1/);
    expect(toNormOverrides([["liberalisatiegrens", 2025, 900], ["liberalisatiegrens", 2026, 950]])).toHaveLength(2);
  });
});

describe("toNormOverrides header detection", () => {
  it("does not mistake a broken first data row for a header", () => {
    fails([["liberalisatiegrens", "volgend jaar", "hoog"]], /Rij 1 .*jaartal/);
  });
});
