/**
 * Which column holds which role. Per header and role, in order:
 *  1. exact alias after normalisation (normalize.ts) → confidence 1;
 *  2. token rules (e.g. a token from {buurt, bu} and one from {code, nr, id}) → the rule's confidence, minus 0.05 per
 *     word the rule does not explain (at most 0.2); a header with an excluded word ("Streefhuur" for kale huur,
 *     "Wijknaam" for wijkcode, "Huurtoeslag" for huur) never matches that role by rule;
 *  3. the data of the column, when sample rows are given: values that fit the role (≥ 80% of filled cells) add 0.05,
 *     or lift an area-code role to 0.9; values that do not fit (< 50%) halve the confidence;
 *  4. fallback from the data alone: a column whose values look like BU + 8 characters is the buurtcode, WK + 6 the
 *     wijkcode, GM + 4 digits the gemeente (rules.md §8), at confidence 0.9, whatever its header says.
 * Then one column per role and no column twice: candidates are taken greedily, highest confidence first (alias before
 * rule before data on ties, then the leftmost column). Candidates under `minConfidence` (0.4) are not used.
 *
 * The result is a plain object (no Map, no class) so it can go to the task pane as it is and be shown for the user to
 * confirm or correct (`assignRole`).
 */
import { isAreaCode } from "../readers/areaCode";
import type { CellValue } from "./cells";
import { cellText, isBlankCell, parseNumberText } from "./cells";
import {
  ALL_ROLES,
  ROLE_DEFINITIONS,
  rolesFor,
  roleLabel,
  type ColumnRole,
  type SheetKind,
  type ValueKind,
} from "./columnRoles";
import { normalizeHeader } from "./normalize";
import { mappingTexts } from "../messages/mapping";

export type MatchSource = "alias" | "tokens" | "data" | "user" | "stored";

export interface RoleAssignment {
  /** 0-based index among the table's columns. */
  columnIndex: number;
  header: string;
  /** 0..1, rounded to two decimals. */
  confidence: number;
  /** Dutch explanation for the task pane. */
  reason: string;
  source: MatchSource;
  /** Other columns that could also hold this role (not used by any role), best first. */
  alternatives: number[];
}

export interface UnmappedColumn {
  columnIndex: number;
  header: string;
}

export interface ColumnMapping {
  kind: SheetKind;
  headers: string[];
  roles: Partial<Record<ColumnRole, RoleAssignment>>;
  /** Columns with a header that no role uses. */
  unmapped: UnmappedColumn[];
  /** Roles of this kind that no column holds. */
  missing: ColumnRole[];
}

export interface HeaderMatch {
  confidence: number;
  source: "alias" | "tokens";
  reason: string;
}

export interface DetectOptions {
  /** Candidates below this confidence are not used (default 0.4). */
  minConfidence?: number;
}

const SOURCE_RANK: Record<MatchSource, number> = { user: 0, stored: 1, alias: 2, tokens: 3, data: 4 };

/** How well a header names a role, from the header text alone; null when it does not. */
export function scoreHeader(header: string, role: ColumnRole): HeaderMatch | null {
  const normalized = normalizeHeader(header);
  if (normalized.compact === "") return null;
  const definition = ROLE_DEFINITIONS[role];
  const label = definition.label.toLocaleLowerCase("nl-NL");
  if (definition.aliases.has(normalized.compact)) {
    return { confidence: 1, source: "alias", reason: mappingTexts.reasonAlias(normalized.raw, label) };
  }
  const tokens = normalized.tokens;
  if (tokens.some((token) => definition.exclude.has(token))) return null;
  let best: HeaderMatch | null = null;
  for (const rule of definition.rules) {
    const used: string[] = [];
    const ok = rule.all.every((group) => {
      const hit = tokens.find((token) => group.includes(token));
      if (hit !== undefined) used.push(hit);
      return hit !== undefined;
    });
    if (!ok) continue;
    const extra = tokens.filter((token) => !used.includes(token)).length;
    const confidence = rule.confidence - Math.min(0.2, 0.05 * extra);
    if (best === null || confidence > best.confidence) {
      best = { confidence, source: "tokens", reason: mappingTexts.reasonTokens(normalized.raw, label, used) };
    }
  }
  return best;
}


