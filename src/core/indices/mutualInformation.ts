/**
 * Mutual information index M (Theil 1972; Mora & Ruiz-Castillo 2011), in nats (indices.md, segregation across areas):
 *
 *   M = Σ_i Σ_m (t_im / T) · ln(p_im / P_m)  =  E − Σ_i (t_i / T) · E_i
 *
 * with p_im = t_im / t_i, P_m = T_m / T, E = −Σ_m P_m ln P_m and E_i = −Σ_m p_im ln p_im; terms with t_im = 0 add 0
 * (0 · ln 0 = 0). M runs from 0 (every area has the composition of the whole) to ln K (every area holds one group).
 * M is additive over nested areas, which is what the scale decomposition (scaleDecomposition.ts) uses.
 *
 * Edge cases: with one category only, M is 0 (well defined, unlike H); an area whose weights are all 0 adds nothing.
 *
 * @example
 * // Two buurten of 4 dwellings: A = 3 social + 1 koop, B = 1 social + 3 koop. P = (½, ½).
 * // M = 2 · (4/8) · [¾ ln(¾ / ½) + ¼ ln(¼ / ½)] = ¾ ln 1.5 + ¼ ln 0.5 = 0.130812035941137...
 * mutualInformation(
 *   ["A", "A", "A", "A", "B", "B", "B", "B"],
 *   ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"],
 *   null,
 * ) //=> 0.13081203594113697
 */
import type { Label } from "../labels";
import { logShareRatio, tabulate, xlnx, type Contingency } from "./contingency";

export function mutualInformation(
  areas: readonly Label[],
  categories: readonly Label[],
  weights: ArrayLike<number> | null,
  rawWeight?: (row: number) => unknown,
): number {
  return mutualInformationOf(tabulate(areas, categories, weights, rawWeight));
}

/** M of a contingency table (areas × groups). Never negative: rounding below 0 is returned as 0. */
export function mutualInformationOf(table: Contingency): number {
  return mutualInformationOfCounts(table.counts, table.areaTotals, table.groupTotals, table.total);
}

/** M from a row-major count matrix and its margins (areas with total 0 and empty cells add nothing). */
export function mutualInformationOfCounts(
  counts: ArrayLike<number>,
  areaTotals: ArrayLike<number>,
  groupTotals: ArrayLike<number>,
  total: number,
): number {
  const K = groupTotals.length;
  let sum = 0;
  for (let i = 0; i < areaTotals.length; i++) {
    const ti = areaTotals[i];
    if (!(ti > 0)) continue;
    const base = i * K;
    for (let m = 0; m < K; m++) {
      const t = counts[base + m];
      if (t > 0) sum += t * logShareRatio(t, ti, groupTotals[m], total);
    }
  }
  return Math.max(0, sum / total);
}

/** Entropy of the whole composition, E = −Σ_m P_m ln P_m (nats, not normalised). */
export function groupEntropy(table: Contingency): number {
  let e = 0;
  for (const tm of table.groupTotals) e -= xlnx(tm / table.total);
  return e;
}
