/**
 * Gini–Simpson diversity of the composition of one area (indices.md, composition of one area; Simpson 1949, as used
 * for segregation by Reardon & Firebaugh 2002, "interaction index"):
 *
 *   S = 1 − Σ_m P_m²,   P_m = T_m / T.
 *
 * The chance that two dwellings drawn at random (with replacement) differ in category. Range 0..1 − 1/K with K the
 * number of observed categories: 0 = one category only.
 *
 * @example
 * // 2 social rent, 1 mid rent, 1 owner-occupied: P = (½, ¼, ¼)
 * // S = 1 − (¼ + 1/16 + 1/16) = 1 − 3/8 = 0.625
 * simpson(["sociale huur", "middenhuur", "koop", "Sociale huur"], null) //=> 0.625
 */
import type { Label } from "../labels";
import { tabulate, type Contingency } from "./contingency";

export function simpson(categories: readonly Label[], weights: ArrayLike<number> | null): number {
  return simpsonOf(tabulate(null, categories, weights));
}

/** S of the whole table's composition (its group totals). */
export function simpsonOf(table: Contingency): number {
  return giniSimpson(table.groupTotals, table.total);
}

/** 1 − Σ (c/total)² over the counts of one composition (usable per area); NaN when total is 0. */
export function giniSimpson(counts: ArrayLike<number>, total: number): number {
  if (!(total > 0)) return NaN;
  let sumSquares = 0;
  for (let m = 0; m < counts.length; m++) {
    const p = counts[m] / total;
    sumSquares += p * p;
  }
  return 1 - sumSquares;
}
