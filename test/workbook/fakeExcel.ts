/**
 * The one in-memory Excel of the test suite and the benchmark: both halves of OfficeWorkbookAdapter (the checklist's
 * WorkbookAdapter and the analyses' AnalysisWorkbook) run against it. Plain objects only (no office-addin-mock), so that
 * tsx can load it for bench/ as well as Jest.
 *
 * Modelled on Office.js as documented (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts,
 * "Proxy objects", "sync()", "load()"):
 * - commands are queued on the request context and run only at context.sync(), in order;
 * - a property can be read only after it was loaded AND the sync that carried the load resolved; before that the
 *   read throws PropertyNotLoaded;
 * - the first failing command rejects the sync: later commands do not run, and nothing loaded in that batch is
 *   delivered (commands before the failing one did change the workbook, as in Excel);
 * - methods on a null object (getItemOrNullObject) give null objects; `strictNullObjects` models a host that rejects
 *   them instead;
 * - values written directly below a table grow it (the coauthoring guide), unless `autoExpand` is off (desktop Excel's
 *   AutoCorrect option) or a totals row is in the way;
 * - Excel on the web's payload limit: every sync measures its request (the JSON of every value, formula, format and
 *   argument sent, plus OVERHEAD_BYTES per command) and its response (the JSON of every property loaded) and fails with
 *   code "RequestPayloadSizeLimitExceeded" (nothing runs) or "ResponsePayloadSizeLimitExceeded" (commands ran, nothing
 *   loaded is delivered) above `limitBytes`: by default 5,000,000, the documented "5MB"
 *   (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 *   Sizes are JSON characters; Office.js' own envelope is only approximated by the overhead.
 * Errors carry Office's error code (`code`, also at the start of the message) and the name "RichApi.Error".
 *
 * It counts syncs, records the largest request and response, every values write, insert and resize, and batches that
 * ended with commands never synced (a bug in the adapter).
 */
import { boxRef, parseBox } from "../../src/workbook/a1Address";
import type { Box } from "../../src/workbook/a1Address";

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
  frozenRows: number;
  /** Data-validation rules set through Range.dataValidation, by A1 address of the range (last rule wins). */
  validations: Map<string, { rule?: unknown; errorAlert?: unknown }>;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** Header row included (and the totals row when shown). */
  box: Box;
  showTotals: boolean;
}

export interface Written {
  address: string;
  values: unknown[][];
}

type Handler = (args: unknown) => Promise<unknown>;

