/**
 * Normalised Shannon entropy of the composition of one area (indices.md, composition of one area; Theil 1972):
 *
 *   E = −Σ_m P_m ln P_m / ln K,   P_m = T_m / T,   0 · ln 0 = 0.
 *
 * K is the number of categories: by default those observed in the range (total weight > 0), or a K the user passes
 * (e.g. 4 segments, so an area where only 2 occur is scored against 4). K ≤ 1 gives 0, as indices.md says, also when
 * the user passes K = 1 while more categories occur. A K from 2 up to fewer than the observed categories is an input
 * error (#VALUE!: the formula would exceed 1), as is a K that is not a whole number ≥ 1.
 * 0 = one category only, 1 = all K categories equally large.
 *
 * @example
 * // 2 social rent, 1 mid rent, 1 owner-occupied: P = (½, ¼, ¼), K = 3 observed
 * // E = −(½ ln ½ + 2 · ¼ ln ¼) / ln 3 = 1.5 ln 2 / ln 3 = 0.9463946303571862
 * entropy(["sociale huur", "middenhuur", "koop", "Sociale huur"], null) //=> 0.9463946303571862
 * // The same area scored against 4 segments: 1.5 ln 2 / ln 4 = 0.75
 * entropy(["sociale huur", "middenhuur", "koop", "Sociale huur"], null, 4) //=> 0.75
 */
import type { Label } from "../labels";
import { messages } from "../messages";
import { observedGroupCount, tabulate, type Contingency } from "./contingency";

export function entropy(categories: readonly Label[], weights: ArrayLike<number> | null, categoryCount?: number): number {
  return entropyOf(tabulate(null, categories, weights), categoryCount);
}

/** E of the whole table's composition (its group totals T_m), with K resolved and checked as described above. */
export function entropyOf(table: Contingency, categoryCount?: number): number {
  const K = resolveCategoryCount(observedGroupCount(table), categoryCount);
  return normalisedEntropy(table.groupTotals, table.total, K);
}

/**
 * The K to normalise by: the observed count when `given` is undefined, else `given` after checking that it is a
 * whole number ≥ 1 (#VALUE! otherwise) and not smaller than the observed count (#VALUE!).
 */
export function resolveCategoryCount(observed: number, given?: number): number {
  if (given === undefined) return observed;
  if (!Number.isInteger(given) || given < 1) throw messages.indices.badCategoryCount(given);
  // indices.md: "K ≤ 1 → 0", whatever occurs; normalisedEntropy returns 0 for it.
  if (given === 1) return given;
  if (given < observed) throw messages.indices.categoryCountTooSmall(given, observed);
  return given;
}

/**
 * −Σ (c/total) ln(c/total) / ln K over the counts c of one composition; 0 when K ≤ 1. Pure and unchecked, so it can be
 * used per area (e.g. `table.counts.subarray(i * G, (i + 1) * G)` with `table.areaTotals[i]` and the K of the whole
 * range, as BY_AREA does). The caller makes sure K is at least the number of counts > 0. A total of 0 gives NaN.
 */
export function normalisedEntropy(counts: ArrayLike<number>, total: number, K: number): number {
  if (K <= 1) return 0;
  if (!(total > 0)) return NaN;
  return shannonEntropy(counts, total) / Math.log(K);
}

/** −Σ (c/total) ln(c/total) in nats (not normalised); NaN when total is 0. */
export function shannonEntropy(counts: ArrayLike<number>, total: number): number {
  if (!(total > 0)) return NaN;
  let h = 0;
  for (let m = 0; m < counts.length; m++) {
    const p = counts[m] / total;
    if (p > 0) h -= p * Math.log(p);
  }
  return h;
}
