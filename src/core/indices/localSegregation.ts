/**
 * Local segregation scores (Theil 1972; Mora & Ruiz-Castillo 2011; Elbers 2021): how far each area's composition is
 * from the whole, and how much of M it carries.
 *
 *   L_i = Σ_m p_m|i · ln(p_m|i / P_m)      p_m|i = t_im / t_i,  P_m = T_m / T      (0 · ln 0 = 0)
 *   p_i = t_i / T
 *   M   = Σ_i p_i · L_i
 *
 * L_i is the Kullback–Leibler divergence of area i's composition from the whole: 0 when the area looks like the whole,
 * ln(1 / P_m) when it holds group m only. p_i · L_i is area i's part of M; the parts add up to M exactly, so
 * p_i · L_i / M is the share of the city's segregation that sits in area i.
 *
 * Order: areas sorted by compareLabels (as MENG.PERGEBIED); areas whose weight is 0 get no row.
 *
 * @example
 * // Buurt A = 3 soc + 1 koop, buurt B = 1 soc + 3 koop (P = ½, ½).
 * // L_A = ¾ ln(¾ / ½) + ¼ ln(¼ / ½) = 0.130812035941137, and L_B the same; p_A = p_B = ½;
 * // p_A · L_A = 0.0654060179705685 and M = 0.130812035941137.
 * localSegregation(["A", "A", "A", "A", "B", "B", "B", "B"], ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"], null)
 * //=> [ { area: "A", count: 4, share: 0.5, score: 0.1308..., contribution: 0.0654... }, { area: "B", ... } ]
 */
import type { Label } from "../labels";
import { compareLabels } from "./byArea";
import { tabulate, type Contingency } from "./contingency";

export interface LocalScore {
  readonly area: string;
  /** t_i */
  readonly count: number;
  /** p_i = t_i / T */
  readonly share: number;
  /** L_i */
  readonly score: number;
  /** p_i · L_i */
  readonly contribution: number;
}

export function localSegregation(
  areas: readonly Label[],
  categories: readonly Label[],
  weights: ArrayLike<number> | null,
  rawWeight?: (row: number) => unknown,
): LocalScore[] {
  const table = tabulate(areas, categories, weights, rawWeight);
  const scores = localScoresOf(table);
  const rows: LocalScore[] = [];
  for (let i = 0; i < table.areas.length; i++) {
    const ti = table.areaTotals[i];
    if (!(ti > 0)) continue;
    rows.push({ area: table.areas[i], count: ti, share: ti / table.total, score: scores[i], contribution: (ti / table.total) * scores[i] });
  }
  return rows.sort((a, b) => compareLabels(a.area, b.area));
}

/** L_i of every area of a table, by area index (0 for an area of weight 0). */
export function localScoresOf(table: Contingency): Float64Array {
  return localScoresOfCounts(table.counts, table.areaTotals, table.groupTotals, table.total);
}

/** L_i from a row-major count matrix and its margins. Never below 0 (rounding is clipped). */
export function localScoresOfCounts(
  counts: ArrayLike<number>,
  areaTotals: ArrayLike<number>,
  groupTotals: ArrayLike<number>,
  total: number,
): Float64Array {
  const K = groupTotals.length;
  const out = new Float64Array(areaTotals.length);
  for (let i = 0; i < areaTotals.length; i++) {
    const ti = areaTotals[i];
    if (!(ti > 0)) continue;
    let sum = 0;
    for (let m = 0; m < K; m++) {
      const t = counts[i * K + m];
      if (t > 0) sum += t * Math.log((t * total) / (ti * groupTotals[m]));
    }
    out[i] = Math.max(0, sum / ti);
  }
  return out;
}
