/**
 * Reading the vitality table back (vitalitySheet.ts) and planning an update from the stock, without ever changing what
 * the user typed:
 *  - columns are found by header (case, accents and spaces do not matter), so a sorted table, moved columns and the
 *    user's own columns read the same; a missing column of ours stops the update with a Dutch message;
 *  - a row is keyed by (niveau, gebied, jaar); an area of the stock without a row for the chosen level and year gets a
 *    new row at the bottom (keys only); rows of that level whose area is no longer in the stock get the status
 *    "niet meer in de voorraad" (only where the status cell is blank), and lose it again when the area returns;
 *  - the computed points, score and oordeel of every row, the same way the sheet's formulas compute them (the preview
 *    writes these values; the report and the partner copy use them).
 */
import { foldHeader } from "../checklist/foldText";
import { readYesNo } from "../cellReaders";
import type { CellValue } from "../mapping/cells";
import { cellText, isBlankCell, parseNumberText } from "../mapping/cells";
import { labelKey } from "../labels";
import { messages } from "../messages";
import { livabilityPoints } from "./livabilityPoints";
import { organisationPoints } from "./organisationPoints";
import { isVitalityPoints, type VitalityPoints } from "./points";
import { resiliencePoints } from "./resiliencePoints";
import { vitalityFlag } from "./vitalityFlag";
import { vitalityScore } from "./vitalityScore";
import { STATUS_REMOVED, vitalityColumns, vitalityHeader, type AreaLevel, type VitalityKey } from "./vitalitySheet";

/** What the core needs of a worksheet table (the adapter's TableSnapshot fits). */
export interface TableLike {
  headers: readonly string[];
  rows: readonly (readonly CellValue[])[];
  firstSheetRow: number;
}

/** A cell value as written to a workbook (never undefined). */
export type PlainValue = Exclude<CellValue, undefined>;

export interface VitalityRecord {
  /** 0-based index among the table's data rows (as the adapter addresses rows). */
  index: number;
  sheetRow: number;
  area: string;
  level: string;
  year: number | null;
  cells: Partial<Record<VitalityKey, CellValue>>;
}

export interface VitalityRead {
  records: VitalityRecord[];
  /** Column index per key, in the table as it is now. */
  positions: Map<VitalityKey, number>;
}

/** Where each of our columns stands; throws a Dutch error naming the missing ones. */
export function locateVitalityColumns(headers: readonly string[]): Map<VitalityKey, number> {
  const folded = headers.map((h) => foldHeader(String(h ?? "")));
  const positions = new Map<VitalityKey, number>();
  const missing: string[] = [];
  for (const column of vitalityColumns()) {
    const at = folded.indexOf(foldHeader(column.header));
    if (at < 0) missing.push(column.header);
    else positions.set(column.key, at);
  }
  if (missing.length > 0) throw messages.vitality.missingColumns(missing);
  return positions;
}

export function readVitalityTable(table: TableLike): VitalityRead {
  const positions = locateVitalityColumns(table.headers);
  const records: VitalityRecord[] = [];
  table.rows.forEach((row, index) => {
    const cells: Partial<Record<VitalityKey, CellValue>> = {};
    for (const [key, at] of positions) cells[key] = row[at] ?? null;
    const year = parseNumberText(cells.year ?? null);
    records.push({
      index,
      sheetRow: table.firstSheetRow + index,
      area: cellText(cells.area ?? null),
      level: cellText(cells.level ?? null).toLocaleLowerCase("nl-NL"),
      year: Number.isInteger(year) ? year : null,
      cells,
    });
  });
  return { records, positions };
}

export interface VitalityOutcome {
  livability: VitalityPoints | null;
  organisation: VitalityPoints | null;
  resilience: VitalityPoints | null;
  score: number | null;
  flag: string | null;
  /** Dutch messages of what could not be computed (the sheet shows #VALUE! there). */
  problems: string[];
  /** The same messages per computed column (livability, organisation, resilience, flag). */
  errors: Partial<Record<VitalityKey, string>>;
}

