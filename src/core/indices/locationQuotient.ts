/**
 * Location quotient of group m in area i (indices.md, segregation across areas; Isard 1960, as used in
 * pysal/segregation's MultiLocationQuotient):
 *
 *   LQ_im = p_im / P_m = (t_im / t_i) / (T_m / T)
 *
 * How over- or under-represented the group is in the area compared with all areas together: 1 = same share as the
 * whole, 2 = twice the share, 0 = absent from the area. The mean of LQ_im over the areas, weighted by their totals t_i,
 * is 1.
 *
 * Errors: an area that does not occur (no row, or total weight 0) → #N/A; a group that does not occur (no row, or total
 * weight 0) → #N/A "groep komt niet voor" (P_m = 0 leaves nothing to compare with). Treating weight 0 as absence keeps
 * aggregated rows equal to the expanded rows, where such an area or group would have no row at all.
 *
 * @example
 * // Area A: 3 social rent, 1 owner-occupied; area B: 1 social rent, 3 owner-occupied. P_soc = 4/8 = ½.
 * // LQ(A, soc) = (3/4) / (1/2) = 1.5
 * locationQuotient(["A", "A", "A", "A", "B", "B", "B", "B"],
 *   ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"], "A", "soc", null) //=> 1.5
 */
import type { Label } from "../labels";
import { messages } from "../messages";
import { tabulate, type Contingency } from "./contingency";
import { requireOccurringGroup } from "./dissimilarity";

export function locationQuotient(
  areas: readonly Label[],
  categories: readonly Label[],
  area: string,
  group: string,
  weights: ArrayLike<number> | null,
): number {
  return locationQuotientOf(tabulate(areas, categories, weights), area, group);
}

/** LQ of `group` in `area`, both checked (see above). */
export function locationQuotientOf(table: Contingency, area: string, group: string): number {
  const i = table.areaIndex.find(area);
  if (i < 0 || !(table.areaTotals[i] > 0)) throw messages.indices.areaAbsent(area.trim());
  const m = requireOccurringGroup(table, group);
  return locationQuotientAt(table, i, m);
}

/**
 * LQ for area index i and group index m, unchecked (for per-area tables such as BY_AREA): NaN when the area's total or
 * the group's total is 0.
 */
export function locationQuotientAt(table: Contingency, i: number, m: number): number {
  const ti = table.areaTotals[i];
  const Tm = table.groupTotals[m];
  if (!(ti > 0) || !(Tm > 0)) return NaN;
  const lq = (table.counts[i * table.groups.length + m] / ti) / (Tm / table.total);
  // Only when weights differ by more than ~10^300 can the true quotient exceed the largest double: #NUM!, not Infinity.
  if (!Number.isFinite(lq)) throw messages.indices.quotientTooLarge(table.areas[i], table.groups[m]);
  return lq;
}
