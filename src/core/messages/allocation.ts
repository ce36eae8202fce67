/** Dutch error texts for the allocation checks (rules.md §10) and their date, year and maximum arguments. */
import { MengError } from "../errors";

const shown = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

export const allocationMessages = {
  noYearInformation: (check: string) =>
    new MengError(
      "#VALUE!",
      `${check} heeft een jaar nodig om de grenzen te kiezen: geef het argument 'jaar' (bijvoorbeeld 2025) of een kolom 'datums' met de datum van elke toewijzing.`,
    ),
  badMaximum: (value: unknown) =>
    new MengError("#VALUE!", `'maximum' moet een aandeel tussen 0 en 1 zijn (bijvoorbeeld 0,5 of 50%), niet '${shown(value)}'.`),
  notJudgeable: (reason: string) =>
    new MengError("#N/A", `Niet te beoordelen: ${reason}.`),
  noAllocations: (scope: string) =>
    new MengError("#DIV/0!", `Geen toewijzingen om mee te rekenen (${scope}): elke rij is leeg, onleesbaar of valt in een ander jaar.`),
  noNormsForYear: (year: number, row: string, detail: string) =>
    new MengError(
      "#N/A",
      `Rij ${row} valt in ${year}, maar voor dat jaar zijn geen normen bekend (${detail}). Geef de normen voor ${year} mee in 'normen', of beperk de toets met 'jaar'.`,
    ),
  differingMaxima: (years: string) =>
    new MengError(
      "#VALUE!",
      `De datums vallen in jaren met een verschillend voorrangsmaximum (${years}). Toets één jaar tegelijk met het argument 'jaar', of geef één 'maximum' mee.`,
    ),
  designatedWithoutKinds: () =>
    new MengError(
      "#VALUE!",
      "Met 'aangewezen_categorieën' hoort ook de kolom 'soorten_woning': zonder de soort van elke woning is niet te zien welke toewijzingen in de aangewezen categorieën vallen.",
    ),
  unknownDesignatedKind: (value: string, known: readonly string[]) =>
    new MengError(
      "#VALUE!",
      `Aangewezen categorie '${value}' wordt niet herkend. Gebruik ${known.map((k) => `'${k}'`).join(", ")}.`,
    ),
  noEligibilityInformation: () =>
    new MengError(
      "#VALUE!",
      "De toets passend toewijzen moet weten wie onder de passendheidsnorm valt: geef 'inkomens' (dan volgt het uit inkomen, huishoudgrootte en eventueel 'leeftijden'), of de kolom 'huurtoeslaggerechtigd' als eigen keuze.",
    ),
} as const;
