/** en-US names and descriptions of the functions in segregationFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

const areas = { name: "areas", description: "Column with each dwelling's area, e.g. its neighbourhood (buurt) code." };
const categories = { name: "categories", description: "Column with each dwelling's category, e.g. its segment." };
const weights = { name: "weights", description: "Optional: number of dwellings per row, when each row is a group of dwellings." };

export const segregationFunctionsEnglish: Record<string, EnglishMetadata> = {
  DISSIMILARITY_MULTI: {
    name: "DISSIMILARITY.MULTI",
    description:
      "Multigroup dissimilarity D_M (0 to 1): the share of dwellings that would have to move to give every area the composition of the whole, relative to the maximum.",
    parameters: { gebieden: areas, "categorieën": categories, gewichten: weights },
    result: "D_M, 0 to 1.",
  },
  THEIL: {
    name: "THEIL",
    description: "Theil's information theory index H (0 to 1): the share of the whole's diversity lost, on average, within the areas.",
    parameters: { gebieden: areas, "categorieën": categories, gewichten: weights },
    result: "H, 0 to 1.",
  },
  MUTUAL_INFO: {
    name: "MUTUAL.INFO",
    description: "Mutual information index M (in nats, 0 to ln K): segregation that adds up over scales.",
    parameters: { gebieden: areas, "categorieën": categories, gewichten: weights },
    result: "M in nats.",
  },
  SCALE: {
    name: "SCALE",
    description:
      "Scale decomposition of M: total, between the coarse areas, within the coarse areas, and the within share. Spills a block of 4 rows × 2 columns (label, value).",
    parameters: {
      fijne_gebieden: { name: "fine_areas", description: "Column with each dwelling's fine area, e.g. its complex or neighbourhood." },
      grove_gebieden: {
        name: "coarse_areas",
        description: "Column with each dwelling's coarse area, e.g. its district (wijk); each fine area lies in exactly one coarse area.",
      },
      "categorieën": categories,
      gewichten: weights,
    },
    result: "Block of label and value: M total, M between, M within, within share.",
  },
  BY_AREA: {
    name: "BY.AREA",
    description:
      "Composition per area: for each area its size, the share of each category, the entropy (with the number of categories of the whole range), the location quotient of each category, the local segregation score and the contribution to M. Areas sorted by name.",
    parameters: { gebieden: areas, "categorieën": categories, gewichten: weights },
    result: "Table with a header row and one row per area.",
  },
};
