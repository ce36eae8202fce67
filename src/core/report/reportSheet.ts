/**
 * A report sheet as plain data, written by the core and rendered by a workbook adapter (Office.js or ExcelJS).
 * Cells hold a value or a formula; a formula names a custom function by its id, so the adapter can write it in the
 * names of the metadata Excel loaded (MENG.AANDEEL in Dutch Excel, MENG.SHARE in English Excel: custom-function names
 * written as text do not translate, office-js issue 891). Everything else in a formula is invariant (en-US) syntax, as Range.formulas expects.
 */
import type { CustomFunctionIdName } from "./customFunctionIds";

export type ReportValue = string | number | boolean | null;

/** One piece of a formula: literal text in en-US formula syntax, or a call of one of our custom functions. */
export type FormulaPart = string | { call: CustomFunctionIdName; args: FormulaPart[][] };

export interface ReportCell {
  /** The value, or for a formula cell the value computed by the core (shown by the browser preview, and used in tests). */
  value: ReportValue;
  /** A live formula: parts concatenated, `call` rendered as PREFIX.NAME(arg1, arg2 ...). Omitted = static value. */
  formula?: FormulaPart[];
  /** Excel number format, e.g. "0.0%" or "0.000". */
  numberFormat?: string;
  bold?: boolean;
  /** Wrap the text inside the cell's width (long explanations); the row grows to fit. */
  wrap?: boolean;
  /** A link to a cell in the workbook, e.g. a failing allocation row: sheet name and A1 address. */
  link?: { sheet: string; address: string };
  /**
   * Part of the spill of a live formula above or to the left (MENG.PERGEBIED, MENG.SCHAAL, LET(...)): Excel fills this
   * cell, so the adapter writes NOTHING here (a value would block the spill: #SPILL!). `value` is the core-computed
   * value, for the browser preview and for tests.
   */
  spilled?: boolean;
}

export interface ChartSpec {
  kind: "stackedBar" | "bar";
  title: string;
  /** 0-based rows and columns of the data block in this sheet, header row and label column included. */
  dataBlock: { firstRow: number; firstColumn: number; rowCount: number; columnCount: number };
  /** Where to put it: 0-based top-left cell. */
  anchor: { row: number; column: number };
}

export interface ReportSheet {
  /** e.g. "Mengwijzer_Wijkrapport". */
  name: string;
  /** Rows of cells, top-left at A1. Rows may differ in length. */
  rows: ReportCell[][];
  columnWidths?: number[];
  charts: ChartSpec[];
  /**
   * What the sheet shows, in a few short Dutch lines, for sheets that are written as values only (the partner copy):
   * the writer puts a title and this "Lees mij" block above the rows (sheetLayout.ts). Sheets with formulas carry
   * their block in their rows instead, as moving rows would move what the formulas refer to.
   */
  readme?: string[];
}
