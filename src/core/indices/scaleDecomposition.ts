/**
 * Scale decomposition of the mutual information index M (Theil 1972; Mora & Ruiz-Castillo 2011), indices.md:
 *
 *   M(fine) = M(coarse) + Σ_c (t_c / T) · M_c
 *
 * Fine units j (complexes, buurten) nest in coarse units c (wijken). M(coarse) is M of the table aggregated to the
 * coarse units ("between"); M_c is M over the fine units inside c measured against c's own composition, and the
 * weighted sum is the "within" part:
 *
 *   within = Σ_j Σ_m (t_jm / T) · ln(p_jm / P_cm),   p_jm = t_jm / t_j,   P_cm = t_cm / t_c,   c = coarse unit of j
 *
 * All three parts are computed directly from the counts (not one as the difference of the others), so that
 * total = between + within is a check, exact up to rounding.
 *
 * Reading: within share = within / total. A high within share with a small between part means the differences sit
 * at block level (homogeneous complexes or buurten) while the coarse units themselves are mixed.
 *
 * Decisions where indices.md is silent:
 * - M total = 0 (every fine unit has the composition of the whole, which includes the case of one category only):
 *   the parts are 0 and the within share is undefined, reported as `null` (the custom function shows #DIV/0! in that
 *   one cell). A total below 1e-12 nats counts as 0, since it is rounding noise of a sum of logarithms.
 * - A row whose fine area, coarse area or category is blank is skipped. The nesting is checked on every other row,
 *   including rows with weight 0: a fine unit under two coarse units is an input error either way (#VALUE!, naming
 *   the fine unit and both coarse units).
 *
 * @example
 * // Wijk W1: complex a = 2 soc, complex b = 2 koop. Wijk W2: complex c = 1 soc + 1 koop, complex d = 1 soc + 1 koop.
 * // Every wijk is ½ soc, so between = 0. Total: a and b are pure (each ln 2 against P = ½), c and d add 0:
 * // total = (4/8) ln 2 = 0.34657359..., within = (4/8) · M_W1 + (4/8) · M_W2 = ½ · ln 2 + ½ · 0 = 0.34657359...
 * scaleDecomposition(
 *   ["a", "a", "b", "b", "c", "c", "d", "d"],
 *   ["W1", "W1", "W1", "W1", "W2", "W2", "W2", "W2"],
 *   ["soc", "soc", "koop", "koop", "soc", "koop", "soc", "koop"],
 *   null,
 * ) //=> { total: 0.34657359027997264, between: 0, within: 0.34657359027997264, withinShare: 1 }
 */
import { LabelIndex, type Label } from "../labels";
import { messages } from "../messages";
import { logShareRatio, tabulate, type Contingency } from "./contingency";
import { mutualInformationOf, mutualInformationOfCounts } from "./mutualInformation";

export interface ScaleDecomposition {
  /** M over the fine units. */
  readonly total: number;
  /** M over the coarse units (between coarse units). */
  readonly between: number;
  /** Σ_c (t_c / T) · M_c (within coarse units). */
  readonly within: number;
  /** within / total; null when total is 0 (undefined). */
  readonly withinShare: number | null;
}

/** Below this many nats a total M is rounding noise and counts as 0. */
export const ZERO_M = 1e-12;

export function scaleDecomposition(
  fine: readonly Label[],
  coarse: readonly Label[],
  categories: readonly Label[],
  weights: ArrayLike<number> | null,
  rawWeight?: (row: number) => unknown,
): ScaleDecomposition {
  if (fine.length !== coarse.length) throw messages.indices.sizeMismatch("fijne_gebieden", fine.length, "grove_gebieden", coarse.length);
  if (fine.length !== categories.length) throw messages.indices.sizeMismatch("fijne_gebieden", fine.length, "categorieën", categories.length);
  // A row without a coarse area is skipped like a row without a fine area.
  const usableFine = fine.map((label, r) => (coarse[r] === null ? null : label));
  return decomposeNested(tabulate(usableFine, categories, weights, rawWeight), usableFine, coarse, categories);
}

/**
 * The decomposition of `table`, the fine × category table of these rows (rows without a coarse area left out of it),
 * checking on every counted row that each fine unit lies in one coarse unit. Lets a caller that tabulated the fine
 * units already (the area report) reuse that table.
 */
export function decomposeNested(table: Contingency, fine: readonly Label[], coarse: readonly Label[], categories: readonly Label[]): ScaleDecomposition {
  const coarseIndex = new LabelIndex();
  const parent = new Int32Array(table.areas.length).fill(-1);
  for (let r = 0; r < fine.length; r++) {
    const f = fine[r];
    const c = coarse[r];
    if (f === null || c === null || categories[r] === null) continue;
    const j = table.areaIndex.find(f);
    const k = coarseIndex.add(c);
    if (parent[j] === -1) parent[j] = k;
    else if (parent[j] !== k) throw messages.indices.brokenNesting(table.areas[j], coarseIndex.display[parent[j]], coarseIndex.display[k]);
  }
  return decompose(table, parent, coarseIndex.size);
}

/** The decomposition of a fine table whose unit j lies in coarse unit parent[j] (0..coarseCount-1). */
export function decompose(table: Contingency, parent: ArrayLike<number>, coarseCount: number): ScaleDecomposition {
  const K = table.groups.length;
  const T = table.total;
  const coarseCounts = new Float64Array(coarseCount * K);
  const coarseTotals = new Float64Array(coarseCount);
  for (let j = 0; j < table.areas.length; j++) {
    const c = parent[j];
    coarseTotals[c] += table.areaTotals[j];
    for (let m = 0; m < K; m++) coarseCounts[c * K + m] += table.counts[j * K + m];
  }
  const total = mutualInformationOf(table);
  const between = mutualInformationOfCounts(coarseCounts, coarseTotals, table.groupTotals, T);
  let sum = 0;
  for (let j = 0; j < table.areas.length; j++) {
    const tj = table.areaTotals[j];
    if (!(tj > 0)) continue;
    const c = parent[j];
    const tc = coarseTotals[c];
    for (let m = 0; m < K; m++) {
      const t = table.counts[j * K + m];
      if (t > 0) sum += t * logShareRatio(t, tj, coarseCounts[c * K + m], tc);
    }
  }
  const within = Math.max(0, sum / T);
  if (total < ZERO_M) return { total: 0, between: 0, within: 0, withinShare: null };
  return { total, between, within, withinShare: Math.min(1, within / total) };
}
