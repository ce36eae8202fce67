/**
 * WorkbookAdapter over Office.js, inside Excel. Every method is one Excel.run with as few context.sync() calls as the
 * data allows (never one inside a loop): readTable 1 (2 if the host refuses calls on a null object), writeCells 1, createTable 1, appendRows 2 (3 only when Excel did
 * not grow the table by itself), onTableChanged 2, currentUser 0.
 *
 * Coauthoring. Microsoft's guide "Coauthoring in Excel add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins, section "Avoid table row
 * coauthoring conflicts") says calls to TableRowCollection.add can cause coauthoring merge conflicts (and the yellow
 * "refresh" bar) while others edit the table or the range below it, and recommends instead:
 *   1. write Range.values directly below the table: the table expands automatically;
 *   2. no data-validation rules on cells below the table unless they cover the whole column;
 *   3. if there is data under the table, make room first with Range.insert, or it is overwritten;
 *   4. an all-empty row cannot be added this way (the table only expands when the new cells hold data).
 * So appendRows never calls table.rows.add: it checks the rows below the table, inserts cells when they are not empty
 * (3), writes values there (1); our rows always carry Gebied and Item-id (4). If the table still did not grow (desktop
 * Excel's AutoCorrect option "Include new rows and columns in table" can be switched off), it calls Table.resize
 * (ExcelApi 1.13). Rule 2 is up to the workbook; the add-in never adds validation below its table.
 * The same guide warns that values copied into JavaScript go stale: WorkbookChecklistRepository re-reads before it writes
 * and reloads on table change events; the handlers only reload data and never open dialogs (the guide's other caveat:
 * events fire for every coauthor).
 *
 * Text cells get number format "@" before their value, so Excel never turns a note like "1-2" or "=gemeente" into a
 * date or formula. Empty cells are written as "" (in Office.js a null in `values` means "leave this cell as it is").
 */
import { boxRef } from "./a1Address";
import type { CellValue, CellWrite, TableSnapshot, WorkbookAdapter } from "./WorkbookAdapter";

export interface OfficeWorkbookAdapterOptions {
  /**
   * Who is editing, for Gewijzigd door. Excel's JavaScript API has no user-name property (Office.context.mailbox
   * .userProfile exists only in Outlook). The name is in the ID token of OfficeRuntime.auth.getAccessToken(), which needs
   * single sign-on: an app registration and WebApplicationInfo in the manifest. Until that is set up this is absent and
   * currentUser() returns null (the column stays blank).
   */
  userName?: () => Promise<string | null>;
}

function toCell(value: CellValue): string | number | boolean {
  return value === null ? "" : value;
}

