/** en-US names and descriptions of the functions in allocationFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

export const allocationFunctionsEnglish: Record<string, EnglishMetadata> = {};
