/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/**
 * Custom functions for the allocation checks (rules.md §1–3, §10): the priority quota, the income check and the fit
 * check. Thin wrappers: coerce what Excel passes (columns of grounds, amounts, household sizes, yes/no cells, dates),
 * call the pure core (src/core/allocation), and spill the result as a two-column block, Dutch label | value.
 *
 * Row numbers: the checks that list rows ask Excel for the address of their first range (@requiresParameterAddresses)
 * and name rows by their sheet row number. Without an address (outside Excel, an array constant instead of a range) they
 * name rows by their position within the range (1 = first cell), and the row "rijnummers" says which of the two it is.
 */
import type { DateField } from "../core/allocation/fields";
import { isBlankCell } from "../core/cellReaders";
import { amountField, dateField, numberField, yesNoFields } from "../core/cellFields";
import { DWELLING_KINDS, readDwellingKind, type DwellingKind } from "../core/allocation/dwellingKind";
import { fitCheck } from "../core/allocation/fitCheck";
import { incomeCheck } from "../core/allocation/incomeCheck";
import type { AllocationCheckResult } from "../core/allocation/shareVerdict";
import { priorityCheck, priorityShare } from "../core/allocation/priorityQuota";
import { readGroundColumn } from "../core/readers/groundColumn";
import { listRows } from "../core/allocation/checkRows";
import { messages } from "../core/messages";
import { excelFunction } from "./excelErrors";
import {
  isMultiCell,
  isOmitted,
  requireSameSize,
  sheetRowLabels,
  toColumn,
  toLabel,
  toCategoryLabels,
  toNormOverrides,
  type Cell,
  toNumber,
  toOptionalRuleYear,
  toOptionalSwitch,
  toScalarCell,
  toValueLookup,
} from "./coerce";

type SpillRow = [string, string | number];

/** Shown where a share has no value because no allocation was in scope. */
export const NOT_APPLICABLE = "n.v.t.";

/** What the priority check is, in one line (Huisvestingswet art. 14: the cap binds the verordening, not one corporation). */
export const PRIORITY_INDICATOR_NOTE =
  "indicatie: de wettelijke grens (50%) geldt voor wat de huisvestingsverordening mag reserveren in de aangewezen categorieën, over de hele gemeente of regio; het percentage van de verordening kan lager zijn";

function toDateFields(value: unknown, length: number, againstName: string): DateField[] | null {
  if (isOmitted(value)) return null;
  const cells = toColumn(value, "datums");
  requireSameSize(againstName, new Array(length), "datums", cells);
  return cells.map((cell) => dateField(cell)); // custom functions cannot see the date system: 1900 (docs/functies.md)
}

/** An optional column the same length as the first one; null when omitted. */
function toOptionalColumn(value: unknown, name: string, length: number, againstName: string): unknown[] | null {
  if (isOmitted(value)) return null;
  const cells = toColumn(value, name);
  requireSameSize(againstName, new Array(length), name, cells);
  return cells;
}

/** The designated categories: one or more cells naming dwelling kinds; null when omitted. Unknown kinds are #VALUE!. */
function toDesignated(value: unknown): DwellingKind[] | null {
  if (isOmitted(value)) return null;
  const texts = (Array.isArray(value) ? (value as unknown[]).flat() : [value]).map((cell) => toLabel(cell as Cell));
  const kinds: DwellingKind[] = [];
  for (const text of texts) {
    if (text === null) continue;
    const kind = readDwellingKind(text);
    if (kind === null) throw messages.allocation.unknownDesignatedKind(text, DWELLING_KINDS);
    kinds.push(kind);
  }
  return kinds.length > 0 ? kinds : null;
}

function toMaximum(value: unknown): number | undefined {
  if (isMultiCell(value)) throw messages.allocation.badMaximum("een bereik van meerdere cellen");
  const cell = toScalarCell(value);
  if (isBlankCell(cell)) return undefined;
  const n = toNumber(cell);
  if (Number.isNaN(n) || n < 0 || n > 1) throw messages.allocation.badMaximum(cell);
  return n;
}

interface RowNaming {
  labels: string[] | null;
  text: string;
}

function rowNaming(invocation: unknown, length: number): RowNaming {
  const addresses = (invocation as CustomFunctions.Invocation | null | undefined)?.parameterAddresses;
  const labels = sheetRowLabels(addresses?.[0], length);
  return { labels, text: labels ? "rijen van het werkblad" : "posities in het bereik" };
}

const yesNo = (flag: boolean): string => (flag ? "ja" : "nee");
const orNotApplicable = (value: number | null): number | string => (value === null ? NOT_APPLICABLE : value);

