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
import { describeScope, rowScope, scopeMode, type ScopeSpec } from "./allocationScope";
import { CheckRows } from "./checkRows";
import { hasValue, type DateField, type FlagField, type NumberField } from "./fields";
import { appliedLimits, isHouseholdSize, type AllocationCheckResult } from "./incomeCheck";
import { labelsOrPositions } from "./rowLabels";
import { minimumShareVerdict } from "./shareVerdict";
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
  const n = input.rents.length;
  const labels = labelsOrPositions(input.rowLabels, n);
  const norms = new YearNorms(input.overrides);
  const rows = new CheckRows();
  const firstLabelByYear = new Map<number, string>();
  const fromRowDate = spec.year === undefined;
  for (let i = 0; i < n; i++) {
    const rent = input.rents[i];
    const size = input.householdSizes[i];
    const eligible = input.eligible[i];
    if (rent === "blank" && size === "blank" && eligible === "blank" && (!input.dates || input.dates[i] === "blank")) {
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
    if (!hasValue(eligible)) {
      rows.markUnreadable(labels[i]);
      continue;
    }
    if (!eligible) {
      rows.markNotInBase();
      continue;
    }
    if (!hasValue(rent) || !Number.isFinite(rent) || rent <= 0 || !isHouseholdSize(size)) {
      rows.markUnreadable(labels[i]);
      continue;
    }
    const year = scope.year as number;
    if (!firstLabelByYear.has(year)) firstLabelByYear.set(year, labels[i]);
    const capName = size <= 2 ? RENT_CAP_LOW : RENT_CAP_HIGH;
    const cap = norms.get(capName, year, fromRowDate ? labels[i] : undefined).value;
    rows.markJudged(labels[i], year, rent <= cap);
  }
  const verdict = minimumShareVerdict(rows, FIT_NORM, norms, spec, firstLabelByYear);
  const limits = appliedLimits([RENT_CAP_LOW, RENT_CAP_HIGH], norms, spec.year);
  return { ...verdict, rows, limits, overrideUsed: norms.overrideUsed, yearText: describeScope(spec, rows.years) };
}
