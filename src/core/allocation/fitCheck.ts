/**
 * The fit check (passend toewijzen, Woningwet art. 46 and BTIV; rules.md §3 and §10): at least 95% ("passend norm") of
 * the households with an income at or below the passend-toewijzen income limit of their year must get a dwelling with
 * a kale huur at or below their aftoppingsgrens: "aftoppingsgrens laag" for 1–2 persons, "aftoppingsgrens hoog" for 3 or
 * more.
 *
 * Who counts (the base) follows from the household: income ≤ "passend inkomensgrens eenpersoons" (1 person) or
 * "... meerpersoons" (2 or more), and from the AOW age ("aow leeftijd") the "... aow" limits. Without an age, a household
 * whose income is at or below both limits counts, one above both does not, and one in between cannot be placed (not
 * read). A "huurtoeslaggerechtigd" column, when given, is an explicit override: a yes/no in it decides for that row
 * (counted as such); a blank cell leaves the decision to the income. Households outside the base are counted, not judged.
 *
 * Rows: all of rent, household size, income, age, override and date blank → a blank row. Otherwise, a row is not read
 * when (with dates) its date is blank or unreadable; when its override is neither blank nor a yes/no value; when, with
 * no override for the row, the income is blank, not a number or negative, the household size is not a whole number ≥ 1,
 * or the age is given but not a whole number 0–130, or missing where it decides; or, for a household in the base, when
 * its rent is blank, not a number or not above 0, or its household size is not a whole number ≥ 1.
 */
import { messages } from "../messages";
import type { NormOverride } from "../norms/resolveNorm";
import { toCents } from "../rules/money";
import { scopeMode, type ScopeSpec } from "./allocationScope";
import { hasValue, isHouseholdSize, type DateField, type FlagField, type NumberField } from "./fields";
import { labelsOrPositions } from "./rowLabels";
import { judgeRowsInScope } from "./rowsInScope";
import { minimumShareResult, type AllocationCheckResult } from "./shareVerdict";
import { YearNorms } from "./yearNorms";

export const FIT_NORM = "passend norm";
export const RENT_CAP_LOW = "aftoppingsgrens laag";
export const RENT_CAP_HIGH = "aftoppingsgrens hoog";
export const FIT_INCOME_SINGLE = "passend inkomensgrens eenpersoons";
export const FIT_INCOME_MULTI = "passend inkomensgrens meerpersoons";
export const FIT_INCOME_SINGLE_AOW = "passend inkomensgrens eenpersoons aow";
export const FIT_INCOME_MULTI_AOW = "passend inkomensgrens meerpersoons aow";
export const AOW_AGE = "aow leeftijd";

export interface FitInput {
  rents: readonly NumberField[];
  householdSizes: readonly NumberField[];
  /** Explicit override per row (huurtoeslaggerechtigd / valt onder passend toewijzen); null when no column was given. */
  eligible?: readonly FlagField[] | null;
  /** Household income per row (euro per year); eligibility follows from it. */
  incomes?: readonly NumberField[] | null;
  /** Age in whole years of the applicant (or the partner, when older) at allocation. */
  ages?: readonly NumberField[] | null;
  dates: readonly DateField[] | null;
  year: number | undefined;
  overrides?: readonly NormOverride[] | null;
  rowLabels?: readonly string[] | null;
}

export interface FitBase {
  /** Households whose eligibility was derived from income (and age). */
  derived: number;
  /** Households whose eligibility came from the override column. */
  overridden: number;
  /** Households outside the base because their income is above the passend limit. */
  aboveIncomeLimit: number;
  /** Households outside the base because the override says so. */
  overriddenOut: number;
  /** Labels of the rows outside the base, per reason. */
  aboveIncomeLimitLabels: string[];
  overriddenOutLabels: string[];
}

export interface FitCheckResult extends AllocationCheckResult {
  base: FitBase;
}

