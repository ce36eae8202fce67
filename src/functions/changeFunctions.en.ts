/** en-US names and descriptions of the functions in changeFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

const areas = { name: "areas", description: "Column with each dwelling's area, e.g. its neighbourhood (buurt) code." };
const categories = { name: "categories", description: "Column with each dwelling's category, e.g. its segment." };
const weights = { name: "weights", description: "Optional: number of dwellings per row (whole numbers)." };
const group = {
  name: "group",
  description: "Optional: a category; D is then the dissimilarity of that group against all others. Without it: D_M over all categories.",
};

export const changeFunctionsEnglish: Record<string, EnglishMetadata> = {
  CHANGE: {
    name: "CHANGE",
    description:
      "Change in segregation between two snapshots: M and H of each, the difference, and the difference decomposed (Shapley, or Karmel-Maclachlan) into areas or categories added and removed, category composition, area sizes and structural change.",
    parameters: {
      gebieden_1: { name: "areas_1", description: "Column with each dwelling's area in the first (earlier) snapshot." },
      "categorieën_1": { name: "categories_1", description: "Column with each dwelling's category in the first snapshot." },
      gebieden_2: { name: "areas_2", description: "Column with each dwelling's area in the second snapshot." },
      "categorieën_2": { name: "categories_2", description: "Column with each dwelling's category in the second snapshot." },
      gewichten_1: { name: "weights_1", description: "Optional: number of dwellings per row of the first snapshot." },
      gewichten_2: { name: "weights_2", description: "Optional: number of dwellings per row of the second snapshot." },
      methode: { name: "method", description: 'Optional: "shapley" (default) or "km" (Karmel-Maclachlan).' },
    },
    result: "Table with a header row (part, M, H) and one row per part.",
  },
  LOCAL_SEGREGATION: {
    name: "LOCAL.SEGREGATION",
    description:
      "Local segregation per area: the local score L (how far the area's composition is from the whole) and its contribution share × L to M. The contributions add up to M. Areas sorted by name.",
    parameters: { gebieden: areas, "categorieën": categories, gewichten: { ...weights, description: "Optional: number of dwellings per row, when each row is a group of dwellings." } },
    result: "Table with a header row and one row per area.",
  },
  RANDOM_BASELINE: {
    name: "RANDOM.BASELINE",
    description:
      "Random baseline of D, H and M: the value each index has on average when the same area sizes and category totals are allocated at random (computed exactly), beside the observed value and the part above chance.",
    parameters: { gebieden: areas, "categorieën": categories, gewichten: weights, groep: group },
    result: "Table with a header row and the rows D, H and M.",
  },
  CONFIDENCE_INTERVAL: {
    name: "CONFIDENCE.INTERVAL",
    description:
      "Bootstrap confidence intervals for D, H and M: the observed value, the bias-corrected value, the standard error and the lower and upper limit. Reproducible with a seed.",
    parameters: {
      gebieden: areas,
      "categorieën": categories,
      gewichten: weights,
      groep: group,
      trekkingen: { name: "draws", description: "Optional: number of bootstrap draws, 10 to 10000 (default 500)." },
      betrouwbaarheid: { name: "level", description: "Optional: confidence level of the interval, between 0.5 and 1 (default 0.95)." },
      startwaarde: { name: "seed", description: "Optional: seed of the random generator, a whole number (default 1); the same seed gives the same interval." },
    },
    result: "Table with a header row and the rows D, H and M.",
  },
};
