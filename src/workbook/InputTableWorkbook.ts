/**
 * What the vitality input sheet (issue 16) asks of a workbook beside AnalysisWorkbook: make an input sheet with an
 * explanation block and a worksheet table, and keep its computed columns and data validation complete after rows were
 * appended. Implemented by OfficeWorkbookAdapter (live formulas, Excel's data validation) and FileWorkbookAdapter (the
 * preview: the core's values where a custom-function formula would stand, validation in the file).
 *
 * Rows are appended and status cells written with the WorkbookAdapter's appendRows and writeCells (co-authoring safe:
 * values written below the table, never TableRowCollection.add).
 */
import type { InputColumn } from "../core/vitality/vitalitySheet";
import type { ReportCell } from "../core/report/reportSheet";
import type { CellValue, CellWrite, ColumnFormats, TableSnapshot } from "./WorkbookAdapter";

export interface InputTableSpec {
  sheetName: string;
  tableName: string;
  /** Cells above the table, from A1 (values only). */
  above: ReportCell[][];
  /** 0-based sheet row of the table's header. */
  headerRow: number;
  columns: readonly InputColumn[];
}

/** The computed columns' values per data row, by header (in the table's current row order); the preview writes them. */
export type ComputedValues = ReadonlyMap<string, readonly CellValue[]>;

export interface InputTableWorkbook {
  readTable(tableName: string): Promise<TableSnapshot | null>;
  /** Makes the sheet with the block above and the table with these rows (values in the order of spec.columns). */
  createInputTable(spec: InputTableSpec, rows: CellValue[][], computed: ComputedValues): Promise<string[]>;
  appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<void>;
  writeCells(tableName: string, writes: CellWrite[]): Promise<void>;
  /**
   * The computed columns over every data row (formulas in Excel, `computed` values in a file) and the validation of
   * every input column over every data row. Input cells are never written.
   */
  refreshInputTable(spec: InputTableSpec, computed: ComputedValues): Promise<string[]>;
}
