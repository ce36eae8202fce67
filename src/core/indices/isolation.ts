/**
 * Isolation index of group x (indices.md, segregation across areas; Massey & Denton 1988, exposure dimension; Bell 1954):
 *
 *   xPx = Σ_i (t_ix / T_x)(t_ix / t_i)
 *
 * The share of group x in the area of an average member of x: the chance that a dwelling next to a member of x
 * (drawn from the same area) is also x. Range P_x..1: P_x when x is spread evenly, 1 when x lives apart.
 * Areas with total weight 0 add nothing. A group that does not occur (no row, or total weight 0) → #N/A.
 *
 * @example
 * // Area A: 3 social rent, 1 owner-occupied; area B: 1 social rent, 3 owner-occupied. T_soc = 4.
 * // xPx = (3/4)(3/4) + (1/4)(1/4) = 9/16 + 1/16 = 0.625
 * isolation(["A", "A", "A", "A", "B", "B", "B", "B"],
 *   ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"], "soc", null) //=> 0.625
 */
import type { Label } from "../labels";
import { tabulate, type Contingency } from "./contingency";
import { requireOccurringGroup } from "./dissimilarity";
import { exposureBetween } from "./exposure";

export function isolation(
  areas: readonly Label[],
  categories: readonly Label[],
  group: string,
  weights: ArrayLike<number> | null,
): number {
  return isolationOf(tabulate(areas, categories, weights), group);
}

/** xPx of the table. */
export function isolationOf(table: Contingency, group: string): number {
  const x = requireOccurringGroup(table, group);
  return exposureBetween(table, x, x);
}
