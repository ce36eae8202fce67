/**
 * WorkbookAdapter over an .xlsx file held in memory (ExcelJS): the browser preview, and the tests. Tables are real
 * Excel tables (ws.addTable), so a file saved here opens in Excel with the table "MengwijzerChecklist" intact.
 *
 * Runs in Node and in the browser: webpack (target "web") follows exceljs' package.json "browser" field to
 * dist/exceljs.min.js, a self-contained build; only ArrayBuffer crosses this class's boundary, never a Node Buffer.
 *
 * The worksheet cells are the truth; the table is only its address (tableRef). ExcelJS' own Table.addRow/commit
 * rewrite the whole table from a row cache that is empty for a loaded file, so they are never used here.
 *
 * onTableChanged: a file has no coauthors, so listeners fire after this adapter's own writes (createTable, writeCells,
 * appendRows) to that table, synchronously once the change is made.
 *
 * AnalysisWorkbook: the same semantics as OfficeWorkbookAdapter, except that report sheets hold values only, with the
 * live report's formulas listed as text beside them (in the names of displayLanguage(): "nl-NL" unless the options say
 * otherwise; see writeReportSheet). They are written by reportToExcelJs.ts to "<name>_nieuw" and swapped in only when complete;
 * charts are not written (ExcelJS cannot); the preview draws them in the pane from the ReportResult. Settings
 * and edit fingerprints use the same very hidden sheet as in Excel, so a file moves between the preview and Excel with
 * them. createPartnerWorkbook hands the .xlsx bytes to the `onPartnerWorkbook` option (the preview offers a download).
 */
import { Workbook } from "exceljs";
import type { CellValue as ExcelCellValue, DataValidation, Worksheet } from "exceljs";
import type { DateSystem } from "../core/cellReaders";
import { functionLocale } from "../core/report/customFunctionIds";
import { frozenSheet, valuesOnly } from "../core/report/valuesOnly";
import type { ReportSheet } from "../core/report/reportSheet";
import { boxRef, parseBox } from "./a1Address";
import type { Box } from "./a1Address";
import type { AnalysisWorkbook, DataSource, ReadOptions, SheetState } from "./AnalysisWorkbook";
import { messages } from "../core/messages";
import { checkPackage, PackageRefusedError } from "./packageCheck";
import type { PackageCheckOptions } from "./packageCheck";
import { mergeOwnedSheets } from "./packageMerge";
import { throwIfAborted } from "./payloadLimit";
import { readableCopy } from "./readableCopy";
import { workbookError } from "./workbookErrors";
import { encodeFingerprint, fingerprintKey, matchesFingerprint, spillMask } from "./reportFingerprint";
import type { GridCell } from "./reportFingerprint";
import { partnerWorkbookBytes, writeReportToWorksheet } from "./reportToExcelJs";
import { isOwnSheet, parseSettings, previousSheetName, SETTINGS_HEADER, SETTINGS_SHEET, settingRow, temporarySheetName } from "./settingsSheet";
import { dataExtent, rowRuns } from "./dataExtent";
import { dataSource, rowBandOutsideTables } from "./sourceListing";
import type { CellValue, CellWrite, ColumnFormats, SheetBlock, TableSnapshot, WorkbookAdapter } from "./WorkbookAdapter";
import type { ComputedValues, InputTableSpec, InputTableWorkbook } from "./InputTableWorkbook";
import type { InputValidation } from "../core/vitality/vitalitySheet";
import { aboveValues, fitRows, inputCellFormat } from "./inputTableCells";

export interface FileWorkbookAdapterOptions {
  /** Name written to Gewijzigd door; the file itself does not know who is editing it. */
  userName?: string | null;
  /** What displayLanguage() reports, and so the language of written formulas: "nl-NL" (MENG.*) unless set. */
  displayLanguage?: string;
  /**
   * Receives the partner copy made by createPartnerWorkbook (the preview shell offers it as a download). Without it,
   * createPartnerWorkbook fails with a Dutch message.
   */
  onPartnerWorkbook?: (bytes: ArrayBuffer, fileName: string) => void;
}

/** Rows per progress step when reading a source from the file (no payload limit here; only progress and cancel). */
const FILE_CHUNK_ROWS = 10_000;

interface TableModelLike {
  name: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
  rows?: unknown[][];
}