const BOOLEAN_WORDS = new Set(["ja", "nee", "j", "n", "yes", "no", "y", "true", "false", "waar", "onwaar", "wel", "niet", "1", "0", "x"]);

const DATE_TEXT = /^(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})([ T].*)?$/;

function fits(cell: CellValue, kind: ValueKind): boolean {
  switch (kind.type) {
    case "areaCode":
      return isAreaCode(cell, kind.prefix);
    case "number": {
      const n = parseNumberText(cell);
      return !Number.isNaN(n) && n >= kind.min && n <= kind.max && (!kind.integer || Number.isInteger(n));
    }
    case "date": {
      if (typeof cell === "number") return cell >= 1 && cell <= 80000; // Excel serial dates 1900..2119
      return DATE_TEXT.test(cellText(cell));
    }
    case "boolean":
      return typeof cell === "boolean" || BOOLEAN_WORDS.has(cellText(cell).toLowerCase());
    case "text":
      return true;
  }
}

/** Share of the filled cells that fit the value kind; null for free text or with fewer than 3 filled cells. */
export function valueFit(values: readonly CellValue[], kind: ValueKind): number | null {
  if (kind.type === "text") return null;
  let filled = 0;
  let fitting = 0;
  for (const value of values) {
    if (isBlankCell(value)) continue;
    filled++;
    if (fits(value, kind)) fitting++;
  }
  return filled < 3 ? null : fitting / filled;
}

function expectedText(kind: ValueKind): string {
  if (kind.type === "areaCode") return mappingTexts.expectedValues[kind.prefix];
  if (kind.type === "number" || kind.type === "date" || kind.type === "boolean") return mappingTexts.expectedValues[kind.type];
  return "";
}

interface Candidate {
  role: ColumnRole;
  column: number;
  confidence: number;
  source: MatchSource;
  reason: string;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function columnValues(sample: readonly (readonly CellValue[])[], column: number): CellValue[] {
  return sample.map((row) => row[column]);
}

/** The role an area-code prefix stands for in a sheet of this kind. */
function areaRole(prefix: "GM" | "WK" | "BU", kind: SheetKind): ColumnRole {
  if (prefix === "BU") return "buurtCode";
  if (prefix === "WK") return "wijkCode";
  return kind === "stock" ? "municipalityCode" : "municipality";
}

function candidatesFor(
  headers: readonly string[],
  kind: SheetKind,
  sample: readonly (readonly CellValue[])[],
): Candidate[] {
  const roles = rolesFor(kind);
  const candidates: Candidate[] = [];
  for (let column = 0; column < headers.length; column++) {
    const header = headers[column];
    const values = sample.length > 0 ? columnValues(sample, column) : [];
    for (const role of roles) {
      const match = header === "" ? null : scoreHeader(header, role);
      if (!match) continue;
      let { confidence, reason } = match;
      const kindOfValues = ROLE_DEFINITIONS[role].values;
      const fit = values.length > 0 ? valueFit(values, kindOfValues) : null;
      if (fit !== null) {
        const percent = Math.round(fit * 100);
        if (fit >= 0.8) {
          confidence = kindOfValues.type === "areaCode" ? Math.max(confidence, 0.9) : Math.min(1, confidence + 0.05);
          reason += mappingTexts.valuesFit(percent);
        } else if (fit < 0.5) {
          confidence *= 0.5;
          reason += mappingTexts.valuesDoNotFit(percent, expectedText(kindOfValues));
        }
      }
      candidates.push({ role, column, confidence, source: match.source, reason });
    }
    if (values.length === 0) continue;
    for (const prefix of ["BU", "WK", "GM"] as const) {
      const fit = valueFit(values, { type: "areaCode", prefix });
      if (fit === null || fit < 0.8) continue;
      const role = areaRole(prefix, kind);
      const label = roleLabel(role).toLocaleLowerCase("nl-NL");
      const reason = mappingTexts.reasonData(header || `#${column + 1}`, mappingTexts.expectedValues[prefix], Math.round(fit * 100), label);
      candidates.push({ role, column, confidence: 0.9, source: "data", reason });
    }
  }
  return candidates;
}

/**
 * Maps the columns of a table to the roles of a sheet kind. `headers` are the header cells of the table; `sample` are
 * data rows (same column order) used to check and complete the header matches: pass the first 50 to 200 rows.
 */
export function detectColumns(
  headerCells: readonly CellValue[],
  kind: SheetKind,
  sample: readonly (readonly CellValue[])[] = [],
  options: DetectOptions = {},
): ColumnMapping {
  const minConfidence = options.minConfidence ?? 0.4;
  const headers = headerCells.map(cellText);
  const roleOrder = rolesFor(kind);
  const candidates = candidatesFor(headers, kind, sample).filter((c) => c.confidence >= minConfidence);
  candidates.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.column - b.column ||
      roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role),
  );
  const roles: Partial<Record<ColumnRole, RoleAssignment>> = {};
  const usedColumns = new Set<number>();
  for (const candidate of candidates) {
    if (roles[candidate.role] || usedColumns.has(candidate.column)) continue;
    roles[candidate.role] = {
      columnIndex: candidate.column,
      header: headers[candidate.column],
      confidence: round2(candidate.confidence),
      reason: candidate.reason,
      source: candidate.source,
      alternatives: [],
    };
    usedColumns.add(candidate.column);
  }
  for (const candidate of candidates) {
    const assignment = roles[candidate.role];
    if (!assignment || usedColumns.has(candidate.column)) continue;
    if (!assignment.alternatives.includes(candidate.column)) assignment.alternatives.push(candidate.column);
  }
  return finish(kind, headers, roles);
}

