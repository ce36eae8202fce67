/**
 * The norms a check uses, looked up per year through resolveNorm (built-in table, or the user's `normen` overrides) and
 * remembered, so a check can report whether any value came from the `normen` range. When the year comes from a row's
 * own date, a year without norms is reported with that row, so the user knows where to look.
 */
import { isMengError } from "../errors";
import { messages } from "../messages";
import { resolveNorm, type NormOverride, type ResolvedNorm } from "../norms/resolveNorm";

export class YearNorms {
  private readonly cache = new Map<string, ResolvedNorm>();
  overrideUsed = false;

  constructor(private readonly overrides: readonly NormOverride[] | null | undefined) {}

  /** The norm for `year`; `rowLabel` names the row whose date chose the year (omit when the user gave `jaar`). */
  get(name: string, year: number, rowLabel?: string): ResolvedNorm {
    const key = `${name}|${year}`;
    let norm = this.cache.get(key);
    if (!norm) {
      try {
        norm = resolveNorm(name, year, this.overrides);
      } catch (error) {
        if (rowLabel !== undefined && isMengError(error) && error.code === "#N/A") {
          throw messages.allocation.noNormsForYear(year, rowLabel, error.message);
        }
        throw error;
      }
      this.cache.set(key, norm);
    }
    if (norm.overridden) this.overrideUsed = true;
    return norm;
  }
}
