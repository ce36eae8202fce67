/**
 * Small-cell suppression for figures that leave the corporation (partner copies for the municipality).
 *
 * PRIMARY SUPPRESSION. Every cell that describes fewer than k dwellings or allocations (1 ≤ count < k; default k = 5,
 * any whole k ≥ 1) is shown as the text "<k" ("<5"). The same holds for every value derived from that group:
 *  - an area with 1..k-1 units is hidden whole: its count, all its category counts, shares, LQ's and indices;
 *  - a category count 1..k-1 in an area hides that count and the share and LQ of that category in that area (a share
 *    times the area count gives the count back);
 *  - a category with 1..k-1 units in the whole report is hidden whole: its total, its count in every area (zeros
 *    included, so a reader cannot tell which areas hold the few units) and its LQ's, which divide by its total;
 *  - a report of 1..k-1 units is hidden entirely.
 * Zeros stay visible: a zero describes nobody. (That "nobody in this buurt has X" is itself information; a corporation
 * that wants to hide it should aggregate to a coarser area or category.)
 *
 * SECONDARY DISCLOSURE. Hiding a cell is not enough when its row or column total is shown: the hidden count is the
 * total minus the visible cells. Example (k = 5):
 *
 *     buurt        sociale huur   koop   totaal
 *     BU…01                  97      3      100     ← "3" hidden as "<5", but 100 − 97 = 3
 *
 * COMPLEMENTARY SUPPRESSION fixes this per relation "cells + total": the table with its margins is a set of relations
 * (each area row with its area total; each category column with its category total; the row of category totals with
 * the grand total; the column of area totals with the grand total). Whenever exactly one member of a relation is
 * hidden, the next-smallest visible member is hidden too (the smallest non-zero cell first, a zero cell only when no
 * non-zero cell is left, the total only when no cell is left); this repeats until no relation has exactly one hidden
 * member, since each new hide may open another relation (it can cascade through rows and columns). The result: no
 * single hidden value equals a visible total minus visible cells.
 *
 * MARKERS. A value hidden because it is small (or derived from a small count) reads "<k". A value hidden only as a
 * complement reads "x" (CBS: "geheim"): it is usually k or more, and "<5" in place of 97 would tell the partner
 * something false. But the markers are information too: "<k" says 1..k-1 (0..k-1 inside a small area, category or
 * report), "x" says 0 or ≥ k. With a row total of 6, a "<5" and an "x" can only be 1 and 5. So beyond "exactly one
 * hidden", every relation is AUDITED: for each hidden member, the values it can take given the markers, the visible
 * members and the total are counted (exact interval arithmetic, `pinned`); when a member has only one possible value,
 * the next-smallest visible member is hidden as well. (k = 2 is the exception nothing can fix: "<2" itself says 1.)
 *
 * What this does NOT guarantee: that no combination of several relations can pin a hidden value down (the audit
 * reads one row or column at a time; an attacker solving the whole table as a linear system may narrow a hidden pair
 * further, and in tiny tables to a point). Area-level indices of a row with any hidden cell are hidden by default for the same reason: entropy, with the
 * area total and the visible counts, is one more equation on the hidden ones. For files that go public, aggregate to
 * coarser areas rather than relying on suppression alone.
 */
import { labelRecord } from "../labelRecord";
import { partnerMessages, partnerTexts } from "../messages/mapping";
import { ZERO, add, countCommon, negate, span, type Span } from "./intervals";

export const DEFAULT_K = 5;

/** The threshold k, checked: a whole number ≥ 1 (default 5). */
export function checkK(k: unknown = DEFAULT_K): number {
  if (typeof k !== "number" || !Number.isInteger(k) || k < 1) throw partnerMessages.badK(k);
  return k;
}

/** The text that replaces a hidden value: "<k". */
export function suppressedText(k: number): string {
  return partnerTexts.suppressed(k);
}

/** The text that replaces a value hidden only to protect another (complementary suppression). */
export function complementText(): string {
  return partnerTexts.complement;
}

/** True when a count describes fewer than k (but at least one) units. */
export function isSmallCount(count: number, k: number): boolean {
  return count >= 1 && count < k;
}

export interface CountTable {
  /** rows × columns of whole counts ≥ 0 (areas × categories). */
  cells: readonly (readonly number[])[];
  /** Number of columns; needed when there are no rows. Defaults to the width of the first row. */
  columns?: number;
}

export interface SuppressionOptions {
  /** Threshold; default 5. */
  k?: number;
  /** Complementary suppression against recovery from totals; default true. Only switch off for internal use. */
  complementary?: boolean;
}

/**
 * Which values of a count table with its margins are hidden. Row totals are the row sums, column totals the column
 * sums, the grand total the sum of all cells.
 */
