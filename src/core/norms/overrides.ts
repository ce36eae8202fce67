/**
 * Checking one user-supplied norm value against what the norm is: a share must lie in 0..1, amounts and points must
 * not be negative. Used when reading the `normen` range, so a typo (92.5 for 92.5%) fails loudly instead of passing.
 */
import { messages } from "../messages";
import type { NormTableEntry } from "./table";

/** A Dutch description of what is wrong with `value` for this norm, or undefined when it is acceptable. */
export function overrideValueProblem(entry: NormTableEntry, value: number): string | undefined {
  if (entry.unit === "fraction" && (value < 0 || value > 1)) return messages.normOverrides.fractionOutOfRange(value);
  if (value < 0) return messages.normOverrides.negative(value);
  return undefined;
}