/** The rows every share check ends with, after its own. */
function closingRows(result: AllocationCheckResult, naming: RowNaming): SpillRow[] {
  return [
    ...result.limits.map((limit): SpillRow => [limit.name, limit.value ?? "per jaar (uit de datums)"]),
    ["jaar", result.yearText],
    ["toewijzingen in andere jaren", result.rows.otherYears],
    ["bron norm", result.normSource ?? NOT_APPLICABLE],
    ["norm uit normen-bereik", yesNo(result.overrideUsed)],
    ["rijnummers", naming.text],
    ["rijen niet gelezen", listRows(result.rows.unreadableLabels)],
    ["lege rijen (tellen mee bij niet gelezen)", result.rows.blank],
    ["niet gelezen rijen", result.rows.notRead],
  ];
}

/**
 * Aandeel toewijzingen met voorrang voor binding (lokaal, economisch, maatschappelijk) of een vitaal beroep.
 * @customfunction PRIORITY_SHARE VOORRANG.AANDEEL
 * @param toewijzingsgronden Kolom met de toewijzingsgrond per toewijzing, bijvoorbeeld "regulier", "urgentie", "lokale binding".
 * @param [datums] Optioneel: kolom met de datum van elke toewijzing (Excel-datum of tekst zoals 15-3-2025).
 * @param [jaar] Optioneel: alleen toewijzingen uit dit jaar tellen (met datums), bijvoorbeeld 2025.
 * @param [waarden] Optioneel: uw waardenkoppeling, kolommen veld, waarde, gelezen als (zoals op het blad Mengwijzer_Waarden), bijvoorbeeld toewijzingsgrond "SVV" → voorrang.
 * @returns Aandeel met voorrang, 0 tot 1.
 */
export function priorityShareFunction(toewijzingsgronden: any[][], datums?: any[][], jaar?: any, waarden?: any[][]): number {
  return priorityShareImpl(toewijzingsgronden, datums, jaar, waarden);
}
const priorityShareImpl = excelFunction(["toewijzingsgronden", "datums", "jaar", "waarden"], (groundsArg: unknown, datesArg: unknown, yearArg: unknown, valuesArg: unknown): number => {
  const { grounds, readings } = toGrounds(groundsArg, valuesArg);
  const input = {
    grounds,
    readings,
    dates: toDateFields(datesArg, grounds.length, "toewijzingsgronden"),
    year: toOptionalRuleYear(yearArg, "jaar"),
  };
  const check = priorityCheck(input);
  if (check.notJudgeableReason !== null) throw messages.allocation.notJudgeable(check.notJudgeableReason);
  return priorityShare(input);
});

/** The grounds column as labels and as the core's ground reader reads it (value mapping, yes/no columns). */
function toGrounds(groundsArg: unknown, valuesArg: unknown) {
  // Labels as every function reads categories (a 0 beside text is a blank cell, see coerce.ts).
  const grounds = toCategoryLabels(groundsArg, "toewijzingsgronden");
  const cells = toColumn(groundsArg, "toewijzingsgronden").map((cell, i) => (grounds[i] === null ? null : cell));
  const { decisive } = readGroundColumn(cells, toValueLookup(valuesArg, "allocationGround"));
  return { grounds, readings: decisive };
}

/**
 * Indicatie bij het voorrangsmaximum (Huisvestingswet art. 14): aandeel met voorrang, maximum, ruimte en oordeel, als blok van twee kolommen. Een indicatie, geen wettelijke toets: die gaat over de huisvestingsverordening van de gemeente of regio.
 * @customfunction PRIORITY_CHECK VOORRANG.TOETS
 * @param toewijzingsgronden Kolom met de toewijzingsgrond per toewijzing.
 * @param [datums] Optioneel: kolom met de datum van elke toewijzing.
 * @param [jaar] Optioneel: het jaar dat u toetst, bijvoorbeeld 2025.
 * @param [maximum] Optioneel: het percentage uit de huisvestingsverordening als aandeel (bijvoorbeeld 0,4); standaard het wettelijke maximum (50%).
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @param [soorten_woning] Optioneel: kolom met de soort woning per toewijzing (sociale huur, middenhuur, koop ...), nodig bij aangewezen_categorieën.
 * @param [aangewezen_categorieën] Optioneel: de categorieën die de verordening aanwijst, bijvoorbeeld "sociale huur"; alleen die toewijzingen tellen.
 * @param [waarden] Optioneel: uw waardenkoppeling, kolommen veld, waarde, gelezen als (zoals op het blad Mengwijzer_Waarden).
 * @param invocation Aanroepgegevens van Excel (het adres van het bereik, voor rijnummers).
 * @returns Blok met aandeel, maximum, beide ruimtes, oordeel (indicatie) en tellingen.
 * @requiresParameterAddresses
 */
