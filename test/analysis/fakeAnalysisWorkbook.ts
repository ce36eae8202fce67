/**
 * An in-memory AnalysisWorkbook for the service tests: user sheets as value grids, tables by address, Mengwijzer's
 * report sheets as written, settings in a map. readSource reads in chunks with progress and honours the AbortSignal
 * between chunks, like the adapters.
 */
import type { AnalysisWorkbook, DataSource, ReadOptions, SheetState } from "../../src/workbook/AnalysisWorkbook";
import type { CellValue } from "../../src/workbook/WorkbookAdapter";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import type { CellValue as CoreCellValue } from "../../src/core/mapping/cells";

export interface FakeTable {
  name: string;
  sheetName: string;
  /** A1 address incl. header, e.g. "A1:L401". */
  address: string;
}

function box(address: string) {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(local);
  if (!m) throw new Error(`bad address ${address}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { left: col(m[1]), top: Number(m[2]), right: col(m[3]), bottom: Number(m[4]) };
}

function letters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export class FakeAnalysisWorkbook implements AnalysisWorkbook {
  readonly writesCharts = false;
  readonly sheets = new Map<string, CoreCellValue[][]>();
  readonly tables: FakeTable[] = [];
  readonly reports = new Map<string, ReportSheet>();
  readonly settings = new Map<string, string>();
  readonly partnerCopies: { sheets: ReportSheet[]; fileName: string }[] = [];
  readonly writes: string[] = [];
  readonly reads: DataSource[] = [];
  private readonly fingerprints = new Map<string, string>();
  language = "nl-NL";
  chunkRows = 50;

  addSheet(name: string, grid: CoreCellValue[][], tableName?: string): void {
    this.sheets.set(name, grid);
    if (tableName) {
      const width = Math.max(...grid.map((r) => r.length));
      this.tables.push({ name: tableName, sheetName: name, address: `A1:${letters(width - 1)}${grid.length}` });
    }
  }

  /** The user changes a report sheet by hand. */
  editReport(name: string): void {
    const sheet = this.reports.get(name);
    if (sheet) sheet.rows[0][0] = { value: "met de hand gewijzigd" };
  }

  async listSources(): Promise<DataSource[]> {
    const out: DataSource[] = [];
    for (const [name, grid] of this.sheets) {
      if (name.toLowerCase().startsWith("mengwijzer_")) continue;
      const tables = this.tables.filter((t) => t.sheetName === name);
      for (const t of tables) {
        const b = box(t.address);
        out.push({ kind: "table", sheetName: name, tableName: t.name, address: t.address, rowCount: b.bottom - b.top + 1, columnCount: b.right - b.left + 1 });
      }
      if (tables.length === 0 && grid.length > 0) {
        const width = Math.max(...grid.map((r) => r.length));
        out.push({ kind: "range", sheetName: name, address: `A1:${letters(width - 1)}${grid.length}`, rowCount: grid.length, columnCount: width });
      }
    }
    return out;
  }

  async readSource(source: DataSource, options: ReadOptions = {}): Promise<CellValue[][]> {
    this.reads.push(source);
    const grid = this.sheets.get(source.sheetName);
    if (!grid) throw Object.assign(new Error(`Het werkblad '${source.sheetName}' bestaat niet.`), { code: "ItemNotFound" });
    const b = box(source.kind === "table" ? this.tables.find((t) => t.name === source.tableName)!.address : source.address);
    const total = b.bottom - b.top + 1;
    const out: CellValue[][] = [];
    for (let start = 0; start < total; start += this.chunkRows) {
      if (options.signal?.aborted) throw Object.assign(new Error("Geannuleerd."), { name: "AbortError" });
      const end = Math.min(total, start + this.chunkRows);
      for (let i = start; i < end; i++) {
        const row = grid[b.top - 1 + i] ?? [];
        out.push(Array.from({ length: b.right - b.left + 1 }, (_, j) => row[b.left + j] ?? null));
      }
      options.onProgress?.({ rowsRead: end, rowsTotal: total });
      await Promise.resolve();
    }
    if (options.signal?.aborted) throw Object.assign(new Error("Geannuleerd."), { name: "AbortError" });
    return out;
  }

  async reportSheetState(sheetName: string): Promise<SheetState> {
    const sheet = this.reports.get(sheetName);
    if (!sheet) return { exists: this.sheets.has(sheetName), editedByUser: false };
    return { exists: true, editedByUser: JSON.stringify(sheet.rows) !== this.fingerprints.get(sheetName) };
  }

  /** Notices the next write resolves with (as the file adapter's "charts not written"). */
  writeNotices: string[] = [];

  async writeReportSheet(sheet: ReportSheet): Promise<string[]> {
    if (!sheet.name.startsWith("Mengwijzer_")) throw new Error("only Mengwijzer_ sheets");
    this.writes.push(sheet.name);
    const copy = JSON.parse(JSON.stringify(sheet)) as ReportSheet;
    this.reports.set(sheet.name, copy);
    this.fingerprints.set(sheet.name, JSON.stringify(copy.rows));
    return this.writeNotices;
  }

  async displayLanguage(): Promise<string> {
    return this.language;
  }

  async readSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async createPartnerWorkbook(sheets: ReportSheet[], fileName: string): Promise<string[]> {
    this.partnerCopies.push({ sheets, fileName });
    return [];
  }

  /** Sheets activated, in order. */
  readonly activated: string[] = [];

  async activateSheet(sheetName: string): Promise<boolean> {
    if (!this.reports.has(sheetName)) throw new Error(`Het blad '${sheetName}' staat niet (meer) in de werkmap.`);
    this.activated.push(sheetName);
    return true;
  }
}
