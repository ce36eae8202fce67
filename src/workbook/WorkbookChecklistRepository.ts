/**
 * The checklist stored in a workbook table, over any WorkbookAdapter (Office.js in Excel, ExcelJS in the preview).
 *
 * Coauthoring rules (Microsoft, "Coauthoring in Excel add-ins"): values copied into JavaScript go stale when a coauthor
 * edits the workbook, so every write first re-reads the table and locates the row for (area, item) again: a coauthor may
 * have sorted, filtered or inserted rows since our last load. Writes touch only the cells that change. Unreadable rows are
 * never written, and no twin row is appended next to one.
 */
import { blankAnswer, mergeWithCatalogue } from "../core/checklist/catalogueUpgrade";
import {
  CHECKLIST_COLUMNS,
  CHECKLIST_COLUMN_FORMATS,
  CHECKLIST_HEADERS,
  checklistColumnFormats,
  CHECKLIST_SHEET,
  CHECKLIST_TABLE,
  REQUIRED_COLUMNS,
  areaKey,
  changedAtCell,
  decodeChecklistTable,
  encodeChecklistRow,
  locateColumns,
} from "../core/checklist/checklistTable";
import type { ColumnKey, DecodedTable } from "../core/checklist/checklistTable";
import { answerWarnings } from "../core/checklist/statusTransitions";
import type { AnswerPatch, ChecklistRepository, ChecklistSnapshot } from "../core/checklist/ChecklistRepository";
import type { Answer, Area, Catalogue } from "../core/checklist/types";
import { checklistMessages as m } from "../core/messages/checklist";
import { boxRef, parseBox } from "./a1Address";
import type { CellValue, CellWrite, TableSnapshot, WorkbookAdapter } from "./WorkbookAdapter";
import { isItemAlreadyExists } from "./workbookErrors";

export interface ChecklistRepositoryOptions {
  /** Clock for Gewijzigd op (tests pin it). */
  now?: () => Date;
}

interface Repair {
  kind: "noTable" | "rowsOutside";
  sheetName: string;
  /** Where the table belongs: the whole block incl. the rows outside. */
  address: string;
  rows: number;
  message: string;
}

interface ReadState {
  table: TableSnapshot | null;
  decoded: DecodedTable;
  /** Answers found outside the table: shown, not written, until repairTable. */
  repair: Repair | null;
}

const nonEmpty = (row: readonly CellValue[]) => row.some((v) => v !== null && v !== "");

export class WorkbookChecklistRepository implements ChecklistRepository {
  private readonly now: () => Date;

