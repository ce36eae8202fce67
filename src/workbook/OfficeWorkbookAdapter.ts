/**
 * WorkbookAdapter over Office.js, inside Excel. Every method is one Excel.run with as few context.sync() calls as the
 * data allows (never one inside a loop): readTable 1 (2 if the host refuses calls on a null object), writeCells 1, createTable 1, readSheetBlock 1, coverWithTable 2, appendRows 2 (3 only when Excel did
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
 *
 * AnalysisWorkbook (the analyses tab). Big sheets stay under Excel on the web's 5 MB per request/response
 * (payloadLimit.ts has the source and the chunk rule): readSource reads row chunks, one sync each, sized from the column
 * count and then from the measured weight of the first chunk, with progress after each chunk and the AbortSignal checked
 * between chunks; writeReportSheet writes "<name>_nieuw" in row blocks under the budget (Range.formulas with the
 * MENG.* names of the metadata Excel loaded for Office.context.displayLanguage; spilled cells left empty for their dynamic-array formula),
 * then formats, links, widths and two native bar charts, then swaps it in for the old version in one batch and reads it
 * back for the edit fingerprint (reportFingerprint.ts) kept on the very hidden settings sheet (settingsSheet.ts). Any
 * failure deletes the temporary sheet and, if the swap was cut off, gives the old version its name back: the user's
 * sheets are never written. createPartnerWorkbook builds the .xlsx with ExcelJS (loaded on demand) and opens it with
 * Excel.createWorkbook (ExcelApi 1.8). Both writes resolve with Dutch notices for the user.
 */
import type { DateSystem } from "../core/cellReaders";
import { functionLocale } from "../core/report/customFunctionIds";
import { formulaText } from "../core/report/formulaText";
import { frozenSheet } from "../core/report/valuesOnly";
import type { ReportCell, ReportSheet } from "../core/report/reportSheet";
import { boxRef, columnLetters, parseBox } from "./a1Address";
import type { Box } from "./a1Address";
import type { AnalysisWorkbook, DataSource, ReadOptions, SheetState } from "./AnalysisWorkbook";
import {
  BYTES_PER_COMMAND_ESTIMATE,
  chunkRowsFor,
  isPayloadLimitError,
  nextChunkRows,
  PAYLOAD_LIMIT_BYTES,
  planBlocks,
  throwIfAborted,
} from "./payloadLimit";
import { encodeFingerprint, fingerprintKey, matchesFingerprint, spillMask } from "./reportFingerprint";
import type { GridCell } from "./reportFingerprint";
import { partnerWorkbookBytes, toBase64 } from "./reportToExcelJs";
import {
  isOwnSheet,
  parseSettings,
  previousSheetName,
  SETTINGS_HEADER,
  SETTINGS_SHEET,
  settingRow,
  sheetReference,
  temporarySheetName,
} from "./settingsSheet";
import { parseAreas } from "./areasAddress";
import { dataExtent } from "./dataExtent";
import { dataSource, rowBandOutsideTables } from "./sourceListing";
import { isNullObjectRejection } from "./workbookErrors";
import type { CellValue, CellWrite, ColumnFormats, SheetBlock, TableSnapshot, WorkbookAdapter } from "./WorkbookAdapter";
import type { ComputedValues, InputTableSpec, InputTableWorkbook } from "./InputTableWorkbook";
import type { InputColumn, InputValidation } from "../core/vitality/vitalitySheet";
import { aboveValues, fitRows, inputCellFormat } from "./inputTableCells";

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

/** Text as text ("@"), other cells General, and a column's own format where `columnFormats` gives one. */
function formatsFor(rows: CellValue[][], columnFormats: ColumnFormats = []): string[][] {
  return rows.map((row) => row.map((v, j) => columnFormats[j] ?? (typeof v === "string" ? "@" : "General")));
}

function fitWidth(row: CellValue[], width: number): CellValue[] {
  return Array.from({ length: width }, (_, j) => (j < row.length ? row[j] : null));
}

/** A chart's size on the sheet: columns and rows from its anchor cell. */
const CHART_COLUMNS = 9;
const CHART_ROWS = 20;

