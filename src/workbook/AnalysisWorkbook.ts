/**
 * What the analyses (area report, allocation report, partner copy) ask of a workbook, beside the checklist's
 * WorkbookAdapter. Implemented by OfficeWorkbookAdapter (Office.js) and FileWorkbookAdapter (ExcelJS, browser preview).
 */
import type { CellValue, WorkbookAdapter } from "./WorkbookAdapter";
import type { DateSystem } from "../core/cellReaders";
import type { ReportSheet } from "../core/report/reportSheet";

export interface DataSource {
  kind: "table" | "range";
  sheetName: string;
  /** Table name for kind "table". */
  tableName?: string;
  /** A1 address of the whole table incl. header, or of the sheet's used range. */
  address: string;
  rowCount: number;
  columnCount: number;
}

export interface ReadProgress {
  rowsRead: number;
  rowsTotal: number;
}

export interface ReadOptions {
  /** Rows per request; the Office adapter derives a safe default from the payload limit and the column count. */
  chunkRows?: number;
  onProgress?: (progress: ReadProgress) => void;
  /** Cancels between chunks; the promise then rejects with an Error whose name is "AbortError". */
  signal?: AbortSignal;
}

export interface SheetState {
  exists: boolean;
  /** True when the sheet exists but its contents differ from what Mengwijzer last wrote (the user edited it). */
  editedByUser: boolean;
}

export interface AnalysisWorkbook {
  /** True when report charts are written into the workbook as native Excel charts (Office.js); ExcelJS cannot. */
  readonly writesCharts: boolean;
  /** Tables, and sheets' used ranges outside tables, that could hold a stock or allocations. */
  listSources(): Promise<DataSource[]>;
  /** All values of a source (header rows included), read in chunks. */
  readSource(source: DataSource, options?: ReadOptions): Promise<CellValue[][]>;
  /** Whether Mengwijzer's own sheet exists and whether the user changed it since Mengwijzer wrote it. */
  reportSheetState(sheetName: string): Promise<SheetState>;
  /**
   * Writes (or replaces) one of Mengwijzer's own sheets, formulas in the workbook's language. The user's sheets are never
   * touched; on failure part-way the previous version of the sheet stays (write to a temporary sheet, then swap).
   * Resolves with Dutch notices for the user (e.g. that charts cannot be written to an .xlsx in the preview).
   */
  writeReportSheet(sheet: ReportSheet): Promise<string[]>;
  /** Display language as Office reports it (e.g. "nl-NL", "en-US"); the file adapter returns a fixed choice. */
  displayLanguage(): Promise<string>;
  /**
   * The date system of the serial numbers readSource returns (1900 or 1904). Absent: 1900. The file adapter always
   * returns 1900 serials (ExcelJS reads the workbook's date1904 flag into its dates); the Office adapter asks Excel.
   */
  dateSystem?(): Promise<DateSystem>;
  /** A stored text setting in the workbook (e.g. the confirmed column mapping); null when absent. */
  readSetting(key: string): Promise<string | null>;
  writeSetting(key: string, value: string): Promise<void>;
  /**
   * Freezes one of Mengwijzer's report sheets in this workbook to values, its formulas listed as text beside it
   * (valuesOnly.ts), so someone without the add-in sees numbers instead of #NAME?. Resolves with Dutch notices; false
   * in `frozen` when the sheet does not exist.
   */
  freezeReportSheet?(sheetName: string): Promise<{ frozen: boolean; formulas: number; notices: string[] }>;
  /** A new workbook with these sheets only (Excel.createWorkbook; the preview downloads an .xlsx); resolves with notices. */
  createPartnerWorkbook(sheets: ReportSheet[], fileName: string): Promise<string[]>;
  /**
   * Makes a sheet the active one: in Excel it is selected and shown (true); in a file it becomes the sheet the file
   * opens on, as nothing is shown (false). Fails with a Dutch message when the sheet does not exist.
   */
  activateSheet(sheetName: string): Promise<boolean>;
  /** A worksheet table by name (the scenario table the user fills in); both real adapters have it. */
  readTable?: WorkbookAdapter["readTable"];
  /** A new sheet with one table (the empty scenario table); fails when the sheet exists. */
  createTable?: WorkbookAdapter["createTable"];
}