export interface TableListing {
  sheetName: string;
  tableName: string;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An ExcelJS cell value as a plain value, the way Office.js `values` would give it. */
function plain(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // ExcelJS turns date-formatted numbers into Dates (read as UTC wall-clock); give the serial back.
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) return plain((value as { result?: ExcelCellValue }).result);
    if ("text" in value && typeof value.text === "string") return value.text; // hyperlink
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

/** What Range.formulas would give for a cell: the formula text for formula cells, else the plain value. */
function formulaOrValue(value: ExcelCellValue | undefined): GridCell {
  if (value !== null && typeof value === "object" && !(value instanceof Date) && ("formula" in value || "sharedFormula" in value)) {
    const formula = (value as { formula?: string }).formula;
    if (typeof formula === "string") return `=${formula}`;
  }
  return plain(value);
}

/** An input column's rule as ExcelJS' data validation (written into the sheet's XML, so Excel enforces it too). */
function excelJsValidation(rule: InputValidation, message: string): DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "error" as const, errorTitle: "Mengwijzer", error: message };
  switch (rule.kind) {
    case "whole":
      return { type: "whole", operator: "between", formulae: [rule.min, rule.max], ...common };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [-1e15, 1e15], ...common };
    case "list":
      return { type: "list", formulae: [`"${rule.items.join(",")}"`], ...common };
  }
}

export class FileWorkbookAdapter implements WorkbookAdapter, AnalysisWorkbook, InputTableWorkbook {
  readonly kind = "file" as const;
  readonly writesCharts = false;
  /** The sheet the user asked to see ("Blad … tonen"): the written file opens on it. */
  private openOnSheet: string | null = null;
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly userName: string | null;
  private readonly language: string;
  private readonly onPartnerWorkbook?: (bytes: ArrayBuffer, fileName: string) => void;
  /** The package as opened (null for a workbook made here); the download is written into it. */
  private original: Uint8Array | null = null;
  /** Lower-case names of Mengwijzer's sheets changed since opening: only these are written into the original. */
  private readonly changed = new Set<string>();
  private notices: string[] = [];

  constructor(
    readonly workbook: Workbook = new Workbook(),
    options: FileWorkbookAdapterOptions = {},
  ) {
    this.userName = options.userName ?? null;
    this.language = options.displayLanguage ?? "nl-NL";
    this.onPartnerWorkbook = options.onPartnerWorkbook;
  }

  /**
   * Opens an .xlsx: first its size and sheet limits (packageCheck.ts, before anything is parsed), then ExcelJS; when
   * ExcelJS cannot read the file as it is, a copy without drawings, comments and pivots (readableCopy.ts). Rejects with
   * a Dutch message (PackageRefusedError) or an AbortError. The original bytes are kept: toBuffer writes into them.
   */
  static async fromBuffer(buf: ArrayBuffer, options: FileWorkbookAdapterOptions & PackageCheckOptions = {}): Promise<FileWorkbookAdapter> {
    const original = new Uint8Array(buf.slice(0));
    await checkPackage(original, options);
    throwIfAborted(options.signal);
    let workbook = new Workbook();
    let setAside: string[] = [];
    try {
      await workbook.xlsx.load(original.slice().buffer);
    } catch {
      try {
        const copy = readableCopy(original);
        workbook = new Workbook();
        await workbook.xlsx.load(copy.bytes.slice().buffer);
        setAside = copy.setAside;
      } catch {
        // ExcelJS' own (English) text means nothing to the user; say what to do instead.
        throw new PackageRefusedError("unreadable", messages.files.unreadable());
      }
    }
    const adapter = new FileWorkbookAdapter(workbook, options);
    adapter.original = original;
    adapter.notices = setAside.length > 0 ? [messages.files.partsSetAside(setAside)] : [];
    return adapter;
  }

