/**
 * The figures of one state of the stock (before the scenario, after a year of it, at its end), per area and for the
 * whole stock, with the definitions of indices.md:
 *
 *   share of segment s        p_as = t_as / t_a
 *   normalised entropy        E_a = −Σ_s p_as ln p_as / ln K      (K: segments with dwellings in ANY state of the
 *                                                                   scenario, so before and after are scored alike)
 *   gap to the target         |p_a,soc − Q|                       (½ Σ |P − Q| over the two categories social rent /
 *                                                                   the rest, as in the area report's gap column)
 *   D (social rent vs rest), H, M over the areas: dissimilarity.ts, theil.ts, mutualInformation.ts on this table.
 *   social-rent lettings      rate(sociale huur) × t_a,soc         (turnover.ts)
 *
 * An area without dwellings in a state (all demolished, or a new area before its new build) has count 0 and no shares,
 * entropy or gap (null: an empty cell on the sheet). D, H or M that cannot be computed (no social rent, one segment
 * only) are null with the Dutch reason.
 */
import { isMengError } from "../errors";
import { compareLabels } from "../indices/byArea";
import { dissimilarityOf } from "../indices/dissimilarity";
import { normalisedEntropy } from "../indices/entropy";
import { mutualInformationOf } from "../indices/mutualInformation";
import { theilOf } from "../indices/theil";
import { labelKey } from "../labels";
import { SOCIAL_RENT_SEGMENT } from "./scenarioRows";
import { contingencyOf, type SegmentTable } from "./segmentTable";
import type { TurnoverRates } from "./turnover";

export interface MixFigures {
  /** Dwellings. */
  readonly count: number;
  /** Dwellings per segment, in the order of the table's segments. */
  readonly counts: number[];
  /** Share per segment; null when count is 0. */
  readonly shares: (number | null)[];
  readonly entropy: number | null;
  /** Share of social rent (null when count is 0). */
  readonly socialShare: number | null;
  /** |social share − target|; null when count is 0. */
  readonly gap: number | null;
  /** Lettings per year per segment (rate × dwellings); null for a segment without a rate. */
  readonly lettings: (number | null)[];
  /** Social-rent dwellings available per year (0 without social rent or without its rate). */
  readonly socialLettings: number;
}

export interface AreaFigures extends MixFigures {
  readonly area: string;
}

export interface IndexValue {
  readonly value: number | null;
  readonly error: string | null;
}

export interface StateFigures {
  /** null = before the scenario. */
  readonly year: number | null;
  /** Every area of the scenario (including ones empty in this state), sorted by compareLabels. */
  readonly areas: AreaFigures[];
  readonly total: MixFigures;
  readonly d: IndexValue;
  readonly h: IndexValue;
  readonly m: IndexValue;
}

export interface FigureSettings {
  /** K of the normalised entropy. */
  readonly categoryCount: number;
  readonly targetSocialShare: number;
  readonly turnover: TurnoverRates;
}

/** Number of segments with dwellings in at least one of the states: the K every state's entropy uses. */
export function categoryCountOf(segmentCount: number, states: readonly Float64Array[]): number {
  let k = 0;
  for (let s = 0; s < segmentCount; s++) {
    if (states.some((counts) => hasSegment(counts, segmentCount, s))) k++;
  }
  return k;
}

function hasSegment(counts: Float64Array, K: number, s: number): boolean {
  for (let i = s; i < counts.length; i += K) if (counts[i] > 0) return true;
  return false;
}

export function stateFigures(table: SegmentTable, counts: Float64Array, year: number | null, settings: FigureSettings): StateFigures {
  const K = table.segments.length;
  const social = table.segments.findIndex((s) => labelKey(s) === SOCIAL_RENT_SEGMENT);
  const rates = table.segments.map((s) => settings.turnover.get(labelKey(s)) ?? null);
  const mix = (cells: ArrayLike<number>): MixFigures => {
    const perSegment = Array.from(cells);
    const count = perSegment.reduce((a, b) => a + b, 0);
    const socialCount = social >= 0 ? perSegment[social] : 0;
    const socialShare = count > 0 ? socialCount / count : null;
    const lettings = perSegment.map((x, s) => (rates[s] === null ? null : (rates[s] as number) * x));
    return {
      count,
      counts: perSegment,
      shares: perSegment.map((x) => (count > 0 ? x / count : null)),
      entropy: count > 0 ? normalisedEntropy(perSegment, count, settings.categoryCount) : null,
      socialShare,
      gap: socialShare === null ? null : Math.abs(socialShare - settings.targetSocialShare),
      lettings,
      socialLettings: social >= 0 ? (lettings[social] ?? 0) : 0,
    };
  };
  const order = table.areas.map((_, a) => a).sort((x, y) => compareLabels(table.areas[x], table.areas[y]));
  const areas = order.map((a): AreaFigures => ({ area: table.areas[a], ...mix(counts.subarray(a * K, (a + 1) * K)) }));
  const totals = new Float64Array(K);
  for (let i = 0; i < counts.length; i++) totals[i % K] += counts[i];
  const contingency = contingencyOf(table, counts);
  const index = (compute: () => number): IndexValue => {
    try {
      return { value: compute(), error: null };
    } catch (error) {
      if (!isMengError(error)) throw error; // a bug, not a property of the stock
      return { value: null, error: error.message };
    }
  };
  return {
    year,
    areas,
    total: mix(totals),
    d: index(() => dissimilarityOf(contingency, SOCIAL_RENT_SEGMENT, null)),
    h: index(() => theilOf(contingency)),
    m: index(() => mutualInformationOf(contingency)),
  };
}
