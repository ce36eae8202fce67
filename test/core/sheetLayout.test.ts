/** Sheets a partner reads: a "Lees mij" block on top and columns that fit their headers and numbers. */
import { buildPartnerSheets } from "../../src/core/report/partnerWorkbook";
import { fittingColumnWidths, shownText, withReadmeOnTop } from "../../src/core/report/sheetLayout";
import type { ReportCell } from "../../src/core/report/reportSheet";

describe("shown text and column widths", () => {
  it("writes numbers as their format shows them", () => {
    expect(shownText(0.1234, "0.0%")).toBe("12.3%");
    expect(shownText(1, "0%")).toBe("100%");
    expect(shownText(2006, "0")).toBe("2006");
    expect(shownText(0.41340872, "0.000")).toBe("0.413");
    expect(shownText(null)).toBe("");
  });

  it("fits the widest header or number, leaves prose that runs on out, and never goes below 8", () => {
    const rows: ReportCell[][] = [
      [{ value: "Een lange uitleg die over de lege cellen rechts ervan doorloopt, zoals een Lees mij-regel." }],
      [{ value: "Gebied", bold: true }, { value: "Aantal: vrije sector huur", bold: true }, { value: "Aandeel", bold: true }],
      [{ value: "BU99990101" }, { value: 34, numberFormat: "0" }, { value: 0.123, numberFormat: "0.0%" }],
    ];
    const widths = fittingColumnWidths(rows);
    // "Aantal: vrije sector huur" is 25 letters: 25 × 0.9 × 1.1 = 24.75 → 25, + 2.
    expect(widths).toEqual([Math.ceil(10 * 0.9) + 2, 27, Math.ceil(7 * 0.9 * 1.1) + 2]);
    for (const [c, header] of ["Gebied", "Aantal: vrije sector huur", "Aandeel"].entries()) expect(widths[c]).toBeGreaterThanOrEqual(header.length);
  });
});

describe("partner sheets as written", () => {
  // two buurten with groups of 3 or more (a partner copy of a tiny stock is refused: it cannot be protected)
  const rows: [string, string, number][] = [["BU09990101", "sociale huur", 12], ["BU09990101", "koop", 4], ["BU09990102", "sociale huur", 20], ["BU09990102", "middenhuur", 7]];
  const stock = {
    buurt: rows.flatMap(([b, , n]) => Array<string>(n).fill(b)),
    wijk: null,
    gemeente: null,
    segment: rows.flatMap(([, s, n]) => Array<string>(n).fill(s)),
  };
  const { sheets } = buildPartnerSheets({ options: { k: 3 }, stock, targetSocialShare: 0.3, allocations: null, checklist: null });

  it("every sheet says what it shows in a short Lees mij block", () => {
    for (const sheet of sheets) {
      expect(sheet.readme?.length).toBeGreaterThan(0);
      for (const line of sheet.readme ?? []) expect(line.length).toBeLessThanOrEqual(95);
    }
  });

  it("puts title and Lees mij on top, the table below, and widths that fit the headers", () => {
    const counts = sheets.find((s) => s.name === "Buurten aantallen")!;
    const laidOut = withReadmeOnTop(counts, "Mengwijzer partnerkopie – Buurten aantallen");
    expect(laidOut.rows[0][0]).toEqual({ value: "Mengwijzer partnerkopie – Buurten aantallen", bold: true });
    expect(laidOut.rows[1][0]).toEqual({ value: "Lees mij", bold: true });
    const top = 2 + counts.readme!.length + 1;
    expect(laidOut.rows[top - 1]).toEqual([]);
    expect(laidOut.rows.slice(top)).toEqual(counts.rows);
    counts.rows[0].forEach((cell, c) => expect(laidOut.columnWidths![c]).toBeGreaterThanOrEqual(String(cell.value).length));
    expect(laidOut.readme).toBeUndefined();
  });

  it("wraps the explanations of the 'Over deze kopie' sheet in one wide column", () => {
    const notes = withReadmeOnTop(sheets.find((s) => s.name === "Over deze kopie")!, "t");
    expect(notes.columnWidths).toEqual([100]);
    expect(notes.rows.filter((r) => r[0]?.wrap).length).toBeGreaterThan(1);
  });

  it("refuses a sheet with formulas (moving rows would move what they refer to)", () => {
    expect(() => withReadmeOnTop({ name: "x", rows: [[{ value: 1, formula: ["1+1"] }]], charts: [], readme: ["r"] }, "t")).toThrow(/formules/);
  });
});
