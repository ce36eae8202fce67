/**
 * Index of dissimilarity of two groups a and b over the areas (indices.md, segregation across areas;
 * Duncan & Duncan 1955; Massey & Denton 1988, evenness):
 *
 *   D = ½ Σ_i | t_ia / T_a − t_ib / T_b |
 *
 * When no reference group b is given, b is "all others": t_ib = t_i − t_ia and T_b = T − T_a (this equals the
 * single-group form Σ_i t_i |p_ia − P_a| / (2 T P_a (1 − P_a)) of Massey & Denton). D reads as the share of group a
 * (or of b) that would have to move to another area for both to be spread alike. 0 = spread alike, 1 = never together.
 *
 * Errors: a group that does not occur (no row, or total weight 0) → #N/A "groep komt niet voor", for a and for b.
 * The same group as a and b (ignoring case and spaces) → #VALUE!: D of a group against itself is always 0 and almost
 * certainly a mistake in the formula. Without b, when a is the only group that occurs, "all others" is empty → #DIV/0!.
 *
 * @example
 * // Area A: 3 social rent, 1 owner-occupied; area B: 1 social rent, 3 owner-occupied. T_soc = 4, T_koop = 4.
 * // D = ½ (|3/4 − 1/4| + |1/4 − 3/4|) = ½ (½ + ½) = 0.5
 * dissimilarity(["A", "A", "A", "A", "B", "B", "B", "B"],
 *   ["soc", "soc", "soc", "koop", "soc", "koop", "koop", "koop"], "soc", null, null) //=> 0.5
 */
import { labelKey, type Label } from "../labels";
import { messages } from "../messages";
import { tabulate, type Contingency } from "./contingency";

export function dissimilarity(
  areas: readonly Label[],
  categories: readonly Label[],
  group: string,
  referenceGroup: string | null,
  weights: ArrayLike<number> | null,
): number {
  checkDistinctGroups(group, referenceGroup);
  return dissimilarityOf(tabulate(areas, categories, weights), group, referenceGroup);
}

/** D of `group` against `referenceGroup`, or against all other groups when it is null. */
export function dissimilarityOf(table: Contingency, group: string, referenceGroup: string | null): number {
  checkDistinctGroups(group, referenceGroup);
  const a = requireOccurringGroup(table, group);
  const G = table.groups.length;
  const Ta = table.groupTotals[a];
  let sum = 0;
  if (referenceGroup === null) {
    const Tb = table.total - Ta;
    if (!(Tb > 0)) throw messages.indices.singleCategory();
    for (let i = 0; i < table.areas.length; i++) {
      const tia = table.counts[i * G + a];
      sum += Math.abs(tia / Ta - (table.areaTotals[i] - tia) / Tb);
    }
  } else {
    const b = requireOccurringGroup(table, referenceGroup);
    const Tb = table.groupTotals[b];
    for (let i = 0; i < table.areas.length; i++) {
      sum += Math.abs(table.counts[i * G + a] / Ta - table.counts[i * G + b] / Tb);
    }
  }
  return sum / 2;
}

/**
 * Index m of a group that occurs (total weight > 0); #N/A "groep komt niet voor" otherwise. Shared by D, isolation,
 * exposure and LQ.
 */
export function requireOccurringGroup(table: Contingency, group: string): number {
  const m = table.groupIndex.find(group);
  if (m < 0 || !(table.groupTotals[m] > 0)) throw messages.indices.groupAbsent(group.trim());
  return m;
}

function checkDistinctGroups(group: string, referenceGroup: string | null): void {
  if (referenceGroup !== null && labelKey(group) === labelKey(referenceGroup)) {
    throw messages.indices.sameGroups(group.trim());
  }
}
