/**
 * M and H of a bare count table (row-major areas × groups, no labels): the index function the change decompositions
 * evaluate on observed, fitted and rescaled tables. Same formulas as mutualInformation.ts and theil.ts:
 *
 *   M = Σ_i Σ_m (t_im / T) ln(t_im T / (t_i T_m)),   E = −Σ_m P_m ln P_m,   H = M / E
 *
 * H is NaN when E = 0 (one group with weight): the caller reports #DIV/0! for that value.
 */
import { xlnx } from "./contingency";
import { mutualInformationOfCounts } from "./mutualInformation";

export interface MH {
  readonly m: number;
  readonly h: number;
}

export function tableMH(counts: ArrayLike<number>, areaCount: number, groupCount: number): MH {
  const areaTotals = new Float64Array(areaCount);
  const groupTotals = new Float64Array(groupCount);
  let total = 0;
  for (let i = 0; i < areaCount; i++) {
    for (let m = 0; m < groupCount; m++) {
      const t = counts[i * groupCount + m];
      areaTotals[i] += t;
      groupTotals[m] += t;
    }
    total += areaTotals[i];
  }
  const m = mutualInformationOfCounts(counts, areaTotals, groupTotals, total);
  let e = 0;
  for (let g = 0; g < groupCount; g++) e -= xlnx(groupTotals[g] / total);
  return { m, h: e > 0 ? m / e : NaN };
}
