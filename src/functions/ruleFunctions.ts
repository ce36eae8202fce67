/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/**
 * Custom functions for legal norms and segments (rules.md §1–4, §9). Thin wrappers: coerce what Excel passes, call the
 * pure core (src/core/norms, src/core/rules), and let `excelFunction` turn failures into Excel errors. They read only
 * their arguments; the optional `normen` range overrides built-in norms (an override wins for its own name and year).
 */
import { describeCertainty, resolveNorm } from "../core/norms/resolveNorm";
import { affordablePurchase } from "../core/rules/affordablePurchase";
import { readSegment, SEGMENT_SIGNAL_TEXT } from "../core/rules/segment";
import { parseTenure } from "../core/rules/tenure";
import { messages } from "../core/messages";
import { excelFunction } from "./excelErrors";
import {
  toNormOverrides,
  toOptionalAmountArg,
  toOptionalNumber,
  toOptionalRuleYear,
  toOptionalSwitch,
  toRequiredRuleYear,
  toRequiredText,
  toTenureCell,
  toValueLookup,
} from "./coerce";

/**
 * De waarde van een wettelijke norm in een kalenderjaar, bijvoorbeeld de huurgrens van 2025.
 * @customfunction NORM NORM
 * @param naam Naam van de norm, bijvoorbeeld "huurgrens" of "aftoppingsgrens laag" (zie de lijst in de naslag).
 * @param jaar Kalenderjaar, bijvoorbeeld 2025.
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @returns De waarde van de norm (bedrag, aandeel of aantal punten).
 */
export function norm(naam: any, jaar: any, normen?: any[][]): number {
  return normImpl(naam, jaar, normen);
}
const normImpl = excelFunction(["naam", "jaar", "normen"], (name: unknown, year: unknown, overrides: unknown): number => {
  const text = toRequiredText(name, "naam");
  const y = toRequiredRuleYear(year, "jaar");
  return resolveNorm(text, y, toNormOverrides(overrides)).value;
});

/**
 * Segment van een woning: sociale huur, middenhuur, vrije sector huur of koop. De huur gaat voor: tot en met de huurgrens is het sociale huur, ook bij meer dan 143 punten.
 * @customfunction SEGMENT SEGMENT
 * @param kale_huur Kale huur per maand in euro's; mag leeg zijn bij een koopwoning of bij 143 punten of minder.
 * @param [wws_punten] Optioneel: WWS-punten; boven de huurgrens bepalen ze middenhuur (144-186) of vrije sector (187+).
 * @param [eigendom] Optioneel: "koop", "eigendom", "verkocht" enz. geeft koop; leeg of "huur" is een huurwoning.
 * @param [jaar] Kalenderjaar van de normen, bijvoorbeeld 2025; nodig voor huurwoningen.
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @param [toon_signaal] Optioneel: WAAR geeft in plaats van het segment het signaal (leeg als er geen is), voor een tweede kolom naast het segment; bijvoorbeeld een huur boven de huurgrens bij 143 punten of minder.
 * @param [waarden] Optioneel: uw waardenkoppeling, kolommen veld, waarde, gelezen als (zoals op het blad Mengwijzer_Waarden), bijvoorbeeld eigendom "Eigen bezit" → huur.
 * @returns "sociale huur", "middenhuur", "vrije sector huur" of "koop"; met toon_signaal WAAR het signaal.
 */
export function segment(kale_huur: any, wws_punten?: any, eigendom?: any, jaar?: any, normen?: any[][], toon_signaal?: any, waarden?: any[][]): string {
  return segmentImpl(kale_huur, wws_punten, eigendom, jaar, normen, toon_signaal, waarden);
}
const segmentImpl = excelFunction(
  ["kale_huur", "wws_punten", "eigendom", "jaar", "normen", "toon_signaal", "waarden"],
  (rent: unknown, points: unknown, tenure: unknown, year: unknown, overrides: unknown, showSignal: unknown, values: unknown): string => {
    const result = readSegment({
      rent: toOptionalAmountArg(rent, "kale_huur"),
      points: toOptionalNumber(points, "wws_punten"),
      tenure: parseTenure(toTenureCell(tenure), toValueLookup(values, "ownership")),
      year: toOptionalRuleYear(year, "jaar"),
      overrides: toNormOverrides(overrides),
    });
    if (!toOptionalSwitch(showSignal, "toon_signaal")) return result.segment;
    return result.signal === null ? "" : SEGMENT_SIGNAL_TEXT[result.signal];
  },
);

/**
 * WAAR als een koopprijs binnen de betaalbaarheidsgrens (koopprijsgrens) van het jaar valt.
 * @customfunction AFFORDABLE_PURCHASE BETAALBAREKOOP
 * @param koopprijs Koopprijs in euro's.
 * @param [jaar] Kalenderjaar van de grens, bijvoorbeeld 2025 (verplicht: de grens verschilt per jaar).
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @param [toon_zekerheid] Optioneel: WAAR geeft in plaats van WAAR/ONWAAR een tekst die zegt hoe zeker de grens is (de grens van 2026 is onbevestigd), voor een tweede kolom.
 * @returns WAAR als koopprijs ≤ koopprijsgrens, anders ONWAAR; met toon_zekerheid WAAR de zekerheid van de grens.
 */
export function affordablePurchaseFunction(koopprijs: any, jaar?: any, normen?: any[][], toon_zekerheid?: any): any {
  return affordableImpl(koopprijs, jaar, normen, toon_zekerheid);
}
const affordableImpl = excelFunction(
  ["koopprijs", "jaar", "normen", "toon_zekerheid"],
  (price: unknown, year: unknown, overrides: unknown, showCertainty: unknown): boolean | string => {
    const amount = toOptionalAmountArg(price, "koopprijs");
    if (amount === undefined) throw messages.indices.missingArgument("koopprijs");
    const result = affordablePurchase(amount, toRequiredRuleYear(year, "jaar"), toNormOverrides(overrides));
    if (!toOptionalSwitch(showCertainty, "toon_zekerheid")) return result.affordable;
    return describeCertainty(result.limit);
  },
);

/** This module's part of the registry (see registry.ts). */
export const ruleFunctions = {
  NORM: norm,
  SEGMENT: segment,
  AFFORDABLE_PURCHASE: affordablePurchaseFunction,
};
