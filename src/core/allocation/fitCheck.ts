/**
 * The fit check (passend toewijzen, rules.md §3 and §10): among households marked eligible for rent allowance, an
 * allocation fits when the kale huur is at or below the aftoppingsgrens of its year: "aftoppingsgrens laag" for 1–2
 * persons, "aftoppingsgrens hoog" for 3 or more. Share fitting ≥ "passend norm" → "binnen norm". Households marked not
 * eligible are outside the base (counted, not judged).
 *
 * Rows: all of rent, household size, eligibility and date blank → a blank row. Otherwise, a row is not read when (with
 * dates) its date is blank or unreadable, when its eligibility is blank or not a yes/no value, or, for an eligible
 * household, when its rent is blank, not a number or not above 0, or its household size is not a whole number ≥ 1.
 */
import { messages } from "../messages";
import type { NormOverride } from "../norms/resolveNorm";
import { scopeMode, type ScopeSpec } from "./allocationScope";
import { hasValue, isHouseholdSize, type DateField, type FlagField, type NumberField } from "./fields";
import { labelsOrPositions } from "./rowLabels";
import { judgeRowsInScope } from "./rowsInScope";
import { minimumShareResult, type AllocationCheckResult } from "./shareVerdict";
import { YearNorms } from "./yearNorms";

export const FIT_NORM = "passend norm";
export const RENT_CAP_LOW = "aftoppingsgrens laag";
export const RENT_CAP_HIGH = "aftoppingsgrens hoog";

export interface FitInput {
  rents: readonly NumberField[];
  householdSizes: readonly NumberField[];
  eligible: readonly FlagField[];
  dates: readonly DateField[] | null;
  year: number | undefined;
  overrides?: readonly NormOverride[] | null;
  rowLabels?: readonly string[] | null;
}

export function fitCheck(input: FitInput): AllocationCheckResult {
  const spec: ScopeSpec = { dates: input.dates, year: input.year };
  if (scopeMode(spec) === "allRows") throw messages.allocation.noYearInformation("De toets passend toewijzen");
  const norms = new YearNorms(input.overrides);
  const fromRowDate = spec.year === undefined;
  const judged = judgeRowsInScope(
    spec,
    labelsOrPositions(input.rowLabels, input.rents.length),
    (i) => input.rents[i] === "blank" && input.householdSizes[i] === "blank" && input.eligible[i] === "blank",
    ({ index, label, year }) => {
      const rent = input.rents[index];
      const size = input.householdSizes[index];
      const eligible = input.eligible[index];
      if (!hasValue(eligible)) return "unreadable";
      if (!eligible) return "notInBase";
      if (!hasValue(rent) || !Number.isFinite(rent) || rent <= 0 || !isHouseholdSize(size)) return "unreadable";
      const capName = size <= 2 ? RENT_CAP_LOW : RENT_CAP_HIGH;
      return rent <= norms.get(capName, year as number, fromRowDate ? label : undefined).value;
    },
  );
  return minimumShareResult(judged, FIT_NORM, [RENT_CAP_LOW, RENT_CAP_HIGH], norms, spec);
}
