/**
 * Writes a ReportSheet into an ExcelJS worksheet: shared by FileWorkbookAdapter.writeReportSheet (the browser preview)
 * and both adapters' createPartnerWorkbook.
 *
 * - With `formulas: "values"` (every file this project writes: the preview's report sheets via valuesOnly.ts, partner
 *   copies) only the value is written: Excel recalculates a file written here on open, a MENG formula then becomes
 *   #NAME? where the add-in is absent, and ExcelJS cannot write the dynamic-array metadata a spill needs.
 * - With `formulas: "live"` (kept for tests of the formula text) formula cells are { formula, result } in the workbook's
 *   language (Dutch or English MENG.* names, see formulaText.ts) with the core's value as cached result.
 * - Spilled cells (filled by a dynamic-array formula such as MENG.PERGEBIED) stay empty with live formulas: a value
 *   there would block the spill (#SPILL!) once Excel calculates; ExcelJS cannot write the dynamic-array metadata, so a
 *   file made here shows the spilled values only after Excel (with the add-in) recalculates. With `formulas: "values"`
 *   they are written as values.
 * - Links become internal hyperlinks ("#'Blad'!A5"); a link to a sheet not in `linkableSheets` is left out.
 * - Number formats, bold and column widths (in characters, ExcelJS' unit) as given.
 * - Charts are not written: ExcelJS cannot write charts. That is no warning for the user: the preview draws the same
 *   charts in the pane (ReportResult.charts) and says there that Excel puts them on the sheet; a partner copy has none.
 */
import type { CellValue as ExcelCellValue, Worksheet } from "exceljs";
import { formulaText } from "../core/report/formulaText";
import { withReadmeOnTop } from "../core/report/sheetLayout";
import type { ReportSheet } from "../core/report/reportSheet";
import { sheetReference } from "./settingsSheet";

export interface ReportToExcelJsOptions {
  locale: "nl" | "en";
  formulas?: "live" | "values";
  /** Sheets links may point to; default: any. */
  linkableSheets?: ReadonlySet<string>;
}

export function writeReportToWorksheet(ws: Worksheet, sheet: ReportSheet, options: ReportToExcelJsOptions): string[] {
  const live = (options.formulas ?? "live") === "live";
  sheet.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      let value: ExcelCellValue = cell.value;
      if (cell.spilled && live) {
        // Filled by the dynamic-array formula above or left of it when Excel calculates; a value would block it.
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
        return;
      }
      if (cell.formula && live) {
        const result = cell.value === null ? undefined : cell.value;
        value = { formula: formulaText(cell.formula, options.locale).slice(1), result } as ExcelCellValue;
      } else if (cell.link && (!options.linkableSheets || options.linkableSheets.has(cell.link.sheet))) {
        value = { text: String(cell.value ?? cell.link.address), hyperlink: `#${sheetReference(cell.link.sheet, cell.link.address)}` };
      }
      target.value = value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.wrap) {
        target.alignment = { wrapText: true, vertical: "top" };
        // Neither Excel nor LibreOffice grows a row for wrapped text on opening a file: give it the height of its lines
        // (15 pt each; ~0.9 of the column's width in characters per line, the width unit being a digit).
        const perLine = Math.max(1, Math.floor((sheet.columnWidths?.[c] ?? 10) * 0.9));
        row.height = Math.max(row.height ?? 15, 15 * Math.ceil(String(cell.value ?? "").length / perLine));
      }
      // The font named in full: a bold font without a name opens in LibreOffice Calc in a serif fallback.
      if (cell.bold) target.font = { name: "Calibri", family: 2, size: 11, bold: true };
      else if (cell.link && value !== null && typeof value === "object" && "hyperlink" in value) target.font = { color: { argb: "FF0563C1" }, underline: true };
    });
  });
  sheet.columnWidths?.forEach((width, c) => {
    if (width > 0) ws.getColumn(c + 1).width = width;
  });
  return [];
}

/** Bytes as base64, in the browser (btoa) and in Node (Buffer). */
export function toBase64(bytes: Uint8Array): string {
  const maybeBuffer = (globalThis as { Buffer?: { from(b: Uint8Array): { toString(enc: string): string } } }).Buffer;
  if (maybeBuffer) return maybeBuffer.from(bytes).toString("base64");
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** An ExcelJS writeBuffer result as an exact ArrayBuffer (a Node Buffer may view a larger pool). */
export function exactArrayBuffer(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

/** The partner copy as .xlsx bytes: the given sheets only, values only (see the file comment), links between them kept. */
export async function partnerWorkbookBytes(
  WorkbookClass: new () => import("exceljs").Workbook,
  sheets: readonly ReportSheet[],
  locale: "nl" | "en",
): Promise<{ bytes: ArrayBuffer; notices: string[] }> {
  if (sheets.length === 0) throw new Error("Er zijn geen bladen om in de partnerkopie te zetten.");
  const workbook = new WorkbookClass();
  workbook.creator = "Mengwijzer";
  const names = new Set(sheets.map((s) => s.name));
  const notices: string[] = [];
  for (const sheet of sheets) {
    // Printed (or saved as PDF) one page wide, as a partner may hand it on.
    const ws = workbook.addWorksheet(sheet.name, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    // The partner's sheet: what it shows on top ("Lees mij"), columns that fit their headers and numbers.
    notices.push(...writeReportToWorksheet(ws, withReadmeOnTop(sheet, `Mengwijzer partnerkopie – ${sheet.name}`), { locale, formulas: "values", linkableSheets: names }));
  }
  const data = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
  return { bytes: exactArrayBuffer(data), notices };
}
