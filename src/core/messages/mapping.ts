/**
 * Dutch texts for finding the data in a sheet (column mapping) and for partner-safe copies: error messages
 * (registered in the catalogue, index.ts) and the display texts the task pane shows next to a mapping or in a copy.
 */
import { MengError } from "../errors";

export const mappingMessages = {
  badAddress: (address: string) =>
    new MengError("#VALUE!", `'${address}' is geen celadres zoals A1 of Voorraad!B3.`),
  noHeaderRow: (scanned: number) =>
    new MengError("#N/A", `Geen koprij gevonden: in de eerste ${scanned} rijen staat geen rij met minstens twee kolomnamen. Selecteer de tabel met de kolomnamen erboven.`),
  mappingNotJson: () =>
    new MengError("#VALUE!", "De opgeslagen kolomindeling is onleesbaar (geen geldige JSON). Stel de kolommen opnieuw in."),
  mappingVersion: (found: unknown, supported: number) =>
    new MengError("#VALUE!", `De opgeslagen kolomindeling heeft versie '${String(found)}'; deze versie van Mengwijzer leest versie ${supported}. Stel de kolommen opnieuw in.`),
  mappingInvalid: (detail: string) =>
    new MengError("#VALUE!", `De opgeslagen kolomindeling is ongeldig: ${detail}. Stel de kolommen opnieuw in.`),
  columnUsedTwice: (header: string, labelA: string, labelB: string) =>
    new MengError("#VALUE!", `De kolom '${header}' is gekoppeld aan zowel '${labelA}' als '${labelB}'; een kolom hoort bij één gegeven.`),
  columnOutOfRange: (label: string, column: number, width: number) =>
    new MengError("#VALUE!", `'${label}' wijst naar kolom ${column + 1}, maar de tabel heeft ${width} kolommen.`),
} as const;

export const partnerMessages = {
  badK: (value: unknown) =>
    new MengError("#VALUE!", `De drempel k moet een geheel getal van minstens 1 zijn, niet '${String(value)}'.`),
  forbiddenDimension: (dimension: string) =>
    new MengError("#VALUE!", `Een partnerkopie mag niet ingedeeld worden naar '${dimension}': dat is geen toegestane indeling (toegestaan: segment, eigendom, woningtype, soort woning, toewijzingsgrond).`),
  badCount: (area: string, value: unknown) =>
    new MengError("#VALUE!", `Het aantal in gebied '${area}' is geen geheel getal ≥ 0 ('${String(value)}').`),
  countMismatch: (area: string, sum: number, total: number) =>
    new MengError("#VALUE!", `In gebied '${area}' tellen de categorieën op tot ${sum}, maar het aantal is ${total}.`),
  duplicateArea: (area: string) =>
    new MengError("#VALUE!", `Het gebied '${area}' staat meer dan één keer in het overzicht.`),
  unknownCategory: (area: string, category: string) =>
    new MengError("#VALUE!", `Gebied '${area}' heeft een aantal voor '${category}', maar die categorie staat niet in de lijst met categorieën.`),
} as const;

/** Display texts (not errors) for the mapping. */
export const mappingTexts = {
  reasonAlias: (header: string, label: string) => `De kop '${header}' is een bekende naam voor ${label}.`,
  reasonTokens: (header: string, label: string, words: string[]) =>
    `De kop '${header}' bevat ${words.map((w) => `'${w}'`).join(" en ")} en past bij ${label}.`,
  reasonData: (header: string, what: string, percent: number, label: string) =>
    `De waarden in '${header}' lijken op ${what} (${percent}% van de gevulde cellen): ${label}.`,
  valuesFit: (percent: number) => ` De waarden passen (${percent}%).`,
  valuesDoNotFit: (percent: number, expected: string) =>
    ` Maar slechts ${percent}% van de waarden lijkt op ${expected}; controleer deze kolom.`,
  userChoice: () => "Door u gekozen.",
  stored: () => "Uit de opgeslagen kolomindeling.",
  storedMoved: (from: number, to: number) => `Uit de opgeslagen kolomindeling; de kolom is verschoven van positie ${from + 1} naar ${to + 1}.`,
  expectedValues: {
    GM: "gemeentecodes (GM + 4 cijfers)",
    WK: "wijkcodes (WK + 6 tekens)",
    BU: "buurtcodes (BU + 8 tekens)",
    number: "getallen in het verwachte bereik",
    date: "datums",
    boolean: "ja/nee-waarden",
  },
} as const;

/** Display texts for partner-safe copies. */
export const partnerTexts = {
  suppressed: (k: number) => `<${k}`,
  complement: "x",
  sheetCounts: "Aantallen",
  sheetShares: "Aandelen",
  sheetIndices: "Indices",
  sheetNotes: "Toelichting",
  area: "Gebied",
  areaName: "Gebiedsnaam",
  count: "Aantal",
  countOf: (category: string) => `Aantal: ${category}`,
  shareOf: (category: string) => `Aandeel: ${category}`,
  lqOf: (category: string) => `LQ: ${category}`,
  entropy: "Entropie",
  simpson: "Diversiteit (Gini-Simpson)",
  targetGap: "Doelafstand",
  total: "Totaal",
  notesHeader: "Toelichting",
  notes: (k: number, level: string) => [
    `Geaggregeerde cijfers per ${level}; dit bestand bevat geen gegevens over afzonderlijke woningen of huishoudens.`,
    `Cellen die minder dan ${k} woningen of toewijzingen beschrijven staan als '<${k}', met alle cijfers die daarvan afgeleid zijn (aandelen, LQ, entropie). Van een gebied of categorie met minder dan ${k} staan alle cellen als '<${k}', ook nullen.`,
    `Om terugrekenen uit totalen te voorkomen is in elke rij en kolom waarin precies één cel verborgen was, ook de eerstvolgende kleinste cel verborgen (secundaire onderdrukking); die cellen staan als 'x' en kunnen ${k} of meer zijn.`,
  ],
} as const;
