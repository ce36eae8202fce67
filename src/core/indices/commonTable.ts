/**
 * The part two snapshots have in common, the table every decomposition of a change in M works on (Elbers 2021,
 * section "units and groups that appear or disappear"): areas and categories present in only one snapshot are set
 * aside, and their effect on M is reported apart as "additions" and "removals".
 *
 * Which areas and categories are common (with weight > 0 in both snapshots):
 *  1. categories with weight in both snapshots;
 *  2. areas that, within those categories, have weight in both snapshots;
 *  3. categories that, within those areas, have weight in both snapshots (step 2 may have removed the only area a
 *     category had).
 * The common table is every combination of a common area and a common category (the full cross product), so a cell
 * may be 0 in one snapshot. Labels match as everywhere in Mengwijzer: case and surrounding spaces do not count.
 *
 * Empty cells and IPF: a fitted table keeps its zeros, and a zero pattern can make the other snapshot's margins
 * impossible to reach. As in Elbers' method, a cell that is 0 gets a tiny positive count for the fitting only: 1e-10,
 * or a thousandth of the smallest positive cell of either snapshot when that is smaller. M of the common table as
 * observed (`observed1`, `observed2`) uses the true zeros.
 */
import { labelKey } from "../labels";
import { messages } from "../messages";
import type { Contingency } from "./contingency";

export const ZERO_FILL = 1e-10;

export interface CommonTable {
  /** Common areas (display label of snapshot 1), by index i. */
  readonly areas: readonly string[];
  /** Common categories (display label of snapshot 1), by index m. */
  readonly groups: readonly string[];
  /** Observed counts of each snapshot on the common table, row-major i * K + m (zeros kept). */
  readonly observed1: Float64Array;
  readonly observed2: Float64Array;
  /** The same with every 0 replaced by `fill`: the seeds of the fitting. */
  readonly filled1: Float64Array;
  readonly filled2: Float64Array;
  readonly fill: number;
}

export function commonTable(first: Contingency, second: Contingency): CommonTable {
  const K1 = first.groups.length;
  const K2 = second.groups.length;
  const groupIn2 = mapByKey(first.groups, second.groups);
  const areaIn2 = mapByKey(first.areas, second.areas);

  // 1. categories with weight in both
  let groups: number[] = [];
  for (let m = 0; m < K1; m++) if (first.groupTotals[m] > 0 && groupIn2[m] >= 0 && second.groupTotals[groupIn2[m]] > 0) groups.push(m);
  if (groups.length === 0) throw messages.change.noCommonGroups();
  // 2. areas with weight in those categories in both
  const hasWeightIn = (table: Contingency, K: number, i: number, ms: readonly number[]) => ms.some((m) => table.counts[i * K + m] > 0);
  const areas: number[] = [];
  for (let i = 0; i < first.areas.length; i++) {
    const j = areaIn2[i];
    if (j < 0) continue;
    if (hasWeightIn(first, K1, i, groups) && hasWeightIn(second, K2, j, groups.map((m) => groupIn2[m]))) areas.push(i);
  }
  if (areas.length === 0) throw messages.change.noCommonAreas();
  // 3. categories with weight in those areas in both
  groups = groups.filter(
    (m) => areas.some((i) => first.counts[i * K1 + m] > 0) && areas.some((i) => second.counts[areaIn2[i] * K2 + groupIn2[m]] > 0),
  );
  if (groups.length === 0) throw messages.change.noCommonGroups();

  const A = areas.length;
  const K = groups.length;
  const observed1 = new Float64Array(A * K);
  const observed2 = new Float64Array(A * K);
  for (let a = 0; a < A; a++) {
    const i = areas[a];
    const j = areaIn2[i];
    for (let g = 0; g < K; g++) {
      const m = groups[g];
      observed1[a * K + g] = first.counts[i * K1 + m];
      observed2[a * K + g] = second.counts[j * K2 + groupIn2[m]];
    }
  }
  const smallest = Math.min(smallestPositive(first.counts), smallestPositive(second.counts));
  const fill = ZERO_FILL > smallest ? smallest / 1000 : ZERO_FILL;
  const withFill = (t: Float64Array) => t.map((x) => (x > 0 ? x : fill));
  return {
    areas: areas.map((i) => first.areas[i]),
    groups: groups.map((m) => first.groups[m]),
    observed1,
    observed2,
    filled1: withFill(observed1),
    filled2: withFill(observed2),
    fill,
  };
}

/** For every label of `from`, its index in `to` (same key), or -1. */
function mapByKey(from: readonly string[], to: readonly string[]): Int32Array {
  const index = new Map<string, number>();
  to.forEach((label, k) => index.set(labelKey(label), k));
  return Int32Array.from(from, (label) => index.get(labelKey(label)) ?? -1);
}

function smallestPositive(values: ArrayLike<number>): number {
  let min = Infinity;
  for (let k = 0; k < values.length; k++) if (values[k] > 0 && values[k] < min) min = values[k];
  return min;
}
