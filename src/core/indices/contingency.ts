/**
 * The contingency table every index starts from (indices.md, notation): t_im = count (or summed weight) of group m
 * in unit i, with the margins t_i, T_m and T. Rows whose area or category is blank are skipped; a weight must be a
 * number ≥ 0 (0 is allowed and simply adds nothing).
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
}

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
  for (let r = 0; r < n; r++) {
    const category = categories[r];
    const area = areas === null ? "" : areas[r];
    if (category === null || area === null) continue;
    if (weights !== null) {
      const w = weights[r];
      if (!(w >= 0) || !Number.isFinite(w)) throw messages.indices.badWeight(r + 1, rawWeight(r));
    }
    rowArea[r] = areaIndex.add(area);
    rowGroup[r] = groupIndex.add(category);
  }
  const A = areaIndex.size;
  const K = groupIndex.size;
  const counts = new Float64Array(A * K);
  for (let r = 0; r < n; r++) {
    const i = rowArea[r];
    if (i < 0) continue;
    counts[i * K + rowGroup[r]] += weights === null ? 1 : weights[r];
  }
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
  return { areas: areaIndex.display, groups: groupIndex.display, areaIndex, groupIndex, counts, areaTotals, groupTotals, total };
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
