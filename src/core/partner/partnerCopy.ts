/**
 * Partner-safe copies of an area report: the tables a corporation may hand to the municipality, and a check of a
 * finished copy.
 *
 * WHITELIST, NOT BLACKLIST. A copy is built only from fields this module names: area, area name, count, count /
 * share / LQ per category, and the indices in ALLOWED_METRICS. Any other field in the input (an "income" or
 * "householdSize" someone put on a row) is left out and listed in `dropped`; a categorisation that is not in
 * ALLOWED_DIMENSIONS (income bands, household sizes, ages) is refused. Never row-level data: one row per area.
 * All values pass through suppressAreaReport (suppression.ts) first.
 *
 * THE CHECK (`checkPartnerCopy`) reads a finished copy as plain cell grids (row 0 of each sheet = headers) and reports:
 *  - unknownColumn:   a header outside the whitelist grammar ("Gebied", "Aantal", "Aantal: <categorie>", ...);
 *  - personalColumn:  a header that names a personal field (inkomen, huishoudgrootte, leeftijd, VHE-nummer, adres,
 *                     huisnummer, postcode), also inside "Aantal: …";
 *  - smallCount:      a count in a count column ("Aantal…") between 1 and k-1;
 *  - personalValue:   a cell equal to a value of the source rows in a personal column. Compared are: every text cell
 *                     (numbers stored as text included) and every number outside the whitelisted aggregate columns,
 *                     against incomes, VHE numbers, postcodes and addresses that contain a digit (a bare street name
 *                     is public and often a buurt name). Numbers in count, share, LQ and index columns are exempt:
 *                     they are aggregates by construction, and small integers (household sizes, ages, house numbers)
 *                     would collide with them by chance; those fields are kept out by the column checks instead.
 */
import { copyLabelRecord } from "../labelRecord";
import type { CellValue } from "../mapping/cells";
import { cellText, isBlankCell, parseNumberText } from "../mapping/cells";
import { PERSONAL_ROLES, type ColumnRole } from "../mapping/columnRoles";
import type { ColumnMapping } from "../mapping/headerDetection";
import { scoreHeader } from "../mapping/headerDetection";
import { partnerMessages, partnerTexts } from "../messages/mapping";
import {
  AREA_METRICS,
  DEFAULT_K,
  checkK,
  suppressAreaReport,
  type AreaMetric,
  type AreaReport,
  type AreaSuppressionOptions,
  type SafeAreaReport,
  type SafeValue,
} from "./suppression";

/** Categorisations a partner copy may use. */
export const ALLOWED_DIMENSIONS: readonly string[] = ["segment", "ownership", "dwellingType", "dwellingKind", "allocationGround"];

/** Area indices a partner copy may carry, with their headers. */
export const ALLOWED_METRICS: Readonly<Record<AreaMetric, string>> = {
  entropy: partnerTexts.entropy,
  simpson: partnerTexts.simpson,
  targetGap: partnerTexts.targetGap,
};

const ALLOWED_ROW_FIELDS = new Set(["area", "name", "count", "categoryCounts", "shares", "lq", "metrics"]);

export interface PartnerSheet {
  name: string;
  /** Row 0 holds the headers. */
  rows: SafeValue[][];
}

export interface PartnerCopy {
  k: number;
  sheets: PartnerSheet[];
  /** Input fields that were left out because they are not on the whitelist. */
  dropped: string[];
  /** The suppressed report the sheets were built from. */
  report: SafeAreaReport;
}

export interface PartnerCopyOptions extends AreaSuppressionOptions {
  includeShares?: boolean;
  includeIndices?: boolean;
}

