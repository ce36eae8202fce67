/**
 * Theil's information theory index H (Theil 1972; Reardon & Firebaugh 2002), indices.md:
 *
 *   E = −Σ_m P_m ln P_m,   E_i = −Σ_m p_im ln p_im,   H = Σ_i t_i (E − E_i) / (T · E)  =  M / E
 *
 * H is the share of the diversity of the whole (E) that is lost, on average, inside the areas: 0 when every area has
 * the composition of the whole, 1 when every area holds one group only. Computed as M / E (mutualInformation.ts),
 * which is the same expression rearranged.
 *
 * Edge case: with one category only E = 0 and H is undefined: #DIV/0! (messages.indices.singleCategory).
 *
 * @example
 * // Buurt A = 3 social + 1 koop, buurt B = 1 social + 3 koop. E = ln 2; E_A = E_B = −(¾ ln ¾ + ¼ ln ¼) = 0.562335...
 * // H = (ln 2 − 0.562335) / ln 2 = 0.188721875540867...
 * theil(
 *   ["A", "A", "A", "A", "B", "B", "B", "B"],
 *   ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"],
 *   null,
 * ) //=> 0.18872187554086714
 */
import type { Label } from "../labels";
import { messages } from "../messages";
import { observedGroupCount, tabulate, type Contingency } from "./contingency";
import { groupEntropy, mutualInformationOf } from "./mutualInformation";

export function theil(
  areas: readonly Label[],
  categories: readonly Label[],
  weights: ArrayLike<number> | null,
  rawWeight?: (row: number) => unknown,
): number {
  return theilOf(tabulate(areas, categories, weights, rawWeight));
}

/** H of a contingency table; #DIV/0! when fewer than two groups have weight. */
export function theilOf(table: Contingency): number {
  if (observedGroupCount(table) < 2) throw messages.indices.singleCategory();
  return Math.min(1, mutualInformationOf(table) / groupEntropy(table));
}
