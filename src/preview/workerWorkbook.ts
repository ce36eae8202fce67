/**
 * The page's stand-in for the workbook that lives in the preview's Web Worker (workbookHost.ts): the same
 * WorkbookAdapter and AnalysisWorkbook as FileWorkbookAdapter, each call a message to the worker. Progress of reads and
 * of opening comes back as messages; cancelling sends one (and the page may end the worker outright, see index.tsx).
 */
import type { ReportSheet } from "../core/report/reportSheet";
import type { AnalysisWorkbook, DataSource, ReadOptions, SheetState } from "../workbook/AnalysisWorkbook";
import type { CellValue, CellWrite, ColumnFormats, SheetBlock, TableSnapshot, WorkbookAdapter } from "../workbook/WorkbookAdapter";
import type { Endpoint, HostReply, HostRequest } from "./workbookHost";
import type { ComputedValues, InputTableSpec, InputTableWorkbook } from "../workbook/InputTableWorkbook";

export interface OpenProgress {
  step: string;
  fraction: number | null;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (reply: Extract<HostReply, { type: "progress" }>) => void;
}

export interface WorkerWorkbookOptions {
  /** Who is editing (read at every write), for Gewijzigd door. */
  userName?: () => string | null;
  /** Receives the partner copy's bytes. */
  onPartnerWorkbook?: (bytes: ArrayBuffer, fileName: string) => void;
}

export class WorkerWorkbook implements WorkbookAdapter, AnalysisWorkbook, InputTableWorkbook {
  readonly kind = "file" as const;
  /** The worker writes with ExcelJS, which cannot write charts (the pane draws them). */
  readonly writesCharts = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<() => void>>();
  /** Dutch notices about the opened file (set by open). */
  notices: string[] = [];

  private constructor(
    private readonly endpoint: Endpoint,
    private readonly options: WorkerWorkbookOptions,
  ) {
    endpoint.addEventListener("message", (event) => this.receive(event.data as HostReply));
  }

  /**
   * Sends the file to the worker, which checks it against the limits and parses it there. Rejects with the worker's
   * Dutch message, or with an AbortError when `signal` fires.
   */
  static async open(
    endpoint: Endpoint,
    bytes: ArrayBuffer,
    options: WorkerWorkbookOptions & { displayLanguage?: string; onProgress?: (p: OpenProgress) => void; signal?: AbortSignal } = {},
  ): Promise<WorkerWorkbook> {
    const workbook = new WorkerWorkbook(endpoint, options);
    options.onProgress?.({ step: "Bestand controleren…", fraction: 0 });
    const notices = await workbook.request<string[]>(
      { type: "open", id: 0, bytes, displayLanguage: options.displayLanguage },
      [bytes],
      (p) => options.onProgress?.({ step: p.fraction !== null && p.fraction >= 1 ? "Werkmap inlezen…" : p.step, fraction: p.fraction !== null && p.fraction >= 1 ? null : p.fraction }),
      options.signal,
    );
    workbook.notices = notices;
    return workbook;
  }