export interface SuppressionMask {
  k: number;
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  grandTotal: boolean;
  /** Which of the hidden values are hidden because they are small themselves (or belong to a small area, category
   * or report); the other hidden values are complements. */
  primary: { cells: boolean[][]; rowTotals: boolean[]; columnTotals: boolean[]; grandTotal: boolean };
  primaryCount: number;
  /** Values hidden only to protect others (complementary suppression). */
  secondaryCount: number;
}

export interface TableMargins {
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
}

export function tableMargins(table: CountTable): TableMargins {
  const rows = table.cells.length;
  const columns = table.columns ?? (rows > 0 ? table.cells[0].length : 0);
  const rowTotals = table.cells.map((row) => row.reduce((sum, x) => sum + x, 0));
  const columnTotals = new Array<number>(columns).fill(0);
  for (const row of table.cells) for (let j = 0; j < columns; j++) columnTotals[j] += row[j];
  return { rowTotals, columnTotals, grandTotal: rowTotals.reduce((sum, x) => sum + x, 0) };
}

/**
 * Primary and (by default) complementary suppression of a count table. Works on an (R+1) × (C+1) grid whose last row
 * holds the column totals and whose last column the row totals; (R, C) is the grand total.
 */
export function suppressCountTable(table: CountTable, options: SuppressionOptions = {}): SuppressionMask {
  const k = checkK(options.k ?? DEFAULT_K);
  const complementary = options.complementary ?? true;
  const R = table.cells.length;
  const C = table.columns ?? (R > 0 ? table.cells[0].length : 0);
  const margins = tableMargins({ cells: table.cells, columns: C });
  const value = (i: number, j: number): number => {
    if (i < R && j < C) return table.cells[i][j];
    if (i < R) return margins.rowTotals[i];
    if (j < C) return margins.columnTotals[j];
    return margins.grandTotal;
  };
  const hidden: boolean[][] = Array.from({ length: R + 1 }, () => new Array<boolean>(C + 1).fill(false));

  // primary
  const small = (x: number) => isSmallCount(x, k);
  const grandSmall = small(margins.grandTotal);
  // a cell in a small area, a small category or a small report is hidden whatever its value, zeros included
  const wholeLine = (i: number, j: number): boolean =>
    grandSmall || (i < R && small(margins.rowTotals[i])) || (j < C && i < R && small(margins.columnTotals[j]));
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= C; j++) hidden[i][j] = wholeLine(i, j) || small(value(i, j));
  }
  const primaryCount = hidden.reduce((n, row) => n + row.filter(Boolean).length, 0);
  const primary = hidden.map((row) => row.slice());

  // complementary
  let secondaryCount = 0;
  if (complementary) {
    const relations: [number, number][][] = [];
    for (let i = 0; i <= R; i++) {
      const members: [number, number][] = [];
      for (let j = 0; j < C; j++) members.push([i, j]);
      members.push([i, C]); // the total is the last member
      relations.push(members);
    }
    for (let j = 0; j <= C; j++) {
      const members: [number, number][] = [];
      for (let i = 0; i < R; i++) members.push([i, j]);
      members.push([R, j]);
      relations.push(members);
    }
    // What a reader of the copy knows of a hidden value (the rules are public): "<k" is 1..k-1, or 0..k-1 for a cell
    // of an area hidden whole and for anything in a report hidden whole; "x" is 0 or k and more. Nothing exceeds the
    // grand total (the reader may know less; assuming more only makes the audit stricter).
    const G = margins.grandTotal;
    const rangeOf = (i: number, j: number): Span => {
      if (!primary[i][j]) return span([0, 0], [k, G]);
      return span([wholeLine(i, j) && (grandSmall || (i < R && j < C)) ? 0 : 1, k - 1]);
    };
    let changed = true;
    while (changed) {
      changed = false;
      for (const members of relations) {
        if (members.length < 2) continue;
        let hiddenCount = 0;
        for (const [i, j] of members) if (hidden[i][j]) hiddenCount++;
        if (hiddenCount === 0) continue;
        if (hiddenCount > 1 && !pinned(members, hidden, value, rangeOf)) continue;
        const pick = nextToHide(members, hidden, value);
        if (pick === null) continue;
        hidden[pick[0]][pick[1]] = true;
        secondaryCount++;
        changed = true;
      }
    }
  }

  return {
    k,
    cells: hidden.slice(0, R).map((row) => row.slice(0, C)),
    rowTotals: hidden.slice(0, R).map((row) => row[C]),
    columnTotals: hidden[R].slice(0, C),
    grandTotal: hidden[R][C],
    primary: {
      cells: primary.slice(0, R).map((row) => row.slice(0, C)),
      rowTotals: primary.slice(0, R).map((row) => row[C]),
      columnTotals: primary[R].slice(0, C),
      grandTotal: primary[R][C],
    },
    primaryCount,
    secondaryCount,
  };
}

