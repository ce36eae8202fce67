/** The summary card's key figures, checked against a stock small enough to work out by hand. */
import { byAreaOf } from "../../src/core/indices/byArea";
import { tabulate } from "../../src/core/indices/contingency";
import { allocationKeyFigures, areaKeyFigures } from "../../src/core/report/keyFigures";
import type { CheckLine } from "../../src/core/report/allocationReport";

describe("area key figures", () => {
  // Buurt A: 3 sociale huur, 1 koop; buurt B: 1 sociale huur, 3 koop.
  const areas = ["A", "A", "A", "A", "B", "B", "B", "B"];
  const segments = ["sociale huur", "sociale huur", "sociale huur", "koop", "sociale huur", "koop", "koop", "koop"];
  const table = tabulate(areas, segments, null);
  const figures = areaKeyFigures(table, byAreaOf(table), 0.3);
  const value = (label: string) => figures.find((f) => f.label === label)?.value;

  it("D = ½ Σ |a_i/A − b_i/B| = ½ (|3/4 − 1/4| + |1/4 − 3/4|) = 0.5", () => {
    expect(value("D sociale huur")).toBeCloseTo(0.5, 12);
  });
  it("H = 1 − Σ (t_i/T) E_i / E, with E = ln 2 and E_i = −(¾ ln ¾ + ¼ ln ¼) = 0.5623351…", () => {
    const ei = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    expect(value("Theil H")).toBeCloseTo(1 - ei / Math.log(2), 12);
    expect(value("Theil H")).toBeCloseTo(0.188722, 6);
  });
  it("the share of social rent (4 of 8) and the buurten under the 30% target (B, 25%)", () => {
    expect(value("Aandeel sociale huur")).toBe(0.5);
    expect(value("Buurten onder 30%")).toBe(1);
    expect(figures.find((f) => f.label === "Buurten onder 30%")?.note).toBe("van 2");
  });
  it("says why D cannot be computed when there is no social rent", () => {
    const koop = tabulate(["A", "B"], ["koop", "koop"], null);
    const f = areaKeyFigures(koop, byAreaOf(koop), 0.3);
    expect(f[0].value).toBeNull();
    expect(f[0].note).toBeTruthy();
  });
});

describe("allocation key figures", () => {
  const line = (check: CheckLine["check"], year: number, verdict: string, error: string | null = null): CheckLine => ({
    check, year, municipality: "Voorbeeldstad", judged: 100, passing: 90, share: 0.9, norm: 0.925, verdict, headroom: -3, notRead: 0, outsideBase: 0, additionalRoom: null, error,
  });
  it("gives the verdict of every check in the latest year, with its tone", () => {
    const figures = allocationKeyFigures([line("voorrang", 2024, "onder norm"), line("voorrang", 2025, "binnen norm"), line("inkomen", 2025, "onder norm"), line("passend", 2025, "", "geen normen voor 2025")]);
    expect(figures).toEqual([
      { label: "Voorrang (indicatie t.o.v. maximum) 2025", value: "binnen norm", tone: "good" },
      { label: "Inkomen (toewijzingsnorm) 2025", value: "onder norm", tone: "bad" },
      { label: "Passend toewijzen 2025", value: null, note: "geen normen voor 2025" },
    ]);
  });
});
