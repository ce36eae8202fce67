/** en-US names and descriptions of the functions in segregationFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

export const segregationFunctionsEnglish: Record<string, EnglishMetadata> = {};
