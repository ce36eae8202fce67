/**
 * Storing a confirmed column mapping in the workbook (as JSON in a hidden sheet cell or, later, a custom XML part;
 * this module is only the codec). Format, version 1:
 *
 *   { "version": 1, "kind": "stock", "sheetName": "Voorraad", "headerSheetRow": 4, "firstSheetColumn": 0,
 *     "columns": { "buurtCode": { "column": 5, "header": "Buurtcode" }, ... } }
 *
 * `column` is 0-based within the table (from `firstSheetColumn`); the header text is stored as well, so a mapping still
 * finds its columns after the user inserted or moved one (`restoreMapping`).
 *
 * Optional `values` (issue 9): the user's value mapping per categorical field, e.g.
 *   "values": { "ownership": [{ "value": "Eigen bezit", "reading": "huur" }] }
 * (src/core/readers/valueMap.ts). A mapping stored without it reads as an empty value mapping.
 */
import type { CellValue } from "./cells";
import { cellText } from "./cells";
import { ALL_ROLES, isColumnRole, rolesFor, roleLabel, type ColumnRole, type SheetKind } from "./columnRoles";
import type { ColumnMapping, RoleAssignment } from "./headerDetection";
import { normalizeHeader } from "./normalize";
import { messages } from "../messages";
import { mappingTexts } from "../messages/mapping";
import { normaliseValueMap, type ValueMap } from "../readers/valueMap";
import { VALUE_FIELDS, type ValueField } from "../readers/vocabulary";

export const MAPPING_FORMAT_VERSION = 1;

export interface StoredColumn {
  column: number;
  header: string;
}

export interface StoredMapping {
  version: typeof MAPPING_FORMAT_VERSION;
  kind: SheetKind;
  sheetName?: string;
  /** 1-based sheet row of the header. */
  headerSheetRow?: number;
  /** 0-based sheet column of the table's first column. */
  firstSheetColumn?: number;
  columns: Partial<Record<ColumnRole, StoredColumn>>;
  /** The user's value mapping (absent: none). */
  values?: ValueMap;
}

export interface StoredMappingPlace {
  sheetName?: string;
  headerSheetRow?: number;
  firstSheetColumn?: number;
}

/** The confirmed mapping in its stored form. */
export function toStoredMapping(mapping: ColumnMapping, place: StoredMappingPlace = {}, values: ValueMap | null = null): StoredMapping {
  const columns: Partial<Record<ColumnRole, StoredColumn>> = {};
  for (const role of ALL_ROLES) {
    const assignment = mapping.roles[role];
    if (assignment) columns[role] = { column: assignment.columnIndex, header: assignment.header };
  }
  const stored: StoredMapping = { version: MAPPING_FORMAT_VERSION, kind: mapping.kind, columns };
  if (place.sheetName !== undefined) stored.sheetName = place.sheetName;
  if (place.headerSheetRow !== undefined) stored.headerSheetRow = place.headerSheetRow;
  if (place.firstSheetColumn !== undefined) stored.firstSheetColumn = place.firstSheetColumn;
  if (values && VALUE_FIELDS.some((field) => (values[field]?.length ?? 0) > 0)) stored.values = normaliseValueMap(values);
  return stored;
}

