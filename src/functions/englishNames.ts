/** All en-US metadata, by function id. */
import type { EnglishMetadata } from "./localization";
import { compositionFunctionsEnglish } from "./mixFunctions.en";
import { segregationFunctionsEnglish } from "./segregationFunctions.en";
import { ruleFunctionsEnglish } from "./ruleFunctions.en";
import { allocationFunctionsEnglish } from "./allocationFunctions.en";
import { vitalityFunctionsEnglish } from "./vitalityFunctions.en";
import { changeFunctionsEnglish } from "./changeFunctions.en";
import { scenarioFunctionsEnglish } from "./scenarioFunctions.en";

export const englishMetadata: Record<string, EnglishMetadata> = {
  ...compositionFunctionsEnglish,
  ...segregationFunctionsEnglish,
  ...ruleFunctionsEnglish,
  ...allocationFunctionsEnglish,
  ...vitalityFunctionsEnglish,
  ...changeFunctionsEnglish,
  ...scenarioFunctionsEnglish,
};