/**
 * True when the relation "cells = total" pins a hidden member to one value, given what a reader knows of every hidden
 * member (`rangeOf`) and the visible ones. Exact per relation (interval arithmetic over whole numbers); relations are
 * not combined with each other.
 */
function pinned(
  members: [number, number][],
  hidden: boolean[][],
  value: (i: number, j: number) => number,
  rangeOf: (i: number, j: number) => Span,
): boolean {
  const [ti, tj] = members[members.length - 1];
  const cells = members.slice(0, -1);
  let known = 0;
  const hiddenCells: Span[] = [];
  for (const [i, j] of cells) {
    if (hidden[i][j]) hiddenCells.push(rangeOf(i, j));
    else known += value(i, j);
  }
  const totalSpan: Span = hidden[ti][tj] ? rangeOf(ti, tj) : [[value(ti, tj), value(ti, tj)]];
  // prefix[m] = sum of hidden cells before m, suffix[m] = sum from m on
  const n = hiddenCells.length;
  const prefix: Span[] = [ZERO];
  for (let m = 0; m < n; m++) prefix.push(add(prefix[m], hiddenCells[m]));
  const suffix: Span[] = new Array<Span>(n + 1);
  suffix[n] = ZERO;
  for (let m = n - 1; m >= 0; m--) suffix[m] = add(suffix[m + 1], hiddenCells[m]);
  const knownSpan: Span = [[known, known]];
  for (let m = 0; m < n; m++) {
    // cell = total − known − the other hidden cells
    const others = add(prefix[m], suffix[m + 1]);
    const target = add(add(totalSpan, negate(knownSpan)), negate(others));
    if (countCommon(hiddenCells[m], target) <= 1) return true;
  }
  if (hidden[ti][tj] && countCommon(totalSpan, add(knownSpan, prefix[n])) <= 1) return true;
  return false;
}

/**
 * The member to hide next: the smallest visible non-zero cell, else the smallest visible cell, else the total;
 * null when everything is hidden already.
 */
function nextToHide(
  members: [number, number][],
  hidden: boolean[][],
  value: (i: number, j: number) => number,
): [number, number] | null {
  const total = members[members.length - 1];
  let best: [number, number] | null = null;
  let bestKey = Infinity;
  for (let m = 0; m < members.length - 1; m++) {
    const [i, j] = members[m];
    if (hidden[i][j]) continue;
    const v = value(i, j);
    const key = v > 0 ? v : Number.MAX_SAFE_INTEGER; // zeros last: hiding a zero protects little
    if (key < bestKey) {
      bestKey = key;
      best = [i, j];
    }
  }
  return best ?? (hidden[total[0]][total[1]] ? null : total);
}

// ---------------------------------------------------------------------------------------------------------------
// Area reports: counts per area and category with the values derived from them.

/** Area-level indices that may travel in a partner copy (all computed from the category counts of the area). */
export type AreaMetric = "entropy" | "simpson" | "targetGap";

export interface AreaReportRow {
  /** Area code or name (buurtcode, wijkcode, complexnummer). */
  area: string;
  /** Optional display name of the area. */
  name?: string;
  /** Units (dwellings or allocations) in the area; must equal the sum of the category counts. */
  count: number;
  categoryCounts: Readonly<Record<string, number>>;
  /** Share of each category in the area (0..1). */
  shares?: Readonly<Record<string, number>>;
  /** Location quotient of each category in the area. */
  lq?: Readonly<Record<string, number>>;
  metrics?: Readonly<Partial<Record<AreaMetric, number>>>;
}

export interface AreaReport {
  /** What is counted, in Dutch plural ("woningen", "toewijzingen"). */
  unit: string;
  /** Area level in Dutch ("buurt", "wijk", "complex"). */
  level: string;
  /** The column role the categories come from ("segment", "allocationGround", ...). */
  dimension: string;
  categories: readonly string[];
  rows: readonly AreaReportRow[];
}

/** A value in a suppressed report: the number, "<k" or "x" when hidden, null when the source had none. */
export type SafeValue = number | string | null;

export interface SafeAreaRow {
  area: string;
  name?: string;
  count: SafeValue;
  categoryCounts: Record<string, SafeValue>;
  shares: Record<string, SafeValue>;
  lq: Record<string, SafeValue>;
  metrics: Partial<Record<AreaMetric, SafeValue>>;
}

export interface SafeAreaReport {
  k: number;
  unit: string;
  level: string;
  dimension: string;
  categories: string[];
  rows: SafeAreaRow[];
  /** The whole report: total count, count and share of each category. */
  total: { count: SafeValue; categoryCounts: Record<string, SafeValue>; shares: Record<string, SafeValue> };
  mask: SuppressionMask;
}

