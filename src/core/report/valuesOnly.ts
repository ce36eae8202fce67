/**
 * A report sheet frozen to values, for places where a live MENG formula cannot work: a file written outside Excel
 * (ExcelJS cannot write dynamic-array metadata, and Excel recalculates such files on open, turning MENG.* into #NAME?
 * and spills into one value with an @), and a workbook shared with a partner who has no Mengwijzer.
 *
 * Every cell keeps the value the core computed (spilled cells included, so every table is complete); no cell keeps a
 * formula. The formulas that stood in the live report are listed as text to the right of the sheet, for reference:
 * cell address and formula body without the leading "=", so no program ever reads them as a formula.
 *
 * @example
 * valuesOnly(sheet, "nl") // cell C4 { value: 0.5, formula: [...] } → { value: 0.5 }, and to the right:
 * //   "C4" | "MENG.AANDEEL(Voorraad[Segment],\"sociale huur\")"
 */
import { columnLetters } from "../mapping/cells";
import { formulaBody } from "./formulaText";
import type { ReportCell, ReportSheet } from "./reportSheet";

export const FORMULA_LISTING_TITLE = "Formules van het live rapport (als tekst, alleen ter informatie)";
export const FORMULA_LISTING_NOTE =
  "In Excel met Mengwijzer staan hier live formules. Deze kopie bevat alleen waarden; zet '=' voor een formule om hem in Excel met Mengwijzer te gebruiken.";

export interface FormulaListingLine {
  /** A1 address of the cell in the report sheet. */
  address: string;
  /** The formula without "=", in the function names of `locale`. */
  text: string;
}

/** Every formula cell of the sheet, in reading order. */
export function formulaListing(sheet: ReportSheet, locale: "nl" | "en"): FormulaListingLine[] {
  const lines: FormulaListingLine[] = [];
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell?.formula) lines.push({ address: `${columnLetters(c)}${r + 1}`, text: formulaBody(cell.formula, locale) });
    }),
  );
  return lines;
}

const text = (value: string, bold = false): ReportCell => ({ value, numberFormat: "@", ...(bold ? { bold } : {}) });

/** The sheet with values only and, when it had formulas, their listing one empty column to the right of its widest row. */
export function valuesOnly(sheet: ReportSheet, locale: "nl" | "en"): ReportSheet {
  const rows: ReportCell[][] = sheet.rows.map((cells) =>
    cells.map((cell) => {
      if (!cell) return cell;
      const rest: ReportCell = { ...cell };
      delete rest.formula;
      delete rest.spilled;
      return rest;
    }),
  );
  const listing = formulaListing(sheet, locale);
  if (listing.length === 0) return { ...sheet, rows };
  const at = Math.max(0, ...rows.map((r) => r.length)) + 1;
  const place = (r: number, c: number, cell: ReportCell) => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r];
    while (row.length < c) row.push({ value: null });
    row[c] = cell;
  };
  place(0, at, text(FORMULA_LISTING_TITLE, true));
  place(1, at, text(FORMULA_LISTING_NOTE));
  place(2, at, text("cel", true));
  place(2, at + 1, text("formule", true));
  listing.forEach((line, i) => {
    place(3 + i, at, text(line.address));
    place(3 + i, at + 1, text(line.text));
  });
  const widths = sheet.columnWidths ? [...sheet.columnWidths] : [];
  while (widths.length < at + 2) widths.push(0);
  widths[at] = Math.max(widths[at], 10);
  widths[at + 1] = Math.max(widths[at + 1], 60);
  return { ...sheet, rows, columnWidths: widths };
}

/** A cell as a workbook gives it back: a value, or for a formula cell its text starting with "=". */
export type SheetCell = string | number | boolean | null;
/** What a workbook may give back for a cell, blanks included. */
type ReadCell = SheetCell | undefined;

/**
 * An existing report sheet (as read back from a workbook: `formulas` and the displayed `values`, both from A1) frozen
 * to values, with the formulas listed beside it as in valuesOnly: `values` to write over the sheet (formula cells get
 * their value; blanks stay null) and the listing cells to write from (row 0, `listingColumn`), as text.
 */
export function frozenSheet(
  formulas: readonly (readonly ReadCell[])[],
  values: readonly (readonly ReadCell[])[],
): { values: SheetCell[][]; listingColumn: number; listing: SheetCell[][] } {
  const width = Math.max(0, ...formulas.map((r) => r.length), ...values.map((r) => r.length));
  const lines: FormulaListingLine[] = [];
  const out = formulas.map((row, r) =>
    Array.from({ length: width }, (_, c): SheetCell => {
      const f = row[c];
      if (typeof f === "string" && f.startsWith("=")) {
        lines.push({ address: `${columnLetters(c)}${r + 1}`, text: f.slice(1) });
        const v = values[r]?.[c];
        return v === undefined || v === "" ? null : v;
      }
      return f === "" || f === undefined ? null : f;
    }),
  );
  const listing: SheetCell[][] = lines.length === 0
    ? []
    : [[FORMULA_LISTING_TITLE, null], [FORMULA_LISTING_NOTE, null], ["cel", "formule"], ...lines.map((l): SheetCell[] => [l.address, l.text])];
  return { values: out, listingColumn: width + 1, listing };
}
