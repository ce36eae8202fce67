/**
 * TEST AND BENCHMARK ONLY (imported by test/workbook/*.test.ts and bench/run.ts, never by the add-in's entry points, so
 * webpack never bundles it). An in-memory Excel for OfficeWorkbookAdapter's AnalysisWorkbook side that enforces Excel on
 * the web's payload limit.
 *
 * Like Office.js: commands are queued and run only at context.sync(); properties can be read only after load + sync;
 * the first failing command rejects the sync and later ones do not run. On top, every sync measures its request (the
 * JSON of every value, formula, format and argument sent, plus OVERHEAD_BYTES per command) and its response (the JSON of
 * every property loaded) and fails with error code "RequestPayloadSizeLimitExceeded" (nothing runs) or
 * "ResponsePayloadSizeLimitExceeded" (commands ran, nothing loaded is delivered) above `limitBytes`: by default
 * 5,000,000, the documented "5MB" (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-
 * optimization#excel-add-ins). Sizes are JSON characters; Office.js' own envelope is only approximated by the overhead.
 * It counts syncs and records the largest request and response.
 *
 * No office-addin-mock here: plain objects, so that tsx (the benchmark) can load it as well as Jest.
 */
import { boxRef, parseBox } from "../a1Address";
import type { Box } from "../a1Address";

type V = string | number | boolean;
const OVERHEAD_BYTES = 60;

export interface FakeChart {
  type: string;
  /** A1 address of the data on the chart's own sheet. */
  source: string;
  seriesBy: string;
  title: string;
  position: [string, string | undefined];
}

export interface FakeSheet {
  name: string;
  visibility: string;
  /** rows[r][c], 0-based; a formula is stored as its text ("=..."). */
  rows: (V | undefined)[][];
  formats: Map<string, string>;
  bold: Set<string>;
  hyperlinks: Map<string, { documentReference?: string; textToDisplay?: string }>;
  columnWidths: Map<number, number>;
  charts: FakeChart[];
}

export interface FakeTableModel {
  name: string;
  sheet: FakeSheet;
  box: Box;
}

export class PayloadError extends Error {
  constructor(
    readonly code: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded",
    readonly bytes: number,
  ) {
    super(`${code === "RequestPayloadSizeLimitExceeded" ? "The request payload size has exceeded the limit" : "The response payload size has exceeded the limit"} (${bytes} bytes). See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins`);
    this.name = "RichApi.Error";
  }
}

const json = (v: unknown) => JSON.stringify(v)?.length ?? 0;

