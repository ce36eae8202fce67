/**
 * One random allocation with fixed margins: the T dwellings keep their categories (totals T_m) and are dealt out at
 * random over the areas, each area receiving exactly t_i of them. A seeded Fisher–Yates shuffle of the category of
 * every dwelling, then the first t_1 go to area 1, the next t_2 to area 2, and so on. Every allocation with these
 * margins is equally likely, which is the null model of randomBaseline.ts; drawing many of them and averaging an index
 * estimates its expected value by simulation (the tests compare that with the exact values). Cost O(T) per draw.
 * Counts must be whole numbers.
 */
import type { Random } from "../seededRandom";

/** A random table (row-major areas × groups) with the given whole-number margins (equal sums). */
export function randomAllocation(rand: Random, areaTotals: ArrayLike<number>, groupTotals: ArrayLike<number>): Float64Array {
  const K = groupTotals.length;
  let T = 0;
  for (let m = 0; m < K; m++) T += groupTotals[m];
  const dwellings = new Int32Array(T);
  let k = 0;
  for (let m = 0; m < K; m++) for (let n = 0; n < groupTotals[m]; n++) dwellings[k++] = m;
  for (let j = T - 1; j > 0; j--) {
    const r = Math.floor(rand() * (j + 1));
    const t = dwellings[j];
    dwellings[j] = dwellings[r];
    dwellings[r] = t;
  }
  const counts = new Float64Array(areaTotals.length * K);
  k = 0;
  for (let i = 0; i < areaTotals.length; i++) for (let n = 0; n < areaTotals[i]; n++) counts[i * K + dwellings[k++]]++;
  return counts;
}
