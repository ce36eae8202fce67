/**
 * The worksheet table that stores the checklist: sheet "Mengwijzer_Checklist", table "MengwijzerChecklist", one row per
 * area × catalogue item, with Dutch headers. Titel and Onderdeel are copies from the catalogue so partners without the
 * add-in can read the sheet; the add-in reads only Gebied, CBS-code, Item-id, Status, Eigenaar, Toelichting, the two
 * Gewijzigd columns and Catalogusversie.
 *
 * Decoding is tolerant, because people edit this sheet by hand: columns are found by header (any order, case, accents
 * and spaces ignored), rows may be sorted or filtered, extra columns are left alone, blank rows are skipped. A row that
 * cannot be read (unknown status text, unknown owner, an item id the catalogue does not know, a duplicate) is reported
 * as unreadable with its sheet row number and is never rewritten or dropped by the add-in.
 */
import { checklistMessages as m } from "../messages/checklist";
import { CHANGED_AT_FORMAT, cellToIsoDate, isoToExcelSerial } from "./excelDate";
import { foldHeader, foldText } from "./foldText";
import { OWNERS, PARTS, STATUSES } from "./types";
import type { Answer, Area, Catalogue, CatalogueItem, Owner, Status } from "./types";
import type { UnreadableRow } from "./ChecklistRepository";

export const CHECKLIST_SHEET = "Mengwijzer_Checklist";
export const CHECKLIST_TABLE = "MengwijzerChecklist";

/** Column keys in the order we write them, with their Dutch headers. */
export const CHECKLIST_COLUMNS = {
  area: "Gebied",
  cbsCode: "CBS-code",
  itemId: "Item-id",
  part: "Onderdeel",
  title: "Titel",
  status: "Status",
  owner: "Eigenaar",
  note: "Toelichting",
  changedAt: "Gewijzigd op",
  changedBy: "Gewijzigd door",
  version: "Catalogusversie",
} as const;

export type ColumnKey = keyof typeof CHECKLIST_COLUMNS;

/** Number formats of our columns (the other columns are text or General), by header text. */
export const CHECKLIST_COLUMN_FORMATS: Readonly<Record<string, string>> = { [CHECKLIST_COLUMNS.changedAt]: CHANGED_AT_FORMAT };

/** The number format per column of a table with these headers, in their order (for the adapters). */
export function checklistColumnFormats(headers: readonly string[]): (string | null)[] {
  const { index } = locateColumns(headers);
  return headers.map((_, i) => (i === index.changedAt ? CHANGED_AT_FORMAT : null));
}

/** "Gewijzigd op" as the sheet stores it: an Excel date serial in local time (see excelDate.ts). */
export function changedAtCell(iso: string | null): number | null {
  return iso === null ? null : isoToExcelSerial(iso);
}
export const COLUMN_KEYS = Object.keys(CHECKLIST_COLUMNS) as ColumnKey[];
export const CHECKLIST_HEADERS: readonly string[] = COLUMN_KEYS.map((key) => CHECKLIST_COLUMNS[key]);

/** Without these a row means nothing; if one is missing, every row is unreadable. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["area", "itemId", "status"];

/** A cell as the adapters deliver it (structurally the same as the workbook layer's CellValue). */
export type RawCell = string | number | boolean | null;

/** The table as read from the sheet (structurally a TableSnapshot of the workbook layer). */
export interface RawTable {
  headers: string[];
  rows: RawCell[][];
  /** 1-based sheet row of rows[0]. */
  firstSheetRow: number;
}

/** Where each known column stands (0-based index into the headers), and what is missing. */
export interface ColumnMap {
  index: Partial<Record<ColumnKey, number>>;
  /** Keys whose column is absent. */
  missing: ColumnKey[];
  /** Header texts that appear more than once (the first one is used). */
  duplicates: string[];
}

export function locateColumns(headers: readonly string[]): ColumnMap {
  const wanted = new Map<string, ColumnKey>(COLUMN_KEYS.map((key) => [foldHeader(CHECKLIST_COLUMNS[key]), key]));
  const index: Partial<Record<ColumnKey, number>> = {};
  const duplicates: string[] = [];
  headers.forEach((header, i) => {
    const key = wanted.get(foldHeader(String(header ?? "")));
    if (!key) return;
    if (index[key] === undefined) index[key] = i;
    else duplicates.push(CHECKLIST_COLUMNS[key]);
  });
  const missing = COLUMN_KEYS.filter((key) => index[key] === undefined);
  return { index, missing, duplicates };
}

