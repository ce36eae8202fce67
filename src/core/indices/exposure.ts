/**
 * Exposure (interaction) index of group x to group y (indices.md, segregation across areas; Massey & Denton 1988,
 * exposure dimension; Bell 1954):
 *
 *   xPy = Σ_i (t_ix / T_x)(t_iy / t_i)
 *
 * The share of group y in the area of an average member of x. Range 0..1. Not symmetric: xPy = yPx · P_y / P_x.
 * For every x, xPx + Σ_{y≠x} xPy = 1. With y = x it is the isolation index xPx.
 *
 * Errors: a group x or y that does not occur (no row, or total weight 0) → #N/A "groep komt niet voor". For y this is a
 * choice: 0 would be the arithmetic value, but a y that is not in the data is almost always a typo ("socale huur"), and
 * a silent 0 would hide it. Areas with total weight 0 add nothing.
 *
 * @example
 * // Area A: 3 social rent, 1 owner-occupied; area B: 1 social rent, 3 owner-occupied. T_soc = 4.
 * // soc P koop = (3/4)(1/4) + (1/4)(3/4) = 3/16 + 3/16 = 0.375 (= 1 − isolation 0.625)
 * exposure(["A", "A", "A", "A", "B", "B", "B", "B"],
 *   ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"], "soc", "koop", null) //=> 0.375
 */
import type { Label } from "../labels";
import { tabulate, type Contingency } from "./contingency";
import { requireOccurringGroup } from "./dissimilarity";

export function exposure(
  areas: readonly Label[],
  categories: readonly Label[],
  group: string,
  otherGroup: string,
  weights: ArrayLike<number> | null,
): number {
  return exposureOf(tabulate(areas, categories, weights), group, otherGroup);
}

/** xPy of the table, both groups checked to occur. */
export function exposureOf(table: Contingency, group: string, otherGroup: string): number {
  const x = requireOccurringGroup(table, group);
  const y = requireOccurringGroup(table, otherGroup);
  return exposureBetween(table, x, y);
}

/** Σ_i (t_ix / T_x)(t_iy / t_i) for group indices x and y (unchecked: T_x must be > 0). */
export function exposureBetween(table: Contingency, x: number, y: number): number {
  const G = table.groups.length;
  const Tx = table.groupTotals[x];
  let sum = 0;
  for (let i = 0; i < table.areas.length; i++) {
    const ti = table.areaTotals[i];
    if (!(ti > 0)) continue;
    sum += (table.counts[i * G + x] / Tx) * (table.counts[i * G + y] / ti);
  }
  return sum;
}
