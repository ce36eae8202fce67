/**
 * en-US names and descriptions of the mix functions (functions-en.json is made from functions.json with these).
 * Function ids stay identical; only the displayed names and texts change. English name = the id with "_" → ".".
 */
import type { EnglishMetadata } from "./localization";

const categories = { name: "categories", description: "Column with each dwelling's category, e.g. its segment." };
const weights = { name: "weights", description: "Optional: number of dwellings per row, when each row is a group of dwellings." };
const areas = { name: "areas", description: "Column with each dwelling's area, e.g. its neighbourhood (buurt) code." };

export const compositionFunctionsEnglish: Record<string, EnglishMetadata> = {
  SHARE: {
    name: "SHARE",
    description: "Share of one category among the rows (0 to 1), optionally weighted by counts.",
    parameters: {
      "categorieën": categories,
      categorie: { name: "category", description: "The category whose share you want, e.g. \"sociale huur\"." },
      gewichten: weights,
    },
    result: "Share 0 to 1.",
  },
  ENTROPY: {
    name: "ENTROPY",
    description: "Normalised Shannon entropy of the mix (0 = one category, 1 = all categories equally large).",
    parameters: {
      "categorieën": categories,
      gewichten: weights,
      "aantal_categorieën": {
        name: "number_of_categories",
        description: "Optional: the number of possible categories (e.g. 4 segments); by default the number that occurs.",
      },
    },
    result: "Entropy 0 to 1.",
  },
  SIMPSON: {
    name: "SIMPSON",
    description: "Gini–Simpson diversity: the chance that two random dwellings differ in category.",
    parameters: { "categorieën": categories, gewichten: weights },
    result: "Diversity 0 to 1 − 1/K.",
  },
  TARGET_GAP: {
    name: "TARGET.GAP",
    description: "Gap to a target mix: the share of dwellings that would have to change category to reach the target.",
    parameters: {
      "categorieën": categories,
      "doelcategorieën": { name: "target_categories", description: "The categories of the target mix, e.g. \"sociale huur\", \"middenhuur\", \"koop\"." },
      doelaandelen: { name: "target_shares", description: "The target share of each target category (0 to 1); together exactly 1." },
      gewichten: weights,
    },
    result: "Gap 0 to 1 (0 = on target).",
  },
  DISSIMILARITY: {
    name: "DISSIMILARITY",
    description: "Index of dissimilarity D of two groups across areas (Duncan & Duncan): the share of the group that would have to move for an even spread.",
    parameters: {
      gebieden: areas,
      "categorieën": categories,
      groep: { name: "group", description: "The group you compare, e.g. \"sociale huur\"." },
      referentiegroep: { name: "reference_group", description: "Optional: the group you compare with; by default all other categories together." },
      gewichten: weights,
    },
    result: "D 0 to 1 (0 = spread alike).",
  },
  ISOLATION: {
    name: "ISOLATION",
    description: "Isolation index: the average share of their own group in the area of a member of the group.",
    parameters: {
      gebieden: areas,
      "categorieën": categories,
      groep: { name: "group", description: "The group, e.g. \"sociale huur\"." },
      gewichten: weights,
    },
    result: "Isolation from the group's overall share up to 1.",
  },
  EXPOSURE: {
    name: "EXPOSURE",
    description: "Exposure index: the average share of the other group in the area of a member of the group.",
    parameters: {
      gebieden: areas,
      "categorieën": categories,
      groep: { name: "group", description: "The group you look from, e.g. \"sociale huur\"." },
      andere_groep: { name: "other_group", description: "The group it is exposed to, e.g. \"koop\"." },
      gewichten: weights,
    },
    result: "Exposure 0 to 1.",
  },
  LOCATION_QUOTIENT: {
    name: "LOCATION.QUOTIENT",
    description: "Location quotient: the group's share in the area divided by its share in all areas together (1 = the same).",
    parameters: {
      gebieden: areas,
      "categorieën": categories,
      gebied: { name: "area", description: "The area, e.g. \"BU03630000\"." },
      groep: { name: "group", description: "The group, e.g. \"sociale huur\"." },
      gewichten: weights,
    },
    result: "LQ from 0 (1 = same share as the whole).",
  },
};
