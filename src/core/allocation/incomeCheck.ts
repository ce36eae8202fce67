/**
 * The income check (Woningwet, rules.md §2 and §10): an allocation is within the target group when the household
 * income is at or below the income limit for its household size (1 person: "inkomensgrens eenpersoons"; 2 or more:
 * "inkomensgrens meerpersoons") of the allocation's year. Share within ≥ "toewijzingsnorm" → "binnen norm".
 *
 * Rows: all of income, household size and date blank → a blank row. Otherwise, a row is not read when (with dates) its
 * date is blank or unreadable, or when its income is blank, not a number or negative, or its household size is blank or
 * not a whole number of 1 or more. Rows not read are never judged; they are counted and listed.
 */
import { messages } from "../messages";
import type { NormOverride } from "../norms/resolveNorm";
import { describeScope, rowScope, scopeMode, type ScopeSpec } from "./allocationScope";
import { CheckRows } from "./checkRows";
import { hasValue, type DateField, type NumberField } from "./fields";
import { labelsOrPositions } from "./rowLabels";
import { minimumShareVerdict, type ShareVerdict } from "./shareVerdict";
import { YearNorms } from "./yearNorms";

export const INCOME_NORM = "toewijzingsnorm";
export const INCOME_LIMIT_SINGLE = "inkomensgrens eenpersoons";
export const INCOME_LIMIT_MULTI = "inkomensgrens meerpersoons";

export interface IncomeInput {
  incomes: readonly NumberField[];
  householdSizes: readonly NumberField[];
  dates: readonly DateField[] | null;
  year: number | undefined;
  overrides?: readonly NormOverride[] | null;
  rowLabels?: readonly string[] | null;
}

/** A limit the check applied, for display: its value when one year was given, null when it differs per row's year. */
export interface AppliedLimit {
  name: string;
  value: number | null;
}

export interface AllocationCheckResult extends ShareVerdict {
  rows: CheckRows;
  limits: AppliedLimit[];
  overrideUsed: boolean;
  yearText: string | number;
}

/** A household size the checks can use: a whole number of persons, at least 1. */
export function isHouseholdSize(value: NumberField): value is number {
  return hasValue(value) && Number.isInteger(value) && value >= 1;
}

/** The limits of one year (when `jaar` is given), or null values when each row's own year decides. */
export function appliedLimits(names: readonly string[], norms: YearNorms, year: number | undefined): AppliedLimit[] {
  return names.map((name) => ({ name, value: year === undefined ? null : norms.get(name, year).value }));
}

export function incomeCheck(input: IncomeInput): AllocationCheckResult {
  const spec: ScopeSpec = { dates: input.dates, year: input.year };
  if (scopeMode(spec) === "allRows") throw messages.allocation.noYearInformation("De inkomenstoets");
  const n = input.incomes.length;
  const labels = labelsOrPositions(input.rowLabels, n);
  const norms = new YearNorms(input.overrides);
  const rows = new CheckRows();
  const firstLabelByYear = new Map<number, string>();
  const fromRowDate = spec.year === undefined;
  for (let i = 0; i < n; i++) {
    const income = input.incomes[i];
    const size = input.householdSizes[i];
    if (income === "blank" && size === "blank" && (!input.dates || input.dates[i] === "blank")) {
      rows.markBlank();
      continue;
    }
    const scope = rowScope(spec, i);
    if (scope.kind === "badDate") {
      rows.markUnreadable(labels[i]);
      continue;
    }
    if (scope.kind === "otherYear") {
      rows.markOtherYear();
      continue;
    }
    if (!hasValue(income) || !Number.isFinite(income) || income < 0 || !isHouseholdSize(size)) {
      rows.markUnreadable(labels[i]);
      continue;
    }
    const year = scope.year as number;
    if (!firstLabelByYear.has(year)) firstLabelByYear.set(year, labels[i]);
    const limitName = size === 1 ? INCOME_LIMIT_SINGLE : INCOME_LIMIT_MULTI;
    const limit = norms.get(limitName, year, fromRowDate ? labels[i] : undefined).value;
    rows.markJudged(labels[i], year, income <= limit);
  }
  const verdict = minimumShareVerdict(rows, INCOME_NORM, norms, spec, firstLabelByYear);
  const limits = appliedLimits([INCOME_LIMIT_SINGLE, INCOME_LIMIT_MULTI], norms, spec.year);
  return { ...verdict, rows, limits, overrideUsed: norms.overrideUsed, yearText: describeScope(spec, rows.years) };
}