export function serializeMapping(stored: StoredMapping): string {
  return JSON.stringify(stored);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** Reads a stored mapping; throws a Dutch MengError (#VALUE!) saying what is wrong. Unknown extra fields are ignored. */
export function parseMapping(text: string): StoredMapping {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw messages.mapping.mappingNotJson();
  }
  if (!isRecord(data)) throw messages.mapping.mappingInvalid("geen object");
  if (data.version !== MAPPING_FORMAT_VERSION) throw messages.mapping.mappingVersion(data.version, MAPPING_FORMAT_VERSION);
  if (data.kind !== "stock" && data.kind !== "allocations") throw messages.mapping.mappingInvalid(`onbekend soort blad '${String(data.kind)}'`);
  const kind: SheetKind = data.kind;
  if (!isRecord(data.columns)) throw messages.mapping.mappingInvalid("de kolommen ontbreken");
  const columns: Partial<Record<ColumnRole, StoredColumn>> = {};
  const byColumn = new Map<number, ColumnRole>();
  for (const [role, entry] of Object.entries(data.columns)) {
    if (!isColumnRole(role) || !rolesFor(kind).includes(role)) throw messages.mapping.mappingInvalid(`onbekend gegeven '${role}'`);
    if (!isRecord(entry) || !isNonNegativeInteger(entry.column) || typeof entry.header !== "string") {
      throw messages.mapping.mappingInvalid(`de kolom van '${roleLabel(role)}' is onleesbaar`);
    }
    const other = byColumn.get(entry.column);
    if (other) throw messages.mapping.columnUsedTwice(entry.header, roleLabel(other), roleLabel(role));
    byColumn.set(entry.column, role);
    columns[role] = { column: entry.column, header: entry.header };
  }
  const stored: StoredMapping = { version: MAPPING_FORMAT_VERSION, kind, columns };
  if (typeof data.sheetName === "string") stored.sheetName = data.sheetName;
  if (isNonNegativeInteger(data.headerSheetRow) && data.headerSheetRow >= 1) stored.headerSheetRow = data.headerSheetRow;
  if (isNonNegativeInteger(data.firstSheetColumn)) stored.firstSheetColumn = data.firstSheetColumn;
  if (data.values !== undefined) stored.values = parseValues(data.values);
  return stored;
}

function parseValues(data: unknown): ValueMap {
  if (!isRecord(data)) throw messages.mapping.mappingInvalid("de waardenkoppeling is geen object");
  const map: ValueMap = {};
  for (const [field, entries] of Object.entries(data)) {
    if (!(VALUE_FIELDS as readonly string[]).includes(field)) throw messages.mapping.mappingInvalid(`onbekend veld '${field}' in de waardenkoppeling`);
    if (!Array.isArray(entries) || !entries.every(isRecord)) throw messages.mapping.mappingInvalid(`de waarden van '${field}' zijn onleesbaar`);
    map[field as ValueField] = entries.map((e) => ({ value: e.value as string, reading: e.reading as string }));
  }
  try {
    return normaliseValueMap(map);
  } catch (error) {
    throw messages.mapping.mappingInvalid(error instanceof Error ? error.message : String(error));
  }
}

export interface RestoredMapping {
  mapping: ColumnMapping;
  /** Roles whose header was found in another column. */
  moved: ColumnRole[];
  /** Roles whose header is no longer in the table (renamed or deleted): ask the user again. */
  lost: ColumnRole[];
}

/**
 * Applies a stored mapping to the table's current headers: a role keeps its column when the header there is still the
 * stored one (compared normalised), else it follows its header to another column, else it is lost.
 */
export function restoreMapping(stored: StoredMapping, headerCells: readonly CellValue[]): RestoredMapping {
  const headers = headerCells.map(cellText);
  const keys = headers.map((header) => normalizeHeader(header).compact);
  const roles: Partial<Record<ColumnRole, RoleAssignment>> = {};
  const used = new Set<number>();
  const moved: ColumnRole[] = [];
  const lost: ColumnRole[] = [];
  const entries = ALL_ROLES.filter((role) => stored.columns[role]).map((role) => [role, stored.columns[role]!] as const);
  // first pass: unchanged columns, so a moved column cannot take the place of one that stayed
  const pending: (readonly [ColumnRole, StoredColumn])[] = [];
  for (const [role, entry] of entries) {
    const key = normalizeHeader(entry.header).compact;
    if (keys[entry.column] === key && !used.has(entry.column)) {
      used.add(entry.column);
      roles[role] = { columnIndex: entry.column, header: headers[entry.column], confidence: 1, reason: mappingTexts.stored(), source: "stored", alternatives: [] };
    } else {
      pending.push([role, entry]);
    }
  }
  for (const [role, entry] of pending) {
    const key = normalizeHeader(entry.header).compact;
    const found = keys.findIndex((k, column) => k === key && key !== "" && !used.has(column));
    if (found < 0) {
      lost.push(role);
      continue;
    }
    used.add(found);
    moved.push(role);
    roles[role] = {
      columnIndex: found,
      header: headers[found],
      confidence: 1,
      reason: mappingTexts.storedMoved(entry.column, found),
      source: "stored",
      alternatives: [],
    };
  }
  const ordered: Partial<Record<ColumnRole, RoleAssignment>> = {};
  for (const role of ALL_ROLES) if (roles[role]) ordered[role] = roles[role];
  return {
    mapping: {
      kind: stored.kind,
      headers,
      roles: ordered,
      unmapped: headers.map((header, columnIndex) => ({ columnIndex, header })).filter((c) => c.header !== "" && !used.has(c.columnIndex)),
      missing: rolesFor(stored.kind).filter((role) => !ordered[role]),
    },
    moved,
    lost,
  };
}
