/**
 * Karmel–Maclachlan decomposition of a change in segregation (Karmel & Maclachlan 1988; in the form Elbers 2021 gives
 * it, with areas and categories in one snapshot only set apart as in changeShapley.ts). Unlike the Shapley method it
 * goes one way only: snapshot A is adjusted towards B, so swapping the snapshots does not just flip the signs.
 *
 * On the common table (commonTable.ts), with v(·) the index (M or H) of a table:
 *
 *   v(A*)      = A fitted by IPF to both margins of B (A's structure, B's margins)
 *   v(A_cat)   = A with every category scaled to B's category total:  t_im · T^B_m / T^A_m   (one step, no IPF)
 *   v(A_area)  = A with every area scaled to B's area total:           t_im · t^B_i / t^A_i
 *
 *   categories  = v(A_cat) − v(A)
 *   areas       = v(A_area) − v(A)
 *   interaction = [v(A*) − v(A)] − categories − areas      (the margins' joint effect beyond their separate ones)
 *   structural  = v(B) − v(A*)
 *
 * plus additions = v(B whole) − v(B common) and removals = v(A common) − v(A whole), so that the six terms add up to
 * the difference exactly. The totals used for scaling are those of the seeds (empty cells at the tiny fill of
 * commonTable.ts), as for the fitted table.
 */
import type { CommonTable } from "./commonTable";
import type { ChangeDecomposition, ChangeTerms } from "./changeShapley";
import { margins } from "./changeShapley";
import { fitMargins } from "./ipf";
import { tableMH, type MH } from "./tableMH";

export function karmelMaclachlanChange(whole1: MH, whole2: MH, common: CommonTable): ChangeDecomposition {
  const A = common.areas.length;
  const K = common.groups.length;
  const a = margins(common.filled1, A, K);
  const b = margins(common.filled2, A, K);
  const v = (t: ArrayLike<number>) => tableMH(t, A, K);
  const observedA = v(common.observed1);
  const observedB = v(common.observed2);
  const fitted = v(fitMargins(common.filled1, A, K, b.rows, b.cols));
  const byCategory = new Float64Array(A * K);
  const byArea = new Float64Array(A * K);
  for (let i = 0; i < A; i++) {
    for (let m = 0; m < K; m++) {
      const t = common.filled1[i * K + m];
      // Proportions instead of counts: the same ratios up to the constant T^B / T^A, to which M and H are blind.
      byCategory[i * K + m] = (t * b.cols[m]) / a.cols[m];
      byArea[i * K + m] = (t * b.rows[i]) / a.rows[i];
    }
  }
  const scaledCategories = v(byCategory);
  const scaledAreas = v(byArea);
  const terms = (pick: (x: MH) => number): ChangeTerms => {
    const mix = pick(fitted) - pick(observedA);
    const categories = pick(scaledCategories) - pick(observedA);
    const areas = pick(scaledAreas) - pick(observedA);
    return {
      first: pick(whole1),
      second: pick(whole2),
      difference: pick(whole2) - pick(whole1),
      additions: pick(whole2) - pick(observedB),
      removals: pick(observedA) - pick(whole1),
      categories,
      areas,
      interaction: mix - categories - areas,
      structural: pick(observedB) - pick(fitted),
    };
  };
  return { m: terms((x) => x.m), h: terms((x) => x.h) };
}