  private receive(reply: HostReply): void {
    if (reply.type === "tableChanged") {
      for (const listener of [...(this.listeners.get(reply.tableName.toLowerCase()) ?? [])]) listener();
      return;
    }
    if (reply.type === "partner") {
      this.options.onPartnerWorkbook?.(reply.bytes, reply.fileName);
      return;
    }
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === "progress") {
      pending.onProgress?.(reply);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === "result") pending.resolve(reply.value);
    else pending.reject(Object.assign(new Error(reply.message), { name: reply.name, ...(reply.reason ? { reason: reply.reason } : {}) }));
  }

  private request<T>(
    message: HostRequest & { id: number },
    transfer: Transferable[] = [],
    onProgress?: Pending["onProgress"],
    signal?: AbortSignal,
  ): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(Object.assign(new Error("Geannuleerd."), { name: "AbortError" }));
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      signal?.addEventListener("abort", () => this.endpoint.postMessage({ type: "cancel", id } satisfies HostRequest), { once: true });
      this.endpoint.postMessage({ ...message, id }, transfer);
    });
  }

  private call<T>(method: string, args: unknown[], options: { onProgress?: Pending["onProgress"]; signal?: AbortSignal } = {}): Promise<T> {
    return this.request<T>({ type: "call", id: 0, method, args, progress: options.onProgress !== undefined }, [], options.onProgress, options.signal);
  }

  // ---- WorkbookAdapter
  readTable(tableName: string): Promise<TableSnapshot | null> {
    return this.call("readTable", [tableName]);
  }
  createTable(sheetName: string, tableName: string, headers: string[], rows: CellValue[][], formats?: ColumnFormats): Promise<void> {
    return this.call("createTable", [sheetName, tableName, headers, rows, formats]);
  }
  writeCells(tableName: string, writes: CellWrite[]): Promise<void> {
    return this.call("writeCells", [tableName, writes]);
  }
  appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<void> {
    return this.call("appendRows", [tableName, rows, formats]);
  }
  readSheetBlock(sheetName: string): Promise<SheetBlock | null> {
    return this.call("readSheetBlock", [sheetName]);
  }
  coverWithTable(sheetName: string, tableName: string, address: string): Promise<void> {
    return this.call("coverWithTable", [sheetName, tableName, address]);
  }
  async onTableChanged(tableName: string, listener: () => void): Promise<() => Promise<void>> {
    const key = tableName.toLowerCase();
    const set = this.listeners.get(key) ?? new Set<() => void>();
    this.listeners.set(key, set);
    const entry = () => listener();
    set.add(entry);
    this.endpoint.postMessage({ type: "watch", tableName } satisfies HostRequest);
    return async () => {
      set.delete(entry);
    };
  }
  async currentUser(): Promise<string | null> {
    return this.options.userName?.() ?? null;
  }

  // ---- AnalysisWorkbook
  listSources(): Promise<DataSource[]> {
    return this.call("listSources", []);
  }
  readSource(source: DataSource, options: ReadOptions = {}): Promise<CellValue[][]> {
    const onProgress = options.onProgress;
    return this.call("readSource", [source, { chunkRows: options.chunkRows }], {
      signal: options.signal,
      ...(onProgress ? { onProgress: (p: Extract<HostReply, { type: "progress" }>) => onProgress({ rowsRead: p.rowsRead ?? 0, rowsTotal: p.rowsTotal ?? 0 }) } : {}),
    });
  }
  reportSheetState(sheetName: string): Promise<SheetState> {
    return this.call("reportSheetState", [sheetName]);
  }
  writeReportSheet(sheet: ReportSheet): Promise<string[]> {
    return this.call("writeReportSheet", [sheet]);
  }
  displayLanguage(): Promise<string> {
    return this.call("displayLanguage", []);
  }
  readSetting(key: string): Promise<string | null> {
    return this.call("readSetting", [key]);
  }
  writeSetting(key: string, value: string): Promise<void> {
    return this.call("writeSetting", [key, value]);
  }
  createPartnerWorkbook(sheets: ReportSheet[], fileName: string): Promise<string[]> {
    return this.call("createPartnerWorkbook", [sheets, fileName]);
  }
  activateSheet(sheetName: string): Promise<boolean> {
    return this.call("activateSheet", [sheetName]);
  }
  // ---- InputTableWorkbook (the vitality input sheet, issue 16)
  createInputTable(spec: InputTableSpec, rows: CellValue[][], computed: ComputedValues): Promise<string[]> {
    return this.call("createInputTable", [spec, rows, computed]);
  }
  refreshInputTable(spec: InputTableSpec, computed: ComputedValues): Promise<string[]> {
    return this.call("refreshInputTable", [spec, computed]);
  }
  /** The workbook as .xlsx bytes (the original package with Mengwijzer's sheets written into it). */
  toBuffer(): Promise<ArrayBuffer> {
    return this.call("toBuffer", []);
  }
}
