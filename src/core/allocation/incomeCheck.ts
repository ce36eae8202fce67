/**
 * The income check (Woningwet art. 48 and BTIV; rules.md §2 and §10): an allocation is within the target group when
 * the household income is at or below the DAEB income limit for its household size (1 person: "inkomensgrens
 * eenpersoons"; 2 or more: "inkomensgrens meerpersoons") of the allocation's year. Share within ≥ "toewijzingsnorm"
 * (92.5%) → "binnen norm"; with the free room widened to 15% in prestatieafspraken (`widened`), the norm is
 * "toewijzingsnorm verruimd" (85%).
 *
 * The base: allocations of DAEB dwellings with a rent at or below the huurgrens, per corporation per calendar year.
 * With a rents column, a row whose kale huur (in whole cents) is above the huurgrens of its year is outside the base;
 * with a kinds column, a row whose dwelling is not social rent (middenhuur, vrije sector, niet-DAEB, koop) is outside
 * it. Rows outside the base are counted by reason, never judged. Without those columns every row is taken as in the
 * base, and the function says so.
 *
 * Rows: all of income, household size (and rent and kind, when given) and date blank → a blank row. Otherwise, a row
 * is not read when (with dates) its date is blank or unreadable, its income is blank, not a number or negative, its
 * household size is blank or not a whole number of 1 or more, (with rents) its rent is blank, not a number or not above
 * 0, or (with kinds) its kind is filled in but not recognised. A blank kind leaves the rent to decide.
 */
import { messages } from "../messages";
import type { NormOverride } from "../norms/resolveNorm";
import { toCents } from "../rules/money";
import { scopeMode, type ScopeSpec } from "./allocationScope";
import { readDwellingKind } from "./dwellingKind";
import { hasValue, isHouseholdSize, type DateField, type NumberField } from "./fields";
import { labelsOrPositions } from "./rowLabels";
import { judgeRowsInScope } from "./rowsInScope";
import { minimumShareResult, type AllocationCheckResult } from "./shareVerdict";
import { YearNorms } from "./yearNorms";

export const INCOME_NORM = "toewijzingsnorm";
export const INCOME_NORM_WIDENED = "toewijzingsnorm verruimd";
export const INCOME_LIMIT_SINGLE = "inkomensgrens eenpersoons";
export const INCOME_LIMIT_MULTI = "inkomensgrens meerpersoons";
export const RENT_LIMIT = "huurgrens";

export interface IncomeInput {
  incomes: readonly NumberField[];
  householdSizes: readonly NumberField[];
  dates: readonly DateField[] | null;
  year: number | undefined;
  overrides?: readonly NormOverride[] | null;
  rowLabels?: readonly string[] | null;
  /** Kale huur per allocation; rows above the huurgrens of their year are outside the base. */
  rents?: readonly NumberField[] | null;
  /** Dwelling kind per allocation ("soort woning"); rows that are not social rent are outside the base. */
  kinds?: readonly (string | null)[] | null;
  /** The free allocation room is widened to 15% in prestatieafspraken: the norm is 85% instead of 92.5%. */
  widened?: boolean;
}

/** Rows outside the base, by reason. */
export interface IncomeBaseExclusions {
  /** Kale huur above the huurgrens of the row's year. */
  aboveRentLimit: number;
  /** Dwelling kind other than social rent (DAEB). */
  notDaeb: number;
  /** Labels of the rows left out, per reason (same order as the counts). */
  aboveRentLimitLabels: string[];
  notDaebLabels: string[];
  /** Whether the check could filter on rent and on kind at all. */
  filteredOnRent: boolean;
  filteredOnKind: boolean;
}

export interface IncomeCheckResult extends AllocationCheckResult {
  excluded: IncomeBaseExclusions;
  normName: string;
}

export function incomeCheck(input: IncomeInput): IncomeCheckResult {
  const spec: ScopeSpec = { dates: input.dates, year: input.year };
  if (scopeMode(spec) === "allRows") throw messages.allocation.noYearInformation("De inkomenstoets");
  const norms = new YearNorms(input.overrides);
  const fromRowDate = spec.year === undefined;
  const excluded: IncomeBaseExclusions = {
    aboveRentLimit: 0, notDaeb: 0, aboveRentLimitLabels: [], notDaebLabels: [],
    filteredOnRent: Boolean(input.rents), filteredOnKind: Boolean(input.kinds),
  };
  const kindBlank = (i: number) => {
    const kind = input.kinds?.[i];
    return kind === null || kind === undefined || kind.trim() === "";
  };
  const judged = judgeRowsInScope(
    spec,
    labelsOrPositions(input.rowLabels, input.incomes.length),
    (i) => input.incomes[i] === "blank" && input.householdSizes[i] === "blank" && (!input.rents || input.rents[i] === "blank") && kindBlank(i),
    ({ index, label, year }) => {
      const rowLabel = fromRowDate ? label : undefined;
      if (input.kinds && !kindBlank(index)) {
        const kind = readDwellingKind(input.kinds[index] as string);
        if (kind === null) return "unreadable";
        if (kind !== "sociale huur") {
          excluded.notDaeb += 1;
          excluded.notDaebLabels.push(label);
          return "notInBase";
        }
      }
      if (input.rents) {
        const rent = input.rents[index];
        if (!hasValue(rent) || !Number.isFinite(rent) || rent <= 0) return "unreadable";
        if (toCents(rent) > norms.get(RENT_LIMIT, year as number, rowLabel).value) {
          excluded.aboveRentLimit += 1;
          excluded.aboveRentLimitLabels.push(label);
          return "notInBase";
        }
      }
      const income = input.incomes[index];
      const size = input.householdSizes[index];
      if (!hasValue(income) || !Number.isFinite(income) || income < 0 || !isHouseholdSize(size)) return "unreadable";
      const limitName = size === 1 ? INCOME_LIMIT_SINGLE : INCOME_LIMIT_MULTI;
      return income <= norms.get(limitName, year as number, rowLabel).value;
    },
  );
  const normName = input.widened ? INCOME_NORM_WIDENED : INCOME_NORM;
  const limits = input.rents ? [INCOME_LIMIT_SINGLE, INCOME_LIMIT_MULTI, RENT_LIMIT] : [INCOME_LIMIT_SINGLE, INCOME_LIMIT_MULTI];
  return { ...minimumShareResult(judged, normName, limits, norms, spec), excluded, normName };
}
