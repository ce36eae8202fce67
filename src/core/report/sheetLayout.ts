/**
 * How a sheet a partner reads is laid out: a title and a short "Lees mij" block on top saying what the sheet shows,
 * and columns wide enough for their headers and numbers, in Excel and in LibreOffice Calc alike (widths are in
 * Excel's unit, the width of one "0" of the default font; both programs read them the same way).
 */
import type { ReportCell, ReportSheet, ReportValue } from "./reportSheet";

export const README_TITLE = "Lees mij";

/** Text longer than this is prose: it may run on into the empty cells to its right, so it does not widen its column. */
const PROSE = 40;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/**
 * Room for the cell padding; text is narrower than a row of "0"s (the unit) in Calibri, but about as wide in the
 * fallback LibreOffice uses without Calibri (DejaVu Sans), so letters count 0.9; bold about a tenth wider.
 */
const PADDING = 2;
const LETTER = 0.9;
const BOLD = 1.1;

/** The text a cell shows for its value and number format, as far as its width is concerned. */
export function shownText(value: ReportValue, numberFormat?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#GETAL!";
  const decimals = (format: string) => (/\.(0+)/.exec(format)?.[1].length ?? 0);
  if (numberFormat && numberFormat.endsWith("%")) return `${(value * 100).toFixed(decimals(numberFormat))}%`;
  if (numberFormat && /^0(\.0+)?$/.test(numberFormat)) return value.toFixed(decimals(numberFormat));
  // General: at most 11 characters, as Excel shows it.
  const text = String(value);
  return text.length > 11 ? value.toPrecision(6) : text;
}

/**
 * Column widths that fit every header and number from `fromRow` down. A text cell with an empty cell to its right
 * that is longer than PROSE characters is left out: it runs on into that cell. `minimum` keeps wider columns given
 * by the caller (e.g. for labels).
 */
export function fittingColumnWidths(rows: readonly ReportCell[][], fromRow = 0, minimum: readonly number[] = []): number[] {
  const widths: number[] = [...minimum];
  rows.forEach((cells, r) => {
    if (r < fromRow) return;
    cells.forEach((cell, c) => {
      if (!cell) return;
      const text = shownText(cell.value, cell.numberFormat);
      if (text === "") return;
      const neighbour = cells[c + 1];
      const runsOn = typeof cell.value === "string" && text.length > PROSE && (!neighbour || neighbour.value === null || neighbour.value === "");
      if (runsOn) return;
      const width = Math.ceil(text.length * (typeof cell.value === "string" ? LETTER : 1) * (cell.bold ? BOLD : 1)) + PADDING;
      widths[c] = Math.max(widths[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, width));
    });
  });
  return Array.from({ length: widths.length }, (_, c) => Math.max(MIN_WIDTH, widths[c] ?? MIN_WIDTH));
}

/**
 * The rows of a title and a "Lees mij" block: the title (bold), "Lees mij" (bold), one short line per row, and an
 * empty row. Lines are meant to be short (one sentence): they run on into the empty cells to their right.
 */
export function readmeRows(title: string, lines: readonly string[]): ReportCell[][] {
  return [[{ value: title, bold: true }], [{ value: README_TITLE, bold: true }], ...lines.map((line) => [{ value: line }]), []];
}

/** A column that holds only prose (the Toelichting sheet) is this wide, and its text wraps. */
const PROSE_COLUMN = 100;

/**
 * A values-only sheet with a `readme` (a partner copy sheet) as a partner gets it: the title and its "Lees mij" block on
 * top, the rows below, fitting column widths; a first column of nothing but long explanations wraps at PROSE_COLUMN
 * characters. A sheet without a `readme` is returned as it is.
 */
export function withReadmeOnTop(sheet: ReportSheet, title: string): ReportSheet {
  if (!sheet.readme) return sheet;
  if (sheet.rows.some((row) => row.some((cell) => cell?.formula || cell?.spilled || cell?.link)) || sheet.charts.length > 0) {
    // Rows moving down would move what formulas and charts refer to.
    throw new Error(`withReadmeOnTop: het blad '${sheet.name}' heeft formules of grafieken.`);
  }
  const top = readmeRows(title, sheet.readme);
  const proseOnly = sheet.rows.length > 1 && sheet.rows.every((row) => row.length <= 1) && sheet.rows.some((row) => shownText(row[0]?.value ?? null).length > PROSE);
  const body = proseOnly ? sheet.rows.map((row) => row.map((cell, c) => (c === 0 && cell ? { ...cell, wrap: true } : cell))) : sheet.rows;
  const widths = proseOnly ? [PROSE_COLUMN] : fittingColumnWidths(body, 0, sheet.columnWidths ?? []);
  const laidOut: ReportSheet = { ...sheet, rows: [...top, ...body], columnWidths: widths };
  delete laidOut.readme;
  return laidOut;
}
