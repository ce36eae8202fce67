/**
 * A small in-memory Excel for testing OfficeWorkbookAdapter. The globals `Excel` and `Office` are OfficeMockObjects
 * (office-addin-mock); Excel.run hands the batch a fake request context that behaves like Office.js where it matters:
 * commands are queued and run only at context.sync() (counted), properties can be read only after load + sync
 * (reading earlier throws), writes below a table grow it (as the coauthoring guide describes), and every written range
 * is recorded with its address.
 */
import { OfficeMockObject } from "office-addin-mock";
import { boxRef, parseBox } from "../../src/workbook/a1Address";

type V = string | number | boolean;

/** 1-based, inclusive block on one sheet. */
interface Block {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface FakeTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  width: number;
  /** Including the header row (and the totals row when shown). */
  height: number;
  showTotals: boolean;
}

export interface Written {
  address: string;
  values: unknown[][];
}

type Handler = (args: unknown) => Promise<unknown>;

export class FakeWorkbook {
  readonly sheets = new Map<string, Map<string, V>>();
  readonly tables: FakeTable[] = [];
  /** Desktop Excel's AutoCorrect "Include new rows and columns in table". */
  autoExpand = true;
  /** A host that rejects commands queued on a null object (instead of giving null objects). */
  strictNullObjects = false;
  syncCount = 0;
  readonly written: Written[] = [];
  readonly inserted: string[] = [];
  readonly resized: string[] = [];
  readonly tableHandlers: { table: string; handler: Handler }[] = [];
  readonly sheetHandlers: Handler[] = [];
  /** Contexts whose batch ended with commands never synced (a bug in the adapter). */
  readonly unsynced: number[] = [];

  get(sheet: string, r: number, c: number): V {
    return this.sheets.get(sheet)?.get(`${r},${c}`) ?? "";
  }

  set(sheet: string, r: number, c: number, v: V): void {
    const cells = this.sheets.get(sheet)!;
    if (v === "") cells.delete(`${r},${c}`);
    else cells.set(`${r},${c}`, v);
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Adds a sheet with a table holding these rows (headers first), as a user's workbook would have it. */
  addTable(sheet: string, name: string, rows: V[][], at = "A1"): FakeTable {
    if (!this.sheets.has(sheet)) this.sheets.set(sheet, new Map());
    const box = parseBox(at);
    rows.forEach((row, i) => row.forEach((v, j) => this.set(sheet, box.top + i, box.left + j, v)));
    const table = { name, sheet, top: box.top, left: box.left, width: rows[0].length, height: rows.length, showTotals: false };
    this.tables.push(table);
    return table;
  }

  /** The table's cells, header first. */
  tableValues(name: string): V[][] {
    const t = this.table(name)!;
    return this.read({ sheet: t.sheet, top: t.top, left: t.left, rows: t.height, cols: t.width });
  }

  read(b: Block): V[][] {
    return Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => this.get(b.sheet, b.top + i, b.left + j)));
  }

  write(b: Block, values: unknown[][]): void {
    if (values.length !== b.rows || values.some((r) => r.length !== b.cols)) {
      throw new Error(`InvalidArgument: ${b.rows}×${b.cols} range, ${values.length}×${values[0]?.length} values`);
    }
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) this.set(b.sheet, b.top + i, b.left + j, v as V); // null leaves the cell as it is
      }),
    );
    this.written.push({ address: `${b.sheet}!${boxRef({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 })}`, values });
    // A table grows over data written directly below it (when AutoCorrect allows and no totals row is in the way).
    const hasData = values.some((r) => r.some((v) => v !== "" && v !== null));
    for (const t of this.tables) {
      if (this.autoExpand && hasData && !t.showTotals && t.sheet === b.sheet && b.top === t.top + t.height && b.left >= t.left && b.left + b.cols <= t.left + t.width) {
        t.height += b.rows;
      }
    }
  }

  insertDown(b: Block): void {
    const cells = this.sheets.get(b.sheet)!;
    const moved = [...cells.entries()]
      .map(([key, v]) => ({ r: Number(key.split(",")[0]), c: Number(key.split(",")[1]), v }))
      .filter(({ r, c }) => r >= b.top && c >= b.left && c < b.left + b.cols);
    for (const { r, c } of moved) cells.delete(`${r},${c}`);
    for (const { r, c, v } of moved) cells.set(`${r + b.rows},${c}`, v);
    for (const t of this.tables) {
      if (t.sheet !== b.sheet) continue;
      if (t.top >= b.top) t.top += b.rows;
      else if (b.top < t.top + t.height) t.height += b.rows; // inserted inside the table
    }
    this.inserted.push(`${b.sheet}!${boxRef({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 })}`);
  }

  /** Simulates an edit (local or by a coauthor): calls the registered change handlers. */
  async fireChanged(sheet: string): Promise<void> {
    for (const { table, handler } of this.tableHandlers) if (this.table(table)?.sheet === sheet) await handler({ source: "Remote" });
    for (const handler of this.sheetHandlers) await handler({ source: "Remote" });
  }
}

