/**
 * Shared reading for the random baseline and the bootstrap: both treat the table as individual dwellings (random
 * allocation of dwellings, resampling of dwellings), so every cell must be a whole number. The D they report is D_M
 * over all categories, or, when a group is named, Duncan's D of that group against all other categories (as
 * MENG.DISSIMILARITEIT without a reference group).
 */
import { messages } from "../messages";
import type { Contingency } from "./contingency";
import { observedGroupCount } from "./contingency";
import { requireOccurringGroup } from "./dissimilarity";

/** #VALUE! naming the first cell that is not a whole number. */
export function requireWholeCounts(table: Contingency): void {
  const K = table.groups.length;
  for (let c = 0; c < table.counts.length; c++) {
    const t = table.counts[c];
    if (!Number.isInteger(t)) throw messages.change.notWholeCounts(table.areas[Math.floor(c / K)], table.groups[c % K], t);
  }
}

/** Index of the named group (#N/A when it does not occur), or -1 for D_M; #DIV/0! with fewer than two groups. */
export function dGroupIndex(table: Contingency, group: string | null): number {
  if (observedGroupCount(table) < 2) throw messages.indices.singleCategory();
  return group === null ? -1 : requireOccurringGroup(table, group);
}

/** Row label of D in the spilled blocks. */
export function dLabel(table: Contingency, groupIndex: number): string {
  return groupIndex < 0 ? "D_M (alle categorieën)" : `D (${table.groups[groupIndex]} t.o.v. de rest)`;
}