/** Builds the partner-safe sheets (Aantallen, Aandelen, Indices, Toelichting) from an area report. */
export function buildPartnerCopy(report: AreaReport, options: PartnerCopyOptions = {}): PartnerCopy {
  if (!ALLOWED_DIMENSIONS.includes(report.dimension)) throw partnerMessages.forbiddenDimension(report.dimension);
  const dropped = new Set<string>();
  for (const row of report.rows) {
    for (const key of Object.keys(row)) if (!ALLOWED_ROW_FIELDS.has(key)) dropped.add(key);
    for (const key of Object.keys(row.metrics ?? {})) if (!(AREA_METRICS as readonly string[]).includes(key)) dropped.add(`metrics.${key}`);
  }
  // Re-read only whitelisted fields, so nothing else can reach the copy.
  const clean: AreaReport = {
    unit: report.unit,
    level: report.level,
    dimension: report.dimension,
    categories: [...report.categories],
    rows: report.rows.map((row) => {
      const metrics: Partial<Record<AreaMetric, number>> = {};
      for (const metric of AREA_METRICS) {
        const v = row.metrics?.[metric];
        if (typeof v === "number") metrics[metric] = v;
      }
      return {
        area: row.area,
        ...(row.name !== undefined ? { name: row.name } : {}),
        count: row.count,
        categoryCounts: copyLabelRecord(row.categoryCounts),
        ...(row.shares ? { shares: copyLabelRecord(row.shares) } : {}),
        ...(row.lq ? { lq: copyLabelRecord(row.lq) } : {}),
        metrics,
      };
    }),
  };
  const safe = suppressAreaReport(clean, options);
  const hasNames = safe.rows.some((row) => row.name !== undefined);
  const areaHeaders = hasNames ? [partnerTexts.area, partnerTexts.areaName] : [partnerTexts.area];
  const areaCells = (row: { area: string; name?: string }): SafeValue[] => (hasNames ? [row.area, row.name ?? null] : [row.area]);
  const totalCells = (): SafeValue[] => (hasNames ? [partnerTexts.total, null] : [partnerTexts.total]);
  const cats = safe.categories;

  const sheets: PartnerSheet[] = [];
  sheets.push({
    name: partnerTexts.sheetCounts,
    rows: [
      [...areaHeaders, partnerTexts.count, ...cats.map(partnerTexts.countOf)],
      ...safe.rows.map((row) => [...areaCells(row), row.count, ...cats.map((c) => row.categoryCounts[c])]),
      [...totalCells(), safe.total.count, ...cats.map((c) => safe.total.categoryCounts[c])],
    ],
  });
  if (options.includeShares ?? true) {
    sheets.push({
      name: partnerTexts.sheetShares,
      rows: [
        [...areaHeaders, ...cats.map(partnerTexts.shareOf)],
        ...safe.rows.map((row) => [...areaCells(row), ...cats.map((c) => row.shares[c] ?? null)]),
        [...totalCells(), ...cats.map((c) => safe.total.shares[c])],
      ],
    });
  }
  if (options.includeIndices ?? true) {
    const metrics = AREA_METRICS.filter((m) => safe.rows.some((row) => row.metrics[m] !== undefined));
    const withLq = safe.rows.some((row) => Object.keys(row.lq).length > 0);
    if (metrics.length > 0 || withLq) {
      sheets.push({
        name: partnerTexts.sheetIndices,
        rows: [
          [...areaHeaders, ...metrics.map((m) => ALLOWED_METRICS[m]), ...(withLq ? cats.map(partnerTexts.lqOf) : [])],
          ...safe.rows.map((row) => [
            ...areaCells(row),
            ...metrics.map((m) => row.metrics[m] ?? null),
            ...(withLq ? cats.map((c) => row.lq[c] ?? null) : []),
          ]),
        ],
      });
    }
  }
  sheets.push({
    name: partnerTexts.sheetNotes,
    rows: [[partnerTexts.notesHeader], ...partnerTexts.notes(safe.k, safe.level).map((line) => [line])],
  });
  return { k: safe.k, sheets, dropped: [...dropped], report: safe };
}