export class PayloadWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTableModel[] = [];
  limitBytes = 5_000_000;
  syncCount = 0;
  largestRequest = 0;
  largestResponse = 0;
  /** Base64 strings given to Excel.createWorkbook. */
  readonly createdWorkbooks: string[] = [];
  /** Fails the sync with this 1-based number (counting from when it was set) with an "InternalError"; for tests. */
  failAtSync: number | null = null;
  /** Name of the sheet last activated by the add-in. */
  activeSheet: string | null = null;
  /** Renaming a sheet to this name fails (once), after the commands before it in the batch ran; for tests. */
  failRenameTo: string | null = null;
  /** Batches that ended with commands never synced (a bug in the adapter). */
  unsynced = 0;

  get largestPayload(): number {
    return Math.max(this.largestRequest, this.largestResponse);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.largestRequest = 0;
    this.largestResponse = 0;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw Object.assign(new Error(`ItemAlreadyExists: sheet ${name}`), { code: "ItemAlreadyExists" });
    const sheet: FakeSheet = { name, visibility: "Visible", rows: [], formats: new Map(), bold: new Set(), hyperlinks: new Map(), columnWidths: new Map(), charts: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  /** A user's table: a sheet (made if missing) with these rows, headers first, at `at`. */
  addTable(sheetName: string, name: string, rows: V[][], at = "A1"): FakeTableModel {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { top, left } = parseBox(at);
    this.setBlock(sheet, top, left, rows);
    const table = { name, sheet, box: { top, left, bottom: top + rows.length - 1, right: left + rows[0].length - 1 } };
    this.tables.push(table);
    return table;
  }

  setBlock(sheet: FakeSheet, top: number, left: number, values: readonly (readonly unknown[])[]): void {
    values.forEach((row, i) => {
      const target = (sheet.rows[top - 1 + i] ??= []);
      row.forEach((v, j) => {
        target[left - 1 + j] = v === "" || v === null || v === undefined ? undefined : (v as V);
      });
    });
  }

  get(sheetName: string, address: string): V | "" {
    const { top, left } = parseBox(address);
    return this.sheet(sheetName)?.rows[top - 1]?.[left - 1] ?? "";
  }

  set(sheetName: string, address: string, value: V | ""): void {
    const { top, left } = parseBox(address);
    this.setBlock(this.sheet(sheetName)!, top, left, [[value]]);
  }

  read(sheet: FakeSheet, b: Box): V[][] {
    const out: V[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row = sheet.rows[r - 1];
      const cells = new Array<V>(b.right - b.left + 1);
      for (let c = b.left; c <= b.right; c++) cells[c - b.left] = row?.[c - 1] ?? "";
      out.push(cells);
    }
    return out;
  }

  /** Bounding box of the non-empty cells (Excel's used range with valuesOnly), or null. */
  usedBox(sheet: FakeSheet): Box | null {
    let box: Box | null = null;
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v === undefined) return;
        if (!box) box = { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
        else {
          box.top = Math.min(box.top, r + 1);
          box.bottom = Math.max(box.bottom, r + 1);
          box.left = Math.min(box.left, c + 1);
          box.right = Math.max(box.right, c + 1);
        }
      });
    });
    return box;
  }

  /** The sheet's cells from A1 to the last used cell ("" for empty), as a test would compare them. */
  contents(sheetName: string): V[][] {
    const sheet = this.sheet(sheetName)!;
    const used = this.usedBox(sheet);
    return used ? this.read(sheet, { top: 1, left: 1, bottom: used.bottom, right: used.right }) : [];
  }
}

interface Command {
  bytes: number;
  run: () => (() => void) | void;
  /** Response bytes, known after run. */
  response?: () => number;
}

class NotLoaded extends Error {}