function boxOf(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Box {
  return { top: range.rowIndex + 1, left: range.columnIndex + 1, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount };
}

/** Excel's column width in points for a width in characters (ExcelJS' unit): 7 px per character + 5 px padding. */
function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The Dutch account of a failed request; keeps Office's error code (and so the payload-limit code) on the error. */
function describedError(message: string, cause: unknown): Error {
  const code = (cause as { code?: unknown } | null)?.code;
  const why = isPayloadLimitError(cause)
    ? `Excel kreeg te veel gegevens in één verzoek (Excel op het web staat ${PAYLOAD_LIMIT_BYTES / 1_000_000} MB per verzoek toe).`
    : (cause as Error)?.message ?? String(cause);
  const error = new Error(`${message} ${why}`);
  if (typeof code === "string") (error as Error & { code?: string }).code = code;
  if ((cause as Error)?.name === "AbortError") error.name = "AbortError";
  return error;
}

interface WriteBlock {
  top: number; // 0-based first row
  rows: number;
  /** null: leave the cell alone (a spilled cell, filled by the formula above or left of it). */
  formulas: (string | number | boolean | null)[][];
  formats: (string | null)[][];
}

/** Plans a report sheet for Range.formulas: rectangular blocks under the payload budget, formulas in `locale`. */
function planReportBlocks(sheet: ReportSheet, locale: "nl" | "en"): { width: number; blocks: WriteBlock[] } {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const formulas = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell: ReportCell | undefined = row[c];
      if (!cell) return "";
      if (cell.spilled) return null; // a value here would block the spill (#SPILL!); null leaves the cell empty
      if (cell.formula) return formulaText(cell.formula, locale);
      return cell.value === null ? "" : cell.value;
    }),
  );
  const formats = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      if (cell?.numberFormat) return cell.numberFormat;
      if (cell?.spilled) return null;
      // Text as text, so Excel never turns a label such as "1-2" into a date or "=x" into a formula.
      return cell && !cell.formula && typeof cell.value === "string" ? "@" : "General";
    }),
  );
  const sizes = sheet.rows.map((row, r) => {
    const commands = row.filter((cell) => cell?.bold || cell?.link).length;
    return JSON.stringify(formulas[r]).length + JSON.stringify(formats[r]).length + commands * BYTES_PER_COMMAND_ESTIMATE;
  });
  const blocks = planBlocks(sizes).map(({ start, count }) => ({
    top: start,
    rows: count,
    formulas: formulas.slice(start, start + count),
    formats: formats.slice(start, start + count),
  }));
  return { width, blocks };
}

const NO_VALIDATION = "Deze versie van Excel kan geen gegevensvalidatie instellen (ExcelApi 1.8 nodig): het invoerblad is gemaakt zonder keuzelijsten en controles.";

/** Rows per request when (re)writing an input table's formulas: ~150 characters × 5 columns stays far under the budget. */
const INPUT_FORMULA_ROWS = 1000;

