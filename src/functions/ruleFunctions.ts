/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/**
 * Custom functions for legal norms and segments (rules.md §1–4, §9). Thin wrappers: coerce what Excel passes, call the
 * pure core (src/core/norms, src/core/rules), and let `excelFunction` turn failures into Excel errors. They read only
 * their arguments; the optional `normen` range overrides built-in norms (an override wins for its own name and year).
 */
import { resolveNorm } from "../core/norms/resolveNorm";
import { affordablePurchase } from "../core/rules/affordablePurchase";
import { classifySegment } from "../core/rules/segment";
import { parseTenure } from "../core/rules/tenure";
import { messages } from "../core/messages";
import { excelFunction } from "./excelErrors";
import {
  toNormOverrides,
  toOptionalAmountArg,
  toOptionalNumber,
  toOptionalRuleYear,
  toRequiredRuleYear,
  toRequiredText,
  toTenureCell,
} from "./coerce";

/**
 * De waarde van een wettelijke norm in een kalenderjaar, bijvoorbeeld de liberalisatiegrens van 2025.
 * @customfunction NORM NORM
 * @param naam Naam van de norm, bijvoorbeeld "liberalisatiegrens" of "aftoppingsgrens laag" (zie de lijst in de naslag).
 * @param jaar Kalenderjaar, bijvoorbeeld 2025.
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @returns De waarde van de norm (bedrag, aandeel of aantal punten).
 */
export function norm(naam: any, jaar: any, normen?: any[][]): number {
  return normImpl(naam, jaar, normen);
}
const normImpl = excelFunction((name: unknown, year: unknown, overrides: unknown): number => {
  const text = toRequiredText(name, "naam");
  const y = toRequiredRuleYear(year, "jaar");
  return resolveNorm(text, y, toNormOverrides(overrides)).value;
});

/**
 * Segment van een woning: sociale huur, middenhuur, vrije sector huur of koop, volgens de normen van het jaar.
 * @customfunction SEGMENT SEGMENT
 * @param kale_huur Kale huur per maand in euro's; mag leeg zijn bij een koopwoning of als de WWS-punten bekend zijn.
 * @param [wws_punten] Optioneel: WWS-punten; als ze er zijn, bepalen de punten het segment.
 * @param [eigendom] Optioneel: "koop", "eigendom", "verkocht" enz. geeft koop; leeg of "huur" is een huurwoning.
 * @param [jaar] Kalenderjaar van de normen, bijvoorbeeld 2025; nodig voor huurwoningen.
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @returns "sociale huur", "middenhuur", "vrije sector huur" of "koop".
 */
export function segment(kale_huur: any, wws_punten?: any, eigendom?: any, jaar?: any, normen?: any[][]): string {
  return segmentImpl(kale_huur, wws_punten, eigendom, jaar, normen);
}
const segmentImpl = excelFunction((rent: unknown, points: unknown, tenure: unknown, year: unknown, overrides: unknown): string => {
  return classifySegment({
    rent: toOptionalAmountArg(rent, "kale_huur"),
    points: toOptionalNumber(points, "wws_punten"),
    tenure: parseTenure(toTenureCell(tenure)),
    year: toOptionalRuleYear(year, "jaar"),
    overrides: toNormOverrides(overrides),
  });
});

/**
 * WAAR als een koopprijs binnen de betaalbaarheidsgrens (koopprijsgrens) van het jaar valt.
 * @customfunction AFFORDABLE_PURCHASE BETAALBAREKOOP
 * @param koopprijs Koopprijs in euro's.
 * @param [jaar] Kalenderjaar van de grens, bijvoorbeeld 2025 (verplicht: de grens verschilt per jaar).
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @returns WAAR als koopprijs ≤ koopprijsgrens, anders ONWAAR.
 */
export function affordablePurchaseFunction(koopprijs: any, jaar?: any, normen?: any[][]): boolean {
  return affordableImpl(koopprijs, jaar, normen);
}
const affordableImpl = excelFunction((price: unknown, year: unknown, overrides: unknown): boolean => {
  const amount = toOptionalAmountArg(price, "koopprijs");
  if (amount === undefined) throw messages.indices.missingArgument("koopprijs");
  return affordablePurchase(amount, toRequiredRuleYear(year, "jaar"), toNormOverrides(overrides)).affordable;
});

/** This module's part of the registry (see registry.ts). */
export const ruleFunctions = {
  NORM: norm,
  SEGMENT: segment,
  AFFORDABLE_PURCHASE: affordablePurchaseFunction,
};