function finish(kind: SheetKind, headers: string[], roles: Partial<Record<ColumnRole, RoleAssignment>>): ColumnMapping {
  const used = new Set(Object.values(roles).map((assignment) => assignment!.columnIndex));
  const ordered: Partial<Record<ColumnRole, RoleAssignment>> = {};
  for (const role of ALL_ROLES) if (roles[role]) ordered[role] = roles[role];
  return {
    kind,
    headers,
    roles: ordered,
    unmapped: headers
      .map((header, columnIndex) => ({ columnIndex, header }))
      .filter((column) => column.header !== "" && !used.has(column.columnIndex)),
    missing: rolesFor(kind).filter((role) => !roles[role]),
  };
}

/**
 * The user's correction: `role` now reads column `columnIndex` (or nothing, with null). A column already used by
 * another role is taken from that role, which becomes missing. Returns a new mapping; the input is not changed.
 */
export function assignRole(mapping: ColumnMapping, role: ColumnRole, columnIndex: number | null): ColumnMapping {
  const roles: Partial<Record<ColumnRole, RoleAssignment>> = {};
  for (const [key, assignment] of Object.entries(mapping.roles) as [ColumnRole, RoleAssignment][]) {
    if (key === role) continue;
    if (columnIndex !== null && assignment.columnIndex === columnIndex) continue;
    roles[key] = { ...assignment, alternatives: assignment.alternatives.filter((c) => c !== columnIndex) };
  }
  if (columnIndex !== null) {
    roles[role] = {
      columnIndex,
      header: mapping.headers[columnIndex] ?? "",
      confidence: 1,
      reason: mappingTexts.userChoice(),
      source: "user",
      alternatives: [],
    };
  }
  return finish(mapping.kind, mapping.headers, roles);
}

/**
 * Guesses whether a table is a housing-stock or an allocations sheet: the kind whose own roles (those the other kind
 * lacks) are found with the larger summed confidence; stock on a tie.
 */
export function detectSheetKind(headerCells: readonly CellValue[], sample: readonly (readonly CellValue[])[] = []): SheetKind {
  const score = (kind: SheetKind): number => {
    const other = rolesFor(kind === "stock" ? "allocations" : "stock");
    const mapping = detectColumns(headerCells, kind, sample);
    let sum = 0;
    for (const [role, assignment] of Object.entries(mapping.roles) as [ColumnRole, RoleAssignment][]) {
      if (!other.includes(role)) sum += assignment.confidence;
    }
    return sum;
  };
  return score("allocations") > score("stock") ? "allocations" : "stock";
}

/** The best role match of a header over all roles (any kind), for telling header rows from data rows. */
export function bestHeaderConfidence(header: string): number {
  let best = 0;
  for (const role of ALL_ROLES) {
    const match = scoreHeader(header, role);
    if (match && match.confidence > best) best = match.confidence;
  }
  return best;
}