class NotLoaded extends Error {}

/** Base of the proxies: load() queues a read; properties can be read only after the next sync. */
abstract class Proxy {
  protected data: Record<string, unknown> = {};
  constructor(protected readonly ctx: FakeContext) {}
  protected abstract readProp(name: string): unknown;
  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
    this.ctx.queue(() => {
      this.data.isNullObject = this.isNull();
      if (this.isNull()) return;
      for (const name of names) this.data[name] = this.readProp(name);
    });
    return this;
  }
  protected isNull(): boolean {
    return false;
  }
  protected prop<T>(name: string): T {
    if (!(name in this.data)) throw new NotLoaded(`PropertyNotLoaded: '${name}' was not loaded and synced`);
    return this.data[name] as T;
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
}

class FakeRange extends Proxy {
  constructor(ctx: FakeContext, readonly resolve: () => Block | null) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.resolve() === null;
  }
  protected readProp(name: string): unknown {
    const b = this.resolve()!;
    switch (name) {
      case "values": return this.ctx.wb.read(b);
      case "rowIndex": return b.top - 1;
      case "columnIndex": return b.left - 1;
      case "rowCount": return b.rows;
      case "columnCount": return b.cols;
      case "address": return `${b.sheet}!${boxRef({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 })}`;
      default: throw new Error(`fake range: unknown property ${name}`);
    }
  }
  get values(): unknown[][] { return this.prop("values"); }
  set values(v: unknown[][]) { this.ctx.queue(() => this.ctx.wb.write(this.resolve()!, v)); }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(() => {
      const b = this.resolve()!;
      if (v.length !== b.rows || v.some((r) => r.length !== b.cols)) throw new Error("InvalidArgument: numberFormat size");
    });
  }
  get rowIndex(): number { return this.prop("rowIndex"); }
  get columnIndex(): number { return this.prop("columnIndex"); }
  get rowCount(): number { return this.prop("rowCount"); }
  get columnCount(): number { return this.prop("columnCount"); }
  get address(): string { return this.prop("address"); }
  readonly format = { autofitColumns: () => undefined };
  getRowsBelow(count = 1): FakeRange {
    return new FakeRange(this.ctx, () => {
      const b = this.resolve();
      return b && { ...b, top: b.top + b.rows, rows: count };
    });
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const b = this.resolve();
      if (b && (row >= b.rows || col >= b.cols)) throw new Error("InvalidArgument: cell outside range");
      return b && { ...b, top: b.top + row, left: b.left + col, rows: 1, cols: 1 };
    });
  }
  insert(shift: string): FakeRange {
    if (shift !== "Down") throw new Error("fake: only Down");
    let fixed: Block | null = null;
    this.ctx.queue(() => {
      fixed = this.resolve()!;
      this.ctx.wb.insertDown(fixed);
    });
    return new FakeRange(this.ctx, () => fixed);
  }
}