  constructor(
    private readonly adapter: WorkbookAdapter,
    private readonly catalogue: Catalogue,
    options: ChecklistRepositoryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async load(): Promise<ChecklistSnapshot> {
    return this.snapshotOf(await this.read());
  }

  async addArea(area: Area): Promise<ChecklistSnapshot> {
    const name = area.name.trim();
    if (name === "") throw m.emptyAreaName();
    const cbsCode = area.cbsCode?.trim() || undefined;
    const clean: Area = cbsCode ? { name, cbsCode } : { name };
    const state = await this.read();
    if (state.decoded.areas.some((a) => areaKey(a.name) === areaKey(name))) throw m.duplicateArea(name);

    const blank = { status: "nog niet bekeken" as const, owner: null, note: "", changedAt: null, changedBy: null };
    if (state.repair) throw m.repairFirst();
    if (!state.table) {
      const rows = this.catalogue.items.map((item) => encodeChecklistRow(CHECKLIST_HEADERS, clean, item, blank, this.catalogue.version));
      try {
        await this.adapter.createTable(CHECKLIST_SHEET, CHECKLIST_TABLE, [...CHECKLIST_HEADERS], rows, checklistColumnFormats(CHECKLIST_HEADERS));
      } catch (error) {
        // Expected: a sheet of that name without our table (createTable never touches an existing sheet). Anything else
        // is told as it is.
        if (isItemAlreadyExists(error)) throw m.sheetInTheWay(CHECKLIST_SHEET);
        throw m.tableNotCreated(error instanceof Error ? error.message : String(error));
      }
    } else {
      this.assertWritable(state.decoded);
      const headers = state.table.headers;
      const rows = this.catalogue.items.map((item) => encodeChecklistRow(headers, clean, item, blank, this.catalogue.version));
      await this.adapter.appendRows(CHECKLIST_TABLE, rows, checklistColumnFormats(headers));
    }
    return this.load();
  }

  async updateAnswer(area: string, itemId: string, patch: AnswerPatch): Promise<ChecklistSnapshot> {
    const item = this.catalogue.items.find((i) => i.id === itemId);
    if (!item) throw m.unknownItemId(itemId);
    // Always a fresh read: the row may have moved since the caller's snapshot (coauthor sort/insert), see file comment.
    const state = await this.read();
    if (state.repair) throw m.repairFirst();
    if (!state.table) throw m.unknownArea(area);
    this.assertWritable(state.decoded);
    const knownArea = state.decoded.areas.find((a) => areaKey(a.name) === areaKey(area));
    if (!knownArea) throw m.unknownArea(area);

    const found = state.decoded.rows.find((r) => r.answer.itemId === itemId && areaKey(r.answer.area) === areaKey(area));
    if (!found) {
      const blocked = state.decoded.unreadable.find((u) => u.itemId === itemId && u.area !== null && areaKey(u.area) === areaKey(area));
      if (blocked) throw m.rowUnreadable(blocked.sheetRow, blocked.reason);
    }
    const before: Answer = found?.answer ?? blankAnswer(knownArea.name, itemId);
    const changed: Partial<Record<ColumnKey, string | null>> = {};
    if (patch.status !== undefined && patch.status !== before.status) changed.status = patch.status;
    if (patch.owner !== undefined && patch.owner !== before.owner) changed.owner = patch.owner;
    if (patch.note !== undefined && patch.note.trim() !== before.note) changed.note = patch.note.trim() === "" ? null : patch.note.trim();
    if (Object.keys(changed).length === 0) return this.snapshotOf(state);

    const { index } = state.decoded.columns;
    for (const key of Object.keys(changed) as ColumnKey[]) {
      if (index[key] === undefined) throw m.columnMissingForEdit(CHECKLIST_COLUMNS[key]);
    }
    const changedAt = this.now().toISOString();
    const changedBy = await this.adapter.currentUser();
    const after: Answer = {
      ...before,
      status: patch.status ?? before.status,
      owner: patch.owner !== undefined ? patch.owner : before.owner,
      note: changed.note !== undefined ? (changed.note ?? "") : before.note,
      changedAt,
      changedBy,
    };

    if (found) {
      const writes: CellWrite[] = [];
      const headerOf = (key: ColumnKey) => state.table!.headers[index[key]!];
      for (const [key, value] of Object.entries(changed) as [ColumnKey, string | null][]) {
        writes.push({ row: found.row, column: headerOf(key), value });
      }
      // Without these columns the answer still saves; the notice about the missing column says what is lost.
      if (index.changedAt !== undefined) {
        // A real Excel date (local time) with a date format, also over an older row that held ISO text.
        writes.push({ row: found.row, column: headerOf("changedAt"), value: changedAtCell(changedAt), numberFormat: CHECKLIST_COLUMN_FORMATS[CHECKLIST_COLUMNS.changedAt] });
      }
      if (index.changedBy !== undefined) writes.push({ row: found.row, column: headerOf("changedBy"), value: changedBy });
      await this.adapter.writeCells(CHECKLIST_TABLE, writes);
      state.table.rows[found.row] = state.table.rows[found.row].map((cell, col) => {
        const write = writes.find((w) => w.column === state.table!.headers[col]);
        return write ? write.value : cell;
      });
    } else {
      // An item new in the catalogue (or a row someone deleted): its row is written now, on its first change.
      const row = encodeChecklistRow(state.table.headers, knownArea, item, after, this.catalogue.version);
      await this.adapter.appendRows(CHECKLIST_TABLE, [row], checklistColumnFormats(state.table.headers));
      state.table.rows.push(row);
    }
    // The snapshot reflects our write without another read (one round trip fewer).
    return this.snapshotOf({ table: state.table, decoded: decodeChecklistTable(state.table, this.catalogue), repair: null });
  }

  async repairTable(): Promise<ChecklistSnapshot> {
    const state = await this.read();
    if (state.repair) await this.adapter.coverWithTable(state.repair.sheetName, CHECKLIST_TABLE, state.repair.address);
    return this.load();
  }

  async subscribe(listener: (snapshot: ChecklistSnapshot) => void): Promise<() => Promise<void>> {
    // Events come in bursts (our own writes, a coauthor's paste); at most one reload runs, plus one after it if needed.
    let running = false;
    let again = false;
    let active = true;
    const reload = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          try {
            const snapshot = await this.load();
            if (active) listener(snapshot);
          } catch {
            // A failed reload (table mid-edit, connection hiccup) is retried by the next change event.
          }
        } while (again && active);
      } finally {
        running = false;
      }
    };
    const stop = await this.adapter.onTableChanged(CHECKLIST_TABLE, () => void reload());
    return async () => {
      active = false;
      await stop();
    };
  }

  /**
   * The table, and answers outside it: with no table, the checklist sheet's own cells when their first row carries
   * the checklist's headers (a table converted to a range); with a table, the rows below it up to the sheet's last
   * value (a shrunk table). One extra read, only in those cases.
   */
  private async read(): Promise<ReadState> {
    const table = await this.adapter.readTable(CHECKLIST_TABLE);
    if (!table) {
      const block = await this.adapter.readSheetBlock(CHECKLIST_SHEET);
      const headers = block?.values[0]?.map((v) => (v === null ? "" : String(v))) ?? [];
      if (block && REQUIRED_COLUMNS.every((key) => locateColumns(headers).index[key] !== undefined)) {
        const box = parseBox(block.address);
        const raw = { headers, rows: block.values.slice(1), firstSheetRow: box.top + 1 };
        const rows = raw.rows.filter(nonEmpty).length;
        const repair: Repair = { kind: "noTable", sheetName: block.sheetName, address: block.address, rows, message: m.tableConverted(block.sheetName, rows) };
        return { table: null, decoded: decodeChecklistTable(raw, this.catalogue), repair };
      }
      return { table: null, decoded: decodeChecklistTable({ headers: [...CHECKLIST_HEADERS], rows: [], firstSheetRow: 2 }, this.catalogue), repair: null };
    }
    const lastTableRow = table.firstSheetRow + table.rows.length - 1;
    if (table.address && table.lastUsedRow !== undefined && table.lastUsedRow > lastTableRow) {
      const box = parseBox(table.address);
      const block = await this.adapter.readSheetBlock(table.sheetName);
      if (block) {
        const at = parseBox(block.address);
        const below: CellValue[][] = [];
        for (let r = lastTableRow + 1; r <= at.bottom; r++) {
          const cells = block.values[r - at.top] ?? [];
          below.push(Array.from({ length: box.right - box.left + 1 }, (_, j) => cells[box.left + j - at.left] ?? null));
        }
        while (below.length > 0 && !nonEmpty(below[below.length - 1])) below.pop();
        const rows = below.filter(nonEmpty).length;
        if (rows > 0) {
          const all = { ...table, rows: [...table.rows, ...below] };
          const firstOutside = lastTableRow + 1 + below.findIndex(nonEmpty);
          const address = boxRef({ ...box, bottom: lastTableRow + below.length });
          const repair: Repair = { kind: "rowsOutside", sheetName: table.sheetName, address, rows, message: m.rowsOutsideTable(rows, firstOutside) };
          return { table, decoded: decodeChecklistTable(all, this.catalogue), repair };
        }
      }
    }
    return { table, decoded: decodeChecklistTable(table, this.catalogue), repair: null };
  }

  private assertWritable(decoded: DecodedTable): void {
    const missing = REQUIRED_COLUMNS.filter((key) => decoded.columns.index[key] === undefined);
    if (missing.length > 0) throw m.tableDamaged(missing.map((key) => CHECKLIST_COLUMNS[key]));
  }

  private snapshotOf(state: ReadState): ChecklistSnapshot {
    const merged = mergeWithCatalogue(state.decoded, this.catalogue);
    return {
      catalogue: this.catalogue,
      areas: state.decoded.areas.map((a) => ({ ...a })),
      answers: merged.answers,
      unreadable: state.decoded.unreadable.map(({ sheetRow, reason }) => ({ sheetRow, reason })),
      notices: [...state.decoded.notices, ...merged.notices, ...answerWarnings(merged.answers, this.catalogue)],
      ...(state.repair ? { repair: { kind: state.repair.kind, rows: state.repair.rows, message: state.repair.message } } : {}),
    };
  }
}