abstract class FakeProxy {
  protected loaded: Record<string, unknown> = {};
  constructor(protected readonly ctx: PayloadContext) {}
  protected abstract isNull(): boolean;
  protected abstract readProp(name: string): unknown;
  load(props?: string): this {
    const names = (props ?? "").split(",").map((p) => p.trim()).filter((p) => p !== "");
    let size = 0;
    this.ctx.queue({
      bytes: OVERHEAD_BYTES + json(names),
      run: () => {
        const data: Record<string, unknown> = { isNullObject: this.isNull() };
        if (!data.isNullObject) for (const name of names) data[name] = this.readProp(name);
        size = json(data);
        return () => Object.assign(this.loaded, data);
      },
      response: () => size,
    });
    return this;
  }
  protected prop<T>(name: string): T {
    if (!(name in this.loaded)) throw new NotLoaded(`PropertyNotLoaded: '${name}' was not loaded and synced`);
    return this.loaded[name] as T;
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  protected set(bytes: number, apply: () => void): void {
    this.ctx.queue({
      bytes: OVERHEAD_BYTES + bytes,
      run: () => {
        apply();
      },
    });
  }
}

class RangeProxy extends FakeProxy {
  constructor(
    ctx: PayloadContext,
    private readonly sheet: () => FakeSheet | null,
    private readonly box: () => Box | null,
  ) {
    super(ctx);
  }
  protected isNull(): boolean {
    return this.sheet() === null || this.box() === null;
  }
  private where(): { sheet: FakeSheet; box: Box } {
    const sheet = this.sheet();
    const box = this.box();
    if (!sheet || !box) throw Object.assign(new Error("ItemNotFound: range"), { code: "ItemNotFound" });
    return { sheet, box };
  }
  protected readProp(name: string): unknown {
    const { sheet, box } = this.where();
    switch (name) {
      case "values":
      case "formulas":
        return this.ctx.wb.read(sheet, box);
      case "rowIndex": return box.top - 1;
      case "columnIndex": return box.left - 1;
      case "rowCount": return box.bottom - box.top + 1;
      case "columnCount": return box.right - box.left + 1;
      case "address": return `${sheet.name}!${boxRef(box)}`;
      default: throw new Error(`fake range: unknown property ${name}`);
    }
  }
  get values(): unknown[][] { return this.prop("values"); }
  get formulas(): unknown[][] { return this.prop("formulas"); }
  get rowIndex(): number { return this.prop("rowIndex"); }
  get columnIndex(): number { return this.prop("columnIndex"); }
  get rowCount(): number { return this.prop("rowCount"); }
  get columnCount(): number { return this.prop("columnCount"); }
  get address(): string { return this.prop("address"); }
  private checkShape(values: unknown[][]): void {
    const { box } = this.where();
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (values.length !== rows || values.some((r) => r.length !== cols)) {
      throw Object.assign(new Error(`InvalidArgument: ${rows}×${cols} range, ${values.length}×${values[0]?.length} values`), { code: "InvalidArgument" });
    }
  }
  set values(v: unknown[][]) {
    this.set(json(v), () => {
      this.checkShape(v);
      const { sheet, box } = this.where();
      // null leaves a cell as it is (Office.js semantics).
      const current = v.some((row) => row.includes(null)) ? this.ctx.wb.read(sheet, box) : null;
      this.ctx.wb.setBlock(sheet, box.top, box.left, current ? v.map((row, i) => row.map((x, j) => (x === null ? current[i][j] : x))) : v);
    });
  }
  set formulas(v: unknown[][]) {
    this.values = v;
  }
  set numberFormat(v: unknown[][]) {
    this.set(json(v), () => {
      this.checkShape(v);
      const { sheet, box } = this.where();
      v.forEach((row, i) => row.forEach((f, j) => {
        if (f !== null) sheet.formats.set(`${box.top + i},${box.left + j}`, String(f)); // null leaves the format as it is
      }));
    });
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.set(json(link), () => {
      const { sheet, box } = this.where();
      sheet.hyperlinks.set(`${box.top},${box.left}`, link);
      if (link.textToDisplay !== undefined) this.ctx.wb.setBlock(sheet, box.top, box.left, [[link.textToDisplay]]);
    });
  }
  get format() {
    return this.formatOf(this);
  }
  private formatOf(range: RangeProxy) {
    return {
      font: {
        set bold(on: boolean) {
          range.set(10, () => {
            const { sheet, box } = range.where();
            for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) {
              if (on) sheet.bold.add(`${r},${c}`);
              else sheet.bold.delete(`${r},${c}`);
            }
          });
        },
      },
      set columnWidth(points: number) {
        range.set(10, () => {
          const { sheet, box } = range.where();
          for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
        });
      },
      autofitColumns: () => undefined,
    };
  }
  /** "A1:B2", resolved now (for the fake's own records). */
  describe(): string {
    return boxRef(this.where().box);
  }
  untrack(): this {
    return this;
  }
}