/** A readable row: the answer it holds and where it stands. */
export interface DecodedRow {
  /** 0-based index among the table's data rows (what the adapter's writeCells wants). */
  row: number;
  sheetRow: number;
  answer: Answer;
  cbsCode: string | null;
  /** Catalogusversie of the row, or null when blank. */
  version: string | null;
}

/** An unreadable row; area and item id are given where they could be read, so the repository never writes a twin. */
export interface UnreadableDecodedRow extends UnreadableRow {
  row: number;
  area: string | null;
  itemId: string | null;
}

export interface DecodedTable {
  columns: ColumnMap;
  rows: DecodedRow[];
  unreadable: UnreadableDecodedRow[];
  /** Areas in order of first appearance (readable or not), first spelling wins. */
  areas: Area[];
  notices: string[];
}

export function areaKey(name: string): string {
  return foldText(name);
}

export function cellText(value: RawCell | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

const STATUS_BY_KEY = new Map<string, Status>(STATUSES.map((s) => [foldHeader(s), s]));
const OWNER_BY_KEY = new Map<string, Owner>(OWNERS.map((o) => [foldHeader(o), o]));

/** A status cell: blank reads as "nog niet bekeken" (a cleared cell), unknown text as undefined. */
export function parseStatus(value: RawCell | undefined): Status | undefined {
  const text = cellText(value);
  if (text === "") return "nog niet bekeken";
  return STATUS_BY_KEY.get(foldHeader(text));
}

/** An owner cell: blank is null (nobody yet), unknown text undefined. "Zorg / Welzijn" matches "zorg/welzijn". */
export function parseOwner(value: RawCell | undefined): Owner | null | undefined {
  const text = cellText(value);
  if (text === "") return null;
  return OWNER_BY_KEY.get(foldHeader(text));
}

/** Compares dotted versions numerically ("1.10.0" > "1.9.0"); non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "0";
    const y = pb[i] ?? "0";
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

export function decodeChecklistTable(table: RawTable, catalogue: Catalogue): DecodedTable {
  const columns = locateColumns(table.headers);
  const { index } = columns;
  const notices: string[] = [];
  const missingRequired = REQUIRED_COLUMNS.filter((key) => index[key] === undefined);
  const missingOptional = columns.missing.filter((key) => !REQUIRED_COLUMNS.includes(key));
  if (missingRequired.length > 0) notices.push(m.columnsMissing(missingRequired.map((key) => CHECKLIST_COLUMNS[key])));
  if (missingOptional.length > 0) {
    notices.push(m.optionalColumnsMissing(missingOptional.map((key) => CHECKLIST_COLUMNS[key]), missingRequired.length === 0));
  }
  for (const header of columns.duplicates) notices.push(m.duplicateHeader(header));

  const items = new Map<string, CatalogueItem>(catalogue.items.map((item) => [item.id, item]));
  const get = (cells: RawCell[], key: ColumnKey): RawCell | undefined => {
    const i = index[key];
    return i === undefined ? undefined : cells[i];
  };

  const rows: DecodedRow[] = [];
  const unreadable: UnreadableDecodedRow[] = [];
  const areas: Area[] = [];
  const areaByKey = new Map<string, Area>();
  const seen = new Map<string, number>(); // "area\u0000item" → sheet row of the first row
  const groups = new Map<string, { reason: string; rows: number[] }>();
  const badDates: number[] = [];
  let badDateExample = "";

  table.rows.forEach((cells, row) => {
    const sheetRow = table.firstSheetRow + row;
    if (cells.every((cell) => cellText(cell) === "")) return; // blank row: nothing to keep or read
    const areaText = cellText(get(cells, "area"));
    const itemId = cellText(get(cells, "itemId"));
    const cbsCode = cellText(get(cells, "cbsCode"));

    let area: Area | undefined;
    if (areaText !== "") {
      area = areaByKey.get(areaKey(areaText));
      if (!area) {
        area = { name: areaText };
        areaByKey.set(areaKey(areaText), area);
        areas.push(area);
      }
      if (cbsCode !== "" && area.cbsCode === undefined) area.cbsCode = cbsCode;
    }
    // `kind` groups the rows in the notice (the reason itself may name a value, e.g. the unknown status).
    const bad = (reason: string, kind: string = reason) => {
      unreadable.push({ row, sheetRow, reason, area: area?.name ?? null, itemId: itemId === "" ? null : itemId });
      const group = groups.get(kind) ?? { reason, rows: [] };
      // Rows of one kind with different values: the general reason, so the notice never names one value for all.
      if (group.reason !== reason) group.reason = m.reasonGroups[kind] ?? reason;
      group.rows.push(sheetRow);
      groups.set(kind, group);
    };

    if (missingRequired.length > 0) return bad(m.missingColumn(CHECKLIST_COLUMNS[missingRequired[0]]));
    if (!area) return bad(m.missingArea());
    if (itemId === "") return bad(m.missingItemId());
    const versionText = cellText(get(cells, "version"));
    const version = versionText === "" ? null : versionText;
    if (!items.has(itemId)) {
      if (version !== null && compareVersions(version, catalogue.version) < 0) return bad(m.removedItem(itemId, version), "removed");
      if (version !== null && compareVersions(version, catalogue.version) > 0) return bad(m.newerItem(itemId, version), "newer");
      return bad(m.unknownItem(itemId), "unknownItem");
    }
    const status = parseStatus(get(cells, "status"));
    if (status === undefined) return bad(m.unknownStatus(cellText(get(cells, "status"))), "status");
    const owner = parseOwner(get(cells, "owner"));
    if (owner === undefined) return bad(m.unknownOwner(cellText(get(cells, "owner"))), "owner");
    const pairKey = `${areaKey(area.name)}\u0000${itemId}`;
    const first = seen.get(pairKey);
    if (first !== undefined) return bad(m.duplicateRow(area.name, itemId, first), "duplicate");
    seen.set(pairKey, sheetRow);

    let changedAt = cellToIsoDate(get(cells, "changedAt"));
    if (changedAt === "invalid") {
      if (badDates.length === 0) badDateExample = cellText(get(cells, "changedAt"));
      badDates.push(sheetRow);
      changedAt = null;
    }
    const changedBy = cellText(get(cells, "changedBy"));
    rows.push({
      row,
      sheetRow,
      cbsCode: cbsCode === "" ? null : cbsCode,
      version,
      answer: {
        area: area.name,
        itemId,
        status,
        owner,
        note: cellText(get(cells, "note")),
        changedAt,
        changedBy: changedBy === "" ? null : changedBy,
      },
    });
  });

  if (badDates.length > 0) notices.push(m.badDates(badDates, badDateExample));
  if (unreadable.length > 0) notices.push(m.unreadableRows([...groups.values()]));
  return { columns, rows, unreadable, areas, notices };
}

/** The Dutch title of a part, as written in the Onderdeel column. */
export function partTitle(item: CatalogueItem): string {
  const part = PARTS.find((p) => p.id === item.part);
  const title = part ? part.title : item.part;
  return item.step !== undefined ? `${title}, stap ${item.step}` : title;
}

/**
 * One sheet row for an answer, laid out along `headers` (the table's own header order; columns we do not know get
 * null, so a user's extra columns stay empty in new rows).
 */
export function encodeChecklistRow(
  headers: readonly string[],
  area: Area,
  item: CatalogueItem,
  answer: Pick<Answer, "status" | "owner" | "note" | "changedAt" | "changedBy">,
  catalogueVersion: string,
): RawCell[] {
  const values: Record<ColumnKey, RawCell> = {
    area: area.name,
    cbsCode: area.cbsCode ?? null,
    itemId: item.id,
    part: partTitle(item),
    title: item.title,
    status: answer.status,
    owner: answer.owner,
    note: answer.note === "" ? null : answer.note,
    changedAt: changedAtCell(answer.changedAt),
    changedBy: answer.changedBy,
    version: catalogueVersion,
  };
  const { index } = locateColumns(headers);
  const row: RawCell[] = headers.map(() => null);
  for (const key of COLUMN_KEYS) {
    const i = index[key];
    if (i !== undefined) row[i] = values[key];
  }
  return row;
}
