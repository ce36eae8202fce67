/**
 * Issue 8, point 4, on the Office.js path: the area report as OfficeWorkbookAdapter writes it into (fake) Excel, in
 * Dutch and English Excel. Every formula written is read back from the sheet and evaluated as Excel would
 * (test/analysis/formulaEvaluator.ts); each custom-function call is recorded with the rows of its largest argument.
 * At most two calls may receive the full stock columns (the count blocks); every other call reads a block of a few
 * rows per area, and no call reads the earlier stock's table.
 */
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { AREA_REPORT_SHEET } from "../../src/core/report/areaReport";
import type { ReportCell, ReportSheet } from "../../src/core/report/reportSheet";
import { OfficeWorkbookAdapter } from "../../src/workbook/OfficeWorkbookAdapter";
import { evaluate, type EvalWorkbook } from "../analysis/formulaEvaluator";
import { stockGrid } from "../analysis/stockFixture";
import { FakeWorkbook, installFakeExcel } from "./fakeExcel";

jest.setTimeout(60_000);

/** The written sheet as a ReportSheet: a cell that holds "=..." is a formula (its text as Excel got it). */
function writtenSheet(wb: FakeWorkbook): ReportSheet {
  const rows: ReportCell[][] = wb.contents(AREA_REPORT_SHEET).map((row) =>
    row.map((v) => (typeof v === "string" && v.startsWith("=") ? { value: null, formula: [v.slice(1)] } : { value: v === "" ? null : v })),
  );
  return { name: AREA_REPORT_SHEET, rows, charts: [] };
}

describe.each([
  ["nl-NL", "nl", "MENG.PERGEBIED("],
  ["en-GB", "en", "MENG.BY.AREA("],
] as const)("area report written by the Office adapter in %s", (displayLanguage, locale, byArea) => {
  const now = stockGrid({ rows: 400, seed: 7 });
  const before = stockGrid({ rows: 250, seed: 3 });

  test("two custom-function calls read the full stock; the others read count blocks; none reads the earlier table", async () => {
    const wb = new FakeWorkbook();
    installFakeExcel(wb, { displayLanguage });
    wb.addTable("Voorraad", "Voorraad", now as never);
    wb.addTable("Voorraad2020", "Voorraad2020", before as never);
    const service = new WorkbookAnalysisService(new OfficeWorkbookAdapter());
    const sources = await service.findSources();
    const source = (sheet: string) => sources.find((p) => p.source.sheetName === sheet)!.source;
    await service.buildAreaReport(source("Voorraad"), { targetSocialShare: 0.3, year: 2025, earlier: source("Voorraad2020") });

    const sheet = writtenSheet(wb);
    const book: EvalWorkbook = {
      sheets: { Voorraad: now, Voorraad2020: before },
      tables: [
        { name: "Voorraad", sheetName: "Voorraad", headerRow: 1, firstColumn: 0, lastRow: now.length },
        { name: "Voorraad2020", sheetName: "Voorraad2020", headerRow: 1, firstColumn: 0, lastRow: before.length },
      ],
    };
    const calls: { id: string; rows: number; text: string }[] = [];
    sheet.rows.forEach((row) => row.forEach((cell) => {
      if (!cell.formula) return;
      const text = cell.formula[0] as string;
      const result = evaluate(cell.formula, book, sheet, (id, args) => calls.push({ id, rows: Math.max(1, ...args.map((a) => (Array.isArray(a) ? a.length : 1))), text }), locale);
      expect(result).not.toBeInstanceOf(Error);
    }));
    const stockRows = now.length - 1;
    const full = calls.filter((c) => c.rows >= stockRows);
    expect(full.map((c) => c.id)).toEqual(["BY_AREA", "BY_AREA"]);
    for (const c of full) expect(c.text.startsWith("LET(eerste,Voorraad[")).toBe(true);
    expect(full.every((c) => c.text.includes(byArea))).toBe(true);
    // every other call: count blocks of at most a few rows per area, far below either stock
    const others = calls.filter((c) => c.rows < stockRows);
    expect(others.length).toBeGreaterThanOrEqual(10);
    for (const c of others) expect(c.rows).toBeLessThan(before.length - 1);
    for (const c of others) expect(c.text).not.toMatch(/Voorraad(2020)?\[/);
    expect(calls.map((c) => c.id)).toEqual(expect.arrayContaining(["DISSIMILARITY", "THEIL", "MUTUAL_INFO", "RANDOM_BASELINE", "CONFIDENCE_INTERVAL", "CHANGE", "SCALE"]));
  });
});