export interface AreaSuppressionOptions extends SuppressionOptions {
  /**
   * Hide an area's indices (entropy, ...) when any of its category counts is hidden (default true): with the area
   * total and the visible counts an index is one more equation on the hidden counts.
   */
  hideMetricsWithHiddenCells?: boolean;
}

export const AREA_METRICS: readonly AreaMetric[] = ["entropy", "simpson", "targetGap"];

function checkReport(report: AreaReport): void {
  const seen = new Set<string>();
  const categories = new Set(report.categories);
  for (const row of report.rows) {
    if (seen.has(row.area)) throw partnerMessages.duplicateArea(row.area);
    seen.add(row.area);
    if (!Number.isInteger(row.count) || row.count < 0) throw partnerMessages.badCount(row.area, row.count);
    let sum = 0;
    for (const [category, count] of Object.entries(row.categoryCounts)) {
      if (!categories.has(category)) throw partnerMessages.unknownCategory(row.area, category);
      if (!Number.isInteger(count) || count < 0) throw partnerMessages.badCount(row.area, count);
      sum += count;
    }
    if (sum !== row.count) throw partnerMessages.countMismatch(row.area, sum, row.count);
  }
}

/** Applies suppression to an area report: every count and every value derived from a hidden count becomes "<k". */
export function suppressAreaReport(report: AreaReport, options: AreaSuppressionOptions = {}): SafeAreaReport {
  checkReport(report);
  const categories = [...report.categories];
  const cells = report.rows.map((row) => categories.map((c) => row.categoryCounts[c] ?? 0));
  const mask = suppressCountTable({ cells, columns: categories.length }, options);
  const k = mask.k;
  const hideMetrics = options.hideMetricsWithHiddenCells ?? true;
  const margins = tableMargins({ cells, columns: categories.length });
  // why a value is hidden: 0 visible, 1 complement ("x"), 2 small or derived from a small count ("<k")
  type Cause = 0 | 1 | 2;
  const cause = (hidden: boolean, primary: boolean): Cause => (primary ? 2 : hidden ? 1 : 0);
  const worst = (...causes: Cause[]): Cause => Math.max(0, ...causes) as Cause;
  const grandCause = cause(mask.grandTotal, mask.primary.grandTotal);
  const columnCause = categories.map((_, j) => worst(cause(mask.columnTotals[j], mask.primary.columnTotals[j]), grandCause));
  const show = (why: Cause, v: number | undefined): SafeValue =>
    why === 2 ? suppressedText(k) : why === 1 ? complementText() : v === undefined ? null : v;

  const rows: SafeAreaRow[] = report.rows.map((row, i) => {
    const totalCause = worst(cause(mask.rowTotals[i], mask.primary.rowTotals[i]), grandCause);
    const cellCauses = categories.map((_, j) => worst(cause(mask.cells[i][j], mask.primary.cells[i][j]), totalCause));
    const categoryCounts = labelRecord<SafeValue>();
    const shares = labelRecord<SafeValue>();
    const lq = labelRecord<SafeValue>();
    categories.forEach((c, j) => {
      categoryCounts[c] = show(cellCauses[j], cells[i][j]);
      if (row.shares) shares[c] = show(cellCauses[j], row.shares[c]);
      // an LQ divides by the category total and the grand total as well
      if (row.lq) lq[c] = show(worst(cellCauses[j], columnCause[j]), row.lq[c]);
    });
    const metricCause = worst(totalCause, ...(hideMetrics ? cellCauses : []));
    const metrics: Partial<Record<AreaMetric, SafeValue>> = {};
    for (const metric of AREA_METRICS) {
      const v = row.metrics?.[metric];
      if (v === undefined) continue;
      metrics[metric] = show(metricCause, v);
    }
    const safe: SafeAreaRow = { area: row.area, count: show(totalCause, row.count), categoryCounts, shares, lq, metrics };
    if (row.name !== undefined) safe.name = row.name;
    return safe;
  });

  const totalCounts = labelRecord<SafeValue>();
  const totalShares = labelRecord<SafeValue>();
  categories.forEach((c, j) => {
    totalCounts[c] = show(columnCause[j], margins.columnTotals[j]);
    totalShares[c] = show(columnCause[j], margins.grandTotal > 0 ? margins.columnTotals[j] / margins.grandTotal : undefined);
  });

  return {
    k,
    unit: report.unit,
    level: report.level,
    dimension: report.dimension,
    categories,
    rows,
    total: { count: show(grandCause, margins.grandTotal), categoryCounts: totalCounts, shares: totalShares },
    mask,
  };
}
