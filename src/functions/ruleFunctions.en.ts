/** en-US names and descriptions of the functions in ruleFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

const overridesParameter = {
  name: "norms",
  description: "Optional: range with columns name, year, value (and optionally source) that replaces built-in norms.",
};

export const valuesParameter = {
  name: "values",
  description: "Optional: your value mapping, columns field, value, read as (as on the sheet Mengwijzer_Waarden), e.g. eigendom \"Eigen bezit\" → huur.",
};

export const ruleFunctionsEnglish: Record<string, EnglishMetadata> = {
  NORM: {
    name: "NORM",
    description: "The value of a Dutch legal norm in a calendar year, e.g. the 2025 social rent limit (huurgrens).",
    parameters: {
      naam: { name: "name", description: "Dutch name of the norm, e.g. \"huurgrens\" or \"aftoppingsgrens laag\"." },
      jaar: { name: "year", description: "Calendar year, e.g. 2025." },
      normen: overridesParameter,
    },
    result: "The norm's value (amount, share or points).",
  },
  SEGMENT: {
    name: "SEGMENT",
    description: "Segment of a dwelling: social rent, mid-rent, free-sector rent or owner-occupied. The rent comes first: up to the social rent limit it is social rent, whatever the points.",
    parameters: {
      kale_huur: { name: "basic_rent", description: "Basic monthly rent in euros; may be blank for owner-occupied dwellings or at 143 points or fewer." },
      wws_punten: { name: "wws_points", description: "Optional: WWS points; above the social rent limit they decide mid-rent (144-186) or free sector (187+)." },
      eigendom: { name: "tenure", description: "Optional: \"koop\", \"eigendom\", \"verkocht\" etc. means owner-occupied; blank or \"huur\" means rented." },
      jaar: { name: "year", description: "Calendar year of the norms, e.g. 2025; required for rented dwellings." },
      normen: overridesParameter,
      toon_signaal: { name: "show_signal", description: "Optional: TRUE returns the signal instead of the segment (blank when none), for a second column; e.g. a rent above the social limit at 143 points or fewer." },
      waarden: valuesParameter,
    },
    result: "\"sociale huur\", \"middenhuur\", \"vrije sector huur\" or \"koop\"; with show_signal TRUE the signal.",
  },
  AFFORDABLE_PURCHASE: {
    name: "AFFORDABLE.PURCHASE",
    description: "TRUE when a purchase price is within the year's affordability limit for new-build homes.",
    parameters: {
      koopprijs: { name: "price", description: "Purchase price in euros." },
      jaar: { name: "year", description: "Calendar year of the limit, e.g. 2025 (required: the limit differs per year)." },
      normen: overridesParameter,
      toon_zekerheid: { name: "show_certainty", description: "Optional: TRUE returns a text saying how certain the limit is instead of TRUE/FALSE (the 2026 limit is unconfirmed), for a second column." },
    },
    result: "TRUE when price ≤ the limit, otherwise FALSE.",
  },
};
