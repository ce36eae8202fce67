/**
 * Gap between the composition of one area and a target mix (indices.md, composition of one area):
 *
 *   G = ½ Σ_m |P_m − Q_m|,   P_m = T_m / T,
 *
 * over every category that occurs in the rows or in the target. Q are the target shares; they must sum to 1 (±1e-9).
 * A category absent from the target has Q = 0; a target category absent from the rows has P = 0. The index is the
 * total variation distance between the two mixes, and reads as "the share of dwellings that would have to change
 * category to reach the target" (the same ½ Σ |·| form as Duncan & Duncan's 1955 dissimilarity). 0 = on target.
 *
 * Target rows whose category is blank are skipped. A share must be a number in 0..1 (numbers stored as text are read);
 * a category may appear once in the target (matching ignores case and surrounding spaces).
 *
 * @example
 * // Rows: 3 social rent, 1 owner-occupied → P = (¾, ¼). Target: 50% social, 30% mid rent, 20% owner-occupied.
 * // G = ½ (|¾ − ½| + |0 − 0.3| + |¼ − 0.2|) = ½ (0.25 + 0.3 + 0.05) = 0.3
 * targetGap(["sociale huur", "sociale huur", "koop", "sociale huur"],
 *           ["sociale huur", "middenhuur", "koop"], [0.5, 0.3, 0.2], null) //=> 0.3 (to rounding: 0.30000000000000004)
 */
import { LabelIndex, type Label } from "../labels";
import { messages } from "../messages";
import { tabulate, type Contingency } from "./contingency";

/** A checked target mix: distinct categories (first spelling) and their shares, summing to 1. */
export interface TargetMix {
  readonly categories: readonly string[];
  readonly shares: readonly number[];
}

/** Tolerance on the sum of the target shares (indices.md). */
export const TARGET_SUM_TOLERANCE = 1e-9;

export function targetGap(
  categories: readonly Label[],
  targetCategories: readonly Label[],
  targetShares: ArrayLike<number>,
  weights: ArrayLike<number> | null,
): number {
  const target = readTargetMix(targetCategories, targetShares);
  return targetGapOf(tabulate(null, categories, weights), target);
}

/**
 * Checks a target: equal lengths (#VALUE! naming both sizes), blank categories skipped, each share a number in 0..1
 * (#VALUE! naming the 1-based row; `rawShare(row)` gives the cell as typed for the message), no category twice, and a
 * sum of 1 ± 1e-9.
 */
export function readTargetMix(
  targetCategories: readonly Label[],
  targetShares: ArrayLike<number>,
  rawShare: (row: number) => unknown = (row) => targetShares[row],
): TargetMix {
  if (targetCategories.length !== targetShares.length) {
    throw messages.indices.sizeMismatch("doelcategorieën", targetCategories.length, "doelaandelen", targetShares.length);
  }
  const seen = new LabelIndex();
  const categories: string[] = [];
  const shares: number[] = [];
  let sum = 0;
  for (let r = 0; r < targetCategories.length; r++) {
    const category = targetCategories[r];
    if (category === null) continue;
    const q = targetShares[r];
    if (!(q >= 0 && q <= 1)) throw messages.indices.badTargetShare(r + 1, rawShare(r));
    if (seen.find(category) >= 0) throw messages.indices.duplicateTarget(category.trim());
    seen.add(category);
    categories.push(category.trim());
    shares.push(q);
    sum += q;
  }
  if (!(Math.abs(sum - 1) <= TARGET_SUM_TOLERANCE)) throw messages.indices.targetSharesNotOne(sum);
  return { categories, shares };
}

/** G of the whole table's composition against a checked target. */
export function targetGapOf(table: Contingency, target: TargetMix): number {
  const matched = new Uint8Array(table.groups.length);
  let gap = 0;
  for (let k = 0; k < target.categories.length; k++) {
    const m = table.groupIndex.find(target.categories[k]);
    const p = m < 0 ? 0 : table.groupTotals[m] / table.total;
    if (m >= 0) matched[m] = 1;
    gap += Math.abs(p - target.shares[k]);
  }
  for (let m = 0; m < table.groups.length; m++) {
    if (!matched[m]) gap += table.groupTotals[m] / table.total;
  }
  return gap / 2;
}