const isAge = (value: NumberField): value is number => hasValue(value) && Number.isInteger(value) && value >= 0 && value <= 130;

export function fitCheck(input: FitInput): FitCheckResult {
  const spec: ScopeSpec = { dates: input.dates, year: input.year };
  if (scopeMode(spec) === "allRows") throw messages.allocation.noYearInformation("De toets passend toewijzen");
  if (!input.incomes && !input.eligible) throw messages.allocation.noEligibilityInformation();
  const norms = new YearNorms(input.overrides);
  const fromRowDate = spec.year === undefined;
  const base: FitBase = { derived: 0, overridden: 0, aboveIncomeLimit: 0, overriddenOut: 0, aboveIncomeLimitLabels: [], overriddenOutLabels: [] };
  const blank = (column: readonly unknown[] | null | undefined, i: number) => !column || column[i] === "blank";

  /** Eligibility from income, size and age; "unreadable" when it cannot be decided. */
  const derive = (index: number, year: number, rowLabel: string | undefined): boolean | "unreadable" => {
    const income = input.incomes?.[index];
    const size = input.householdSizes[index];
    if (income === undefined || !hasValue(income) || !Number.isFinite(income) || income < 0 || !isHouseholdSize(size)) return "unreadable";
    const single = size === 1;
    const regular = norms.get(single ? FIT_INCOME_SINGLE : FIT_INCOME_MULTI, year, rowLabel).value;
    const atAow = norms.get(single ? FIT_INCOME_SINGLE_AOW : FIT_INCOME_MULTI_AOW, year, rowLabel).value;
    const age = input.ages?.[index];
    if (age !== undefined && age !== "blank") {
      if (!isAge(age)) return "unreadable";
      return income <= (age >= norms.get(AOW_AGE, year, rowLabel).value ? atAow : regular);
    }
    // No age: decide only where both limits agree.
    if (income <= Math.min(regular, atAow)) return true;
    if (income > Math.max(regular, atAow)) return false;
    return "unreadable";
  };

  const judged = judgeRowsInScope(
    spec,
    labelsOrPositions(input.rowLabels, input.rents.length),
    (i) => input.rents[i] === "blank" && input.householdSizes[i] === "blank" && blank(input.eligible, i) && blank(input.incomes, i) && blank(input.ages, i),
    ({ index, label, year }) => {
      const rowLabel = fromRowDate ? label : undefined;
      const flag = input.eligible?.[index];
      let eligible: boolean;
      if (flag !== undefined && flag !== "blank") {
        if (!hasValue(flag)) return "unreadable";
        eligible = flag;
        base.overridden += 1;
        if (!eligible) {
          base.overriddenOut += 1;
          base.overriddenOutLabels.push(label);
        }
      } else {
        if (!input.incomes) return "unreadable";
        const derived = derive(index, year as number, rowLabel);
        if (derived === "unreadable") return "unreadable";
        eligible = derived;
        base.derived += 1;
        if (!eligible) {
          base.aboveIncomeLimit += 1;
          base.aboveIncomeLimitLabels.push(label);
        }
      }
      if (!eligible) return "notInBase";
      const rent = input.rents[index];
      const size = input.householdSizes[index];
      if (!hasValue(rent) || !Number.isFinite(rent) || rent <= 0 || !isHouseholdSize(size)) return "unreadable";
      const capName = size <= 2 ? RENT_CAP_LOW : RENT_CAP_HIGH;
      return toCents(rent) <= norms.get(capName, year as number, rowLabel).value;
    },
  );
  const limits = input.incomes
    ? [RENT_CAP_LOW, RENT_CAP_HIGH, FIT_INCOME_SINGLE, FIT_INCOME_MULTI, FIT_INCOME_SINGLE_AOW, FIT_INCOME_MULTI_AOW]
    : [RENT_CAP_LOW, RENT_CAP_HIGH];
  return { ...minimumShareResult(judged, FIT_NORM, limits, norms, spec), base };
}
