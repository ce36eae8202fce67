/**
 * The area × segment table a scenario works on: counts of dwellings t_as per area a and segment s, row-major, with
 * fixed lists of areas and segments (the stock's, plus the new ones a scenario brings: a new-build area or segment).
 * Built from the same contingency table every index starts from (contingency.ts), and turned back into one so D, H
 * and M are computed by the very functions behind MENG.DISSIMILARITEIT, MENG.THEIL and MENG.MUTUELEINFORMATIE.
 */
import { LabelIndex } from "../labels";
import { messages } from "../messages";
import type { Contingency } from "../indices/contingency";

export interface SegmentTable {
  /** Area labels (display form), by index a. */
  readonly areas: readonly string[];
  /** Segment labels (display form), by index s. */
  readonly segments: readonly string[];
  /** t_as, row-major: counts[a * segments.length + s]. */
  readonly counts: Float64Array;
}

/** The stock's table from its contingency table (counts in the user's units). */
export function segmentTableOf(table: Contingency): SegmentTable {
  const counts = table.weightScale === 1 ? Float64Array.from(table.counts) : table.counts.map((x) => x * table.weightScale);
  return { areas: [...table.areas], segments: [...table.groups], counts };
}

/** The same table widened with extra areas and segments (their counts 0); labels already present are not added again. */
export function widenTable(table: SegmentTable, extraAreas: readonly string[], extraSegments: readonly string[]): SegmentTable {
  const areas = [...table.areas];
  const segments = [...table.segments];
  const areaIndex = indexOf(areas);
  const segmentIndex = indexOf(segments);
  for (const a of extraAreas) {
    if (areaIndex.find(a) >= 0) continue;
    areas.push(a);
    areaIndex.add(a);
  }
  for (const s of extraSegments) {
    if (segmentIndex.find(s) >= 0) continue;
    segments.push(s);
    segmentIndex.add(s);
  }
  const K0 = table.segments.length;
  const K = segments.length;
  const counts = new Float64Array(areas.length * K);
  for (let a = 0; a < table.areas.length; a++) for (let s = 0; s < K0; s++) counts[a * K + s] = table.counts[a * K0 + s];
  return { areas, segments, counts };
}

/** A LabelIndex over labels already in order (index k = labels[k]). */
export function indexOf(labels: readonly string[]): LabelIndex {
  const index = new LabelIndex();
  for (const label of labels) index.add(label);
  return index;
}

/**
 * A contingency table over `counts` (same areas and segments), for the index functions. Areas and segments whose
 * count is 0 stay in the table: every index skips them (an empty area adds nothing to D, H or M; a segment with no
 * dwellings adds 0 · ln 0 = 0). #DIV/0! when no dwelling is left at all.
 */
export function contingencyOf(table: SegmentTable, counts: Float64Array = table.counts): Contingency {
  const A = table.areas.length;
  const K = table.segments.length;
  const areaTotals = new Float64Array(A);
  const groupTotals = new Float64Array(K);
  let total = 0;
  for (let a = 0; a < A; a++) {
    for (let s = 0; s < K; s++) {
      const t = counts[a * K + s];
      areaTotals[a] += t;
      groupTotals[s] += t;
    }
    total += areaTotals[a];
  }
  if (!(total > 0)) throw messages.scenario.nothingLeft();
  return {
    areas: table.areas,
    groups: table.segments,
    areaIndex: indexOf(table.areas),
    groupIndex: indexOf(table.segments),
    counts,
    areaTotals,
    groupTotals,
    total,
    weightScale: 1,
  };
}
