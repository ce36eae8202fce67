/**
 * The only way the task pane touches a workbook. Two implementations: OfficeWorkbookAdapter (Office.js, inside Excel)
 * and FileWorkbookAdapter (ExcelJS on an .xlsx file, the browser preview). Rows are addressed by their 0-based index
 * among the table's data rows; the adapter maps that to sheet rows.
 */
export type CellValue = string | number | boolean | null;

export interface TableSnapshot {
  sheetName: string;
  tableName: string;
  /** Header texts as they stand in the sheet (the user may have renamed or deleted columns). */
  headers: string[];
  /** Data rows in sheet order, each as long as `headers`. */
  rows: CellValue[][];
  /** 1-based sheet row number of rows[0], so messages can point at "rij 17". */
  firstSheetRow: number;
  /** The table's address incl. header ("A1:K56"), where the adapter knows it. */
  address?: string;
  /** Last sheet row (1-based) that holds a value; beyond the table's last row when rows were left outside it. */
  lastUsedRow?: number;
}

/** The cells of a sheet from its first to its last value (values only, "" read as null). */
export interface SheetBlock {
  sheetName: string;
  /** A1 address of the block. */
  address: string;
  values: CellValue[][];
}

export interface CellWrite {
  /** 0-based index among the table's data rows. */
  row: number;
  /** Header text of the column to write. */
  column: string;
  value: CellValue;
  /** Excel number format for the cell (invariant codes, e.g. "dd-mm-yyyy hh:mm"); default: text for text, else General. */
  numberFormat?: string;
}

/**
 * Number formats per column, in the order of the row cells (e.g. a date format for "Gewijzigd op"); a column without
 * one (undefined or null) gets the usual: text as text, other values General.
 */
export type ColumnFormats = readonly (string | null | undefined)[];

export interface WorkbookAdapter {
  readonly kind: "office" | "file";
  /** The table with this name, or null when the workbook has none. */
  readTable(tableName: string): Promise<TableSnapshot | null>;
  /** Makes a new sheet with one table holding these headers and rows (fails if the sheet already exists). */
  createTable(sheetName: string, tableName: string, headers: string[], rows: CellValue[][], formats?: ColumnFormats): Promise<void>;
  /** Writes only these cells of an existing table, in one batch. */
  writeCells(tableName: string, writes: CellWrite[]): Promise<void>;
  /** Adds rows below the table's last row, in one batch, growing the table. */
  appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<void>;
  /** Calls `listener` when cells of the table change (by anyone, incl. co-authors); returns a function that stops it. */
  onTableChanged(tableName: string, listener: () => void): Promise<() => Promise<void>>;
  /** Display name of the current user where the host tells it, else null. */
  currentUser(): Promise<string | null>;
  /** The sheet's values (its used range, values only), or null when the sheet does not exist or is empty. */
  readSheetBlock(sheetName: string): Promise<SheetBlock | null>;
  /**
   * Puts the table `tableName` over `address` on `sheetName` (header row first): makes it when it is gone (a table
   * converted to a range), or grows it (rows left outside). The cells themselves are not changed.
   */
  coverWithTable(sheetName: string, tableName: string, address: string): Promise<void>;
}
