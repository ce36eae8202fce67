/**
 * Composition per area, the table behind MENG.PERGEBIED (indices.md): for every area i its size t_i, the share of
 * every group p_im = t_im / t_i, its normalised entropy and the location quotient of every group:
 *
 *   E_i = −Σ_m p_im ln p_im / ln K      (K = number of groups observed in the WHOLE range, so areas are comparable;
 *                                        K ≤ 1 → 0)
 *   LQ_im = p_im / P_m                   (P_m = T_m / T; 1 = same share as the whole)
 *
 * One pass over the rows (tabulate), then one row per area: O(rows + areas × groups).
 *
 * Decisions where indices.md is silent:
 * - Order: areas and groups are sorted by `compareLabels`: Dutch collation ("nl") with numeric runs compared as numbers
 *   (BU2 before BU10), case differences after letters; equal-collating labels fall back to code-unit order so the
 *   result never depends on the order of the rows.
 * - A row of weight 0 adds nothing, as if it were absent (the "weights equal expanded rows" rule): an area or group
 *   whose total weight is 0 gets no row or column.
 *
 * Entropy and LQ come from entropy.ts (normalisedEntropy) and locationQuotient.ts (locationQuotientAt), so a row
 * equals MENG.ENTROPIE on that area's rows with aantal_categorieën = K, and MENG.LOCATIEQUOTIENT for that area and group.
 *
 * The last two columns are the area's local segregation score and its contribution to M (localSegregation.ts,
 * issue 14): L_i = Σ_m p_im ln(p_im / P_m) = Σ_m p_im ln LQ_im, and p_i · L_i with p_i = t_i / T; the contributions
 * add up to M, so the user sees which areas drive it.
 *
 * @example
 * // Buurt BU10 = 1 soc + 1 koop, buurt BU2 = 2 soc. K = 2, P = (¾ soc, ¼ koop) → groups sorted: koop, soc.
 * // BU2 first (2 < 10): shares (0, 1), entropy 0, LQ koop 0, LQ soc 1/¾ = 1.333...
 * // BU10: shares (½, ½), entropy −2 · ½ ln ½ / ln 2 = 1, LQ koop ½ / ¼ = 2, LQ soc ½ / ¾ = 0.666...
 * byArea(["BU10", "BU2", "BU10", "BU2"], ["soc", "soc", "koop", "soc"], null)
 * // Local scores: L(BU2) = ln(1/¾) = 0.2877, L(BU10) = ½ ln 2 + ½ ln(⅔) = 0.1438; contributions ½ L each.
 * //=> { groups: ["koop", "soc"], rows: [
 * //     { area: "BU2",  count: 2, shares: [0, 1],     entropy: 0, lq: [0, 1.3333333333333333], localScore: 0.2877, contribution: 0.1438 },
 * //     { area: "BU10", count: 2, shares: [0.5, 0.5], entropy: 1, lq: [2, 0.6666666666666666], localScore: 0.1438, contribution: 0.0719 } ] }
 */
import type { Label } from "../labels";
import { tabulate, type Contingency } from "./contingency";
import { normalisedEntropy } from "./entropy";
import { locationQuotientAt } from "./locationQuotient";
import { localScoresOf } from "./localSegregation";

export interface AreaRow {
  readonly area: string;
  /** t_i: number of rows, or the summed weight. */
  readonly count: number;
  /** p_im, in the order of `groups`. */
  readonly shares: number[];
  /** Normalised entropy with the K of the whole range. */
  readonly entropy: number;
  /** LQ_im, in the order of `groups`. */
  readonly lq: number[];
  /** L_i, the local segregation score. */
  readonly localScore: number;
  /** p_i · L_i, the area's part of M. */
  readonly contribution: number;
}

export interface AreaTable {
  /** Groups with weight, sorted by compareLabels. */
  readonly groups: string[];
  /** One row per area with weight, sorted by compareLabels. */
  readonly rows: AreaRow[];
}

const collator = new Intl.Collator("nl", { numeric: true });

/** The documented order of areas and groups: Dutch, numbers as numbers, then code units as a tie-break. */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function byArea(
  areas: readonly Label[],
  categories: readonly Label[],
  weights: ArrayLike<number> | null,
  rawWeight?: (row: number) => unknown,
): AreaTable {
  return byAreaOf(tabulate(areas, categories, weights, rawWeight));
}

export function byAreaOf(table: Contingency): AreaTable {
  const K = table.groups.length;
  const groupOrder = sortedIndices(table.groups, (m) => table.groupTotals[m] > 0);
  const areaOrder = sortedIndices(table.areas, (i) => table.areaTotals[i] > 0);
  const observedK = groupOrder.length;
  const local = localScoresOf(table);
  const rows = areaOrder.map((i): AreaRow => {
    const ti = table.areaTotals[i];
    return {
      area: table.areas[i],
      count: ti * table.weightScale, // in the user's units again (tabulate scales weights)
      shares: groupOrder.map((m) => table.counts[i * K + m] / ti),
      entropy: normalisedEntropy(table.counts.subarray(i * K, (i + 1) * K), ti, observedK),
      lq: groupOrder.map((m) => locationQuotientAt(table, i, m)),
      localScore: local[i],
      contribution: (ti / table.total) * local[i],
    };
  });
  return { groups: groupOrder.map((m) => table.groups[m]), rows };
}

/** Indices of the labels that pass `keep`, sorted by their label. */
function sortedIndices(labels: readonly string[], keep: (index: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < labels.length; k++) if (keep(k)) out.push(k);
  return out.sort((a, b) => compareLabels(labels[a], labels[b]));
}
