/**
 * Whether a year has the norms that derive a rented dwelling's segment (the huurgrens, which every rented row needs;
 * the point boundaries are optional per year, see segment.ts). Checked once per report, before any row: a year without
 * them would otherwise fail on every rented row and leave only the owner-occupied rows, a report or partner copy that
 * silently shows 100% koop.
 */
import { messages } from "../messages";
import { knownNormYears, resolveNormIfDefined } from "../norms/resolveNorm";

/** Throws #N/A (a Dutch message naming the years that do have norms) when `year` cannot classify rented dwellings. */
export function requireSegmentNorms(year: number): void {
  if (!Number.isInteger(year)) throw messages.norms.badYear("jaar", year);
  const years = knownNormYears();
  if (!years.includes(year) || resolveNormIfDefined("huurgrens", year) === undefined) {
    throw messages.norms.noSegmentNorms(year, years.filter((y) => resolveNormIfDefined("huurgrens", y) !== undefined));
  }
}