export function priorityCheckFunction(
  toewijzingsgronden: any[][],
  datums?: any[][],
  jaar?: any,
  maximum?: any,
  normen?: any[][],
  soorten_woning?: any[][],
  aangewezen_categorieën?: any,
  waarden?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return priorityCheckImpl(toewijzingsgronden, datums, jaar, maximum, normen, soorten_woning, aangewezen_categorieën, waarden, invocation);
}
const priorityCheckImpl = excelFunction(["toewijzingsgronden", "datums", "jaar", "maximum", "normen", "soorten_woning", "aangewezen_categorieën", "waarden", "invocation"],
  (
    groundsArg: unknown,
    datesArg: unknown,
    yearArg: unknown,
    maxArg: unknown,
    normsArg: unknown,
    kindsArg: unknown,
    designatedArg: unknown,
    valuesArg: unknown,
    invocation: unknown,
  ): SpillRow[] => {
    const { grounds, readings } = toGrounds(groundsArg, valuesArg);
    const naming = rowNaming(invocation, grounds.length);
    const kinds = toOptionalColumn(kindsArg, "soorten_woning", grounds.length, "toewijzingsgronden");
    const r = priorityCheck({
      grounds,
      readings,
      dates: toDateFields(datesArg, grounds.length, "toewijzingsgronden"),
      year: toOptionalRuleYear(yearArg, "jaar"),
      maximum: toMaximum(maxArg),
      overrides: toNormOverrides(normsArg),
      rowLabels: naming.labels,
      kinds: kinds ? kinds.map((cell) => toLabel(cell as Cell)) : null,
      designated: toDesignated(designatedArg),
    });
    return [
      ["aandeel", orNotApplicable(r.share)],
      ["maximum", r.maximum],
      ["ruimte bij gelijk aantal toewijzingen", r.notJudgeableReason ? NOT_APPLICABLE : r.headroom],
      ["oordeel (indicatie)", r.verdict],
      ...(r.notJudgeableReason ? [["reden", r.notJudgeableReason] as SpillRow] : []),
      ["extra voorrangstoewijzingen die nog passen", r.notJudgeableReason ? NOT_APPLICABLE : r.additionalRoom ?? "onbeperkt"],
      ["aard", PRIORITY_INDICATOR_NOTE],
      ["aantal toewijzingen", r.total],
      ["aantal met voorrang", r.priority],
      ["urgentie, statushouder, mantelzorg, uitstroom (buiten het maximum)", r.separate],
      ["'voorrang' zonder reden (niet als voorrang geteld)", r.unclearLabels.length],
      ["rijen 'voorrang' zonder reden", listRows(r.unclearLabels)],
      ["grond niet herkend (geteld als regulier)", r.unrecognisedLabels.length],
      ["rijen grond niet herkend", listRows(r.unrecognisedLabels)],
      ["buiten de aangewezen categorieën", r.notDesignated],
      ["jaar", r.yearText],
      ["toewijzingen in andere jaren", r.rows.otherYears],
      ["bron maximum", r.maximumSource],
      ["norm uit normen-bereik", yesNo(r.overrideUsed)],
      ["rijnummers", naming.text],
      ["rijen niet gelezen", listRows(r.rows.unreadableLabels)],
      ["lege rijen (tellen mee bij niet gelezen)", r.rows.blank],
      ["niet gelezen rijen", r.rows.notRead],
    ];
  },
);

/**
 * Toets van de inkomensgrens (Woningwet): aandeel toewijzingen van DAEB-woningen tot de huurgrens binnen de inkomensgrens, tegen de toewijzingsnorm (92,5%, of 85% bij verruimde vrije ruimte).
 * @customfunction INCOME_CHECK TOEWIJZING.INKOMEN
 * @param inkomens Kolom met het huishoudinkomen per toewijzing (euro per jaar).
 * @param huishoudgroottes Kolom met het aantal personen per huishouden.
 * @param [datums] Optioneel: kolom met de datum van elke toewijzing; elke rij telt met de grenzen van haar eigen jaar.
 * @param [jaar] Het jaar dat u toetst; zonder datums gelden de grenzen van dit jaar voor alle rijen. Geef jaar, datums of beide.
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @param [huren] Optioneel: kolom met de kale huur per toewijzing; rijen boven de huurgrens van hun jaar tellen niet mee.
 * @param [soorten_woning] Optioneel: kolom met de soort woning; alleen sociale huur (DAEB) telt mee.
 * @param [vrije_ruimte_verruimd] Optioneel: WAAR als de vrije ruimte in prestatieafspraken naar 15% is verruimd (norm 85%).
 * @param invocation Aanroepgegevens van Excel (het adres van het bereik, voor rijnummers).
 * @returns Blok met aandeel binnen, norm, oordeel, rijen buiten en tellingen.
 * @requiresParameterAddresses
 */
