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
import { amountField, dateField, flagField, numberField } from "../core/cellFields";
import { fitCheck } from "../core/allocation/fitCheck";
import { incomeCheck } from "../core/allocation/incomeCheck";
import type { AllocationCheckResult } from "../core/allocation/shareVerdict";
import { priorityCheck, priorityShare } from "../core/allocation/priorityQuota";
import { listRows } from "../core/allocation/checkRows";
import { messages } from "../core/messages";
import { excelFunction } from "./excelErrors";
import {
  isMultiCell,
  isOmitted,
  requireSameSize,
  sheetRowLabels,
  toColumn,
  toLabels,
  toNormOverrides,
  toNumber,
  toOptionalRuleYear,
  toScalarCell,
} from "./coerce";

type SpillRow = [string, string | number];

/** Shown where a share has no value because no allocation was in scope. */
export const NOT_APPLICABLE = "n.v.t.";

function toDateFields(value: unknown, length: number, againstName: string): DateField[] | null {
  if (isOmitted(value)) return null;
  const cells = toColumn(value, "datums");
  requireSameSize(againstName, new Array(length), "datums", cells);
  return cells.map(dateField);
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
 * @returns Aandeel met voorrang, 0 tot 1.
 */
export function priorityShareFunction(toewijzingsgronden: any[][], datums?: any[][], jaar?: any): number {
  return priorityShareImpl(toewijzingsgronden, datums, jaar);
}
const priorityShareImpl = excelFunction((groundsArg: unknown, datesArg: unknown, yearArg: unknown): number => {
  const grounds = toLabels(groundsArg, "toewijzingsgronden");
  return priorityShare({
    grounds,
    dates: toDateFields(datesArg, grounds.length, "toewijzingsgronden"),
    year: toOptionalRuleYear(yearArg, "jaar"),
  });
});

/**
 * Toets van het voorrangsmaximum: aandeel met voorrang, maximum, ruimte en oordeel, als blok van twee kolommen.
 * @customfunction PRIORITY_CHECK VOORRANG.TOETS
 * @param toewijzingsgronden Kolom met de toewijzingsgrond per toewijzing.
 * @param [datums] Optioneel: kolom met de datum van elke toewijzing.
 * @param [jaar] Optioneel: het jaar dat u toetst, bijvoorbeeld 2025.
 * @param [maximum] Optioneel: eigen maximum als aandeel (bijvoorbeeld 0,4); standaard het wettelijke maximum (50%).
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @param invocation Aanroepgegevens van Excel (het adres van het bereik, voor rijnummers).
 * @returns Blok met aandeel, maximum, ruimte, oordeel en tellingen.
 * @requiresParameterAddresses
 */
export function priorityCheckFunction(
  toewijzingsgronden: any[][],
  datums?: any[][],
  jaar?: any,
  maximum?: any,
  normen?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return priorityCheckImpl(toewijzingsgronden, datums, jaar, maximum, normen, invocation);
}
const priorityCheckImpl = excelFunction(
  (groundsArg: unknown, datesArg: unknown, yearArg: unknown, maxArg: unknown, normsArg: unknown, invocation: unknown): SpillRow[] => {
    const grounds = toLabels(groundsArg, "toewijzingsgronden");
    const naming = rowNaming(invocation, grounds.length);
    const r = priorityCheck({
      grounds,
      dates: toDateFields(datesArg, grounds.length, "toewijzingsgronden"),
      year: toOptionalRuleYear(yearArg, "jaar"),
      maximum: toMaximum(maxArg),
      overrides: toNormOverrides(normsArg),
      rowLabels: naming.labels,
    });
    return [
      ["aandeel", orNotApplicable(r.share)],
      ["maximum", r.maximum],
      ["ruimte", r.headroom],
      ["oordeel", r.verdict],
      ["aantal toewijzingen", r.total],
      ["aantal met voorrang", r.priority],
      ["grond niet herkend (geteld als regulier)", r.unrecognisedLabels.length],
      ["rijen grond niet herkend", listRows(r.unrecognisedLabels)],
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
 * Toets van de inkomensgrens: aandeel toewijzingen binnen de inkomensgrens tegen de toewijzingsnorm (92,5%).
 * @customfunction INCOME_CHECK TOEWIJZING.INKOMEN
 * @param inkomens Kolom met het huishoudinkomen per toewijzing (euro per jaar).
 * @param huishoudgroottes Kolom met het aantal personen per huishouden.
 * @param [datums] Optioneel: kolom met de datum van elke toewijzing; elke rij telt met de grenzen van haar eigen jaar.
 * @param [jaar] Het jaar dat u toetst; zonder datums gelden de grenzen van dit jaar voor alle rijen. Geef jaar, datums of beide.
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
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
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return incomeCheckImpl(inkomens, huishoudgroottes, datums, jaar, normen, invocation);
}
const incomeCheckImpl = excelFunction(
  (incomesArg: unknown, sizesArg: unknown, datesArg: unknown, yearArg: unknown, normsArg: unknown, invocation: unknown): SpillRow[] => {
    const incomes = toColumn(incomesArg, "inkomens");
    const sizes = toColumn(sizesArg, "huishoudgroottes");
    requireSameSize("inkomens", incomes, "huishoudgroottes", sizes);
    const naming = rowNaming(invocation, incomes.length);
    const r = incomeCheck({
      incomes: incomes.map(amountField),
      householdSizes: sizes.map(numberField),
      dates: toDateFields(datesArg, incomes.length, "inkomens"),
      year: toOptionalRuleYear(yearArg, "jaar"),
      overrides: toNormOverrides(normsArg),
      rowLabels: naming.labels,
    });
    return [
      ["aandeel binnen", orNotApplicable(r.share)],
      ["norm", orNotApplicable(r.norm)],
      ["oordeel", r.verdict],
      ["rijen buiten", listRows(r.rows.failingLabels)],
      ["aantal toewijzingen", r.rows.judged],
      ["aantal binnen", r.rows.passing],
      ["aantal buiten", r.rows.failingLabels.length],
      ...closingRows(r, naming),
    ];
  },
);

/**
 * Toets passend toewijzen: aandeel huurtoeslaggerechtigden met een huur tot de aftoppingsgrens, tegen de norm (95%).
 * @customfunction FIT_CHECK TOEWIJZING.PASSEND
 * @param huren Kolom met de kale huur per toewijzing (euro per maand).
 * @param huishoudgroottes Kolom met het aantal personen per huishouden (1–2: aftoppingsgrens laag, 3 of meer: hoog).
 * @param huurtoeslaggerechtigd Kolom met WAAR/ONWAAR (of ja/nee): valt het huishouden onder passend toewijzen?
 * @param [datums] Optioneel: kolom met de datum van elke toewijzing; elke rij telt met de grenzen van haar eigen jaar.
 * @param [jaar] Het jaar dat u toetst; zonder datums gelden de grenzen van dit jaar voor alle rijen. Geef jaar, datums of beide.
 * @param [normen] Optioneel: bereik met kolommen naam, jaar, waarde (en eventueel bron) dat ingebouwde normen vervangt.
 * @param invocation Aanroepgegevens van Excel (het adres van het bereik, voor rijnummers).
 * @returns Blok met aandeel passend, norm, oordeel, rijen buiten en tellingen.
 * @requiresParameterAddresses
 */
export function fitCheckFunction(
  huren: any[][],
  huishoudgroottes: any[][],
  huurtoeslaggerechtigd: any[][],
  datums?: any[][],
  jaar?: any,
  normen?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return fitCheckImpl(huren, huishoudgroottes, huurtoeslaggerechtigd, datums, jaar, normen, invocation);
}
const fitCheckImpl = excelFunction(
  (
    rentsArg: unknown,
    sizesArg: unknown,
    eligibleArg: unknown,
    datesArg: unknown,
    yearArg: unknown,
    normsArg: unknown,
    invocation: unknown,
  ): SpillRow[] => {
    const rents = toColumn(rentsArg, "huren");
    const sizes = toColumn(sizesArg, "huishoudgroottes");
    const eligible = toColumn(eligibleArg, "huurtoeslaggerechtigd");
    requireSameSize("huren", rents, "huishoudgroottes", sizes);
    requireSameSize("huren", rents, "huurtoeslaggerechtigd", eligible);
    const naming = rowNaming(invocation, rents.length);
    const r = fitCheck({
      rents: rents.map(amountField),
      householdSizes: sizes.map(numberField),
      eligible: eligible.map(flagField),
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
      ["aantal huurtoeslaggerechtigd", r.rows.judged],
      ["aantal passend", r.rows.passing],
      ["aantal niet passend", r.rows.failingLabels.length],
      ["niet huurtoeslaggerechtigd (buiten de toets)", r.rows.notInBase],
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
