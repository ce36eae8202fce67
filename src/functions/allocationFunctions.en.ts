/** en-US names and descriptions of the functions in allocationFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";
import { valuesParameter } from "./ruleFunctions.en";

const dates = { name: "dates", description: "Optional: column with the date of each allocation (Excel date or text such as 15-3-2025)." };
const norms = { name: "norms", description: "Optional: range with columns name, year, value (and optionally source) that overrides built-in norms." };
const sizes = { name: "household_sizes", description: "Column with the number of persons in each household." };
const kinds = { name: "dwelling_kinds", description: "Optional: column with the kind of dwelling of each allocation (sociale huur, middenhuur, koop, ...)." };

export const allocationFunctionsEnglish: Record<string, EnglishMetadata> = {
  PRIORITY_SHARE: {
    name: "PRIORITY.SHARE",
    description: "Share of allocations with priority for ties (local, economic, social) or a vital profession.",
    parameters: {
      toewijzingsgronden: { name: "allocation_grounds", description: "Column with the allocation ground of each allocation, e.g. \"regulier\", \"urgentie\", \"lokale binding\"." },
      datums: dates,
      jaar: { name: "year", description: "Optional: count only allocations dated in this year (needs dates), e.g. 2025." },
      waarden: valuesParameter,
    },
    result: "Share with priority, 0 to 1.",
  },
  PRIORITY_CHECK: {
    name: "PRIORITY.CHECK",
    description: "Indicator against the priority maximum (Huisvestingswet art. 14): share with priority, maximum, both room figures and verdict, as a two-column block. An indicator, not the legal test, which concerns the municipal housing ordinance.",
    parameters: {
      toewijzingsgronden: { name: "allocation_grounds", description: "Column with the allocation ground of each allocation." },
      datums: dates,
      jaar: { name: "year", description: "Optional: the year you check, e.g. 2025." },
      maximum: { name: "maximum", description: "Optional: the housing ordinance's percentage as a share (e.g. 0.4); by default the legal maximum (50%)." },
      normen: norms,
      soorten_woning: { ...kinds, description: `${kinds.description} Needed with designated_categories.` },
      aangewezen_categorieën: { name: "designated_categories", description: "Optional: the dwelling categories the ordinance designates, e.g. \"sociale huur\"; only those allocations count." },
      waarden: valuesParameter,
    },
    result: "Block with share, maximum, both room figures, verdict (indicator) and counts.",
  },
  INCOME_CHECK: {
    name: "INCOME.CHECK",
    description: "Income check: share of allocations of DAEB dwellings up to the rent limit within the income limit, against the allocation norm (92.5%, or 85% with widened free room).",
    parameters: {
      inkomens: { name: "incomes", description: "Column with the household income of each allocation (euros per year)." },
      huishoudgroottes: sizes,
      datums: { name: "dates", description: "Optional: column with the date of each allocation; each row is judged by its own year's limits." },
      jaar: { name: "year", description: "The year you check; without dates, its limits apply to all rows. Give a year, dates, or both." },
      normen: norms,
      huren: { name: "rents", description: "Optional: column with the basic rent of each allocation; rows above the year's rent limit (huurgrens) do not count." },
      soorten_woning: { ...kinds, description: `${kinds.description} Only social rent (DAEB) counts.` },
      vrije_ruimte_verruimd: { name: "free_room_widened", description: "Optional: TRUE when the free room is widened to 15% in performance agreements (norm 85%)." },
    },
    result: "Block with share within, norm, verdict, rows outside and counts.",
  },
  FIT_CHECK: {
    name: "FIT.CHECK",
    description: "Fit check (passend toewijzen): share of households below the passend income limit with a rent up to their capping limit, against the norm (95%). Who counts follows from income, household size and age; the eligibility column is an explicit override per row.",
    parameters: {
      huren: { name: "rents", description: "Column with the basic rent (kale huur) of each allocation (euros per month)." },
      huishoudgroottes: { name: "household_sizes", description: "Column with the number of persons per household (1–2: low capping limit, 3 or more: high)." },
      huurtoeslaggerechtigd: { name: "rent_allowance_eligible", description: "Optional: column with TRUE/FALSE (or ja/nee) as your own choice of who counts; it wins per row, a blank cell leaves it to the income." },
      datums: { name: "dates", description: "Optional: column with the date of each allocation; each row is judged by its own year's limits." },
      jaar: { name: "year", description: "The year you check; without dates, its limits apply to all rows. Give a year, dates, or both." },
      normen: norms,
      inkomens: { name: "incomes", description: "Optional: column with the household income (euros per year); households at or below the passend income limit count." },
      leeftijden: { name: "ages", description: "Optional: column with the age of the applicant (or the older partner); from the AOW age the AOW limits apply." },
      waarden: valuesParameter,
    },
    result: "Block with share fitting, norm, verdict, rows outside and counts.",
  },
};
