/**
 * A small builder for a ReportSheet's rows: set cells by 0-based row and column, with the few cell shapes the reports
 * use (text, number, formula, spilled value, note).
 */
import type { FormulaPart, ReportCell, ReportSheet, ReportValue, ChartSpec } from "./reportSheet";

export const SHARE_FORMAT = "0.0%";
export const INDEX_FORMAT = "0.000";
export const COUNT_FORMAT = "0";

export class SheetGrid {
  readonly rows: ReportCell[][] = [];
  readonly charts: ChartSpec[] = [];

  set(row: number, column: number, cell: ReportCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row];
    while (cells.length < column) cells.push({ value: null });
    cells[column] = cell;
  }

  text(row: number, column: number, value: string, bold = false): void {
    this.set(row, column, bold ? { value, bold } : { value });
  }

  value(row: number, column: number, value: ReportValue, numberFormat?: string): void {
    this.set(row, column, numberFormat && typeof value === "number" ? { value, numberFormat } : { value });
  }

  formula(row: number, column: number, formula: FormulaPart[], value: ReportValue, numberFormat?: string): void {
    this.set(row, column, numberFormat ? { value, formula, numberFormat } : { value, formula });
  }

  /** A cell inside the spill of a formula: Excel fills it, the adapter leaves it empty; the value is for preview and tests. */
  spilled(row: number, column: number, value: ReportValue, numberFormat?: string): void {
    this.set(row, column, numberFormat && typeof value === "number" ? { value, spilled: true, numberFormat } : { value, spilled: true });
  }

  get(row: number, column: number): ReportCell | undefined {
    return this.rows[row]?.[column];
  }

  get rowCount(): number {
    return this.rows.length;
  }

  toSheet(name: string, columnWidths?: number[]): ReportSheet {
    return { name, rows: this.rows, charts: this.charts, ...(columnWidths ? { columnWidths } : {}) };
  }
}

/** A number, or null for NaN/infinite (an error in Excel). */
export function finiteOrNull(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/** Runs a core computation; a failure gives null and its Dutch message. */
export function attempt<T>(compute: () => T): { value: T | null; error: string | null } {
  try {
    return { value: compute(), error: null };
  } catch (error) {
    return { value: null, error: error instanceof Error ? error.message : String(error) };
  }
}