export function incomeCheckFunction(
  inkomens: any[][],
  huishoudgroottes: any[][],
  datums?: any[][],
  jaar?: any,
  normen?: any[][],
  huren?: any[][],
  soorten_woning?: any[][],
  vrije_ruimte_verruimd?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return incomeCheckImpl(inkomens, huishoudgroottes, datums, jaar, normen, huren, soorten_woning, vrije_ruimte_verruimd, invocation);
}
const incomeCheckImpl = excelFunction(["inkomens", "huishoudgroottes", "datums", "jaar", "normen", "huren", "soorten_woning", "vrije_ruimte_verruimd", "invocation"], 
  (
    incomesArg: unknown,
    sizesArg: unknown,
    datesArg: unknown,
    yearArg: unknown,
    normsArg: unknown,
    rentsArg: unknown,
    kindsArg: unknown,
    widenedArg: unknown,
    invocation: unknown,
  ): SpillRow[] => {
    const incomes = toColumn(incomesArg, "inkomens");
    const sizes = toColumn(sizesArg, "huishoudgroottes");
    requireSameSize("inkomens", incomes, "huishoudgroottes", sizes);
    const naming = rowNaming(invocation, incomes.length);
    const rents = toOptionalColumn(rentsArg, "huren", incomes.length, "inkomens");
    const kinds = toOptionalColumn(kindsArg, "soorten_woning", incomes.length, "inkomens");
    const r = incomeCheck({
      incomes: incomes.map(amountField),
      householdSizes: sizes.map(numberField),
      dates: toDateFields(datesArg, incomes.length, "inkomens"),
      year: toOptionalRuleYear(yearArg, "jaar"),
      overrides: toNormOverrides(normsArg),
      rowLabels: naming.labels,
      rents: rents ? rents.map(amountField) : null,
      kinds: kinds ? kinds.map((cell) => toLabel(cell as Cell)) : null,
      widened: toOptionalSwitch(widenedArg, "vrije_ruimte_verruimd") ?? false,
    });
    const baseText = r.excluded.filteredOnRent || r.excluded.filteredOnKind
      ? `DAEB-woningen met een huur tot de huurgrens (gefilterd op ${[r.excluded.filteredOnRent ? "huur" : "", r.excluded.filteredOnKind ? "soort woning" : ""].filter(Boolean).join(" en ")})`
      : "alle meegegeven rijen (geef 'huren' en 'soorten_woning' om alleen DAEB-woningen tot de huurgrens te tellen)";
    return [
      ["aandeel binnen", orNotApplicable(r.share)],
      ["norm", orNotApplicable(r.norm)],
      ["oordeel", r.verdict],
      ["rijen buiten", listRows(r.rows.failingLabels)],
      ["aantal toewijzingen", r.rows.judged],
      ["aantal binnen", r.rows.passing],
      ["aantal buiten", r.rows.failingLabels.length],
      ["grondslag", baseText],
      ["niet meegeteld: huur boven de huurgrens", r.excluded.aboveRentLimit],
      ["niet meegeteld: geen sociale huur (DAEB)", r.excluded.notDaeb],
      ["norm gebruikt", r.normName === "toewijzingsnorm verruimd" ? "toewijzingsnorm verruimd (vrije ruimte 15%)" : "toewijzingsnorm (vrije ruimte 7,5%)"],
      ...closingRows(r, naming),
    ];
  },
);

