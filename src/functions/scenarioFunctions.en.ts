/** en-US names and descriptions of the functions in scenarioFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

export const scenarioFunctionsEnglish: Record<string, EnglishMetadata> = {
  SCENARIO_STOCK: {
    name: "SCENARIO.STOCK",
    description:
      "Stock after a scenario: per area and category the number of dwellings after the interventions (sale, demolition, new build, liberalisation, merging, splitting), as three columns area, category, count without a header row. Pass columns 1, 2 and 3 as areas, categories and weights to any other MENG function.",
    parameters: {
      gebieden: { name: "areas", description: "Column with each dwelling's area, e.g. its neighbourhood (buurt) code." },
      "categorieën": { name: "categories", description: "Column with each dwelling's category, e.g. its segment." },
      scenario: {
        name: "scenario",
        description: "The scenario: columns area, intervention, from, to, count, count after, year (a header row may be included), e.g. Mengwijzer_Scenario[#All].",
      },
      gewichten: { name: "weights", description: "Optional: number of dwellings per stock row, when each row is a group of dwellings." },
      tot_jaar: { name: "until_year", description: "Optional: only interventions up to and including this year count (default: the whole plan)." },
      waarden: { name: "values", description: "Optional: your value mapping (sheet Mengwijzer_Waarden), for segment words in the scenario." },
    },
    result: "Table without a header row: area, category, number of dwellings; only combinations with dwellings.",
  },
};
