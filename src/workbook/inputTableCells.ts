/**
 * What both adapters write for an input table spec (InputTableWorkbook.ts), in plain data: the block above the
 * table as values and formats, and the formats of the table's rows. Text cells get "@" so a label such as "1-2" never
 * turns into a date; computed columns never get "@" (their formulas would become text).
 */
import type { ReportCell } from "../core/report/reportSheet";
import type { InputColumn } from "../core/vitality/vitalitySheet";
import type { CellValue } from "./WorkbookAdapter";

export function aboveValues(above: readonly ReportCell[][]): { width: number; values: CellValue[][]; formats: string[][] } {
  const width = Math.max(1, ...above.map((r) => r.length));
  const values = above.map((row) => Array.from({ length: width }, (_, c) => (row[c]?.value ?? null) as CellValue));
  const formats = above.map((row) =>
    Array.from({ length: width }, (_, c) => row[c]?.numberFormat ?? (typeof row[c]?.value === "string" ? "@" : "General")),
  );
  return { width, values, formats };
}

/** Number format of a data cell: the column's own, text as text for input and key columns, else General. */
export function inputCellFormat(column: InputColumn, value: CellValue): string {
  if (column.numberFormat) return column.numberFormat;
  if (column.role === "computed") return "General";
  return typeof value === "string" ? "@" : "General";
}

/** Rows fitted to the number of columns (missing cells null). */
export function fitRows(rows: readonly (readonly CellValue[])[], width: number): CellValue[][] {
  return rows.map((r) => Array.from({ length: width }, (_, j) => (j < r.length ? r[j] ?? null : null)));
}
