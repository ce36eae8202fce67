/** en-US names and descriptions of the functions in ruleFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

export const ruleFunctionsEnglish: Record<string, EnglishMetadata> = {};
