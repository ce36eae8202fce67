/** All en-US metadata, by function id. */
import type { EnglishMetadata } from "./localization";
import { mixFunctionsEnglish } from "./mixFunctions.en";

export const englishMetadata: Record<string, EnglishMetadata> = {
  ...mixFunctionsEnglish,
};
