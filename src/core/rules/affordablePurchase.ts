/** Is a purchase price within the year's betaalbaarheidsgrens for new-build owner-occupied dwellings (koopprijsgrens)? */
import { messages } from "../messages";
import { resolveNorm, type NormOverride, type ResolvedNorm } from "../norms/resolveNorm";
import { toCents } from "./money";

export interface AffordablePurchaseResult {
  affordable: boolean;
  limit: ResolvedNorm;
}

/** Price (in whole cents) ≤ koopprijsgrens of `year` → affordable. Negative price → #VALUE!; unknown year → #N/A. */
export function affordablePurchase(price: number, year: number, overrides?: readonly NormOverride[] | null): AffordablePurchaseResult {
  if (price < 0) throw messages.norms.negativeAmount("koopprijs", price);
  const limit = resolveNorm("koopprijsgrens", year, overrides);
  return { affordable: toCents(price) <= limit.value, limit };
}
