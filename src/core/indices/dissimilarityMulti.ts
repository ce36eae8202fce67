/**
 * Multigroup dissimilarity index D_M (Reardon & Firebaugh 2002; Sakoda 1981), indices.md:
 *
 *   D_M = Σ_i Σ_m t_i · |p_im − P_m| / (2 · T · I),   I = Σ_m P_m (1 − P_m)
 *
 * The share of dwellings that would have to move to another area to give every area the composition of the whole,
 * relative to the most that could ever have to move. 0 = every area is like the whole; 1 = every area holds one group.
 * With two groups D_M equals Duncan's D. Computed as Σ_i Σ_m |t_im − t_i P_m| / (2 T I), the same sum.
 *
 * Edge case: with one category only I = 0 and D_M is undefined: #DIV/0! (messages.indices.singleCategory).
 *
 * @example
 * // Buurt A = 3 social + 1 koop, buurt B = 1 social + 3 koop. P = (½, ½), I = ½.
 * // Σ = A: |3 − 2| + |1 − 2| = 2, B: 2 → 4;  D_M = 4 / (2 · 8 · ½) = 0.5
 * dissimilarityMulti(
 *   ["A", "A", "A", "A", "B", "B", "B", "B"],
 *   ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"],
 *   null,
 * ) //=> 0.5
 */
import type { Label } from "../labels";
import { messages } from "../messages";
import { observedGroupCount, tabulate, type Contingency } from "./contingency";

export function dissimilarityMulti(
  areas: readonly Label[],
  categories: readonly Label[],
  weights: ArrayLike<number> | null,
  rawWeight?: (row: number) => unknown,
): number {
  return dissimilarityMultiOf(tabulate(areas, categories, weights, rawWeight));
}

/** D_M of a contingency table; #DIV/0! when fewer than two groups have weight. */
export function dissimilarityMultiOf(table: Contingency): number {
  if (observedGroupCount(table) < 2) throw messages.indices.singleCategory();
  const K = table.groups.length;
  const T = table.total;
  const P = Array.from(table.groupTotals, (tm) => tm / T);
  let interaction = 0;
  for (const pm of P) interaction += pm * (1 - pm);
  let sum = 0;
  for (let i = 0; i < table.areaTotals.length; i++) {
    const ti = table.areaTotals[i];
    if (!(ti > 0)) continue;
    const base = i * K;
    for (let m = 0; m < K; m++) sum += Math.abs(table.counts[base + m] - ti * P[m]);
  }
  return Math.min(1, sum / (2 * T * interaction));
}