  /**
   * The workbook as .xlsx bytes. For an opened file: the original package with only Mengwijzer's changed sheets
   * written into it (packageMerge.ts), so charts, images, comments, pivots and names the user had stay as they were.
   */
  async toBuffer(): Promise<ArrayBuffer> {
    const data = new Uint8Array((await this.workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const bytes = this.original ? mergeOwnedSheets(this.original, data, {
          // Mengwijzer's sheets, and any sheet this adapter wrote to (only its own, in the add-in).
          isOwned: (name) => isOwnSheet(name) || this.changed.has(name.toLowerCase()),
          changed: this.changed,
          activeSheet: this.openOnSheet ?? undefined,
        }) : data;
    // A Node Buffer may be a view on a larger pool; copy out exactly its bytes.
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  /** Dutch notices about the opened file (e.g. parts the preview cannot show but keeps). */
  openingNotices(): string[] {
    return [...this.notices];
  }

  listTables(): TableListing[] {
    return this.workbook.worksheets.flatMap((ws) =>
      Object.values(this.tablesOf(ws)).map((t) => ({ sheetName: ws.name, tableName: t.name })),
    );
  }

  async readTable(tableName: string): Promise<TableSnapshot | null> {
    const found = this.find(tableName);
    if (!found) return null;
    const { ws, model, box } = found;
    const headerRow = model.headerRow !== false;
    const firstData = headerRow ? box.top + 1 : box.top;
    const lastData = model.totalsRow ? box.bottom - 1 : box.bottom;
    const width = box.right - box.left + 1;
    const headers = headerRow
      ? Array.from({ length: width }, (_, j) => String(plain(ws.getCell(box.top, box.left + j).value) ?? ""))
      : model.columns.map((c) => c.name);
    const rows: CellValue[][] = [];
    for (let r = firstData; r <= lastData; r++) {
      rows.push(Array.from({ length: width }, (_, j) => plain(ws.getCell(r, box.left + j).value)));
    }
    return { sheetName: ws.name, tableName: model.name, headers, rows, firstSheetRow: firstData, address: boxRef(box), lastUsedRow: this.lastUsedRow(ws, box.bottom) };
  }

  async readSheetBlock(sheetName: string): Promise<SheetBlock | null> {
    const ws = this.sheet(sheetName);
    if (!ws) return null;
    const runs = this.filledRuns(ws, []);
    if (runs.length === 0) return null;
    const box = runs.reduce((a, b) => ({ top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) }));
    const values: CellValue[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row = ws.findRow(r);
      values.push(Array.from({ length: box.right - box.left + 1 }, (_, j) => {
        const v = row ? plain(row.findCell(box.left + j)?.value) : null;
        return v === "" ? null : v;
      }));
    }
    return { sheetName: ws.name, address: boxRef(box), values };
  }

  async coverWithTable(sheetName: string, tableName: string, address: string): Promise<void> {
    const ws = this.sheet(sheetName);
    if (!ws) throw workbookError("ItemNotFound", `Het werkblad '${sheetName}' bestaat niet.`);
    const box = parseBox(address);
    const found = this.find(tableName);
    if (found) {
      found.model.tableRef = boxRef(box);
      if (found.model.autoFilterRef) found.model.autoFilterRef = boxRef(box);
    } else {
      const width = box.right - box.left + 1;
      const cell = (r: number, c: number) => plain(ws.getCell(r, c).value);
      const headers = Array.from({ length: width }, (_, j) => String(cell(box.top, box.left + j) ?? `Kolom${j + 1}`));
      const rows = Array.from({ length: box.bottom - box.top }, (_, i) => Array.from({ length: width }, (_, j) => cell(box.top + 1 + i, box.left + j)));
      // ExcelJS writes the same values back into the cells; the table then lies over them.
      ws.addTable({
        name: tableName,
        ref: boxRef({ ...box, bottom: box.top }).split(":")[0],
        headerRow: true,
        totalsRow: false,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: headers.map((name) => ({ name, filterButton: true })),
        rows: rows.length > 0 ? rows : [headers.map(() => null)],
      });
    }
    this.changed.add(ws.name.toLowerCase());
    this.fire(tableName);
  }

  /** The last row at or below `from` that holds a value (from itself when none below does). */
  private lastUsedRow(ws: Worksheet, from: number): number {
    for (let r = ws.rowCount; r > from; r--) {
      const row = ws.findRow(r);
      if (!row) continue;
      let filled = false;
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = plain(c.value);
        if (v !== null && v !== "") filled = true;
      });
      if (filled) return r;
    }
    return from;
  }

