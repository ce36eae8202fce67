/** Dutch error texts for the legal norms (MENG.NORM, MENG.SEGMENT, MENG.BETAALBAREKOOP and the `normen` overrides). */
import { MengError } from "../errors";

const DOCS = "Zie docs/normen.md voor alle namen en jaren.";

function list(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(", ");
}

export const normMessages = {
  unknownYear: (year: number, known: readonly number[]) =>
    new MengError("#N/A", `Geen normen bekend voor ${year}. Bekende jaren: ${known.join(", ")}. Geef de waarde zelf op in het bereik 'normen'.`),
  unknownName: (name: string, suggestions: readonly string[]) =>
    new MengError(
      "#N/A",
      suggestions.length > 0
        ? `Onbekende norm '${name}'. Bedoelt u ${list(suggestions)}? ${DOCS}`
        : `Onbekende norm '${name}'. ${DOCS}`,
    ),
  valueMissingForYear: (name: string, year: number, knownYears: readonly number[]) =>
    new MengError(
      "#N/A",
      `Geen waarde van '${name}' bekend voor ${year}${knownYears.length > 0 ? ` (wel voor ${knownYears.join(", ")})` : ""}. Geef de waarde zelf op in het bereik 'normen'. ${DOCS}`,
    ),
  badYear: (argument: string, value: unknown) =>
    new MengError("#VALUE!", `'${argument}' moet een jaartal zijn, zoals 2025, niet '${String(value)}'. Staat er een datum? Gebruik dan JAAR(datum).`),
  noSegmentNorms: (year: number, known: readonly number[]) =>
    new MengError(
      "#N/A",
      `Geen normen bekend voor ${year}, dus het segment kan niet uit huur en punten worden afgeleid (de voorraad heeft geen segmentkolom). Kies bij 'Jaar (normen)' een jaar met normen (${known.join(", ")}) of voeg een segmentkolom toe. ${DOCS}`,
    ),
  yearRequired: (argument: string) =>
    new MengError("#VALUE!", `Geef het '${argument}' op (bijvoorbeeld 2025): de normen verschillen per jaar, en het huidige jaar wordt bewust niet aangenomen.`),
  negativeAmount: (argument: string, value: number) =>
    new MengError("#VALUE!", `'${argument}' mag niet negatief zijn (${value}).`),
  rentOrPointsRequired: () =>
    new MengError("#VALUE!", "Geef 'kale_huur' of 'wws_punten' op; zonder een van beide is het segment van een huurwoning niet te bepalen (koopwoningen: vul 'eigendom' in)."),
  pointsNotInYear: (year: number) =>
    new MengError("#VALUE!", `Voor ${year} bestaat de indeling naar WWS-punten niet (Wet betaalbare huur, vanaf 1-7-2024). Geef de kale huur op; die wordt dan met de huurgrens vergeleken.`),
  rentNeededAbovePoints: (points: number, socialMax: number) =>
    new MengError(
      "#VALUE!",
      `Geef ook de kale huur op: met ${points} punten (meer dan ${socialMax}) hangt het segment af van de huur. Een huur tot en met de huurgrens is sociale huur, ook bij meer punten.`,
    ),
  unknownTenure: (value: string, recognised: readonly string[]) =>
    new MengError("#VALUE!", `'eigendom' '${value}' wordt niet herkend. Gebruik voor koopwoningen bijvoorbeeld ${list(recognised)}; laat het leeg of schrijf 'huur' voor huurwoningen.`),
  overrideShape: (columns: number) =>
    new MengError("#VALUE!", `Het bereik 'normen' moet 3 of 4 kolommen hebben (naam, jaar, waarde, [bron]), niet ${columns}.`),
  overrideRow: (row: number, problem: string) =>
    new MengError("#VALUE!", `Rij ${row} van het bereik 'normen': ${problem}`),
  overrideConflict: (row: number, name: string, year: number, firstRow: number) =>
    new MengError("#VALUE!", `Rij ${row} van het bereik 'normen': '${name}' voor ${year} staat ook al in rij ${firstRow}. Houd één regel per norm en jaar.`),
} as const;

/** Texts for a broken override row (the `problem` of overrideRow). */
export const overrideProblems = {
  noName: () => "de naam ontbreekt.",
  unknownName: (name: string, suggestions: readonly string[]) =>
    `onbekende norm '${name}'${suggestions.length > 0 ? ` (bedoelt u ${list(suggestions)}?)` : ""}. ${DOCS}`,
  badYear: (value: unknown) => `het jaar moet een jaartal zijn zoals 2025, niet '${String(value)}'.`,
  badValue: (value: unknown) => `de waarde moet een getal zijn, niet '${String(value)}'.`,
  fractionOutOfRange: (value: number) => `de waarde ${value} is een aandeel en moet tussen 0 en 1 liggen (92,5% = 0,925).`,
  negative: (value: number) => `de waarde ${value} mag niet negatief zijn.`,
} as const;
