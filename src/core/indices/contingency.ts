/**
 * The contingency table every index starts from (indices.md, notation): t_im = count (or summed weight) of group m
 * in unit i, with the margins t_i, T_m and T. Rows whose area or category is blank are skipped; a weight must be a
 * number ≥ 0 (0 is allowed and simply adds nothing) and at most MAX_WEIGHT (#NUM! above it).
 *
 * Numeric range. MAX_WEIGHT keeps every sum far from overflowing (a million rows of 1e15 is 1e21), which is what made
 * SHARE 0 and SIMPSON 1 with weights of 1e308. When all weights are tiny (below 2^-400, e.g. subnormals such as
 * 5e-324) they are scaled up by a power of two, exact in binary floating point, so sums keep their precision; every
 * index is a ratio of these sums, so the scale cancels, and the counts a user sees (BY_AREA's count) are multiplied
 * back by `weightScale`. Products of small margins that would still underflow are avoided where they occur
 * (logShareRatio in M and SCALE). A positive weight more than ~10^289 times smaller than the total gives #NUM!: its
 * share would not be a normal double and the indices would be rounding noise.
 */
import { LabelIndex, type Label } from "../labels";
import { messages } from "../messages";

export interface Contingency {
  /** Area labels by index i (first spelling seen). One pseudo-area "" when no areas were passed. */
  readonly areas: readonly string[];
  /** Group labels by index m, including groups whose total weight is 0. */
  readonly groups: readonly string[];
  readonly areaIndex: LabelIndex;
  readonly groupIndex: LabelIndex;
  /** t_im, row-major: counts[i * groups.length + m]. */
  readonly counts: Float64Array;
  /** t_i */
  readonly areaTotals: Float64Array;
  /** T_m */
  readonly groupTotals: Float64Array;
  /** T */
  readonly total: number;
  /** What one unit of counts/areaTotals/groupTotals/total weighs in the user's weights (a power of two; 1 without weights). */
  readonly weightScale: number;
}

/**
 * The largest weight accepted: 10^15. No count of dwellings, households or persons comes near it; a bigger number in
 * the weight column is a mistake (an amount in cents, an id), and with it sums of many rows would lose their units.
 */
export const MAX_WEIGHT = 1e15;

/** Below this largest weight (2^-400) the weights are rescaled before summing, so subnormal sums keep their precision. */
const TINY_WEIGHT = 2 ** -400;

/**
 * Builds the table in one pass. `areas` may be null (one area: the whole range). `weights` may be null (each row
 * counts 1); an invalid weight is NaN and is reported with its 1-based row, `rawWeight(i)` giving the cell as typed.
 */
export function tabulate(
  areas: readonly Label[] | null,
  categories: readonly Label[],
  weights: ArrayLike<number> | null,
  rawWeight: (row: number) => unknown = (row) => weights?.[row],
): Contingency {
  // One place for the size check every index needs (indices.md: #VALUE! naming both sizes).
  if (areas !== null && areas.length !== categories.length) {
    throw messages.indices.sizeMismatch("gebieden", areas.length, "categorieën", categories.length);
  }
  const areaIndex = new LabelIndex();
  const groupIndex = new LabelIndex();
  const n = categories.length;
  const rowArea = new Int32Array(n).fill(-1);
  const rowGroup = new Int32Array(n);
  let largest = 0;
  for (let r = 0; r < n; r++) {
    const category = categories[r];
    const area = areas === null ? "" : areas[r];
    if (category === null || area === null) continue;
    if (weights !== null) {
      const w = weights[r];
      if (!(w >= 0) || !Number.isFinite(w)) throw messages.indices.badWeight(r + 1, rawWeight(r));
      if (w > MAX_WEIGHT) throw messages.indices.weightTooLarge(r + 1, w, MAX_WEIGHT);
      if (w > largest) largest = w;
    }
    rowArea[r] = areaIndex.add(area);
    rowGroup[r] = groupIndex.add(category);
  }
  const A = areaIndex.size;
  const K = groupIndex.size;
  const counts = new Float64Array(A * K);
  // Only vanishingly small weights are rescaled (to 2^-e, the power of two just above the largest): ordinary weights,
  // whole counts included, stay exactly as typed, so everything that reads the counts sees the user's numbers.
  const e = weights === null || !(largest > 0) || largest >= TINY_WEIGHT ? 0 : Math.floor(Math.log2(largest)) + 1;
  // 2^-e in two factors: for a subnormal largest weight (e = -1073) 2^1073 alone would overflow.
  const half = Math.trunc(-e / 2);
  const up1 = 2 ** half;
  const up2 = 2 ** (-e - half);
  for (let r = 0; r < n; r++) {
    const i = rowArea[r];
    if (i < 0) continue;
    // Multiplying by a power of two is exact (no rounding) unless the result underflows.
    counts[i * K + rowGroup[r]] += weights === null ? 1 : weights[r] * up1 * up2;
  }
  const weightScale = 2 ** e;
  const areaTotals = new Float64Array(A);
  const groupTotals = new Float64Array(K);
  let total = 0;
  for (let i = 0; i < A; i++) {
    for (let m = 0; m < K; m++) {
      const t = counts[i * K + m];
      areaTotals[i] += t;
      groupTotals[m] += t;
    }
    total += areaTotals[i];
  }
  if (!(total > 0)) throw messages.indices.noUsableRows();
  if (weights !== null) {
    // A weight so much smaller than the total that its share is no normal double would make the indices noise.
    const floor = total * 2 ** -960;
    for (let r = 0; r < n; r++) {
      if (rowArea[r] < 0) continue;
      const w = weights[r] * up1 * up2;
      if (w > 0 && w < floor) throw messages.indices.weightsTooFarApart(r + 1);
    }
  }
  return { areas: areaIndex.display, groups: groupIndex.display, areaIndex, groupIndex, counts, areaTotals, groupTotals, total, weightScale };
}

/** Number of groups with total weight > 0: the default K of the entropy (indices.md). */
export function observedGroupCount(table: Contingency): number {
  let k = 0;
  for (const t of table.groupTotals) if (t > 0) k++;
  return k;
}

/** `x · ln x` with the convention 0 · ln 0 = 0. */
export function xlnx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/**
 * ln((a · d) / (b · c)) for positive a ≤ b and c ≤ d (a cell against its area, a group against the total, as in the
 * mutual information). For ordinary counts the two products; when one of them would underflow (weights near 1e-300),
 * the ratio of the two shares; when even a share underflows, the logarithms one by one.
 */
export function logShareRatio(a: number, b: number, c: number, d: number): number {
  // Ordinary counts: one division of two products, exactly as M was always computed.
  const num = a * d;
  const den = b * c;
  if (num > 1e-290 && den > 1e-290 && num < Infinity && den < Infinity) return Math.log(num / den);
  const ratio = a / b / (c / d);
  if (ratio > 0 && Number.isFinite(ratio)) return Math.log(ratio);
  return Math.log(a) - Math.log(b) - Math.log(c) + Math.log(d);
}
