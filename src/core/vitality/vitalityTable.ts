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
  /** The points as the sheet shows them: an own point as typed (a number), else the helper's; null = "" in the sheet. */
  livability: number | null;
  organisation: number | null;
  resilience: number | null;
  score: number | null;
  flag: string | null;
  /** Dutch messages of what could not be computed (the sheet shows #VALUE! there). */
  problems: string[];
  /** The same messages per computed column that shows the error (a point, and then the score and the oordeel). */
  errors: Partial<Record<VitalityKey, string>>;
}

/**
 * Points, score and oordeel of one row, exactly as the sheet's formulas give them (vitalitySheet.ts), so the preview's
 * values equal Excel's: an own point is taken when it is a number (ISNUMBER), checked only by the score (VITALITEIT);
 * a point is "" (null) while its inputs are blank; the score is "" while a point is "", and an error in any point makes
 * the score and the oordeel errors too (OR over an error is an error in Excel). Test: vitalityFormulaEquivalence.test.ts.
 */
export function vitalityOutcome(cells: Partial<Record<VitalityKey, CellValue>>, threshold: number): VitalityOutcome {
  const problems: string[] = [];
  const errors: Partial<Record<VitalityKey, string>> = {};
  const blank = (key: VitalityKey) => isBlankCell(cells[key] ?? null);
  const fail = (key: VitalityKey, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(message);
    errors[key] = message;
  };
  const point = (own: VitalityKey, key: VitalityKey, inputsBlank: boolean, helper: () => number): number | null => {
    const mine = cells[own];
    if (typeof mine === "number") return mine;
    if (inputsBlank) return null;
    try {
      return helper();
    } catch (error) {
      fail(key, error);
      return null;
    }
  };
  const livability = point("ownLivability", "livability", blank("livabilityClass"), () => livabilityPoints(parseNumberText(cells.livabilityClass ?? null)));
  const organisation = point("ownOrganisation", "organisation", blank("council") && blank("director"), () =>
    organisationPoints(presence(cells.council, "council"), presence(cells.director, "director")));
  const resilience = point("ownResilience", "resilience", blank("nuisance"), () =>
    resiliencePoints(parseNumberText(cells.nuisance ?? null), parseNumberText(cells.low ?? null), parseNumberText(cells.high ?? null)));
  let score: number | null = null;
  let flag: string | null = null;
  if (problems.length > 0) {
    // The score and the oordeel read the failing point: Excel shows the error there too.
    errors.score = problems.join(" ");
    errors.flag = errors.score;
  } else if (livability !== null && organisation !== null && resilience !== null) {
    try {
      score = vitalityScore(livability, organisation, resilience);
      flag = vitalityFlag(score, threshold);
    } catch (error) {
      fail(score === null ? "score" : "flag", error);
      if (score === null) errors.flag = errors.score;
    }
  }
  return { livability, organisation, resilience, score, flag, problems, errors };
}

/** A wijkraad/wijkregisseur cell as MENG.PUNTEN.ORGANISATIEKRACHT reads it: blank or 0 is missing, else ja/nee. */
function presence(cell: CellValue, key: "council" | "director"): boolean {
  if (isBlankCell(cell ?? null) || cell === 0) throw messages.vitality.missing(vitalityHeader(key), "WAAR of ONWAAR");
  const value = readYesNo(cell);
  if (value === null) throw messages.vitality.badPresence(vitalityHeader(key), cell);
  return value;
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