class SheetProxy extends FakeProxy {
  private ref: FakeSheet | null | undefined;
  constructor(
    ctx: PayloadContext,
    private readonly lookup: () => FakeSheet | null,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  /** Resolved once, at the first command that needs it, then follows the sheet through renames (like Office.js). */
  resolve(): FakeSheet | null {
    if (this.ref === undefined || (this.ref && !this.ctx.wb.sheets.includes(this.ref))) {
      const found = this.ref === undefined ? this.lookup() : null;
      if (!found && !this.orNull) throw Object.assign(new Error("ItemNotFound: worksheet"), { code: "ItemNotFound" });
      this.ref = found;
    }
    return this.ref;
  }
  bind(sheet: FakeSheet): void {
    this.ref = sheet;
  }
  protected isNull(): boolean {
    return this.resolve() === null;
  }
  protected readProp(name: string): unknown {
    const sheet = this.resolve()!;
    if (name === "name") return sheet.name;
    if (name === "position") return this.ctx.wb.sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility;
    throw new Error(`fake sheet: unknown property ${name}`);
  }
  get name(): string { return this.prop("name"); }
  set name(v: string) {
    this.set(json(v), () => {
      const sheet = this.resolve()!;
      if (this.ctx.wb.failRenameTo === v) {
        this.ctx.wb.failRenameTo = null;
        throw Object.assign(new Error(`GeneralException: rename to ${v} failed`), { code: "GeneralException" });
      }
      const clash = this.ctx.wb.sheet(v);
      if (clash && clash !== sheet) throw Object.assign(new Error(`ItemAlreadyExists: sheet ${v}`), { code: "ItemAlreadyExists" });
      if (v.length > 31) throw Object.assign(new Error("InvalidArgument: sheet name over 31 characters"), { code: "InvalidArgument" });
      sheet.name = v;
    });
  }
  get position(): number { return this.prop("position"); }
  set position(p: number) {
    this.set(10, () => {
      const sheet = this.resolve()!;
      const list = this.ctx.wb.sheets;
      list.splice(list.indexOf(sheet), 1);
      list.splice(Math.min(p, list.length), 0, sheet);
    });
  }
  get visibility(): string { return this.prop("visibility"); }
  set visibility(v: string) {
    this.set(json(v), () => (this.resolve()!.visibility = v));
  }
  activate(): void {
    this.set(10, () => {
      this.ctx.wb.activeSheet = this.resolve()!.name;
    });
  }
  delete(): void {
    this.set(10, () => {
      const sheet = this.resolve()!;
      const wb = this.ctx.wb;
      wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      wb.tables = wb.tables.filter((t) => t.sheet !== sheet);
    });
  }
  getRange(address: string): RangeProxy {
    const box = parseBox(address);
    return new RangeProxy(this.ctx, () => this.resolve(), () => box);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => this.resolve(), () => {
      const sheet = this.resolve();
      return sheet ? this.ctx.wb.usedBox(sheet) : null;
    });
  }
  get charts() {
    return {
      add: (type: string, source: RangeProxy, seriesBy: string) => {
        const chart: FakeChart = { type, source: "", seriesBy, title: "", position: ["", undefined] };
        this.set(OVERHEAD_BYTES, () => {
          const sheet = this.resolve()!;
          chart.source = source.describe();
          sheet.charts.push(chart);
        });
        const ctx = this.ctx;
        return {
          title: {
            set text(t: string) {
              ctx.queue({ bytes: OVERHEAD_BYTES + json(t), run: () => void (chart.title = t) });
            },
          },
          setPosition: (start: string, end?: string) => ctx.queue({ bytes: OVERHEAD_BYTES, run: () => void (chart.position = [start, end]) }),
        };
      },
    };
  }
}

class TableProxy extends FakeProxy {
  constructor(
    ctx: PayloadContext,
    private readonly find: () => FakeTableModel | undefined,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  private model(): FakeTableModel | null {
    const t = this.find();
    if (!t && !this.orNull) throw Object.assign(new Error("ItemNotFound: table"), { code: "ItemNotFound" });
    return t ?? null;
  }
  protected isNull(): boolean {
    return this.model() === null;
  }
  protected readProp(name: string): unknown {
    if (name === "name") return this.model()!.name;
    throw new Error(`fake table: unknown property ${name}`);
  }
  get name(): string { return this.prop("name"); }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.model()?.sheet ?? null, () => this.model()?.box ?? null);
  }
  get worksheet(): SheetProxy {
    return new SheetProxy(this.ctx, () => this.model()?.sheet ?? null, false);
  }
}

export class PayloadContext {
  private pending: Command[] = [];
  readonly workbook: {
    worksheets: {
      load(props?: string): { items: SheetProxy[] };
      getItem(name: string): SheetProxy;
      getItemOrNullObject(name: string): SheetProxy;
      add(name: string): SheetProxy;
    };
    tables: {
      load(props?: string): { items: TableProxy[] };
      getItem(name: string): TableProxy;
      getItemOrNullObject(name: string): TableProxy;
    };
  };

