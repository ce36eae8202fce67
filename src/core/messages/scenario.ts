/**
 * Dutch texts for scenarios (issue 15): the row-level problems of a scenario table (what to fix, in which row), and the
 * errors of the scenario function and report. Row texts are plain strings, listed per row in the pane and on the sheet;
 * the function turns the first one into #VALUE! (`invalid`).
 */
import { MengError } from "../errors";
import { countText } from "../countText";
import { dwellingsOf } from "../scenario/dwellingNouns";

const n = (x: number) => x.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
const quote = (value: string) => `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;

export const scenarioRowTexts = {
  blankArea: () => "Het gebied is leeg. Vul de buurtcode (of het gebied) in waar de ingreep plaatsvindt.",
  unknownArea: (area: string) =>
    `Het gebied ${quote(area)} komt niet voor in de voorraad. Controleer de code (bijvoorbeeld BU03630001).`,
  newArea: (area: string) =>
    `Let op: het gebied ${quote(area)} komt niet voor in de voorraad; de nieuwbouw maakt er een nieuw gebied van. Klopt de code?`,
  blankIntervention: () =>
    "De ingreep is leeg. Kies verkoop, sloop, nieuwbouw, liberalisatie, samenvoegen of splitsen.",
  unknownIntervention: (text: string) =>
    `Onbekende ingreep ${quote(text)}. Kies verkoop, sloop, nieuwbouw, liberalisatie, samenvoegen of splitsen.`,
  fromRequired: (kind: string) => `Bij ${kind} hoort een segment in 'van': welk segment gaat eraf?`,
  toRequired: (kind: string) =>
    kind === "liberalisatie"
      ? "Bij liberalisatie hoort een segment in 'naar': middenhuur of vrije sector huur."
      : `Bij ${kind} hoort een segment in 'naar': welk segment komt erbij?`,
  fromNotAllowed: () => "Nieuwbouw neemt niets weg: laat 'van' leeg en zet het nieuwe segment in 'naar'.",
  toNotAllowed: () => "Sloop voegt niets toe: laat 'naar' leeg (zet nieuwbouw op een eigen rij).",
  sameSegment: (kind: string, segment: string) =>
    `Bij ${kind} moeten 'van' en 'naar' verschillen; nu staat bij beide ${quote(segment)}.`,
  unknownSegment: (column: string, text: string) =>
    `Onbekend segment ${quote(text)} in '${column}'. Gebruik een segment uit de voorraad, of sociale huur, middenhuur, vrije sector huur of koop.`,
  blankCount: () => "Het aantal woningen is leeg. Vul een heel getal van 1 of meer in.",
  badCount: (text: string) => `Het aantal woningen ${quote(text)} is geen getal. Vul een heel getal van 1 of meer in.`,
  negativeCount: (x: number) => `Het aantal woningen is negatief (${n(x)}). Vul een heel getal van 1 of meer in; de ingreep zegt al of er woningen af of bij gaan.`,
  zeroCount: () => "Het aantal woningen is 0: deze rij verandert niets. Vul een aantal in of verwijder de rij.",
  fractionCount: (x: number) => `Het aantal woningen (${n(x)}) is geen heel getal.`,
  countAfterRequired: (kind: string) =>
    kind === "samenvoegen"
      ? "Bij samenvoegen hoort 'aantal na': hoeveel woningen er overblijven (minder dan 'aantal', minstens 1)."
      : "Bij splitsen hoort 'aantal na': hoeveel woningen er ontstaan (meer dan 'aantal').",
  badCountAfter: (text: string) => `'aantal na' ${quote(text)} is geen heel getal van 1 of meer.`,
  mergeNotFewer: (before: number, after: number) =>
    `Samenvoegen maakt van ${countText(before, "woning", "woningen")} er minder, maar 'aantal na' is ${n(after)}. Bedoelt u splitsen?`,
  splitNotMore: (before: number, after: number) =>
    `Splitsen maakt van ${countText(before, "woning", "woningen")} er meer, maar 'aantal na' is ${n(after)}. Bedoelt u samenvoegen?`,
  countAfterNotAllowed: (kind: string) => `'aantal na' hoort alleen bij samenvoegen en splitsen, niet bij ${kind}; laat het leeg.`,
  blankYear: () => "Het jaar is leeg. Vul het jaar in waarin de ingreep klaar is (bijvoorbeeld 2027).",
  badYear: (text: string, min: number, max: number) =>
    `Het jaar ${quote(text)} is geen jaartal van ${min} tot en met ${max}.`,
  yearBeforeStart: (year: number, start: number) =>
    `Het jaar ${year} ligt vóór het beginjaar ${start} van de voorraad; een plan gaat over de jaren vanaf ${start}.`,
  notEnough: (participle: string, count: number, segment: string, area: string, present: number, year: number) =>
    `Er kunnen in ${year} geen ${dwellingsOf(count, segment)} in ${quote(area)} ${participle} worden: er ${present === 1 ? "is" : "zijn"} er dan nog ${n(present)} (na de rijen van eerdere jaren en eerder in dit jaar). Verlaag het aantal of controleer de rijen ervoor.`,
} as const;

export const scenarioMessages = {
  /** The scenario has row problems: the first one, with how many rows have one. */
  invalid: (row: number, text: string, rowsWithProblems: number) =>
    new MengError(
      "#VALUE!",
      `Scenario, rij ${row} van het bereik: ${text}${rowsWithProblems > 1 ? ` (en nog ${countText(rowsWithProblems - 1, "rij", "rijen")} met een fout)` : ""}`,
    ),
  badColumns: (columns: number, needed: number) =>
    new MengError(
      "#VALUE!",
      `Het scenario heeft ${countText(columns, "kolom", "kolommen")}; nodig zijn er minstens ${needed}: gebied, ingreep, van, naar, aantal, aantal na, jaar.`,
    ),
  badUntilYear: (value: unknown) =>
    new MengError("#VALUE!", `'tot_jaar' moet een jaartal zijn (bijvoorbeeld 2030), niet '${String(value)}'.`),
  badRate: (segment: string, value: unknown) =>
    new MengError("#VALUE!", `De mutatiegraad van ${segment} moet een aandeel tussen 0 en 1 zijn (bijvoorbeeld 0,07), niet '${String(value)}'.`),
  badShare: (name: string, value: unknown) =>
    new MengError("#VALUE!", `'${name}' moet een aandeel tussen 0 en 1 zijn, niet '${String(value)}'.`),
  tooSmallForPartners: (k: number) =>
    new MengError("#VALUE!", `De voorraad heeft vóór of na het scenario minder dan ${k} woningen; daar maakt Mengwijzer geen partnerversie van.`),
  nothingLeft: () =>
    new MengError("#DIV/0!", "Na het scenario is er geen enkele woning meer over; er valt geen mix te berekenen."),
} as const;