/**
 * Toets passend toewijzen: aandeel huishoudens onder de passend-inkomensgrens met een huur tot hun aftoppingsgrens, tegen de norm (95%). Wie meetelt volgt uit inkomen, huishoudgrootte en leeftijd; de kolom huurtoeslaggerechtigd is een eigen keuze die per rij voorgaat.
 * @customfunction FIT_CHECK TOEWIJZING.PASSEND
 * @param huren Kolom met de kale huur per toewijzing (euro per maand).
 * @param huishoudgroottes Kolom met het aantal personen per huishouden (1–2: aftoppingsgrens laag, 3 of meer: hoog).
 * @param [huurtoeslaggerechtigd] Optioneel: kolom met WAAR/ONWAAR (of ja/nee) als eigen keuze wie meetelt; gaat per rij voor op het inkomen, een lege cel laat het inkomen beslissen.
 * @param [datums] Optioneel: kolom met de datum van elke toewijzing; elke rij telt met de grenzen van haar eigen jaar.
 * @param [jaar] Het jaar dat u toetst; zonder datums gelden de grenzen van dit jaar voor alle rijen. Geef jaar, datums of beide.
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @param [inkomens] Optioneel: kolom met het huishoudinkomen (euro per jaar); wie onder de passend-inkomensgrens valt, telt mee.
 * @param [leeftijden] Optioneel: kolom met de leeftijd van de aanvrager (of de oudste partner); vanaf de AOW-leeftijd gelden de AOW-grenzen.
 * @param [waarden] Optioneel: uw waardenkoppeling, kolommen veld, waarde, gelezen als (zoals op het blad Mengwijzer_Waarden), bijvoorbeeld huurtoeslaggerechtigd "HT" → ja.
 * @param invocation Aanroepgegevens van Excel (het adres van het bereik, voor rijnummers).
 * @returns Blok met aandeel passend, norm, oordeel, rijen buiten en tellingen.
 * @requiresParameterAddresses
 */
export function fitCheckFunction(
  huren: any[][],
  huishoudgroottes: any[][],
  huurtoeslaggerechtigd?: any[][],
  datums?: any[][],
  jaar?: any,
  normen?: any[][],
  inkomens?: any[][],
  leeftijden?: any[][],
  waarden?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return fitCheckImpl(huren, huishoudgroottes, huurtoeslaggerechtigd, datums, jaar, normen, inkomens, leeftijden, waarden, invocation);
}
const fitCheckImpl = excelFunction(["huren", "huishoudgroottes", "huurtoeslaggerechtigd", "datums", "jaar", "normen", "inkomens", "leeftijden", "waarden", "invocation"], 
  (
    rentsArg: unknown,
    sizesArg: unknown,
    eligibleArg: unknown,
    datesArg: unknown,
    yearArg: unknown,
    normsArg: unknown,
    incomesArg: unknown,
    agesArg: unknown,
    valuesArg: unknown,
    invocation: unknown,
  ): SpillRow[] => {
    const rents = toColumn(rentsArg, "huren");
    const sizes = toColumn(sizesArg, "huishoudgroottes");
    requireSameSize("huren", rents, "huishoudgroottes", sizes);
    const eligible = toOptionalColumn(eligibleArg, "huurtoeslaggerechtigd", rents.length, "huren");
    const incomes = toOptionalColumn(incomesArg, "inkomens", rents.length, "huren");
    const ages = toOptionalColumn(agesArg, "leeftijden", rents.length, "huren");
    const naming = rowNaming(invocation, rents.length);
    const eligibleLookup = toValueLookup(valuesArg, "rentAllowanceEligible");
    const r = fitCheck({
      rents: rents.map(amountField),
      householdSizes: sizes.map(numberField),
      eligible: eligible ? yesNoFields(eligible, eligibleLookup) : null,
      incomes: incomes ? incomes.map(amountField) : null,
      ages: ages ? ages.map(numberField) : null,
      dates: toDateFields(datesArg, rents.length, "huren"),
      year: toOptionalRuleYear(yearArg, "jaar"),
      overrides: toNormOverrides(normsArg),
      rowLabels: naming.labels,
    });
    return [
      ["aandeel passend", orNotApplicable(r.share)],
      ["norm", orNotApplicable(r.norm)],
      ["oordeel", r.verdict],
      ["rijen buiten", listRows(r.rows.failingLabels)],
      ["aantal in de toets (doelgroep passend toewijzen)", r.rows.judged],
      ["aantal passend", r.rows.passing],
      ["aantal niet passend", r.rows.failingLabels.length],
      ["buiten de toets: inkomen boven de passend-inkomensgrens", r.base.aboveIncomeLimit],
      ["buiten de toets: volgens kolom huurtoeslaggerechtigd", r.base.overriddenOut],
      ["doelgroep bepaald uit inkomen", r.base.derived],
      ["doelgroep uit kolom huurtoeslaggerechtigd (eigen keuze)", r.base.overridden],
      ...closingRows(r, naming),
    ];
  },
);

/** This module's part of the registry (see registry.ts). */
export const allocationFunctions = {
  PRIORITY_SHARE: priorityShareFunction,
  PRIORITY_CHECK: priorityCheckFunction,
  INCOME_CHECK: incomeCheckFunction,
  FIT_CHECK: fitCheckFunction,
};