  constructor(readonly wb: PayloadWorkbook) {
    const ctx = this as PayloadContext; // used inside the collection objects below
    const sheetItems = { items: [] as SheetProxy[] };
    const tableItems = { items: [] as TableProxy[] };
    this.workbook = {
      worksheets: {
        load() {
          let size = 0;
          ctx.queue({
            bytes: OVERHEAD_BYTES,
            run: () => {
              const sheets = [...wb.sheets];
              size = json(sheets.map((s, i) => ({ name: s.name, position: i })));
              return () => {
                sheetItems.items = sheets.map((s) => {
                  const proxy = new SheetProxy(ctx, () => s, false);
                  proxy.bind(s);
                  (proxy as unknown as { loaded: Record<string, unknown> }).loaded = { name: s.name, position: wb.sheets.indexOf(s), visibility: s.visibility, isNullObject: false };
                  return proxy;
                });
              };
            },
            response: () => size,
          });
          return sheetItems;
        },
        getItem: (name) => new SheetProxy(ctx, () => wb.sheet(name) ?? null, false),
        getItemOrNullObject: (name) => new SheetProxy(ctx, () => wb.sheet(name) ?? null, true),
        add: (name) => {
          const proxy = new SheetProxy(ctx, () => null, false);
          ctx.queue({ bytes: OVERHEAD_BYTES + json(name), run: () => proxy.bind(wb.addSheet(name)) });
          return proxy;
        },
      },
      tables: {
        load() {
          let size = 0;
          ctx.queue({
            bytes: OVERHEAD_BYTES,
            run: () => {
              const tables = [...wb.tables];
              size = json(tables.map((t) => t.name));
              return () => {
                tableItems.items = tables.map((t) => {
                  const proxy = new TableProxy(ctx, () => (wb.tables.includes(t) ? t : undefined), false);
                  (proxy as unknown as { loaded: Record<string, unknown> }).loaded = { name: t.name, isNullObject: false };
                  return proxy;
                });
              };
            },
            response: () => size,
          });
          return tableItems;
        },
        getItem: (name) => new TableProxy(ctx, () => wb.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()), false),
        getItemOrNullObject: (name) => new TableProxy(ctx, () => wb.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()), true),
      },
    };
  }

  queue(command: Command): void {
    this.pending.push(command);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    const wb = this.wb;
    wb.syncCount += 1;
    const commands = this.pending;
    this.pending = [];
    if (wb.failAtSync !== null && --wb.failAtSync <= 0) {
      wb.failAtSync = null;
      throw Object.assign(new Error("InternalError: the fake was told to fail this request"), { code: "GeneralException" });
    }
    const request = commands.reduce((sum, c) => sum + c.bytes, 0);
    wb.largestRequest = Math.max(wb.largestRequest, request);
    if (request > wb.limitBytes) throw new PayloadError("RequestPayloadSizeLimitExceeded", request);
    const commits: (() => void)[] = [];
    for (const command of commands) {
      const commit = command.run(); // the first failing command rejects the sync; later ones do not run
      if (commit) commits.push(commit);
    }
    const response = commands.reduce((sum, c) => sum + (c.response?.() ?? 0), 0);
    wb.largestResponse = Math.max(wb.largestResponse, response);
    if (response > wb.limitBytes) throw new PayloadError("ResponsePayloadSizeLimitExceeded", response);
    for (const commit of commits) commit();
    await Promise.resolve();
  }
}

/** Installs `Excel` and `Office` globals over this workbook (plain objects, see the file comment). */
export function installPayloadExcel(wb: PayloadWorkbook, options: { displayLanguage?: string; apiVersion?: string } = {}): void {
  const apiVersion = options.apiVersion ?? "1.13";
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = {
    run: async (batch: (ctx: PayloadContext) => Promise<unknown>) => {
      const ctx = new PayloadContext(wb);
      const result = await batch(ctx);
      if (ctx.hasPending) wb.unsynced += 1;
      return result;
    },
    createWorkbook: async (base64?: string) => {
      const bytes = OVERHEAD_BYTES + (base64?.length ?? 0);
      wb.syncCount += 1;
      wb.largestRequest = Math.max(wb.largestRequest, bytes);
      if (bytes > wb.limitBytes) throw new PayloadError("RequestPayloadSizeLimitExceeded", bytes);
      wb.createdWorkbooks.push(base64 ?? "");
    },
  };
  g.Office = {
    context: {
      displayLanguage: options.displayLanguage ?? "nl-NL",
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= Number(apiVersion.split(".")[1]),
      },
    },
  };
}
