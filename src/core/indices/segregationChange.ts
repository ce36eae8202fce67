/**
 * Change in segregation between two snapshots (e.g. the stock of 2020 and of 2025): M and H of each, their difference,
 * and the difference split into its sources (Elbers 2021) by the Shapley method (default, changeShapley.ts) or the
 * Karmel–Maclachlan method (changeKarmelMaclachlan.ts):
 *
 *   v(B) − v(A) = additions + removals + categories + areas [+ interaction] + structural
 *
 * additions / removals: areas or categories present in one snapshot only; categories: the changed size of the
 * categories (composition of the whole); areas: the changed size of the areas; structural: the remaining change in how
 * categories and areas associate. Each snapshot is read like every other index reads its rows (contingency.ts).
 */
import type { Label } from "../labels";
import { tabulate, type Contingency } from "./contingency";
import { commonTable } from "./commonTable";
import { karmelMaclachlanChange } from "./changeKarmelMaclachlan";
import { shapleyChange, type ChangeDecomposition } from "./changeShapley";
import { tableMH, type MH } from "./tableMH";

export type ChangeMethod = "shapley" | "km";

export interface Snapshot {
  areas: readonly Label[];
  categories: readonly Label[];
  weights: ArrayLike<number> | null;
  rawWeight?: (row: number) => unknown;
}

export function segregationChange(first: Snapshot, second: Snapshot, method: ChangeMethod = "shapley"): ChangeDecomposition {
  const a = tabulate(first.areas, first.categories, first.weights, first.rawWeight);
  const b = tabulate(second.areas, second.categories, second.weights, second.rawWeight);
  return segregationChangeOf(a, b, method);
}

export function segregationChangeOf(a: Contingency, b: Contingency, method: ChangeMethod = "shapley"): ChangeDecomposition {
  const common = commonTable(a, b);
  const whole = (t: Contingency): MH => tableMH(t.counts, t.areas.length, t.groups.length);
  return method === "km" ? karmelMaclachlanChange(whole(a), whole(b), common) : shapleyChange(whole(a), whole(b), common);
}