  async createTable(sheetName: string, tableName: string, headers: string[], rows: CellValue[][], formats?: ColumnFormats): Promise<void> {
    if (this.workbook.getWorksheet(sheetName)) throw workbookError("ItemAlreadyExists", `Het werkblad '${sheetName}' bestaat al.`);
    if (this.find(tableName)) throw workbookError("ItemAlreadyExists", `De tabel '${tableName}' bestaat al.`);
    const ws = this.workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addTable({
      name: tableName,
      ref: "A1",
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: rows.length > 0 ? rows.map((r) => [...r]) : [headers.map(() => null)],
    });
    headers.forEach((h, j) => (ws.getColumn(j + 1).width = Math.min(60, Math.max(12, h.length + 2))));
    formats?.forEach((format, j) => {
      if (format) for (let r = 0; r < rows.length; r++) ws.getCell(r + 2, j + 1).numFmt = format;
    });
    this.changed.add(sheetName.toLowerCase());
    this.fire(tableName);
  }

  async writeCells(tableName: string, writes: CellWrite[]): Promise<void> {
    const found = this.require(tableName);
    const table = await this.readTable(tableName);
    const cells = writes.map((w) => {
      const col = table!.headers.indexOf(w.column);
      if (col < 0) throw new Error(`De kolom '${w.column}' staat niet in de tabel '${tableName}'.`);
      if (w.row < 0 || w.row >= table!.rows.length) throw new Error(`Rij ${w.row} ligt buiten de tabel '${tableName}'.`);
      return { r: table!.firstSheetRow + w.row, c: found.box.left + col, value: w.value, numberFormat: w.numberFormat };
    });
    // Checked all first, then written: a bad write leaves the sheet untouched.
    for (const { r, c, value, numberFormat } of cells) {
      const cell = found.ws.getCell(r, c);
      cell.value = value;
      if (numberFormat) cell.numFmt = numberFormat;
    }
    this.changed.add(found.ws.name.toLowerCase());
    this.fire(tableName);
  }

  async appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<void> {
    if (rows.length === 0) return;
    const { ws, model, box } = this.require(tableName);
    const width = box.right - box.left + 1;
    // Data below the table moves down instead of being overwritten (same rule as the Office adapter).
    const insertAt = model.totalsRow ? box.bottom : box.bottom + 1;
    let occupied = !!model.totalsRow;
    for (let r = insertAt; r < insertAt + rows.length && !occupied; r++) {
      for (let c = box.left; c <= box.right && !occupied; c++) occupied = plain(ws.getCell(r, c).value) !== null;
    }
    if (occupied) ws.spliceRows(insertAt, 0, ...rows.map(() => []));
    rows.forEach((values, i) => {
      for (let j = 0; j < width; j++) {
        const cell = ws.getCell(insertAt + i, box.left + j);
        cell.value = values[j] ?? null;
        if (formats?.[j]) cell.numFmt = formats[j] as string;
      }
    });
    const grown: Box = { ...box, bottom: box.bottom + rows.length };
    model.tableRef = boxRef(grown);
    if (model.autoFilterRef) model.autoFilterRef = boxRef({ ...grown, bottom: model.totalsRow ? grown.bottom - 1 : grown.bottom });
    // A table made in this session keeps a row cache that ExcelJS re-validates against; keep it the right length.
    if (Array.isArray(model.rows)) model.rows.push(...rows.map((r) => [...r]));
    this.changed.add(ws.name.toLowerCase());
    this.fire(tableName);
  }

