/**
 * Shapley decomposition of a change in segregation between two snapshots (Elbers 2021, "A method for studying
 * differences in segregation across time and space", Sociological Methods & Research; Deutsch, Flückiger & Silber
 * 2009). M (or H) of a table depends on three things: the category margin (how large each category is), the area
 * margin (how large each area is) and the structure (how categories and areas associate, the odds ratios). Write
 * v(g, u, s) for the index of the table with category margin g, area margin u and structure s, each taken from
 * snapshot A (first) or B (second). The tables with mixed letters are built by IPF (ipf.ts): the structure of one
 * snapshot fitted to the margins named.
 *
 *   marginal   = ½ [v(BBA) − v(AAA)] + ½ [v(BBB) − v(AAB)]            (both margins change, either structure)
 *   structural = ½ [v(AAB) − v(AAA)] + ½ [v(BBB) − v(BBA)]            (structure changes, either pair of margins)
 *   categories = ¼ [v(BAA) − v(AAA) + v(BBA) − v(ABA) + v(BBB) − v(ABB) + v(BAB) − v(AAB)]
 *   areas      = ¼ [v(ABA) − v(AAA) + v(BBA) − v(BAA) + v(BBB) − v(BAB) + v(ABB) − v(AAB)]
 *
 * categories + areas = marginal, and on the common table (commonTable.ts) marginal + structural = v(BBB) − v(AAA).
 * Areas and categories present in one snapshot only are accounted for apart:
 *
 *   removals  = v(AAA) − v(A)      (v(A) = index of all of snapshot A, v(AAA) = of its common part)
 *   additions = v(B) − v(BBB)
 *
 * so that v(B) − v(A) = additions + removals + categories + areas + structural, exactly. The result is symmetric:
 * swapping the snapshots flips every sign. Elbers defines the method for M; it holds for any index that is a function
 * of the table, and we apply the same eight tables to H = M / E as well (E changes with the category margin only, so
 * for H the category term also carries the change in diversity).
 */
import type { CommonTable } from "./commonTable";
import { fitMargins } from "./ipf";
import { tableMH, type MH } from "./tableMH";

export interface ChangeTerms {
  readonly first: number;
  readonly second: number;
  readonly difference: number;
  readonly additions: number;
  readonly removals: number;
  /** Change in the category margin ("group marginal"). */
  readonly categories: number;
  /** Change in the area margin ("unit marginal"). */
  readonly areas: number;
  /** Karmel–Maclachlan only: what the two margins do together beyond their separate effects. */
  readonly interaction?: number;
  readonly structural: number;
}

export interface ChangeDecomposition {
  readonly m: ChangeTerms;
  readonly h: ChangeTerms;
}

/** Row (area) and column (category) margins of a table, as proportions. */
export function margins(counts: ArrayLike<number>, rows: number, cols: number): { rows: Float64Array; cols: Float64Array } {
  const r = new Float64Array(rows);
  const c = new Float64Array(cols);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    for (let m = 0; m < cols; m++) {
      const t = counts[i * cols + m];
      r[i] += t;
      c[m] += t;
      total += t;
    }
  }
  for (let i = 0; i < rows; i++) r[i] /= total;
  for (let m = 0; m < cols; m++) c[m] /= total;
  return { rows: r, cols: c };
}

/**
 * The decomposition for M and H. `whole1` and `whole2` are M and H of each complete snapshot; `common` their common
 * part.
 */
export function shapleyChange(whole1: MH, whole2: MH, common: CommonTable): ChangeDecomposition {
  const A = common.areas.length;
  const K = common.groups.length;
  const a = margins(common.filled1, A, K);
  const b = margins(common.filled2, A, K);
  const v = (t: ArrayLike<number>) => tableMH(t, A, K);
  // Names: category margin, area margin, structure.
  const AAA = v(common.observed1);
  const BBB = v(common.observed2);
  const BBA = v(fitMargins(common.filled1, A, K, b.rows, b.cols));
  const ABA = v(fitMargins(common.filled1, A, K, b.rows, a.cols));
  const BAA = v(fitMargins(common.filled1, A, K, a.rows, b.cols));
  const AAB = v(fitMargins(common.filled2, A, K, a.rows, a.cols));
  const BAB = v(fitMargins(common.filled2, A, K, a.rows, b.cols));
  const ABB = v(fitMargins(common.filled2, A, K, b.rows, a.cols));
  const terms = (pick: (x: MH) => number): ChangeTerms => {
    const [aaa, bbb, bba, aba, baa, aab, bab, abb] = [AAA, BBB, BBA, ABA, BAA, AAB, BAB, ABB].map(pick);
    return {
      first: pick(whole1),
      second: pick(whole2),
      difference: pick(whole2) - pick(whole1),
      additions: pick(whole2) - bbb,
      removals: aaa - pick(whole1),
      categories: 0.25 * (baa - aaa + (bba - aba) + (bbb - abb) + (bab - aab)),
      areas: 0.25 * (aba - aaa + (bba - baa) + (bbb - bab) + (abb - aab)),
      structural: 0.5 * (aab - aaa) + 0.5 * (bbb - bba),
    };
  };
  return { m: terms((x) => x.m), h: terms((x) => x.h) };
}
