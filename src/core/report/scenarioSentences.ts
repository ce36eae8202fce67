/**
 * The plain Dutch paragraph per area of the scenario report: what the plan does there, the mix effect (share of
 * social rent, the gap to the target, the entropy) and, in the same paragraph, the housing effect (social-rent
 * dwellings that become available per year, and how many low-income households that is). Written so a reader who only
 * reads the paragraph sees both sides (issue 15: "never hidden behind them").
 *
 * Numbers are rounded for reading: shares to whole percentages, entropy to two decimals, lettings and households to
 * one decimal; the tables beside them carry the exact figures.
 */
import { countText } from "../countText";
import { dwellingsOf } from "../scenario/dwellingNouns";
import type { MixFigures } from "../scenario/scenarioFigures";
import type { ScenarioRow } from "../scenario/scenarioRows";
import type { HousingEffect } from "../scenario/turnover";

const percent = (x: number) => `${Math.round(x * 100)}%`;
const points = (x: number) => `${Math.round(x * 100)} procentpunt`;
const oneDecimal = (x: number) => x.toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = (x: number) => x.toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "verkoop van 20 sociale huurwoningen in 2026" and the like, one phrase per row. */
export function interventionPhrase(row: ScenarioRow): string {
  const dwellings = dwellingsOf;
  switch (row.kind) {
    case "verkoop":
      return `verkoop van ${dwellings(row.count, row.from)}${row.to && row.to !== "koop" ? ` (naar ${row.to})` : ""} in ${row.year}`;
    case "sloop":
      return `sloop van ${dwellings(row.count, row.from)} in ${row.year}`;
    case "nieuwbouw":
      return `nieuwbouw van ${dwellings(row.count, row.to)} in ${row.year}`;
    case "liberalisatie":
      return `liberalisatie van ${dwellings(row.count, row.from)} naar ${row.to} in ${row.year}`;
    case "samenvoegen":
      return `samenvoegen van ${dwellings(row.count, row.from)} tot ${row.countAfter} in ${row.year}`;
    case "splitsen":
      return `splitsen van ${dwellings(row.count, row.from)} tot ${row.countAfter} in ${row.year}`;
  }
}

function listPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")} en ${phrases[phrases.length - 1]}`;
}

/** The mix part: social-rent share, gap to the target and entropy, before → after. */
export function mixSentence(before: MixFigures, after: MixFigures, target: number, subject = "het gebied"): string {
  if (before.count === 0 && after.count > 0) {
    return `Er komt een nieuw gebied bij met ${countText(after.count, "woning", "woningen")}, waarvan ${percent(after.socialShare ?? 0)} sociale huur.`;
  }
  if (after.count === 0) return "Na het plan staan er geen woningen meer.";
  const sb = before.socialShare ?? 0;
  const sa = after.socialShare ?? 0;
  const share =
    Math.round(sb * 100) === Math.round(sa * 100)
      ? `Het aandeel sociale huur blijft ongeveer ${percent(sa)}`
      : `Het aandeel sociale huur ${sa < sb ? "daalt" : "stijgt"} van ${percent(sb)} naar ${percent(sa)}`;
  const gb = before.gap ?? 0;
  const ga = after.gap ?? 0;
  const gap =
    Math.abs(ga - gb) < 0.005
      ? `de afstand tot het doel van ${percent(target)} blijft ${points(ga)}`
      : `${subject} komt ${ga < gb ? "dichter bij" : "verder van"} het doel van ${percent(target)} (afstand van ${points(gb)} naar ${points(ga)})`;
  const eb = before.entropy ?? 0;
  const ea = after.entropy ?? 0;
  const entropy =
    Math.abs(ea - eb) < 0.005
      ? `de menging (entropie ${twoDecimals(ea)}) verandert nauwelijks`
      : `de woningen worden ${ea > eb ? "meer" : "minder"} gemengd (entropie van ${twoDecimals(eb)} naar ${twoDecimals(ea)})`;
  return `${share}; ${gap}, en ${entropy}.`;
}

/** The housing part: lettings per year before → after, and the low-income households housed fewer (or more). */
export function housingSentence(effect: HousingEffect): string {
  const { lettingsBefore: b, lettingsAfter: a, lowIncomeFewer } = effect;
  if (Math.abs(a - b) < 0.05) {
    return `Het aantal sociale huurwoningen dat per jaar vrijkomt, blijft ongeveer ${oneDecimal(a)}: voor huishoudens met een laag inkomen verandert er weinig.`;
  }
  const fewer = a < b;
  const households = Math.abs(lowIncomeFewer);
  return `Per jaar komen er ongeveer ${oneDecimal(Math.abs(a - b))} sociale huurwoningen ${fewer ? "minder" : "meer"} vrij (van ${oneDecimal(b)} naar ${oneDecimal(a)}): ongeveer ${oneDecimal(households)} ${households === 1 ? "huishouden" : "huishoudens"} met een laag inkomen per jaar ${fewer ? "minder" : "meer"} ${households === 1 ? "kan" : "kunnen"} hier een woning krijgen.`;
}

/** The paragraph for one area (or "De hele voorraad"): what happens, the mix effect and the housing effect. */
export function areaParagraph(area: string, rows: readonly ScenarioRow[], before: MixFigures, after: MixFigures, effect: HousingEffect, target: number, subject = "het gebied"): string {
  const what = rows.length > 0 ? `${area}: ${listPhrases(rows.map(interventionPhrase))}.` : `${area}:`;
  const mix = mixSentence(before, after, target, subject);
  const housing = before.count === 0 && effect.lettingsBefore === 0 && effect.lettingsAfter > 0
    ? `Er komen per jaar ongeveer ${oneDecimal(effect.lettingsAfter)} sociale huurwoningen vrij: ruimte voor ongeveer ${oneDecimal(-effect.lowIncomeFewer)} huishoudens met een laag inkomen per jaar.`
    : housingSentence(effect);
  return `${what} ${mix} ${housing}`;
}