/** The copy as plain cell grids, one per sheet (for writing, or for `checkPartnerCopy`). */
export function partnerCopyCells(copy: PartnerCopy): CellValue[][][] {
  return copy.sheets.map((sheet) => sheet.rows.map((row) => row.map((cell) => cell)));
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a finished copy.

type HeaderKind = "text" | "count" | "aggregate";

const EXACT_HEADERS: ReadonlyMap<string, HeaderKind> = new Map<string, HeaderKind>([
  [partnerTexts.area, "text"],
  [partnerTexts.areaName, "text"],
  [partnerTexts.notesHeader, "text"],
  [partnerTexts.count, "count"],
  ...Object.values(ALLOWED_METRICS).map((h): [string, HeaderKind] => [h, "aggregate"]),
]);

const PREFIXED_HEADERS: readonly [string, HeaderKind][] = [
  [partnerTexts.countOf(""), "count"],
  [partnerTexts.shareOf(""), "aggregate"],
  [partnerTexts.lqOf(""), "aggregate"],
];

/** The kind of a whitelisted header, or null when the header is not allowed in a partner copy. */
export function partnerHeaderKind(header: string): HeaderKind | null {
  const exact = EXACT_HEADERS.get(header);
  if (exact) return exact;
  for (const [prefix, kind] of PREFIXED_HEADERS) if (header.startsWith(prefix) && header.length > prefix.length) return kind;
  return null;
}

/** Fields whose source values a copy must not contain. */
export type PersonalField = "householdIncome" | "householdSize" | "age" | "vheNumber" | "address" | "houseNumber" | "postcode";

export type PersonalValues = Partial<Record<PersonalField, readonly CellValue[]>>;

/** Fields compared by value (see the module comment for why the others are checked by column only). */
const VALUE_CHECKED: readonly PersonalField[] = ["householdIncome", "vheNumber", "address", "postcode"];

/** The values of the personal columns of the source rows, by the confirmed mapping. */
export function collectPersonalValues(rows: readonly (readonly CellValue[])[], mapping: ColumnMapping): PersonalValues {
  const values: PersonalValues = {};
  for (const role of PERSONAL_ROLES as readonly PersonalField[]) {
    const assignment = mapping.roles[role];
    if (assignment) values[role] = rows.map((row) => row[assignment.columnIndex]);
  }
  return values;
}

export type FindingKind = "unknownColumn" | "personalColumn" | "smallCount" | "personalValue";

export interface CopyFinding {
  kind: FindingKind;
  /** 0-based sheet, row and column in the checked grids. */
  sheet: number;
  row: number;
  column: number;
  value: CellValue;
  /** The personal field concerned, for personalColumn and personalValue. */
  field?: PersonalField;
}

export interface CopyCheck {
  ok: boolean;
  findings: CopyFinding[];
}

function textKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl-NL");
}

/** Keys under which a value is compared: "n:<number>" for numbers (also as text), "t:<text>" for text. */
function valueKeys(cell: CellValue): string[] {
  if (isBlankCell(cell) || typeof cell === "boolean") return [];
  const keys: string[] = [];
  const n = parseNumberText(cell);
  if (!Number.isNaN(n)) keys.push(`n:${n}`);
  if (typeof cell === "string") keys.push(`t:${textKey(cell)}`);
  else keys.push(`t:${textKey(String(cell))}`);
  return keys;
}

function personalField(header: string): PersonalField | null {
  for (const role of PERSONAL_ROLES) {
    const match = scoreHeader(header, role as ColumnRole);
    if (match && match.confidence >= 0.7) return role as PersonalField;
  }
  return null;
}

/**
 * Checks a finished partner copy (one grid per sheet, row 0 = headers) against the personal values of the source rows
 * and the threshold k. `ok` is true when nothing was found.
 */
export function checkPartnerCopy(sheets: readonly (readonly (readonly CellValue[])[])[], personal: PersonalValues, options: { k?: number } = {}): CopyCheck {
  const k = checkK(options.k ?? DEFAULT_K);
  const personalKeys = new Map<string, PersonalField>();
  for (const field of VALUE_CHECKED) {
    for (const value of personal[field] ?? []) {
      if (field === "address" && !/\d/.test(cellText(value))) continue;
      for (const key of valueKeys(value)) if (!personalKeys.has(key)) personalKeys.set(key, field);
    }
  }
  const findings: CopyFinding[] = [];
  sheets.forEach((grid, sheet) => {
    const headerRow = grid[0] ?? [];
    const kinds: (HeaderKind | null)[] = headerRow.map((cell, column) => {
      const header = cellText(cell);
      if (header === "") return null;
      const kind = partnerHeaderKind(header);
      const field = personalField(header) ?? personalField(header.replace(/^[^:]*:\s*/, ""));
      if (field) findings.push({ kind: "personalColumn", sheet, row: 0, column, value: cell, field });
      else if (!kind) findings.push({ kind: "unknownColumn", sheet, row: 0, column, value: cell });
      return kind;
    });
    grid.forEach((row, r) => {
      row.forEach((cell, column) => {
        if (isBlankCell(cell)) return;
        const kind = kinds[column] ?? null;
        if (r > 0 && kind === "count") {
          const n = parseNumberText(cell);
          if (!Number.isNaN(n) && n >= 1 && n < k) findings.push({ kind: "smallCount", sheet, row: r, column, value: cell });
        }
        const exempt = r > 0 && typeof cell === "number" && (kind === "count" || kind === "aggregate");
        if (exempt) return;
        for (const key of valueKeys(cell)) {
          const field = personalKeys.get(key);
          if (field) {
            findings.push({ kind: "personalValue", sheet, row: r, column, value: cell, field });
            break;
          }
        }
      });
    });
  });
  return { ok: findings.length === 0, findings };
}
