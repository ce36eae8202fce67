/**
 * The market segment of one dwelling: koop, sociale huur, middenhuur or vrije sector huur, by the year's norms
 * (Wet betaalbare huur, in force 1 July 2024; Rijksoverheid's definitions of the segments).
 *
 * The rent comes first, because the segment of a real dwelling is what it is let for:
 * - Owner-occupied → "koop" (no rent, points or year needed).
 * - Kale huur (in whole cents) ≤ huurgrens → "sociale huur", whatever the points. Corporation dwellings often have
 *   more than 143 points at a social rent; they are DAEB and count as social rent.
 * - Above the huurgrens, with WWS points (rounded half up to whole points) in a year with point boundaries:
 *   ≥ 187 points → vrije sector huur; 144–186 points → middenhuur, unless the rent is above the middenhuur maximum
 *   (then vrije sector huur); ≤ 143 points → classified by the rent bands below, with a signal: for a contract from
 *   1 July 2024 such a rent is above the legal maximum for the points.
 * - Above the huurgrens without points: ≤ middenhuur maximale huur → middenhuur; above → vrije sector huur.
 * - Points without a rent: ≤ 143 points → sociale huur (the legal maximum rent at those points is at most the
 *   huurgrens); more points → #VALUE! (the rent decides whether it is let as social rent).
 * - A year without point boundaries or middenhuur (2023, before the Wet betaalbare huur): the rent alone, split at the
 *   huurgrens into sociale huur and vrije sector huur; points are not used, and points alone give #VALUE!.
 * - 2024: the table holds the situation from 1 July 2024, for points and middenhuur alike.
 */
import { messages } from "../messages";
import { resolveNorm, resolveNormIfDefined, type NormOverride } from "../norms/resolveNorm";
import { toCents } from "./money";
import type { Tenure } from "./tenure";

export type Segment = "sociale huur" | "middenhuur" | "vrije sector huur" | "koop";

/** Why a classification deserves a second look (shown by MENG.SEGMENT with `toon_signaal`). */
export type SegmentSignal = "punten bij sociale huur" | "huur boven maximum bij punten";

export const SEGMENT_SIGNAL_TEXT: Record<SegmentSignal, string> = {
  "punten bij sociale huur":
    "huur boven de huurgrens bij 143 punten of minder: voor een contract vanaf 1-7-2024 hoger dan de wettelijke maximale huur",
  "huur boven maximum bij punten":
    "huur boven de maximale middenhuur bij 186 punten of minder: voor een contract vanaf 1-7-2024 hoger dan de wettelijke maximale huur",
};

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

export interface SegmentReading {
  segment: Segment;
  signal: SegmentSignal | null;
}

/** WWS point totals are whole numbers; a fractional total is rounded half up before comparing. */
export function roundPoints(points: number): number {
  return Math.floor(points + 0.5);
}

const reading = (segment: Segment, signal: SegmentSignal | null = null): SegmentReading => ({ segment, signal });

export function readSegment(input: SegmentInput): SegmentReading {
  const { rent, points, tenure, year, overrides } = input;
  if (rent !== undefined && rent < 0) throw messages.norms.negativeAmount("kale_huur", rent);
  if (points !== undefined && points < 0) throw messages.norms.negativeAmount("wws_punten", points);
  if (tenure === "koop") return reading("koop");
  if (year === undefined) throw messages.norms.yearRequired("jaar");

  const socialMax = resolveNormIfDefined("wws sociaal max punten", year, overrides);
  const middleMax = resolveNormIfDefined("wws midden max punten", year, overrides);
  const pointBoundaries = socialMax && middleMax ? { social: socialMax.value, middle: middleMax.value } : null;
  const whole = points === undefined ? undefined : roundPoints(points);

  if (rent === undefined) {
    if (whole === undefined) throw messages.norms.rentOrPointsRequired();
    if (!pointBoundaries) throw messages.norms.pointsNotInYear(year);
    if (whole <= pointBoundaries.social) return reading("sociale huur");
    throw messages.norms.rentNeededAbovePoints(whole, pointBoundaries.social);
  }

  const amount = toCents(rent);
  if (amount <= resolveNorm("huurgrens", year, overrides).value) return reading("sociale huur");
  const middleRentMax = resolveNormIfDefined("middenhuur maximale huur", year, overrides);
  const byRent: Segment = middleRentMax && amount <= middleRentMax.value ? "middenhuur" : "vrije sector huur";
  if (whole === undefined || !pointBoundaries) return reading(byRent);
  if (whole > pointBoundaries.middle) return reading("vrije sector huur");
  if (whole > pointBoundaries.social) {
    return byRent === "middenhuur" ? reading("middenhuur") : reading("vrije sector huur", "huur boven maximum bij punten");
  }
  return reading(byRent, "punten bij sociale huur");
}

export function classifySegment(input: SegmentInput): Segment {
  return readSegment(input).segment;
}