/** An input column's rule as Office.js' DataValidationRule (ExcelApi 1.8). */
function officeRule(rule: InputValidation): Excel.DataValidationRule {
  switch (rule.kind) {
    case "whole":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "decimal":
      // "Any number": Excel has no such rule, a very wide range says the same.
      return { decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" } };
    case "list":
      return { list: { inCellDropDown: true, source: rule.items.join(",") } };
  }
}

export class OfficeWorkbookAdapter implements WorkbookAdapter, AnalysisWorkbook, InputTableWorkbook {
  readonly kind = "office" as const;
  readonly writesCharts = true;

  constructor(private readonly options: OfficeWorkbookAdapterOptions = {}) {}

  async readTable(tableName: string): Promise<TableSnapshot | null> {
    try {
      return await this.readTableOnce(tableName, false);
    } catch (error) {
      // Only when the host rejected the calls queued on a null table: two round trips then, existence first. Any other
      // failure is not retried blindly; it reaches the user with its cause.
      if (!isNullObjectRejection(error)) throw describedError(`De tabel '${tableName}' kon niet worden gelezen.`, error);
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
      const range = table.getRange().load("values, rowIndex, columnIndex, rowCount, columnCount");
      // Where the sheet's values end: rows left below a shrunk table show up as a used range reaching past it.
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
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
        address: boxRef(boxOf(range)),
        lastUsedRow: used.isNullObject ? range.rowIndex + range.rowCount : Math.max(range.rowIndex + range.rowCount, used.rowIndex + used.rowCount),
      };
    });
  }

  async createTable(sheetName: string, tableName: string, headers: string[], rows: CellValue[][], formats?: ColumnFormats): Promise<void> {
    await Excel.run(async (context) => {
      // worksheets.add fails at sync when the sheet exists: nothing of ours lands on someone else's sheet.
      const sheet = context.workbook.worksheets.add(sheetName);
      const body = rows.length > 0 ? rows.map((r) => fitWidth(r, headers.length)) : [headers.map(() => null)];
      const all: CellValue[][] = [headers, ...body];
      const range = sheet.getRange(boxRef({ top: 1, left: 1, bottom: all.length, right: headers.length }));
      range.numberFormat = [...formatsFor([headers]), ...formatsFor(body, formats)];
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
        cell.numberFormat = [[write.numberFormat ?? (typeof write.value === "string" ? "@" : "General")]];
        cell.values = [[toCell(write.value)]];
      }
      await context.sync();
    });
  }

  async appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<void> {
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
      target.numberFormat = formatsFor(values, formats);
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

  /**
   * One sync for the sheet (worksheets.add fails when it exists, so nothing lands on someone else's sheet), the block
   * above, the table with its rows (values first, then tables.add: no rows added), widths and frozen header; then
   * refreshInputTable writes the formulas and the validation in blocks under the payload budget.
   */
  async createInputTable(spec: InputTableSpec, rows: CellValue[][], computed: ComputedValues): Promise<string[]> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(spec.sheetName);
      if (spec.above.length > 0) {
        const above = aboveValues(spec.above);
        const range = sheet.getRange(boxRef({ top: 1, left: 1, bottom: spec.above.length, right: above.width }));
        range.numberFormat = above.formats;
        range.values = above.values.map((r) => r.map(toCell));
        spec.above.forEach((row, r) => this.queueRowFormats(sheet, row, r));
      }
      const headers = spec.columns.map((c) => c.header);
      const body = fitRows(rows.length > 0 ? rows : [headers.map(() => null)], headers.length);
      const top = spec.headerRow + 1;
      const range = sheet.getRange(boxRef({ top, left: 1, bottom: top + body.length, right: headers.length }));
      range.numberFormat = [headers.map(() => "@"), ...body.map((r) => spec.columns.map((c, j) => inputCellFormat(c, r[j])))];
      range.values = [headers, ...body].map((r) => r.map(toCell));
      const table = sheet.tables.add(range, true);
      table.name = spec.tableName;
      spec.columns.forEach((c, j) => (sheet.getRange(`${columnLetters(j + 1)}1`).format.columnWidth = widthInPoints(c.width)));
      sheet.freezePanes.freezeRows(top);
      sheet.activate();
      await context.sync();
    });
    return this.refreshInputTable(spec, computed);
  }

  /**
   * The computed columns' formulas and the input columns' validation over every data row, in blocks of
   * INPUT_FORMULA_ROWS (one sync each). Every column of ours is looked up in the first request, so a column the user
   * renamed fails it before anything is written. Input cells are not touched.
   */
  async refreshInputTable(spec: InputTableSpec, _computed: ComputedValues): Promise<string[]> {
    const locale = functionLocale(await this.displayLanguage());
    const notices: string[] = [];
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(spec.tableName);
      const body = table.getDataBodyRange().load("rowCount");
      for (const column of spec.columns) table.columns.getItem(column.header).load("name");
      await context.sync();
      for (let start = 0; start < body.rowCount; start += INPUT_FORMULA_ROWS) {
        const count = Math.min(INPUT_FORMULA_ROWS, body.rowCount - start);
        // Validation once over the whole column (its rule covers rows appended later in one piece).
        if (!this.queueInputColumns(table, spec.columns, start, count, locale, start === 0) && start === 0) notices.push(NO_VALIDATION);
        await context.sync();
      }
    });
    return notices;
  }

  /**
   * Queues the formulas of the computed columns for data rows start..start+count-1 and, with `validate`, the
   * validation of the input columns over the whole data body. False when this Excel has no data validation (ExcelApi 1.8).
   */
  private queueInputColumns(table: Excel.Table, columns: readonly InputColumn[], start: number, count: number, locale: "nl" | "en", validate: boolean): boolean {
    for (const column of columns) {
      if (!column.formula) continue;
      const text = formulaText(column.formula, locale);
      // A block of this column's data rows; addressed through the table, so moved columns and sorting do not matter.
      const part = table.columns.getItem(column.header).getDataBodyRange().getCell(start, 0).getResizedRange(count - 1, 0);
      part.numberFormat = Array.from({ length: count }, () => ["General"]);
      part.formulas = Array.from({ length: count }, () => [text]);
    }
    if (!validate) return true;
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) return false;
    for (const column of columns) {
      if (!column.validation) continue;
      const validation = table.columns.getItem(column.header).getDataBodyRange().dataValidation;
      validation.clear();
      validation.rule = officeRule(column.validation);
      validation.errorAlert = { showAlert: true, style: "Stop", title: "Mengwijzer", message: column.validationMessage ?? "Deze waarde past niet in deze kolom." };
    }
    return true;
  }

  async currentUser(): Promise<string | null> {
    return this.options.userName ? this.options.userName() : null;
  }

  /** One sync: the sheet's used range (values only) with its values. */
  async readSheetBlock(sheetName: string): Promise<SheetBlock | null> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName).load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      if (sheet.isNullObject || used.isNullObject) return null;
      return { sheetName: sheet.name, address: boxRef(boxOf(used)), values: (used.values as unknown[][]).map((row) => row.map(fromCell)) };
    });
  }

  /** Two syncs: whether the table exists, then Worksheet.tables.add (gone) or Table.resize (ExcelApi 1.13, grown). */
  async coverWithTable(sheetName: string, tableName: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(tableName).load("name");
      const sheet = context.workbook.worksheets.getItem(sheetName);
      await context.sync();
      const range = sheet.getRange(address);
      if (table.isNullObject) {
        const made = sheet.tables.add(range, true);
        made.name = tableName;
      } else {
        if (!Office.context.requirements.isSetSupported("ExcelApi", "1.13")) {
          throw new Error(`Deze versie van Excel kan de tabel niet vanuit de invoegtoepassing vergroten. Vergroot de tabel '${tableName}' zelf tot ${address} (Tabelontwerp > Formaat van tabel wijzigen).`);
        }
        table.resize(range);
      }
      await context.sync();
    });
  }

  // ---- AnalysisWorkbook ------------------------------------------------------------------------------------------
  // Sync counts: listSources 2; readSource ceil(rows / chunk) (+1 for a table, to find where it is now); writeReportSheet
  // blocks + 3 (+1 per further read-back block); reportSheetState 2 + read blocks; readSetting 2; writeSetting 3.

  /**
   * Tables, and per sheet the data outside them. The data's extent comes from the cells that hold something
   * (Range.getSpecialCells, ExcelApi 1.9: one RangeAreas for constants and one for formulas, loaded in the same sync as
   * the used range) through dataExtent, so a stray value in XFD1048576 or old formatting never turns 50 rows into the
   * whole sheet. Without ExcelApi 1.9, or when the areas are too many to load in one response, the used range (values
   * only) as before.
   */
  async listSources(): Promise<DataSource[]> {
    const specialCells = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
    const list = (withAreas: boolean) =>
      Excel.run(async (context) => {
        const tables = context.workbook.tables.load("items/name");
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const tableInfo = tables.items.map((table) => ({
          name: table.name,
          range: table.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
          sheet: table.worksheet.load("name"),
        }));
        const used = sheets.items
          .filter((sheet) => !isOwnSheet(sheet.name))
          .map((sheet) => {
            const range = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
            // Queued on a possibly-null used range: methods of a null object give null objects, so no extra sync.
            const areas = withAreas
              ? (["Constants", "Formulas"] as const).map((type) => range.getSpecialCellsOrNullObject(type as Excel.SpecialCellType).load("address"))
              : [];
            return { name: sheet.name, range, areas };
          });
        await context.sync();
        const sources: DataSource[] = [];
        for (const sheet of used) {
          const own = tableInfo.filter((t) => t.sheet.name === sheet.name);
          const tableBoxes = own.map((t) => boxOf(t.range));
          for (const t of own) sources.push(dataSource(sheet.name, boxOf(t.range), t.name));
          if (sheet.range.isNullObject) continue;
          const usedBox = boxOf(sheet.range);
          let extent: Box | null = usedBox;
          if (withAreas) {
            const filled = sheet.areas
              .filter((a) => !a.isNullObject)
              .flatMap((a) => parseAreas(a.address))
              .filter((b) => !tableBoxes.some((t) => b.top >= t.top && b.bottom <= t.bottom && b.left >= t.left && b.right <= t.right));
            extent = dataExtent(filled);
          }
          if (!extent) continue;
          const band = rowBandOutsideTables(extent, tableBoxes);
          if (band) sources.push(dataSource(sheet.name, band));
        }
        return sources;
      });
    if (!specialCells) return list(false);
    try {
      return await list(true);
    } catch (error) {
      // Too many areas for one response (a sheet with holes everywhere): the used range, as without ExcelApi 1.9.
      if (isPayloadLimitError(error)) return list(false);
      throw error;
    }
  }

  async readSource(source: DataSource, options: ReadOptions = {}): Promise<CellValue[][]> {
    const { signal, onProgress } = options;
    const explicit = options.chunkRows !== undefined;
    throwIfAborted(signal);
    return Excel.run(async (context) => {
      let box = parseBox(source.address);
      let sheet: Excel.Worksheet;
      if (source.kind === "table" && source.tableName) {
        // Where the table is now (rows may have been added since listSources): one sync.
        const table = context.workbook.tables.getItem(source.tableName);
        const range = table.getRange().load("rowIndex, columnIndex, rowCount, columnCount");
        sheet = table.worksheet;
        await context.sync();
        box = boxOf(range);
      } else {
        sheet = context.workbook.worksheets.getItem(source.sheetName);
      }
      const total = box.bottom - box.top + 1;
      const width = box.right - box.left + 1;
      let chunk = Math.max(1, Math.floor(explicit ? options.chunkRows! : chunkRowsFor(width)));
      let bytesPerRow = 0; // largest measured so far
      const out: CellValue[][] = [];
      let start = 0;
      while (start < total) {
        throwIfAborted(signal);
        const count = Math.min(chunk, total - start);
        const range = sheet.getRange(boxRef({ top: box.top + start, left: box.left, bottom: box.top + start + count - 1, right: box.right })).load("values");
        try {
          await context.sync(); // one request per chunk, never per row
        } catch (error) {
          // Microsoft's advice after a limit error: retry with a smaller block. Not when the caller chose the size.
          if (isPayloadLimitError(error) && !explicit && count > 1) {
            chunk = Math.max(1, Math.floor(count / 2));
            continue;
          }
          throw describedError(`Lezen van '${source.sheetName}' mislukt na ${start} van ${total} rijen; er is niets veranderd.`, error);
        }
        const values = range.values as unknown[][];
        if (!explicit) {
          // Size the next chunks from what this one really weighed (see payloadLimit.ts).
          bytesPerRow = Math.max(bytesPerRow, JSON.stringify(values).length / count);
          chunk = nextChunkRows(bytesPerRow);
        }
        for (const row of values) out.push(row.map(fromCell));
        start += count;
        onProgress?.({ rowsRead: start, rowsTotal: total });
      }
      return out;
    });
  }

  async reportSheetState(sheetName: string): Promise<SheetState> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName).load("name");
      const settingsSheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
      await context.sync();
      if (sheet.isNullObject) return { exists: false, editedByUser: false };
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
      const settings = this.loadSettings(context, settingsSheet.isNullObject ? null : settingsSheet);
      await context.sync();
      const stored = settings.read().get(fingerprintKey(sheet.name))?.value ?? null;
      const grid = used.isNullObject ? [] : await this.readFormulas(context, sheet, boxOf(used).bottom, boxOf(used).right);
      // A sheet with our name but no fingerprint was not written by this add-in: ask before replacing it.
      return { exists: true, editedByUser: !matchesFingerprint(stored, grid) };
    });
  }

  async writeReportSheet(report: ReportSheet): Promise<string[]> {
    const locale = functionLocale(await this.displayLanguage());
    const { width, blocks } = planReportBlocks(report, locale);
    const tempName = temporarySheetName(report.name);
    const oldName = previousSheetName(report.name);
    const notices: string[] = [];
    try {
      await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name, position");
        await context.sync();
        const byName = (name: string) => sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
        let current = byName(report.name);
        byName(tempName)?.delete(); // left over from an interrupted run
        const leftover = byName(oldName);
        if (leftover && !current) {
          // An earlier run was cut off mid-swap and could not undo it: that sheet is the previous report.
          leftover.name = report.name;
          current = leftover;
        } else {
          leftover?.delete();
        }
        const settings = this.loadSettings(context, byName(SETTINGS_SHEET) ?? null);
        const temp = context.workbook.worksheets.add(tempName);

        for (let b = 0; b < blocks.length; b++) {
          const block = blocks[b];
          const range = temp.getRange(boxRef({ top: block.top + 1, left: 1, bottom: block.top + block.rows, right: width }));
          range.numberFormat = block.formats;
          range.formulas = block.formulas;
          for (let r = block.top; r < block.top + block.rows; r++) this.queueRowFormats(temp, report.rows[r], r);
          if (b === blocks.length - 1) {
            report.columnWidths?.forEach((w, c) => {
              if (w > 0) temp.getRange(`${columnLetters(c + 1)}1`).format.columnWidth = widthInPoints(w);
            });
            for (const spec of report.charts) {
              const { firstRow, firstColumn, rowCount, columnCount } = spec.dataBlock;
              const data = temp.getRange(boxRef({ top: firstRow + 1, left: firstColumn + 1, bottom: firstRow + rowCount, right: firstColumn + columnCount }));
              // Excel.ChartType.barStacked / barClustered and Excel.ChartSeriesBy.columns, as their string values.
              const chart = temp.charts.add(spec.kind === "stackedBar" ? "BarStacked" : "BarClustered", data, "Columns");
              chart.title.text = spec.title;
              const { row, column } = spec.anchor;
              chart.setPosition(`${columnLetters(column + 1)}${row + 1}`, `${columnLetters(column + CHART_COLUMNS)}${row + CHART_ROWS}`);
            }
          }
          await context.sync(); // one request per block
        }

        // Swap: old → "_oud", new → the name, at the old one's place; then the old one goes. A failure part-way is undone
        // in the catch below (the old version gets its name back).
        if (current) current.name = oldName;
        temp.name = report.name;
        if (current) temp.position = current.position;
        current?.delete();
        temp.activate(); // show the new report
        // What Excel now holds, for the fingerprint: with the swap when it fits in one response.
        const rows = Math.max(1, report.rows.length);
        const readBack = rows <= chunkRowsFor(width) ? temp.getRange(boxRef({ top: 1, left: 1, bottom: rows, right: width })).load("formulas") : null;
        await context.sync();

        try {
          const grid = readBack ? (readBack.formulas as GridCell[][]) : await this.readFormulas(context, temp, rows, width);
          settings.queueWrite(fingerprintKey(report.name), encodeFingerprint(grid, spillMask(report)));
          await context.sync();
        } catch {
          notices.push(`Het blad '${report.name}' is geschreven, maar Mengwijzer kon niet vastleggen wat erop staat; de volgende keer wordt gevraagd of het vervangen mag.`);
        }
      });
    } catch (error) {
      await this.undoWrite(report.name, tempName, oldName);
      throw describedError(`Het blad '${report.name}' kon niet worden geschreven; uw eigen bladen en de vorige versie van het rapport zijn niet veranderd.`, error);
    }
    return notices;
  }

  /**
   * Freezes a report sheet to values (see AnalysisWorkbook): reads formulas and values (chunked under the payload
   * budget), writes the values over the sheet in blocks (a spill anchor gets its value, so its spill ends and every
   * spilled cell keeps the value written there), lists the formulas as text (number format "@") to the right, and
   * stores the new fingerprint so the next report run does not see the freeze as the user's edit.
   */
  async freezeReportSheet(sheetName: string): Promise<{ frozen: boolean; formulas: number; notices: string[] }> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName).load("name");
      const settingsSheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
      await context.sync();
      if (sheet.isNullObject) return { frozen: false, formulas: 0, notices: [] };
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      if (used.isNullObject) return { frozen: true, formulas: 0, notices: [] };
      const { bottom: rows, right: columns } = boxOf(used);
      const chunk = chunkRowsFor(columns * 2);
      const formulas: GridCell[][] = [];
      const values: GridCell[][] = [];
      for (let start = 0; start < rows; start += chunk) {
        const range = sheet.getRange(boxRef({ top: start + 1, left: 1, bottom: Math.min(rows, start + chunk), right: columns })).load("formulas, values");
        await context.sync();
        formulas.push(...(range.formulas as GridCell[][]));
        values.push(...(range.values as GridCell[][]));
      }
      const frozen = frozenSheet(formulas, values);
      const writeChunk = chunkRowsFor(columns);
      for (let start = 0; start < rows; start += writeChunk) {
        const block = frozen.values.slice(start, start + writeChunk);
        // "" for blanks: a null in Range.values would leave the cell (and so a formula) as it is.
        sheet.getRange(boxRef({ top: start + 1, left: 1, bottom: start + block.length, right: columns })).values = block.map((r) => r.map((v) => (v === null ? "" : v)));
        await context.sync();
      }
      if (frozen.listing.length > 0) {
        const left = frozen.listingColumn + 1;
        const range = sheet.getRange(boxRef({ top: 1, left, bottom: frozen.listing.length, right: left + 1 }));
        range.numberFormat = frozen.listing.map(() => ["@", "@"]);
        range.values = frozen.listing.map((r) => r.map((v) => (v === null ? "" : v)));
        sheet.getRange(`${columnLetters(left + 1)}1`).format.columnWidth = widthInPoints(60);
        await context.sync();
      }
      const box = sheet.getUsedRange(true).load("rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      const grid = await this.readFormulas(context, sheet, boxOf(box).bottom, boxOf(box).right);
      const settings = this.loadSettings(context, settingsSheet.isNullObject ? null : settingsSheet);
      await context.sync();
      settings.queueWrite(fingerprintKey(sheet.name), encodeFingerprint(grid, []));
      await context.sync();
      return {
        frozen: true,
        formulas: frozen.listing.length === 0 ? 0 : frozen.listing.length - 3,
        notices: [`Het blad '${sheet.name}' bevat nu alleen waarden; de formules staan als tekst rechts ernaast. Maak het rapport opnieuw voor live formules.`],
      };
    });
  }

  async displayLanguage(): Promise<string> {
    const language = (Office.context as { displayLanguage?: unknown } | undefined)?.displayLanguage;
    // Unknown (an old host): the manifest's default locale, Dutch.
    return typeof language === "string" && language !== "" ? language : "nl-NL";
  }

  /**
   * The workbook's date system. Excel.Workbook.use1904DateSystem is a preview API only (not in @types/office-js nor a
   * released requirement set), so Excel is asked through a worksheet function instead (Excel.Functions, ExcelApi 1.2):
   * DATE(1904;1;1) is 0 in the 1904 system and 1462 in the 1900 system. One sync; 1900 when Excel cannot answer.
   */
  async dateSystem(): Promise<DateSystem> {
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.2")) return 1900;
    try {
      return await Excel.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1).load("value");
        await context.sync();
        return result.value === 0 ? 1904 : 1900;
      });
    } catch {
      return 1900;
    }
  }

  async readSetting(key: string): Promise<string | null> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
      await context.sync();
      if (sheet.isNullObject) return null;
      const settings = this.loadSettings(context, sheet);
      await context.sync();
      return settings.read().get(key)?.value ?? null;
    });
  }

  async writeSetting(key: string, value: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
      await context.sync();
      const settings = this.loadSettings(context, sheet.isNullObject ? null : sheet);
      await context.sync();
      settings.queueWrite(key, value);
      await context.sync();
    });
  }

  async createPartnerWorkbook(sheets: ReportSheet[], fileName: string): Promise<string[]> {
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) {
      throw new Error("Deze versie van Excel kan geen nieuwe werkmap maken vanuit een invoegtoepassing (ExcelApi 1.8 nodig). Gebruik Excel voor het web of een recente versie van Excel.");
    }
    // ExcelJS only here, loaded on demand: it stays out of the task pane's first download.
    const { Workbook } = await import("exceljs");
    const { bytes, notices } = await partnerWorkbookBytes(Workbook, sheets, functionLocale(await this.displayLanguage()));
    const base64 = toBase64(new Uint8Array(bytes));
    if (base64.length > PAYLOAD_LIMIT_BYTES) {
      throw new Error(`De partnerkopie is te groot om in Excel te openen (${Math.round(base64.length / 1_000_000)} MB, grens ${PAYLOAD_LIMIT_BYTES / 1_000_000} MB).`);
    }
    await Excel.createWorkbook(base64);
    return [...notices, `Excel opent de partnerkopie als nieuwe werkmap; sla haar op, bijvoorbeeld als '${fileName}'.`];
  }

  async activateSheet(sheetName: string): Promise<boolean> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) throw new Error(`Het blad '${sheetName}' staat niet (meer) in de werkmap. Maak het rapport opnieuw.`);
      sheet.activate();
      // A1, so the user starts at the title and the "Lees mij" lines, not wherever the cursor last was.
      sheet.getRange("A1").select();
      await context.sync();
    });
    return true;
  }

  /** Bold runs and hyperlinks of one report row, queued on the sheet (no sync). */
  private queueRowFormats(sheet: Excel.Worksheet, row: ReportCell[] | undefined, r: number): void {
    if (!row) return;
    let runStart = -1;
    for (let c = 0; c <= row.length; c++) {
      const bold = c < row.length && row[c]?.bold === true;
      if (bold && runStart < 0) runStart = c;
      if (!bold && runStart >= 0) {
        sheet.getRange(boxRef({ top: r + 1, left: runStart + 1, bottom: r + 1, right: c })).format.font.bold = true;
        runStart = -1;
      }
      const link = c < row.length ? row[c]?.link : undefined;
      if (link) {
        sheet.getRange(`${columnLetters(c + 1)}${r + 1}`).hyperlink = {
          documentReference: sheetReference(link.sheet, link.address),
          textToDisplay: String(row[c].value ?? link.address),
        };
      }
    }
  }

  /** Range.formulas of A1 to (rows, columns), in blocks under the payload budget: one sync per block. */
  private async readFormulas(context: Excel.RequestContext, sheet: Excel.Worksheet, rows: number, columns: number): Promise<GridCell[][]> {
    const chunk = chunkRowsFor(columns);
    const grid: GridCell[][] = [];
    for (let start = 0; start < rows; start += chunk) {
      const range = sheet.getRange(boxRef({ top: start + 1, left: 1, bottom: Math.min(rows, start + chunk), right: columns })).load("formulas");
      await context.sync();
      grid.push(...(range.formulas as GridCell[][]));
    }
    return grid;
  }

  /**
   * The settings sheet's cells (`sheet`: the loaded settings sheet, or null when there is none), loaded with the
   * caller's next sync; `read` after it, `queueWrite` to queue a write (the sheet is made, very hidden, if missing).
   */
  private loadSettings(context: Excel.RequestContext, sheet: Excel.Worksheet | null) {
    const target = sheet;
    const used = target ? target.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex") : null;
    const read = () => {
      if (!used || used.isNullObject) return new Map<string, { row: number; value: string }>();
      // Rows and columns before the used range are empty: pad so that parseSettings sees the sheet from A1.
      const pad = (row: unknown[]) => [...Array.from({ length: used.columnIndex }, () => ""), ...row];
      const grid = [...Array.from({ length: used.rowIndex }, () => [] as unknown[]), ...(used.values as unknown[][]).map(pad)];
      return parseSettings(grid as GridCell[][]);
    };
    const queueWrite = (key: string, value: string) => {
      let settingsSheet = target;
      let nextRow: number;
      const existing = read();
      if (!settingsSheet) {
        settingsSheet = context.workbook.worksheets.add(SETTINGS_SHEET);
        settingsSheet.visibility = "VeryHidden"; // Excel.SheetVisibility.veryHidden: not offered under Unhide
        const header = settingsSheet.getRange("A1:B1");
        header.numberFormat = [["@", "@"]];
        header.values = [[...SETTINGS_HEADER]];
        nextRow = 1;
      } else {
        const found = existing.get(key);
        nextRow = found ? found.row : Math.max(1, used && !used.isNullObject ? used.rowIndex + (used.values as unknown[][]).length : 1);
      }
      const cells = settingRow(key, value);
      // Clear what a longer earlier value left in this row, then write key and parts as text.
      const earlier = settingRow(key, existing.get(key)?.value ?? "").length;
      const wide = Math.max(cells.length, earlier);
      const row = settingsSheet.getRange(boxRef({ top: nextRow + 1, left: 1, bottom: nextRow + 1, right: wide }));
      row.numberFormat = [Array.from({ length: wide }, () => "@")];
      row.values = [Array.from({ length: wide }, (_, c) => cells[c] ?? "")];
    };
    return { read, queueWrite };
  }

  /** After a failed write: the temporary sheet goes, the previous version gets its name back if the swap was cut off. */
  private async undoWrite(name: string, tempName: string, oldName: string): Promise<void> {
    try {
      await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const byName = (n: string) => sheets.items.find((s) => s.name.toLowerCase() === n.toLowerCase());
        const current = byName(name);
        const old = byName(oldName);
        const temp = byName(tempName);
        if (old && !current) {
          temp?.delete();
          old.name = name;
        } else {
          temp?.delete();
          if (old && current) old.delete();
        }
        await context.sync();
      });
    } catch {
      // Nothing more can be done here; the error of the write itself is what the user sees.
    }
  }
}