export type OfficeErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "GeneralException"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** An error as Office.js rejects a sync with: name "RichApi.Error" and Office's code. */
export function officeError(code: OfficeErrorCode, detail: string): Error & { code: OfficeErrorCode } {
  const error = Object.assign(new Error(`${code}: ${detail}`), { code });
  error.name = "RichApi.Error";
  return error;
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
const rowsOf = (b: Box) => b.bottom - b.top + 1;
const colsOf = (b: Box) => b.right - b.left + 1;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  limitBytes = 5_000_000;
  syncCount = 0;
  largestRequest = 0;
  largestResponse = 0;
  /** Desktop Excel's AutoCorrect "Include new rows and columns in table". */
  autoExpand = true;
  /** A host that rejects commands queued on a null object (instead of giving null objects). */
  strictNullObjects = false;
  /** Base64 strings given to Excel.createWorkbook. */
  readonly createdWorkbooks: string[] = [];
  /** Fails the sync with this 1-based number (counting from when it was set) with a "GeneralException"; for tests. */
  failAtSync: number | null = null;
  /** Name of the sheet last activated by the add-in. */
  activeSheet: string | null = null;
  /** Renaming a sheet to this name fails (once), after the commands before it in the batch ran; for tests. */
  failRenameTo: string | null = null;
  /** Batches that ended with commands never synced (a bug in the adapter). */
  unsynced = 0;
  readonly written: Written[] = [];
  readonly inserted: string[] = [];
  readonly resized: string[] = [];
  readonly tableHandlers: { table: string; handler: Handler }[] = [];
  readonly sheetHandlers: Handler[] = [];

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

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw officeError("ItemAlreadyExists", `sheet ${name}`);
    const sheet: FakeSheet = {
      name, visibility: "Visible", rows: [], formats: new Map(), bold: new Set(), hyperlinks: new Map(), columnWidths: new Map(), charts: [], frozenRows: 0, validations: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** A user's table: a sheet (made if missing) with these rows, headers first, at `at`. */
  addTable(sheetName: string, name: string, rows: V[][], at = "A1"): FakeTable {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { top, left } = parseBox(at);
    this.setBlock(sheet, top, left, rows);
    const table = { name, sheet, box: { top, left, bottom: top + rows.length - 1, right: left + rows[0].length - 1 }, showTotals: false };
    this.tables.push(table);
    return table;
  }

  /** The table's cells, header first ("" for empty). */
  tableValues(name: string): V[][] {
    const t = this.table(name)!;
    return this.read(t.sheet, t.box);
  }

  setBlock(sheet: FakeSheet, top: number, left: number, values: readonly (readonly unknown[])[]): void {
    values.forEach((row, i) => {
      const target = (sheet.rows[top - 1 + i] ??= []);
      row.forEach((v, j) => {
        target[left - 1 + j] = v === "" || v === null || v === undefined ? undefined : (v as V);
      });
    });
  }

  /** One cell by A1 address ("" when empty). */
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
      const cells = new Array<V>(colsOf(b));
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

  /** Range.values = values: null leaves a cell as it is; a table grows over data written directly below it. */
  writeValues(sheet: FakeSheet, box: Box, values: unknown[][]): void {
    const current = values.some((row) => row.includes(null)) ? this.read(sheet, box) : null;
    this.setBlock(sheet, box.top, box.left, current ? values.map((row, i) => row.map((x, j) => (x === null ? current[i][j] : x))) : values);
    this.written.push({ address: `${sheet.name}!${boxRef(box)}`, values });
    const hasData = values.some((r) => r.some((v) => v !== "" && v !== null));
    for (const t of this.tables) {
      if (this.autoExpand && hasData && !t.showTotals && t.sheet === sheet && box.top === t.box.bottom + 1 && box.left >= t.box.left && box.right <= t.box.right) {
        t.box.bottom += rowsOf(box);
      }
    }
  }

  /** Range.insert("Down"): the cells from `box` down, in its columns, move down by its height. */
  insertDown(sheet: FakeSheet, box: Box): void {
    const height = rowsOf(box);
    for (let r = sheet.rows.length - 1; r >= box.top - 1; r--) {
      const row = sheet.rows[r];
      if (!row) continue;
      const target = (sheet.rows[r + height] ??= []);
      for (let c = box.left - 1; c < box.right; c++) {
        target[c] = row[c];
        row[c] = undefined;
      }
    }
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      if (t.box.top >= box.top) {
        t.box.top += height;
        t.box.bottom += height;
      } else if (box.top <= t.box.bottom) {
        t.box.bottom += height; // inserted inside the table
      }
    }
    this.inserted.push(`${sheet.name}!${boxRef(box)}`);
  }

  /** Simulates an edit on this sheet (local or by a coauthor): calls the registered change handlers. */
  async fireChanged(sheetName: string): Promise<void> {
    for (const { table, handler } of [...this.tableHandlers]) if (this.table(table)?.sheet.name === sheetName) await handler({ source: "Remote" });
    for (const handler of [...this.sheetHandlers]) await handler({ source: "Remote" });
  }
}

interface Command {
  bytes: number;
  /** Runs the command on the workbook; may return what it delivers to the add-in, applied only if the whole sync succeeds. */
  run: () => (() => void) | void;
  /** Response bytes, known after run. */
  response?: () => number;
}

abstract class FakeProxy {
  protected loaded: Record<string, unknown> = {};
  constructor(protected readonly ctx: FakeContext) {}
  protected abstract isNull(): boolean;
  protected abstract readProp(name: string): unknown;
  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
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
    if (!(name in this.loaded)) throw officeError("PropertyNotLoaded", `'${name}' was not loaded and synced`);
    return this.loaded[name] as T;
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  /** Queues a command that sends `bytes` and changes the workbook. */
  protected command(bytes: number, apply: () => void): void {
    this.ctx.queue({ bytes: OVERHEAD_BYTES + bytes, run: () => void apply() });
  }
}

class RangeProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet | null,
    private readonly box: () => Box | null,
  ) {
    super(ctx);
  }
  protected isNull(): boolean {
    return this.sheet() === null || this.box() === null;
  }
  /** Where the range is now; a command on a null range fails. */
  where(): { sheet: FakeSheet; box: Box } {
    const sheet = this.sheet();
    const box = this.box();
    if (!sheet || !box) throw officeError("ItemNotFound", "range");
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
      case "rowCount": return rowsOf(box);
      case "columnCount": return colsOf(box);
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
    if (values.length !== rowsOf(box) || values.some((r) => r.length !== colsOf(box))) {
      throw officeError("InvalidArgument", `${rowsOf(box)}×${colsOf(box)} range, ${values.length}×${values[0]?.length} values`);
    }
  }
  set values(v: unknown[][]) {
    this.command(json(v), () => {
      this.checkShape(v);
      const { sheet, box } = this.where();
      this.ctx.wb.writeValues(sheet, box, v);
    });
  }
  set formulas(v: unknown[][]) {
    this.values = v;
  }
  set numberFormat(v: unknown[][]) {
    this.command(json(v), () => {
      this.checkShape(v);
      const { sheet, box } = this.where();
      v.forEach((row, i) => row.forEach((f, j) => {
        if (f !== null) sheet.formats.set(`${box.top + i},${box.left + j}`, String(f)); // null leaves the format as it is
      }));
    });
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.command(json(link), () => {
      const { sheet, box } = this.where();
      sheet.hyperlinks.set(`${box.top},${box.left}`, link);
      if (link.textToDisplay !== undefined) this.ctx.wb.setBlock(sheet, box.top, box.left, [[link.textToDisplay]]);
    });
  }
  get format() {
    const range = this as RangeProxy;
    return {
      font: {
        set bold(on: boolean) {
          range.command(10, () => {
            const { sheet, box } = range.where();
            for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) {
              if (on) sheet.bold.add(`${r},${c}`);
              else sheet.bold.delete(`${r},${c}`);
            }
          });
        },
      },
      set columnWidth(points: number) {
        range.command(10, () => {
          const { sheet, box } = range.where();
          for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
        });
      },
      autofitColumns: () => range.command(0, () => void range.where()),
    };
  }
  /** Range.dataValidation (ExcelApi 1.8): clear, rule and errorAlert, recorded per range address. */
  get dataValidation() {
    const range = this as RangeProxy;
    const entry = () => {
      const { sheet, box } = range.where();
      const key = boxRef(box);
      const found = sheet.validations.get(key) ?? {};
      sheet.validations.set(key, found);
      return found;
    };
    return {
      clear: () => range.command(10, () => void range.where().sheet.validations.delete(boxRef(range.where().box))),
      set rule(rule: unknown) {
        range.command(json(rule), () => void (entry().rule = rule));
      },
      set errorAlert(alert: unknown) {
        range.command(json(alert), () => void (entry().errorAlert = alert));
      },
    };
  }
  /** Range.getResizedRange(deltaRows, deltaColumns): the same top-left, grown (or shrunk) by the deltas. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, () => {
      const b = this.box();
      return b && { top: b.top, left: b.left, bottom: b.bottom + deltaRows, right: b.right + deltaColumns };
    });
  }
  getRowsBelow(count = 1): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, () => {
      const b = this.box();
      return b && { top: b.bottom + 1, left: b.left, bottom: b.bottom + count, right: b.right };
    });
  }
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, () => {
      const b = this.box();
      if (b && (row >= rowsOf(b) || column >= colsOf(b))) throw officeError("InvalidArgument", "cell outside range");
      return b && { top: b.top + row, left: b.left + column, bottom: b.top + row, right: b.left + column };
    });
  }
  insert(shift: string): RangeProxy {
    if (shift !== "Down") throw new Error("fake range: only insert('Down')");
    let fixed: { sheet: FakeSheet; box: Box } | null = null;
    this.command(10, () => {
      fixed = this.where();
      this.ctx.wb.insertDown(fixed.sheet, fixed.box);
    });
    return new RangeProxy(this.ctx, () => fixed?.sheet ?? null, () => fixed?.box ?? null);
  }
  /**
   * Range.getSpecialCellsOrNullObject for "Constants" (non-empty cells that are not formulas) or "Formulas" (text
   * starting with "="): a RangeAreas whose address lists the cells as blocks (runs per row, joined down while the
   * same columns repeat; Excel's own split may differ, the cells covered are the same). Null when none match.
   */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const sheet = this.sheet();
      const box = this.box();
      if (!sheet || !box) return null;
      const wanted = (v: V | undefined) => v !== undefined && (cellType === "Formulas") === (typeof v === "string" && v.startsWith("="));
      const blocks: Box[] = [];
      let open: Box[] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row = sheet.rows[r - 1];
        const runs: Box[] = [];
        row?.forEach((v, i) => {
          const c = i + 1;
          if (c < box.left || c > box.right || !wanted(v)) return;
          const last = runs[runs.length - 1];
          if (last && last.right === c - 1) last.right = c;
          else runs.push({ top: r, bottom: r, left: c, right: c });
        });
        const next: Box[] = [];
        for (const run of runs) {
          const above = open.find((b) => b.bottom === r - 1 && b.left === run.left && b.right === run.right);
          if (above) {
            above.bottom = r;
            next.push(above);
          } else {
            blocks.push(run);
            next.push(run);
          }
        }
        open = next;
        if (!row && open.length === 0 && r < box.bottom) {
          // Skip the empty stretch up to the next row that holds anything (sheets may be sparse up to row 1,048,576).
          let n = r;
          while (n < box.bottom && !sheet.rows[n]) n++;
          r = n;
        }
      }
      return blocks.length > 0 ? { sheet, blocks } : null;
    });
  }
  /** "A1:B2", resolved now (for the fake's own records). */
  describe(): string {
    return boxRef(this.where().box);
  }
  untrack(): this {
    return this;
  }
}

class RangeAreasProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly areas: () => { sheet: FakeSheet; blocks: Box[] } | null,
  ) {
    super(ctx);
  }
  protected isNull(): boolean {
    return this.areas() === null;
  }
  protected readProp(name: string): unknown {
    const found = this.areas()!;
    const quoted = /^[A-Za-z0-9_]+$/.test(found.sheet.name) ? found.sheet.name : `'${found.sheet.name.replace(/'/g, "''")}'`;
    switch (name) {
      case "address": return found.blocks.map((b) => `${quoted}!${b.top === b.bottom && b.left === b.right ? boxRef(b).split(":")[0] : boxRef(b)}`).join(", ");
      case "areaCount": return found.blocks.length;
      default: throw new Error(`fake range areas: unknown property ${name}`);
    }
  }
  get address(): string { return this.prop("address"); }
  get areaCount(): number { return this.prop("areaCount"); }
}

class SheetProxy extends FakeProxy {
  private ref: FakeSheet | null | undefined;
  constructor(
    ctx: FakeContext,
    private readonly lookup: () => FakeSheet | null,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  /** Resolved once, at the first command that needs it, then follows the sheet through renames (like Office.js). */
  resolve(): FakeSheet | null {
    if (this.ref === undefined || (this.ref && !this.ctx.wb.sheets.includes(this.ref))) {
      const found = this.ref === undefined ? this.lookup() : null;
      if (!found && !this.orNull) throw officeError("ItemNotFound", "worksheet");
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
    this.command(json(v), () => {
      const sheet = this.resolve()!;
      if (this.ctx.wb.failRenameTo === v) {
        this.ctx.wb.failRenameTo = null;
        throw officeError("GeneralException", `rename to ${v} failed`);
      }
      const clash = this.ctx.wb.sheet(v);
      if (clash && clash !== sheet) throw officeError("ItemAlreadyExists", `sheet ${v}`);
      if (v.length > 31) throw officeError("InvalidArgument", "sheet name over 31 characters");
      sheet.name = v;
    });
  }
  get position(): number { return this.prop("position"); }
  set position(p: number) {
    this.command(10, () => {
      const sheet = this.resolve()!;
      const list = this.ctx.wb.sheets;
      list.splice(list.indexOf(sheet), 1);
      list.splice(Math.min(p, list.length), 0, sheet);
    });
  }
  get visibility(): string { return this.prop("visibility"); }
  set visibility(v: string) {
    this.command(json(v), () => (this.resolve()!.visibility = v));
  }
  activate(): void {
    this.command(10, () => {
      this.ctx.wb.activeSheet = this.resolve()!.name;
    });
  }
  delete(): void {
    this.command(10, () => {
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
  get freezePanes() {
    return { freezeRows: (count: number) => this.command(10, () => void (this.resolve()!.frozenRows = count)) };
  }
  get tables() {
    return {
      add: (range: RangeProxy, hasHeaders: boolean): TableProxy => {
        let created: FakeTable | undefined;
        this.command(OVERHEAD_BYTES, () => {
          if (!hasHeaders) throw new Error("fake: a table with headers expected");
          const { sheet, box } = range.where();
          created = { name: `Table${this.ctx.wb.tables.length + 1}`, sheet, box: { ...box }, showTotals: false };
          this.ctx.wb.tables.push(created);
        });
        return new TableProxy(this.ctx, () => created, false);
      },
    };
  }
  get charts() {
    return {
      add: (type: string, source: RangeProxy, seriesBy: string) => {
        const chart: FakeChart = { type, source: "", seriesBy, title: "", position: ["", undefined] };
        this.command(OVERHEAD_BYTES, () => {
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
    ctx: FakeContext,
    private readonly find: () => FakeTable | undefined,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  model(): FakeTable | null {
    const t = this.find();
    if (!t && !this.orNull) throw officeError("ItemNotFound", "table");
    return t ?? null;
  }
  protected isNull(): boolean {
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
  set name(v: string) {
    this.command(json(v), () => {
      const t = this.model()!;
      const clash = this.ctx.wb.table(v);
      if (clash && clash !== t) throw officeError("ItemAlreadyExists", `table ${v}`);
      t.name = v;
    });
  }
  get showHeaders(): boolean { return this.prop("showHeaders"); }
  get showTotals(): boolean { return this.prop("showTotals"); }
  /** The table for a method called on this proxy: null on a null object, unless the host rejects such calls. */
  private modelForMethod(): FakeTable | null {
    const t = this.model();
    if (!t && this.ctx.wb.strictNullObjects) throw officeError("ItemNotFound", "table (a host that rejects calls on null objects)");
    return t;
  }
  /** A range of this table's rows `from` (0 = header) to `bottomOffset` rows above its last; a null range when there is no table. */
  private part(from: number, bottomOffset: (t: FakeTable) => number): RangeProxy {
    const model = () => this.modelForMethod();
    return new RangeProxy(this.ctx, () => model()?.sheet ?? null, () => {
      const t = model();
      return t && { top: t.box.top + from, left: t.box.left, bottom: t.box.bottom - bottomOffset(t), right: t.box.right };
    });
  }
  getRange(): RangeProxy {
    return this.part(0, () => 0);
  }
  getDataBodyRange(): RangeProxy {
    return this.part(1, (t) => (t.showTotals ? 1 : 0));
  }
  get worksheet(): SheetProxy {
    return new SheetProxy(this.ctx, () => this.modelForMethod()?.sheet ?? null, this.orNull);
  }
  get columns() {
    return {
      getItem: (header: string) => {
        const index = () => {
          const t = this.model()!;
          const headers = this.ctx.wb.read(t.sheet, { ...t.box, bottom: t.box.top })[0];
          const i = headers.findIndex((h) => String(h).toLowerCase() === header.toLowerCase());
          if (i < 0) throw officeError("ItemNotFound", `column ${header}`);
          return i;
        };
        const column = {
          load: () => {
            this.ctx.queue({ bytes: OVERHEAD_BYTES, run: () => void index(), response: () => json(header) });
            return column;
          },
          getDataBodyRange: () =>
            new RangeProxy(this.ctx, () => this.model()?.sheet ?? null, () => {
              const t = this.model()!;
              const c = t.box.left + index();
              return { top: t.box.top + 1, left: c, bottom: t.box.bottom - (t.showTotals ? 1 : 0), right: c };
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
        const wb = this.ctx.wb;
        this.command(10, () => {
          entry.table = this.model()!.name;
          wb.tableHandlers.push(entry);
        });
        return { context: this.ctx, remove: () => this.ctx.queue({ bytes: OVERHEAD_BYTES, run: () => void wb.tableHandlers.splice(wb.tableHandlers.indexOf(entry), 1) }) };
      },
    };
  }
  resize(target: RangeProxy): void {
    this.command(OVERHEAD_BYTES, () => {
      const t = this.model()!;
      const { sheet, box } = target.where();
      if (sheet !== t.sheet || box.top !== t.box.top) throw officeError("InvalidArgument", "the header row must stay where it is");
      t.box = { ...box };
      this.ctx.wb.resized.push(`${sheet.name}!${boxRef(box)}`);
    });
  }
}

export class FakeContext {
  private pending: Command[] = [];
  readonly workbook: {
    worksheets: {
      load(props?: string): { items: SheetProxy[] };
      getItem(name: string): SheetProxy;
      getItemOrNullObject(name: string): SheetProxy;
      add(name: string): SheetProxy;
      onChanged: { add(handler: Handler): { context: FakeContext; remove(): void } };
    };
    tables: {
      load(props?: string): { items: TableProxy[] };
      getItem(name: string): TableProxy;
      getItemOrNullObject(name: string): TableProxy;
    };
  };

  constructor(readonly wb: FakeWorkbook) {
    const ctx = this as FakeContext; // used inside the collection objects below
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
        onChanged: {
          add: (handler) => {
            ctx.queue({ bytes: OVERHEAD_BYTES, run: () => void wb.sheetHandlers.push(handler) });
            return { context: ctx, remove: () => ctx.queue({ bytes: OVERHEAD_BYTES, run: () => void wb.sheetHandlers.splice(wb.sheetHandlers.indexOf(handler), 1) }) };
          },
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
        getItem: (name) => new TableProxy(ctx, () => wb.table(name), false),
        getItemOrNullObject: (name) => new TableProxy(ctx, () => wb.table(name), true),
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
    await Promise.resolve(); // a sync is a round trip: nothing is delivered before the promise settles
    if (wb.failAtSync !== null && --wb.failAtSync <= 0) {
      wb.failAtSync = null;
      throw officeError("GeneralException", "the fake was told to fail this request");
    }
    const request = commands.reduce((sum, c) => sum + c.bytes, 0);
    wb.largestRequest = Math.max(wb.largestRequest, request);
    if (request > wb.limitBytes) throw new PayloadError("RequestPayloadSizeLimitExceeded", request);
    const deliveries: (() => void)[] = [];
    for (const command of commands) {
      const deliver = command.run(); // the first failing command rejects the sync; later ones do not run
      if (deliver) deliveries.push(deliver);
    }
    const response = commands.reduce((sum, c) => sum + (c.response?.() ?? 0), 0);
    wb.largestResponse = Math.max(wb.largestResponse, response);
    if (response > wb.limitBytes) throw new PayloadError("ResponsePayloadSizeLimitExceeded", response);
    for (const deliver of deliveries) deliver(); // loaded values arrive only with a sync that succeeded
  }
}

/** Installs `Excel` and `Office` globals over this workbook. */
export function installFakeExcel(wb: FakeWorkbook, options: { displayLanguage?: string; apiVersion?: string } = {}): void {
  const apiVersion = options.apiVersion ?? "1.13";
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = {
    // Excel.run(batch) or Excel.run(context, batch) (the second form reuses an earlier context, e.g. to remove a handler)
    run: async (a: unknown, b?: unknown) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: FakeContext) => Promise<unknown>;
      const ctx = typeof a === "function" ? new FakeContext(wb) : (a as FakeContext);
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
