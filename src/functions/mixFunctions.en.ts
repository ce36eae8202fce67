/**
 * en-US names and descriptions of the mix functions (functions-en.json is made from functions.json with these).
 * Function ids stay identical; only the displayed names and texts change.
 */
import type { EnglishMetadata } from "./localization";

export const compositionFunctionsEnglish: Record<string, EnglishMetadata> = {
  SHARE: {
    name: "SHARE",
    description: "Share of one category among the rows (0 to 1), optionally weighted by counts.",
    parameters: {
      "categorieën": { name: "categories", description: "Column with each dwelling's category, e.g. its segment." },
      categorie: { name: "category", description: "The category whose share you want, e.g. \"sociale huur\"." },
      gewichten: { name: "weights", description: "Optional: number of dwellings per row, when each row is a group of dwellings." },
    },
    result: "Share 0 to 1.",
  },
};