  /** The input sheet (InputTableWorkbook): block above, table, then computed values and validation as refresh does. */
  async createInputTable(spec: InputTableSpec, rows: CellValue[][], computed: ComputedValues): Promise<string[]> {
    if (this.sheet(spec.sheetName)) throw workbookError("ItemAlreadyExists", `Het werkblad '${spec.sheetName}' bestaat al.`);
    if (this.find(spec.tableName)) throw workbookError("ItemAlreadyExists", `De tabel '${spec.tableName}' bestaat al.`);
    const top = spec.headerRow + 1;
    const ws = this.workbook.addWorksheet(spec.sheetName, { views: [{ state: "frozen", ySplit: top }] });
    const above = aboveValues(spec.above);
    above.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        cell.numFmt = above.formats[r][c];
        if (spec.above[r][c]?.bold) cell.font = { bold: true };
      }),
    );
    const headers = spec.columns.map((c) => c.header);
    const body = fitRows(rows.length > 0 ? rows : [headers.map(() => null)], headers.length);
    ws.addTable({
      name: spec.tableName,
      ref: `A${top}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: body.map((r) => [...r]),
    });
    spec.columns.forEach((c, j) => {
      ws.getColumn(j + 1).width = c.width;
      body.forEach((r, i) => (ws.getCell(top + 1 + i, j + 1).numFmt = inputCellFormat(c, r[j])));
    });
    this.changed.add(spec.sheetName.toLowerCase());
    const notices = await this.refreshInputTable(spec, computed);
    this.fire(spec.tableName);
    return notices;
  }

  /**
   * Computed columns get `computed` values (a file written here holds values where Excel would hold a MENG formula,
   * see writeReportSheet), input columns their validation on every data row; input cells are never written.
   */
  async refreshInputTable(spec: InputTableSpec, computed: ComputedValues): Promise<string[]> {
    const { ws, box } = this.require(spec.tableName);
    const table = (await this.readTable(spec.tableName))!;
    const at = new Map(table.headers.map((h, j) => [h.trim().toLowerCase(), box.left + j]));
    const columnOf = (header: string) => {
      const column = at.get(header.trim().toLowerCase());
      if (column === undefined) throw new Error(`De kolom '${header}' staat niet in de tabel '${spec.tableName}'.`);
      return column;
    };
    for (const column of spec.columns) columnOf(column.header); // all checked before anything is written
    for (const column of spec.columns) {
      const c = columnOf(column.header);
      const values = column.role === "computed" ? computed.get(column.header) : undefined;
      for (let i = 0; i < table.rows.length; i++) {
        const cell = ws.getCell(table.firstSheetRow + i, c);
        if (column.role === "computed") {
          cell.value = values?.[i] ?? null;
          cell.numFmt = "General";
        }
        if (column.validation) cell.dataValidation = excelJsValidation(column.validation, column.validationMessage ?? "Deze waarde past niet in deze kolom.");
      }
    }
    this.changed.add(ws.name.toLowerCase());
    return [];
  }

  async onTableChanged(tableName: string, listener: () => void): Promise<() => Promise<void>> {
    const key = tableName.toLowerCase();
    const set = this.listeners.get(key) ?? new Set<() => void>();
    this.listeners.set(key, set);
    // Wrapped so the same function may subscribe twice and unsubscribe each separately.
    const entry = () => listener();
    set.add(entry);
    return async () => {
      set.delete(entry);
    };
  }

  async currentUser(): Promise<string | null> {
    return this.userName;
  }

  // ---- AnalysisWorkbook ------------------------------------------------------------------------------------------

  async listSources(): Promise<DataSource[]> {
    const sources: DataSource[] = [];
    for (const ws of this.workbook.worksheets) {
      if (isOwnSheet(ws.name)) continue;
      const tableBoxes: Box[] = [];
      for (const t of Object.values(this.tablesOf(ws))) {
        const ref = t.model.tableRef ?? t.model.ref;
        if (!ref) continue;
        const box = parseBox(ref);
        tableBoxes.push(box);
        sources.push(dataSource(ws.name, box, t.name));
      }
      // The data's own extent, not ws.dimensions (which a stray far cell or formatting stretches to the whole sheet).
      const extent = dataExtent(this.filledRuns(ws, tableBoxes));
      if (!extent) continue;
      const band = rowBandOutsideTables(extent, tableBoxes);
      if (band) sources.push(dataSource(ws.name, band));
    }
    return sources;
  }

  async readSource(source: DataSource, options: ReadOptions = {}): Promise<CellValue[][]> {
    const ws = this.sheet(source.sheetName);
    let box = parseBox(source.address);
    if (source.kind === "table" && source.tableName) box = this.require(source.tableName).box; // the table may have grown
    if (!ws) throw workbookError("ItemNotFound", `Het werkblad '${source.sheetName}' bestaat niet.`);
    const total = box.bottom - box.top + 1;
    const width = box.right - box.left + 1;
    const chunk = Math.max(1, options.chunkRows ?? FILE_CHUNK_ROWS);
    const out: CellValue[][] = [];
    for (let start = 0; start < total; start += chunk) {
      throwIfAborted(options.signal);
      const end = Math.min(total, start + chunk);
      for (let i = start; i < end; i++) {
        const row = ws.findRow(box.top + i);
        const values = new Array<CellValue>(width);
        for (let j = 0; j < width; j++) {
          // "" reads as empty, as in Excel (Office.js cannot tell the two apart either).
          const value = row ? plain(row.findCell(box.left + j)?.value) : null;
          values[j] = value === "" ? null : value;
        }
        out.push(values);
      }
      options.onProgress?.({ rowsRead: end, rowsTotal: total });
      // Let the page repaint the progress bar and handle a click on Annuleren.
      if (end < total) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    throwIfAborted(options.signal);
    return out;
  }

  async reportSheetState(sheetName: string): Promise<SheetState> {
    const ws = this.sheet(sheetName);
    if (!ws) return { exists: false, editedByUser: false };
    const stored = await this.readSetting(fingerprintKey(ws.name));
    // A sheet with our name but no fingerprint was not written by this add-in: ask before replacing it.
    return { exists: true, editedByUser: !matchesFingerprint(stored, this.grid(ws)) };
  }

  /**
   * Writes the sheet (see AnalysisWorkbook) with VALUES only, its formulas listed as text beside it (valuesOnly.ts):
   * a file written here is opened by Excel later, which recalculates it (ExcelJS writes an old calcId), and neither a
   * MENG formula nor a spill written by ExcelJS survives that (#NAME?, or one value with an @; ExcelJS cannot write
   * dynamic-array metadata). Its charts are not written to the file (ExcelJS cannot), the pane draws them.
   */
  async writeReportSheet(live: ReportSheet): Promise<string[]> {
    const locale = functionLocale(await this.displayLanguage());
    const tempName = temporarySheetName(live.name);
    const stale = this.sheet(tempName);
    if (stale) this.workbook.removeWorksheet(stale.id);
    const temp = this.workbook.addWorksheet(tempName);
    let notices: string[];
    let sheet: ReportSheet;
    try {
      sheet = valuesOnly(live, locale);
      notices = writeReportToWorksheet(temp, sheet, { locale, formulas: "values" });
    } catch (error) {
      this.workbook.removeWorksheet(temp.id);
      throw new Error(`Het blad '${live.name}' kon niet worden geschreven; de werkmap is niet veranderd. (${(error as Error).message})`);
    }
    const old = this.sheet(sheet.name);
    if (old) {
      // The new version takes the old one's place among the tabs.
      (temp as unknown as { orderNo: number }).orderNo = (old as unknown as { orderNo: number }).orderNo;
      old.name = previousSheetName(sheet.name);
      this.workbook.removeWorksheet(old.id);
    }
    temp.name = sheet.name;
    this.changed.add(sheet.name.toLowerCase());
    await this.writeSetting(fingerprintKey(sheet.name), encodeFingerprint(this.grid(temp), spillMask(sheet)));
    return notices;
  }

  /**
   * Freezes a report sheet to values (see AnalysisWorkbook). A report written here already holds values; a file made
   * in Excel can hold live formulas, with their last results, which become the values.
   */
  async freezeReportSheet(sheetName: string): Promise<{ frozen: boolean; formulas: number; notices: string[] }> {
    const ws = this.sheet(sheetName);
    if (!ws) return { frozen: false, formulas: 0, notices: [] };
    const formulas = this.grid(ws);
    const values = formulas.map((row, r) => row.map((_, c) => plain(ws.getCell(r + 1, c + 1).value)));
    const frozen = frozenSheet(formulas, values);
    frozen.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof formulas[r][c] === "string" && String(formulas[r][c]).startsWith("=")) cell.value = value;
      }),
    );
    frozen.listing.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = ws.getCell(r + 1, frozen.listingColumn + c + 1);
        cell.value = value;
        cell.numFmt = "@";
      }),
    );
    await this.writeSetting(fingerprintKey(ws.name), encodeFingerprint(this.grid(ws), []));
    const count = Math.max(0, frozen.listing.length - 3);
    return {
      frozen: true,
      formulas: count,
      notices: count === 0 ? [`Het blad '${ws.name}' bevatte al alleen waarden.`] : [`Het blad '${ws.name}' bevat nu alleen waarden; de formules staan als tekst rechts ernaast.`],
    };
  }

  /** Always 1900: plain() turns ExcelJS' dates, which already honour the file's date1904 flag, into 1900 serials. */
  async dateSystem(): Promise<DateSystem> {
    return 1900;
  }

  async displayLanguage(): Promise<string> {
    return this.language;
  }

  async readSetting(key: string): Promise<string | null> {
    const ws = this.sheet(SETTINGS_SHEET);
    if (!ws) return null;
    return parseSettings(this.grid(ws)).get(key)?.value ?? null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    let ws = this.sheet(SETTINGS_SHEET);
    if (!ws) {
      ws = this.workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
      ws.getRow(1).values = [...SETTINGS_HEADER];
    }
    this.changed.add(SETTINGS_SHEET.toLowerCase());
    const existing = parseSettings(this.grid(ws)).get(key);
    const rowNumber = existing ? existing.row + 1 : Math.max(1, ws.actualRowCount, ws.rowCount) + 1;
    const row = ws.getRow(rowNumber);
    const cells = settingRow(key, value);
    const width = Math.max(cells.length, row.cellCount);
    for (let c = 0; c < width; c++) row.getCell(c + 1).value = c < cells.length ? cells[c] : null;
  }

  /** Hands the partner copy to `onPartnerWorkbook`. */
  async createPartnerWorkbook(sheets: ReportSheet[], fileName: string): Promise<string[]> {
    if (!this.onPartnerWorkbook) throw new Error("De partnerkopie kan hier niet worden aangeboden (geen downloadfunctie ingesteld).");
    const { bytes, notices } = await partnerWorkbookBytes(Workbook, sheets, functionLocale(await this.displayLanguage()));
    this.onPartnerWorkbook(bytes, fileName);
    return notices;
  }

  /** A file shows nothing: the sheet becomes the one the file opens on (the workbook view's active tab). */
  async activateSheet(sheetName: string): Promise<boolean> {
    const index = this.workbook.worksheets.findIndex((ws) => ws.name.toLowerCase() === sheetName.toLowerCase());
    if (index < 0) throw new Error(`Het blad '${sheetName}' staat niet (meer) in de werkmap. Maak het rapport opnieuw.`);
    const views = this.workbook.views?.length ? this.workbook.views : [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: "visible" as const }];
    this.workbook.views = views.map((view, i) => (i === 0 ? { ...view, activeTab: index, firstSheet: Math.min(view.firstSheet ?? 0, index) } : view));
    // An opened file is written back by packageMerge, which keeps the user's workbook.xml: it is told separately.
    this.openOnSheet = this.workbook.worksheets[index].name;
    return false;
  }


  /** Runs of filled cells per row, outside the given tables (see dataExtent). */
  private filledRuns(ws: Worksheet, tables: readonly Box[]): Box[] {
    const runs: Box[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const columns: number[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = plain(cell.value);
        if (value === null || value === "") return;
        if (tables.some((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right)) return;
        columns.push(c);
      });
      runs.push(...rowRuns(r, columns));
    });
    return runs;
  }

  /** Excel sheet names are case-insensitive. */
  private sheet(name: string): Worksheet | undefined {
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet from A1 to its last used cell, as Range.formulas would give it. */
  private grid(ws: Worksheet): GridCell[][] {
    const grid: GridCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: GridCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = formulaOrValue(cell.value)));
      grid[rowNumber - 1] = cells;
    });
    return Array.from({ length: grid.length }, (_, r) => Array.from({ length: grid[r]?.length ?? 0 }, (_, c) => grid[r]?.[c] ?? null));
  }

  private fire(tableName: string): void {
    for (const listener of [...(this.listeners.get(tableName.toLowerCase()) ?? [])]) {
      try {
        listener();
      } catch {
        // A failing listener must not undo or hide a write that already happened.
      }
    }
  }

  private tablesOf(ws: Worksheet): Record<string, { model: TableModelLike; name: string }> {
    const tables = (ws as unknown as { tables?: Record<string, { model: TableModelLike }> }).tables ?? {};
    return Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, { model: t.model, name: t.model.name ?? name }]));
  }

  /** Excel table names are unique per workbook and case-insensitive. */
  private find(tableName: string): { ws: Worksheet; model: TableModelLike; box: Box } | null {
    for (const ws of this.workbook.worksheets) {
      for (const t of Object.values(this.tablesOf(ws))) {
        if (t.name.toLowerCase() !== tableName.toLowerCase()) continue;
        const ref = t.model.tableRef ?? t.model.ref;
        if (!ref) continue;
        return { ws, model: t.model, box: parseBox(ref) };
      }
    }
    return null;
  }

  private require(tableName: string): { ws: Worksheet; model: TableModelLike; box: Box } {
    const found = this.find(tableName);
    if (!found) throw new Error(`De tabel '${tableName}' bestaat niet in deze werkmap.`);
    return found;
  }
}
