/**
 * The partner copy's vitality sheet (issue 16): per area the latest year's three points, score and oordeel and the
 * change since the year before. These are judgements about an area, not about people or dwellings, so nothing is
 * suppressed; the inputs behind them (the nuisance measure and its thresholds, the user's own remarks) stay home.
 */
import type { SafeValue } from "../partner/suppression";
import type { AreaVitality } from "../vitality/vitalitySummary";

export const VITALITY_PARTNER_SHEET = "Vitaliteit";

const HEADERS = ["Gebied", "Niveau", "Jaar", "Punten leefbaarheid", "Punten organisatiekracht", "Punten veerkracht", "Vitaliteitsscore", "Oordeel", "Vorig jaar", "Verandering", "Status"];

/** This sheet's headers for the partner check: text, or numbers that are not counts of people ("aggregate"). */
export const VITALITY_PARTNER_HEADERS: ReadonlyMap<string, "text" | "aggregate"> = new Map([
  ["Niveau", "text"],
  ["Punten leefbaarheid", "aggregate"],
  ["Punten organisatiekracht", "aggregate"],
  ["Punten veerkracht", "aggregate"],
  ["Vitaliteitsscore", "aggregate"],
  ["Vorig jaar", "aggregate"],
  ["Verandering", "aggregate"],
]);

export function vitalityPartnerRows(areas: readonly AreaVitality[]): SafeValue[][] {
  return [
    HEADERS,
    ...areas.map((a) => {
      const o = a.latest.outcome;
      return [a.area, a.level, a.latest.record.year, o.livability, o.organisation, o.resilience, o.score, o.flag, a.previous?.record.year ?? null, a.change, a.status || null];
    }),
  ];
}

export function vitalityPartnerReadme(threshold: number): string[] {
  return [
    `Per gebied het laatste jaar: de drie factoren (1–3 punten, 3 = meeste zorg), de score en het oordeel (drempel ${threshold}).`,
    "Verandering: de score min die van het jaar ervoor. De punten volgen uit de eigen uitwerking van Mengwijzer.",
    "Er staan geen gegevens over personen of afzonderlijke woningen in.",
  ];
}
