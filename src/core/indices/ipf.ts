/**
 * Iterative proportional fitting (Deming & Stephan 1940): scale a table with positive cells until its row and column
 * margins equal given targets, keeping its association structure (all odds ratios) unchanged. The decompositions of
 * a change in segregation (changeShapley.ts, changeKarmelMaclachlan.ts) use it to build "what if" tables: the structure
 * of one snapshot with the margins of the other.
 *
 * One step scales every row i by rowTarget_i / rowSum_i (after it the row margin is exact), the next every column m by
 * colTarget_m / colSum_m; the steps alternate until the margin that was not just fitted is within `tolerance` of its
 * target in every cell of the margin (proportions, absolute). The fitted table is returned as proportions summing to 1.
 *
 * Why a tight tolerance: the marginal and structural terms of a decomposition are differences of M between fitted
 * tables; a loose fit (the R package's default of 1e-3 or 1e-7) moves them in the 4th decimal. We fit until the margins
 * are exact to 1e-14, which is at the level of floating-point rounding of a sum of ~10^4 proportions.
 *
 * The limit does not depend on which margin is fitted first (it is the unique table of the target margins with the
 * odds ratios of the seed), so the order is fixed (columns first) and the result reproducible.
 *
 * When the fitted table has a cell close to 0, IPF crawls (its steps shrink geometrically); after IPF_MAX_STEPS the
 * same fit is finished by Newton's method (marginFitNewton.ts), which reaches the same table in a few dozen steps.
 */
import { newtonFitMargins } from "./marginFitNewton";

export const IPF_TOLERANCE = 1e-14;
/** Row and column steps together; a table without near-empty fitted cells needs a few dozen to a few hundred. */
export const IPF_MAX_STEPS = 2_000;

/**
 * Fits `seed` (row-major rows × cols, all cells > 0) to the margins `rowTarget` and `colTarget` (proportions, each
 * summing to 1). Returns a new table of proportions. Throws #NUM! when the fit does not converge.
 */
export function fitMargins(
  seed: ArrayLike<number>,
  rows: number,
  cols: number,
  rowTarget: ArrayLike<number>,
  colTarget: ArrayLike<number>,
  tolerance = IPF_TOLERANCE,
): Float64Array {
  const p = new Float64Array(rows * cols);
  let total = 0;
  for (let c = 0; c < p.length; c++) total += seed[c];
  for (let c = 0; c < p.length; c++) p[c] = seed[c] / total;
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  for (let step = 0; step < IPF_MAX_STEPS; step++) {
    if (step % 2 === 0) {
      // Fit the columns, then measure the rows.
      colSums(p, rows, cols, colSum);
      for (let m = 0; m < cols; m++) colSum[m] = colTarget[m] / colSum[m];
      rowSum.fill(0);
      for (let i = 0; i < rows; i++) {
        const base = i * cols;
        let s = 0;
        for (let m = 0; m < cols; m++) s += p[base + m] *= colSum[m];
        rowSum[i] = s;
      }
      if (maxGap(rowSum, rowTarget) <= tolerance) return p;
    } else {
      // Fit the rows, then measure the columns.
      rowSums(p, rows, cols, rowSum);
      colSum.fill(0);
      for (let i = 0; i < rows; i++) {
        const f = rowTarget[i] / rowSum[i];
        const base = i * cols;
        for (let m = 0; m < cols; m++) colSum[m] += p[base + m] *= f;
      }
      if (maxGap(colSum, colTarget) <= tolerance) return p;
    }
  }
  return newtonFitMargins(seed, rows, cols, rowTarget, colTarget, tolerance);
}

function rowSums(p: Float64Array, rows: number, cols: number, out: Float64Array): void {
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const base = i * cols;
    for (let m = 0; m < cols; m++) s += p[base + m];
    out[i] = s;
  }
}

function colSums(p: Float64Array, rows: number, cols: number, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let m = 0; m < cols; m++) out[m] += p[base + m];
  }
}

function maxGap(actual: ArrayLike<number>, target: ArrayLike<number>): number {
  let gap = 0;
  for (let k = 0; k < actual.length; k++) {
    const d = Math.abs(actual[k] - target[k]);
    if (Number.isNaN(d)) return Infinity; // never "converged" on NaN
    if (d > gap) gap = d;
  }
  return gap;
}
