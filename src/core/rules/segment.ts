/**
 * The market segment of one dwelling: koop, sociale huur, middenhuur or vrije sector huur, by the year's norms.
 *
 * - Owner-occupied → "koop" (no rent, points or year needed).
 * - With WWS points (for a year that has point boundaries): the points decide, after rounding the total to whole points
 *   (half up): ≤ wws sociaal max punten → sociale huur; ≤ wws midden max punten → middenhuur; above → vrije sector huur.
 *   The rent is then not used.
 * - Without points: the kale huur (in whole cents) ≤ liberalisatiegrens → sociale huur; ≤ middenhuur maximale huur →
 *   middenhuur; above → vrije sector huur.
 * - A year the table knows but without point boundaries or a middenhuur limit (2023, before the Wet betaalbare huur):
 *   rent only, split at the liberalisatiegrens into sociale huur and vrije sector huur; points alone give #VALUE!.
 * - 2024: the table holds the situation from 1 July 2024 (Wet betaalbare huur), for points and middenhuur alike.
 */
import { messages } from "../messages";
import { resolveNorm, resolveNormIfDefined, type NormOverride } from "../norms/resolveNorm";
import { toCents } from "./money";
import type { Tenure } from "./tenure";

export type Segment = "sociale huur" | "middenhuur" | "vrije sector huur" | "koop";

export interface SegmentInput {
  /** Kale huur per month; undefined when not given. */
  rent?: number;
  /** WWS points; undefined when not given. */
  points?: number;
  /** null/undefined: not given (treated as rented). */
  tenure?: Tenure | null;
  /** Calendar year of the norms; required for rented dwellings. */
  year?: number;
  overrides?: readonly NormOverride[] | null;
}

/** WWS point totals are whole numbers; a fractional total is rounded half up before comparing. */
export function roundPoints(points: number): number {
  return Math.floor(points + 0.5);
}

export function classifySegment(input: SegmentInput): Segment {
  const { rent, points, tenure, year, overrides } = input;
  if (rent !== undefined && rent < 0) throw messages.norms.negativeAmount("kale_huur", rent);
  if (points !== undefined && points < 0) throw messages.norms.negativeAmount("wws_punten", points);
  if (tenure === "koop") return "koop";
  if (year === undefined) throw messages.norms.yearRequired("jaar");

  if (points !== undefined) {
    const socialMax = resolveNormIfDefined("wws sociaal max punten", year, overrides);
    const middleMax = resolveNormIfDefined("wws midden max punten", year, overrides);
    if (socialMax && middleMax) {
      const whole = roundPoints(points);
      if (whole <= socialMax.value) return "sociale huur";
      if (whole <= middleMax.value) return "middenhuur";
      return "vrije sector huur";
    }
    if (rent === undefined) throw messages.norms.pointsNotInYear(year);
  }

  if (rent === undefined) throw messages.norms.rentOrPointsRequired();
  const amount = toCents(rent);
  if (amount <= resolveNorm("liberalisatiegrens", year, overrides).value) return "sociale huur";
  const middleRentMax = resolveNormIfDefined("middenhuur maximale huur", year, overrides);
  if (middleRentMax && amount <= middleRentMax.value) return "middenhuur";
  return "vrije sector huur";
}
