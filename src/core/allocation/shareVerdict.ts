/**
 * The verdict of a minimum-share check (income check, fit check; rules.md §10): the share of judged rows that pass,
 * against the year's norm; share ≥ norm → "binnen norm", else "onder norm". With dates only, rows of several years may
 * be judged together: each year brings its own norm, and the check holds the share against the norms weighted by the
 * number of rows per year (with equal norms, as in 2024–2026, that is simply the norm).
 */
import type { CheckRows } from "./checkRows";
import { describeScope, type ScopeSpec } from "./allocationScope";
import type { JudgedRows } from "./rowsInScope";
import type { YearNorms } from "./yearNorms";

export const WITHIN_NORM = "binnen norm";
export const BELOW_NORM = "onder norm";
export const ABOVE_NORM = "boven norm";
export const NO_ALLOCATIONS = "geen toewijzingen";
/** The verdict cannot be given from the data (e.g. grounds that say "voorrang" without saying which). */
export const NOT_ASSESSABLE = "niet te beoordelen";

export type MinimumVerdict = typeof WITHIN_NORM | typeof BELOW_NORM | typeof NO_ALLOCATIONS;

export interface ShareVerdict {
  /** null when no row was judged. */
  share: number | null;
  /** null when no year was available to choose the norm (dates only, no row judged). */
  norm: number | null;
  /** True when the years judged have different norms and `norm` is their weighted mean. */
  normWeighted: boolean;
  normSource: string | null;
  verdict: MinimumVerdict;
}

/** Margin for comparing a share with a decimal norm: far below the gap between any two shares of realistic counts. */
const SHARE_EPSILON = 1e-12;

export function minimumShareVerdict(
  rows: CheckRows,
  normName: string,
  norms: YearNorms,
  spec: ScopeSpec,
  firstLabelByYear: ReadonlyMap<number, string>,
): ShareVerdict {
  const judged = rows.judged;
  const share = judged === 0 ? null : rows.passing / judged;
  let norm: number | null = null;
  let normSource: string | null = null;
  let normWeighted = false;
  if (spec.year !== undefined) {
    const resolved = norms.get(normName, spec.year);
    norm = resolved.value;
    normSource = resolved.source;
  } else if (judged > 0) {
    const perYear = rows.years.map((year) => ({ year, resolved: norms.get(normName, year, firstLabelByYear.get(year)) }));
    const values = new Set(perYear.map((p) => p.resolved.value));
    normSource = [...new Set(perYear.map((p) => p.resolved.source))].join("; ");
    if (values.size === 1) {
      norm = perYear[0].resolved.value;
    } else {
      normWeighted = true;
      norm = perYear.reduce((sum, p) => sum + p.resolved.value * (rows.byYear.get(p.year)?.judged ?? 0), 0) / judged;
    }
  }
  let verdict: MinimumVerdict = NO_ALLOCATIONS;
  if (share !== null && norm !== null) verdict = share >= norm - SHARE_EPSILON ? WITHIN_NORM : BELOW_NORM;
  return { share, norm, normWeighted, normSource, verdict };
}

/** A limit the check applied, for display: its value when one year was given, null when it differs per row's year. */
export interface AppliedLimit {
  name: string;
  value: number | null;
}

/** What the income and fit checks return. */
export interface AllocationCheckResult extends ShareVerdict {
  rows: CheckRows;
  limits: AppliedLimit[];
  overrideUsed: boolean;
  yearText: string | number;
}

/** The limits of one year (when `jaar` is given), or null values when each row's own year decides. */
export function appliedLimits(names: readonly string[], norms: YearNorms, year: number | undefined): AppliedLimit[] {
  return names.map((name) => ({ name, value: year === undefined ? null : norms.get(name, year).value }));
}

/** The result of a minimum-share check from its judged rows: the verdict against `normName`, and the limits applied. */
export function minimumShareResult(
  judged: JudgedRows,
  normName: string,
  limitNames: readonly string[],
  norms: YearNorms,
  spec: ScopeSpec,
): AllocationCheckResult {
  const { rows, firstLabelByYear } = judged;
  const verdict = minimumShareVerdict(rows, normName, norms, spec, firstLabelByYear);
  const limits = appliedLimits(limitNames, norms, spec.year);
  return { ...verdict, rows, limits, overrideUsed: norms.overrideUsed, yearText: describeScope(spec, rows.years) };
}