class FakeTableProxy extends Proxy {
  constructor(ctx: FakeContext, private readonly find: () => FakeTable | undefined, private readonly orNull: boolean) {
    super(ctx);
  }
  private model(): FakeTable | null {
    const t = this.find();
    if (!t && !this.orNull) throw new Error("ItemNotFound: table");
    return t ?? null;
  }
  protected override isNull(): boolean {
    return this.model() === null;
  }
  protected readProp(name: string): unknown {
    const t = this.model()!;
    if (name === "name") return t.name;
    if (name === "showHeaders") return true;
    if (name === "showTotals") return t.showTotals;
    throw new Error(`fake table: unknown property ${name}`);
  }
  get name(): string { return this.prop("name"); }
  set name(v: string) { this.ctx.queue(() => (this.model()!.name = v)); }
  get showHeaders(): boolean { return this.prop("showHeaders"); }
  get showTotals(): boolean { return this.prop("showTotals"); }
  private block(t: FakeTable | null, from: number, rows: number): Block | null {
    return t && { sheet: t.sheet, top: t.top + from, left: t.left, rows, cols: t.width };
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.model();
      if (!t && this.ctx.wb.strictNullObjects) throw new Error("ItemNotFound: table (strict host)");
      return this.block(t, 0, t?.height ?? 0);
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => { const t = this.model(); return this.block(t, 1, (t?.height ?? 0) - 1 - (t?.showTotals ? 1 : 0)); });
  }
  get worksheet() {
    const sheetProxy = new (class extends Proxy {
      constructor(ctx: FakeContext, private readonly owner: FakeTableProxy) { super(ctx); }
      protected override isNull(): boolean { return this.owner.isNull(); }
      protected readProp(): unknown { return this.owner.model()!.sheet; }
      get name(): string { return this.prop("name"); }
      getRange(address: string): FakeRange {
        const b = parseBox(address);
        return new FakeRange(this.ctx, () => ({ sheet: this.owner.model()!.sheet, top: b.top, left: b.left, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 }));
      }
    })(this.ctx, this);
    return sheetProxy;
  }
  get columns() {
    return {
      getItem: (header: string) => {
        const index = () => {
          const t = this.model()!;
          const headers = this.ctx.wb.read({ sheet: t.sheet, top: t.top, left: t.left, rows: 1, cols: t.width })[0];
          const i = headers.findIndex((h) => String(h).toLowerCase() === header.toLowerCase());
          if (i < 0) throw new Error(`ItemNotFound: column ${header}`);
          return i;
        };
        const column = {
          load: () => {
            this.ctx.queue(() => void index());
            return column;
          },
          getDataBodyRange: () =>
            new FakeRange(this.ctx, () => {
              const t = this.model()!;
              return { sheet: t.sheet, top: t.top + 1, left: t.left + index(), rows: t.height - 1 - (t.showTotals ? 1 : 0), cols: 1 };
            }),
        };
        return column;
      },
    };
  }
  get onChanged() {
    return {
      add: (handler: Handler) => {
        const entry = { table: "", handler };
        this.ctx.queue(() => {
          entry.table = this.model()!.name;
          this.ctx.wb.tableHandlers.push(entry);
        });
        return { context: this.ctx, remove: () => this.ctx.queue(() => this.ctx.wb.tableHandlers.splice(this.ctx.wb.tableHandlers.indexOf(entry), 1)) };
      },
    };
  }
  resize(target: FakeRange): void {
    this.ctx.queue(() => {
      const t = this.model()!;
      const b = target.resolve()!;
      if (b.sheet !== t.sheet || b.top !== t.top) throw new Error("InvalidArgument: header row must stay");
      t.height = b.rows;
      this.ctx.wb.resized.push(`${b.sheet}!${boxRef({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 })}`);
    });
  }
}

export class FakeContext {
  private pending: (() => void)[] = [];
  readonly workbook: ReturnType<typeof FakeContext.makeWorkbook>;
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = FakeContext.makeWorkbook(this, wb);
  }

  private static makeWorkbook(ctx: FakeContext, wb: FakeWorkbook) {
    return {
      tables: {
        getItem: (name: string) => new FakeTableProxy(ctx, () => wb.table(name), false),
        getItemOrNullObject: (name: string) => new FakeTableProxy(ctx, () => wb.table(name), true),
      },
      worksheets: {
        add: (name: string) => {
          ctx.queue(() => {
            if (wb.sheets.has(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
            wb.sheets.set(name, new Map());
          });
          return {
            getRange: (address: string) => {
              const b = parseBox(address);
              return new FakeRange(ctx, () => ({ sheet: name, top: b.top, left: b.left, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 }));
            },
            tables: {
              add: (range: FakeRange, hasHeaders: boolean) => {
                let created: FakeTable | undefined;
                ctx.queue(() => {
                  if (!hasHeaders) throw new Error("fake: headers expected");
                  const b = range.resolve()!;
                  created = { name: `Table${wb.tables.length + 1}`, sheet: b.sheet, top: b.top, left: b.left, width: b.cols, height: b.rows, showTotals: false };
                  wb.tables.push(created);
                });
                return new FakeTableProxy(ctx, () => created, false);
              },
            },
            freezePanes: { freezeRows: () => undefined },
          };
        },
        onChanged: {
          add: (handler: Handler) => {
            ctx.queue(() => wb.sheetHandlers.push(handler));
            return { context: ctx, remove: () => ctx.queue(() => wb.sheetHandlers.splice(wb.sheetHandlers.indexOf(handler), 1)) };
          },
        },
      },
    };
  }
  queue(op: () => void): void {
    this.pending.push(op);
  }
  get hasPending(): boolean {
    return this.pending.length > 0;
  }
  async sync(): Promise<void> {
    this.wb.syncCount += 1;
    const ops = this.pending;
    this.pending = [];
    for (const op of ops) op(); // the first failing command rejects the sync, later ones do not run
  }
}

/** Installs `Excel` and `Office` globals over this workbook. */
export function installFakeExcel(wb: FakeWorkbook, apiVersion = "1.13"): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = new OfficeMockObject({
    run: async (a: unknown, b?: unknown) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: FakeContext) => Promise<unknown>;
      const ctx = typeof a === "function" ? new FakeContext(wb) : (a as FakeContext);
      const result = await batch(ctx);
      if (ctx.hasPending) wb.unsynced.push(wb.syncCount);
      return result;
    },
  });
  g.Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= Number(apiVersion.split(".")[1]),
      },
    },
  });
}
