/**
 * Who can still be housed: how many social-rent dwellings become available per year, from a turnover rate
 * (mutatiegraad: lettings of existing dwellings per year ÷ dwellings), and how many low-income households that is.
 *
 *   lettings per year (area, segment) = rate(segment) × dwellings(area, segment)
 *   low-income households housed fewer per year = (social lettings before − social lettings after) × low-income share
 *
 * The low-income share is the part of social-rent lettings that goes to households with an income under the
 * Woningwet income limit (the DAEB target group, rules.md §2). A negative "fewer" means more households housed.
 *
 * DEFAULTS, used when the workbook has no allocation history and the user gives no value (both can be changed):
 * - Social-rent turnover 7% a year. CBS counted 169,000 (2021), 162,500 (2022) and 161,000 (2023) corporation dwellings
 *   that were re-let to another household (self-contained dwellings, new build included); CBS StatLine 82900NED gives
 *   2,301,737 / 2,305,772 / 2,312,981 corporation-owned rental dwellings on 1 January 2021 / 2022 / 2023. That is
 *   7.3%, 7.0% and 7.0%. Sources: cbs.nl "Vrijgekomen corporatiewoningen 2021" (2024, maatwerk) for 2021; the 2022 and
 *   2023 figures are CBS numbers as reported in the press (blikopnieuws.nl 2025, gemeente.nu 2025): not read on
 *   cbs.nl itself. The rate is national; a corporation's own rate differs by region and dwelling type, which is why
 *   the workbook's own allocation history is preferred.
 * - Low-income share 92.5%: the minimum share of DAEB allocations that must go to the target group (Woningwet,
 *   toewijzingsnorm 2024–2026, rules.md §2; 2024 from secondary sources, 2025–26 no change found). It is a legal floor,
 *   so the estimate of households housed fewer is on the low side where a corporation allocates more to the group.
 */
import { labelKey } from "../labels";
import { messages } from "../messages";

export const DEFAULT_SOCIAL_TURNOVER = 0.07;
export const DEFAULT_LOW_INCOME_SHARE = 0.925;
export const TURNOVER_SOURCE =
  "standaard 7% per jaar: CBS, vrijgekomen corporatiewoningen 2021–2023 (161.000–169.000 per jaar) gedeeld door de corporatievoorraad (StatLine 82900NED, circa 2,3 miljoen)";
export const LOW_INCOME_SOURCE = "standaard 92,5%: de wettelijke ondergrens van toewijzingen aan de doelgroep (Woningwet, toewijzingsnorm 2024–2026)";

/** Turnover rate per segment (keyed by labelKey); a segment without a rate has no lettings figure. */
export type TurnoverRates = ReadonlyMap<string, number>;

/** Rates from segment → rate pairs, each checked to be a share in 0..1 (#VALUE! naming the segment otherwise). */
export function turnoverRates(pairs: Iterable<readonly [string, number]>): TurnoverRates {
  const rates = new Map<string, number>();
  for (const [segment, rate] of pairs) {
    if (!(rate >= 0 && rate <= 1)) throw messages.scenario.badRate(segment, rate);
    rates.set(labelKey(segment), rate);
  }
  return rates;
}

/** A share in 0..1, or #VALUE! naming the setting. */
export function checkShare(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw messages.scenario.badShare(name, value);
  return value;
}

export interface HistoryRate {
  /** Lettings per year ÷ dwellings; null when there are no dwellings or no lettings. */
  rate: number | null;
  /** The calendar years counted, ascending, with their number of lettings. */
  years: { year: number; lettings: number }[];
  /** Mean lettings per year over those years. */
  lettingsPerYear: number;
}

/**
 * A segment's turnover rate from the workbook's allocation history: the mean number of lettings per calendar year over
 * the years in the history, divided by the segment's dwellings in the stock now. `excludeYears` leaves out years the
 * caller knows to be incomplete (for example the current year).
 *
 * @example
 * // 2022: 70 lettings, 2023: 80 → 75 a year; 1,000 social-rent dwellings → 0.075
 * turnoverFromHistory(new Map([[2022, 70], [2023, 80]]), 1000).rate //=> 0.075
 */
export function turnoverFromHistory(lettingsByYear: ReadonlyMap<number, number>, dwellings: number, excludeYears: readonly number[] = []): HistoryRate {
  const years = [...lettingsByYear.entries()]
    .filter(([year]) => !excludeYears.includes(year))
    .sort((a, b) => a[0] - b[0])
    .map(([year, lettings]) => ({ year, lettings }));
  const total = years.reduce((sum, y) => sum + y.lettings, 0);
  const lettingsPerYear = years.length > 0 ? total / years.length : 0;
  const rate = dwellings > 0 && lettingsPerYear > 0 ? lettingsPerYear / dwellings : null;
  return { rate, years, lettingsPerYear };
}

export interface HousingEffect {
  /** Social-rent dwellings available per year before the scenario. */
  lettingsBefore: number;
  /** The same after. */
  lettingsAfter: number;
  /** after − before. */
  change: number;
  /** Low-income households that could be housed fewer per year: (before − after) × low-income share. */
  lowIncomeFewer: number;
}

export function housingEffect(lettingsBefore: number, lettingsAfter: number, lowIncomeShare: number): HousingEffect {
  return {
    lettingsBefore,
    lettingsAfter,
    change: lettingsAfter - lettingsBefore,
    lowIncomeFewer: (lettingsBefore - lettingsAfter) * lowIncomeShare,
  };
}
