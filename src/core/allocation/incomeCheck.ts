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
import { scopeMode, type ScopeSpec } from "./allocationScope";
import { hasValue, isHouseholdSize, type DateField, type NumberField } from "./fields";
import { labelsOrPositions } from "./rowLabels";
import { judgeRowsInScope } from "./rowsInScope";
import { minimumShareResult, type AllocationCheckResult } from "./shareVerdict";
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

export function incomeCheck(input: IncomeInput): AllocationCheckResult {
  const spec: ScopeSpec = { dates: input.dates, year: input.year };
  if (scopeMode(spec) === "allRows") throw messages.allocation.noYearInformation("De inkomenstoets");
  const norms = new YearNorms(input.overrides);
  const fromRowDate = spec.year === undefined;
  const judged = judgeRowsInScope(
    spec,
    labelsOrPositions(input.rowLabels, input.incomes.length),
    (i) => input.incomes[i] === "blank" && input.householdSizes[i] === "blank",
    ({ index, label, year }) => {
      const income = input.incomes[index];
      const size = input.householdSizes[index];
      if (!hasValue(income) || !Number.isFinite(income) || income < 0 || !isHouseholdSize(size)) return "unreadable";
      const limitName = size === 1 ? INCOME_LIMIT_SINGLE : INCOME_LIMIT_MULTI;
      return income <= norms.get(limitName, year as number, fromRowDate ? label : undefined).value;
    },
  );
  return minimumShareResult(judged, INCOME_NORM, [INCOME_LIMIT_SINGLE, INCOME_LIMIT_MULTI], norms, spec);
}