function attempt(compute: () => VitalityPoints, problems: string[]): VitalityPoints | null {
  try {
    return compute();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** The user's own point when typed (a number), else undefined; a number that is not 1..3 is a problem. */
function ownPoint(cell: CellValue, name: string, problems: string[]): VitalityPoints | null | undefined {
  if (typeof cell !== "number") return undefined;
  if (isVitalityPoints(cell)) return cell;
  problems.push(messages.vitality.badPoints(name, cell).message);
  return null;
}

/** Points, score and oordeel of one row, as the sheet's formulas give them ("" there is null here). */
export function vitalityOutcome(cells: Partial<Record<VitalityKey, CellValue>>, threshold: number): VitalityOutcome {
  const problems: string[] = [];
  const errors: Partial<Record<VitalityKey, string>> = {};
  const blank = (key: VitalityKey) => isBlankCell(cells[key] ?? null);
  // An own point (a number in the "eigen punten" column) wins, as in the formula's ISNUMBER; else the helper.
  const point = (own: VitalityKey, computed: VitalityKey, helper: () => VitalityPoints | null): VitalityPoints | null => {
    const before = problems.length;
    const mine = ownPoint(cells[own] ?? null, vitalityHeader(own), problems);
    const result = mine === undefined ? helper() : mine;
    if (problems.length > before) errors[computed] = problems.slice(before).join(" ");
    return result;
  };
  const livability = point("ownLivability", "livability", () =>
    blank("livabilityClass") ? null : attempt(() => livabilityPoints(parseNumberText(cells.livabilityClass ?? null)), problems));
  const organisation = point("ownOrganisation", "organisation", () =>
    blank("council") && blank("director") ? null : attempt(() => {
      const council = readYesNo(cells.council);
      const director = readYesNo(cells.director);
      if (council === null) throw messages.vitality.badPresence(vitalityHeader("council"), cells.council);
      if (director === null) throw messages.vitality.badPresence(vitalityHeader("director"), cells.director);
      return organisationPoints(council, director);
    }, problems));
  const resilience = point("ownResilience", "resilience", () =>
    blank("nuisance") ? null : attempt(() => resiliencePoints(parseNumberText(cells.nuisance ?? null), parseNumberText(cells.low ?? null), parseNumberText(cells.high ?? null)), problems));
  let score: number | null = null;
  let flag: string | null = null;
  if (livability !== null && organisation !== null && resilience !== null) {
    score = vitalityScore(livability, organisation, resilience);
    try {
      flag = vitalityFlag(score, threshold);
    } catch (error) {
      problems.push((error as Error).message);
      errors.flag = (error as Error).message;
    }
  }
  return { livability, organisation, resilience, score, flag, problems, errors };
}

/** The threshold from the sheet's threshold cell; the default when blank, and a Dutch error when unusable. */
export function readThreshold(cell: CellValue, fallback: number): number {
  if (isBlankCell(cell ?? null)) return fallback;
  const value = parseNumberText(cell ?? null);
  if (!Number.isFinite(value) || value < 1 || value > 27) throw messages.vitality.badThreshold(cell);
  return value;
}

export interface VitalityPlan {
  /** New rows as values per key (keys only). */
  newRows: Partial<Record<VitalityKey, CellValue>>[];
  /** Status cells to write: row index among the data rows and the new status. */
  statusWrites: { index: number; value: string }[];
  added: string[];
  /** Areas marked as no longer in the stock by this update. */
  removed: string[];
  /** Areas whose earlier mark was lifted (back in the stock). */
  returned: string[];
}

function rowKey(level: string, area: string, year: number | null): string {
  return `${level}|${labelKey(area)}|${year ?? ""}`;
}

/**
 * What an update adds and marks, given the table as read now, the areas of the stock (as shown, first spelling), the
 * level and the year. Never plans a write to an input cell.
 */
export function planVitalityUpdate(read: VitalityRead, stockAreas: readonly string[], level: AreaLevel, year: number): VitalityPlan {
  const present = new Set(read.records.filter((r) => r.area !== "").map((r) => rowKey(r.level, r.area, r.year)));
  const inStock = new Set(stockAreas.map((a) => labelKey(a)));
  const newRows: VitalityPlan["newRows"] = [];
  const added: string[] = [];
  const seen = new Set<string>();
  for (const area of stockAreas) {
    const key = rowKey(level, area, year);
    if (present.has(key) || seen.has(key)) continue;
    seen.add(key);
    newRows.push({ area, level, year });
    added.push(area);
  }
  const statusWrites: VitalityPlan["statusWrites"] = [];
  const removed = new Set<string>();
  const returned = new Set<string>();
  for (const record of read.records) {
    if (record.area === "" || record.level !== level) continue;
    const status = cellText(record.cells.status ?? null);
    const gone = !inStock.has(labelKey(record.area));
    if (gone && status === "") {
      statusWrites.push({ index: record.index, value: STATUS_REMOVED });
      removed.add(record.area);
    } else if (!gone && status === STATUS_REMOVED) {
      // Only our own mark is lifted; anything else the user typed in the status column stays.
      statusWrites.push({ index: record.index, value: "" });
      returned.add(record.area);
    }
  }
  return { newRows, statusWrites, added, removed: [...removed], returned: [...returned] };
}

/** A row of values in the order of `headers` (our keys where they stand, null in the user's own columns). */
export function rowInTableOrder(positions: Map<VitalityKey, number>, width: number, values: Partial<Record<VitalityKey, CellValue>>): PlainValue[] {
  const row: PlainValue[] = Array.from({ length: width }, () => null);
  for (const [key, at] of positions) row[at] = values[key] ?? null;
  return row;
}

/** Text a file written by the preview shows where Excel would show #VALUE! (the preview has no live formulas). */
export function errorText(message: string): string {
  return `#WAARDE! ${message}`;
}

/**
 * The computed columns' values per data row, by header, for a file written by the preview: the point or score, "" while
 * the inputs are blank (as the formula), and the Dutch error where Excel would show #VALUE!.
 */
export function computedColumnValues(read: VitalityRead, threshold: number): Map<string, PlainValue[]> {
  const keys: VitalityKey[] = ["livability", "organisation", "resilience", "score", "flag"];
  const out = new Map<string, PlainValue[]>(keys.map((k) => [vitalityHeader(k), []]));
  for (const record of read.records) {
    const outcome = vitalityOutcome(record.cells, threshold);
    for (const key of keys) {
      const error = outcome.errors[key];
      const value = outcome[key as "livability" | "organisation" | "resilience" | "score" | "flag"];
      out.get(vitalityHeader(key))!.push(error ? errorText(error) : value ?? null);
    }
  }
  return out;
}
