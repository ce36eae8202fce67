/**
 * Share of one group in the rows passed: P_m = T_m / T (indices.md, composition of one area).
 *
 * @example
 * // 3 of 4 dwellings are social rent:
 * share(["sociale huur", "koop", "Sociale huur ", "SOCIALE HUUR"], "sociale huur", null) //=> 0.75
 * // A group that does not occur has share 0 (not an error):
 * share(["koop"], "middenhuur", null) //=> 0
 */
import type { Label } from "../labels";
import { tabulate, type Contingency } from "./contingency";

export function share(categories: readonly Label[], group: string, weights: ArrayLike<number> | null): number {
  return shareOf(tabulate(null, categories, weights), group);
}

/** P_m of the whole table, 0 when the group never occurs. */
export function shareOf(table: Contingency, group: string): number {
  const m = table.groupIndex.find(group);
  return m < 0 ? 0 : table.groupTotals[m] / table.total;
}
