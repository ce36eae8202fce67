/** en-US names and descriptions of the functions in allocationFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

const dates = { name: "dates", description: "Optional: column with the date of each allocation (Excel date or text such as 15-3-2025)." };
const norms = { name: "norms", description: "Optional: range with columns name, year, value (and optionally source) that overrides built-in norms." };
const sizes = { name: "household_sizes", description: "Column with the number of persons in each household." };

export const allocationFunctionsEnglish: Record<string, EnglishMetadata> = {
  PRIORITY_SHARE: {
    name: "PRIORITY.SHARE",
    description: "Share of allocations with priority for ties (local, economic, social) or a vital profession.",
    parameters: {
      toewijzingsgronden: { name: "allocation_grounds", description: "Column with the allocation ground of each allocation, e.g. \"regulier\", \"urgentie\", \"lokale binding\"." },
      datums: dates,
      jaar: { name: "year", description: "Optional: count only allocations dated in this year (needs dates), e.g. 2025." },
    },
    result: "Share with priority, 0 to 1.",
  },
  PRIORITY_CHECK: {
    name: "PRIORITY.CHECK",
    description: "Check of the priority maximum: share with priority, maximum, headroom and verdict, as a two-column block.",
    parameters: {
      toewijzingsgronden: { name: "allocation_grounds", description: "Column with the allocation ground of each allocation." },
      datums: dates,
      jaar: { name: "year", description: "Optional: the year you check, e.g. 2025." },
      maximum: { name: "maximum", description: "Optional: your own maximum as a share (e.g. 0.4); by default the legal maximum (50%)." },
      normen: norms,
    },
    result: "Block with share, maximum, headroom, verdict and counts.",
  },
  INCOME_CHECK: {
    name: "INCOME.CHECK",
    description: "Income check: share of allocations within the income limit against the allocation norm (92.5%).",
    parameters: {
      inkomens: { name: "incomes", description: "Column with the household income of each allocation (euros per year)." },
      huishoudgroottes: sizes,
      datums: { name: "dates", description: "Optional: column with the date of each allocation; each row is judged by its own year's limits." },
      jaar: { name: "year", description: "The year you check; without dates, its limits apply to all rows. Give a year, dates, or both." },
      normen: norms,
    },
    result: "Block with share within, norm, verdict, rows outside and counts.",
  },
  FIT_CHECK: {
    name: "FIT.CHECK",
    description: "Fit check (passend toewijzen): share of rent-allowance households with a rent up to the capping limit, against the norm (95%).",
    parameters: {
      huren: { name: "rents", description: "Column with the basic rent (kale huur) of each allocation (euros per month)." },
      huishoudgroottes: { name: "household_sizes", description: "Column with the number of persons per household (1–2: low capping limit, 3 or more: high)." },
      huurtoeslaggerechtigd: { name: "rent_allowance_eligible", description: "Column with TRUE/FALSE (or ja/nee): does the household fall under passend toewijzen?" },
      datums: { name: "dates", description: "Optional: column with the date of each allocation; each row is judged by its own year's limits." },
      jaar: { name: "year", description: "The year you check; without dates, its limits apply to all rows. Give a year, dates, or both." },
      normen: norms,
    },
    result: "Block with share fitting, norm, verdict, rows outside and counts.",
  },
};
