/**
 * The same fit as IPF (ipf.ts), solved by Newton's method, for the tables where IPF crawls: when the fitted table has
 * a cell close to 0 (a cell that was empty in the seed, at the tiny fill of commonTable.ts, and must stay almost
 * empty), IPF's steps shrink geometrically and it needs millions of them.
 *
 * The fitted table has the form p_im = s_im · a_i · b_m (seed s times a row and a column factor). For given column
 * factors the row factors follow in one step (fit the rows), so only β_m = ln b_m is unknown. Writing
 * w_im(β) = s_im e^{β_m} / Σ_n s_in e^{β_n} (row i's composition after fitting the rows), β minimises the convex
 *
 *   f(β) = Σ_i r_i ln Σ_m s_im e^{β_m} − Σ_m c_m β_m        (r, c = row and column targets)
 *
 * whose gradient g_m = Σ_i r_i w_im − c_m is exactly the column gap IPF measures, and whose Hessian is
 * H_mn = Σ_i r_i (w_im δ_mn − w_im w_in). f is unchanged by adding a constant to every β, so β_K stays 0 and the
 * Newton system is (K − 1) × (K − 1): cost O(rows · K²) per step, and a few dozen steps (quadratic convergence near the
 * solution, a halving line search before it). Result: p_im = r_i w_im, row margins exact, column gap ≤ tolerance.
 */
import { messages } from "../messages";

const MAX_NEWTON_STEPS = 500;

export function newtonFitMargins(
  seed: ArrayLike<number>,
  rows: number,
  cols: number,
  rowTarget: ArrayLike<number>,
  colTarget: ArrayLike<number>,
  tolerance: number,
): Float64Array {
  const logSeed = Float64Array.from({ length: rows * cols }, (_, c) => Math.log(seed[c]));
  const w = new Float64Array(rows * cols);
  let beta = new Float64Array(cols);
  const k = cols - 1;
  // f and the row compositions w at beta
  const evaluate = (b: Float64Array): number => {
    let f = 0;
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      let max = -Infinity;
      for (let m = 0; m < cols; m++) max = Math.max(max, logSeed[base + m] + b[m]);
      let s = 0;
      for (let m = 0; m < cols; m++) s += w[base + m] = Math.exp(logSeed[base + m] + b[m] - max);
      for (let m = 0; m < cols; m++) w[base + m] /= s;
      f += rowTarget[i] * (max + Math.log(s));
    }
    for (let m = 0; m < cols; m++) f -= colTarget[m] * b[m];
    return f;
  };
  const gradient = (): Float64Array => {
    const g = new Float64Array(cols);
    for (let i = 0; i < rows; i++) for (let m = 0; m < cols; m++) g[m] += rowTarget[i] * w[i * cols + m];
    for (let m = 0; m < cols; m++) g[m] -= colTarget[m];
    return g;
  };
  let f = evaluate(beta);
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const g = gradient();
    let gap = 0;
    for (let m = 0; m < cols; m++) gap = Math.max(gap, Math.abs(g[m]));
    if (gap <= tolerance) {
      const p = new Float64Array(rows * cols);
      for (let i = 0; i < rows; i++) for (let m = 0; m < cols; m++) p[i * cols + m] = rowTarget[i] * w[i * cols + m];
      return p;
    }
    // Hessian on the first K − 1 coordinates
    const H = new Float64Array(k * k);
    for (let i = 0; i < rows; i++) {
      const r = rowTarget[i];
      const base = i * cols;
      for (let m = 0; m < k; m++) {
        const wm = w[base + m];
        H[m * k + m] += r * wm;
        for (let n = 0; n < k; n++) H[m * k + n] -= r * wm * w[base + n];
      }
    }
    const d = solve(H, Float64Array.from({ length: k }, (_, m) => -g[m]), k);
    let slope = 0;
    for (let m = 0; m < k; m++) slope += g[m] * d[m];
    let t = 1;
    let accepted = false;
    for (let halving = 0; halving < 60; halving++) {
      const next = new Float64Array(cols);
      for (let m = 0; m < k; m++) next[m] = beta[m] + t * d[m];
      const fNext = evaluate(next);
      // Armijo, or (near the optimum, where f no longer resolves the gain) any step that does not raise f beyond rounding
      if (fNext <= f + 1e-4 * t * slope || fNext <= f + 1e-15 * Math.max(1, Math.abs(f))) {
        beta = next;
        f = fNext;
        accepted = true;
        break;
      }
      t /= 2;
    }
    if (!accepted) break;
  }
  throw messages.change.noConvergence();
}

/** Solves A x = b (n × n, symmetric positive definite up to rounding) by Gaussian elimination with partial pivoting. */
function solve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(A);
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]) > Math.abs(a[pivot * n + col])) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) [a[col * n + c], a[pivot * n + c]] = [a[pivot * n + c], a[col * n + c]];
      [x[col], x[pivot]] = [x[pivot], x[col]];
    }
    const diag = a[col * n + col];
    if (diag === 0) continue;
    for (let r = col + 1; r < n; r++) {
      const factor = a[r * n + col] / diag;
      if (factor === 0) continue;
      for (let c = col; c < n; c++) a[r * n + c] -= factor * a[col * n + c];
      x[r] -= factor * x[col];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r];
    for (let c = r + 1; c < n; c++) s -= a[r * n + c] * x[c];
    const diag = a[r * n + r];
    x[r] = diag === 0 ? 0 : s / diag;
  }
  return x;
}