function fromCell(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

function formatsFor(rows: CellValue[][]): string[][] {
  return rows.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General")));
}

function fitWidth(row: CellValue[], width: number): CellValue[] {
  return Array.from({ length: width }, (_, j) => (j < row.length ? row[j] : null));
}

export class OfficeWorkbookAdapter implements WorkbookAdapter {
  readonly kind = "office" as const;

  constructor(private readonly options: OfficeWorkbookAdapterOptions = {}) {}

  async readTable(tableName: string): Promise<TableSnapshot | null> {
    try {
      return await this.readTableOnce(tableName, false);
    } catch {
      // If a host rejects calls queued on a null object, take two round trips: existence first, then the values.
      return this.readTableOnce(tableName, true);
    }
  }

  private async readTableOnce(tableName: string, checkFirst: boolean): Promise<TableSnapshot | null> {
    return Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(tableName);
      table.load("name, showHeaders, showTotals");
      if (checkFirst) {
        await context.sync();
        if (table.isNullObject) return null;
      }
      const sheet = table.worksheet.load("name");
      // Queued on a possibly-null table: methods of a null object give null objects, so this is one round trip.
      const range = table.getRange().load("values, rowIndex");
      await context.sync();
      if (table.isNullObject) return null;
      const values = range.values as unknown[][];
      const headerCount = table.showHeaders ? 1 : 0;
      const headers = table.showHeaders ? values[0].map((v) => String(v ?? "")) : [];
      const body = values.slice(headerCount, table.showTotals ? values.length - 1 : values.length);
      return {
        sheetName: sheet.name,
        tableName: table.name,
        headers,
        rows: body.map((row) => row.map(fromCell)),
        firstSheetRow: range.rowIndex + 1 + headerCount,
      };
    });
  }

  async createTable(sheetName: string, tableName: string, headers: string[], rows: CellValue[][]): Promise<void> {
    await Excel.run(async (context) => {
      // worksheets.add fails at sync when the sheet exists: nothing of ours lands on someone else's sheet.
      const sheet = context.workbook.worksheets.add(sheetName);
      const body = rows.length > 0 ? rows.map((r) => fitWidth(r, headers.length)) : [headers.map(() => null)];
      const all: CellValue[][] = [headers, ...body];
      const range = sheet.getRange(boxRef({ top: 1, left: 1, bottom: all.length, right: headers.length }));
      range.numberFormat = formatsFor(all);
      range.values = all.map((r) => r.map(toCell));
      const table = sheet.tables.add(range, true);
      table.name = tableName;
      sheet.freezePanes.freezeRows(1);
      range.format.autofitColumns();
      await context.sync();
    });
  }

  async writeCells(tableName: string, writes: CellWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      // Every column is looked up before the first write: a column renamed meanwhile fails the batch before any
      // cell changes (Office.js runs queued commands in order and stops at the first error).
      const columns = new Map<string, Excel.TableColumn>();
      for (const name of new Set(writes.map((w) => w.column))) columns.set(name, table.columns.getItem(name).load("name"));
      for (const write of writes) {
        // Addressed through the table, so a sheet row inserted above the table by a coauthor changes nothing.
        const cell = columns.get(write.column)!.getDataBodyRange().getCell(write.row, 0);
        cell.numberFormat = [[typeof write.value === "string" ? "@" : "General"]];
        cell.values = [[toCell(write.value)]];
      }
      await context.sync();
    });
  }

  async appendRows(tableName: string, rows: CellValue[][]): Promise<void> {
    if (rows.length === 0) return;
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(tableName).load("showTotals");
      const range = table.getRange().load("rowCount, columnCount, rowIndex, columnIndex");
      const below = range.getRowsBelow(rows.length).load("values");
      await context.sync();

      const width = range.columnCount;
      const values = rows.map((r) => fitWidth(r, width));
      const belowIsEmpty = (below.values as unknown[][]).every((r) => r.every((v) => v === "" || v === null));
      // With a totals row the new rows go above it; inserting there keeps the totals row as the table's last row.
      const anchor = table.showTotals ? table.getDataBodyRange() : table.getRange();
      let target = anchor.getRowsBelow(rows.length);
      if (table.showTotals || !belowIsEmpty) target = target.insert("Down");
      target.numberFormat = formatsFor(values);
      target.values = values.map((r) => r.map(toCell));
      const after = table.getRange().load("rowCount");
      await context.sync();

      if (after.rowCount < range.rowCount + rows.length) {
        // Excel did not grow the table (AutoCorrect option off): resize it over the rows just written.
        if (!Office.context.requirements.isSetSupported("ExcelApi", "1.13")) {
          throw new Error("Excel heeft de nieuwe rijen niet aan de checklisttabel toegevoegd. Vergroot de tabel handmatig tot de onderste rij.");
        }
        const top = range.rowIndex + 1;
        const left = range.columnIndex + 1;
        // A Range on the table's own sheet (a bare address string would leave the sheet implicit).
        table.resize(table.worksheet.getRange(boxRef({ top, left, bottom: top + range.rowCount - 1 + rows.length, right: left + width - 1 })));
        await context.sync();
      }
    });
  }

  async onTableChanged(tableName: string, listener: () => void): Promise<() => Promise<void>> {
    return Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(tableName).load("name");
      await context.sync();
      // Handlers only notify; they never show UI (every coauthor's add-in receives these events).
      const handler = async () => {
        listener();
      };
      let registration: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs | Excel.WorksheetChangedEventArgs>;
      if (!table.isNullObject) {
        registration = table.onChanged.add(handler); // ExcelApi 1.7; fires for local and remote (coauthor) edits
      } else if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
        // No table yet (no area added): listen to all worksheets, so a table a coauthor creates is noticed too.
        registration = context.workbook.worksheets.onChanged.add(handler);
      } else {
        return async () => {};
      }
      await context.sync();
      return async () => {
        await Excel.run(registration.context, async (ctx) => {
          registration.remove();
          await ctx.sync();
        });
      };
    });
  }

  async currentUser(): Promise<string | null> {
    return this.options.userName ? this.options.userName() : null;
  }
}
