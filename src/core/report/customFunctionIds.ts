/**
 * The custom function ids a report formula may call, with their Dutch (functions.json, the default) and English
 * (functions-en.json) names, exactly as in the generated metadata; a test keeps the two equal. One namespace, MENG, in
 * every language: Microsoft documents localizing a function's *name* through one metadata file per language, while the
 * namespace and id are the function's identity (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming);
 * Excel keeps add-in functions apart by namespace + name (OfficeDev/Excel-Custom-Functions#108, office-js#4207).
 */
export const CUSTOM_FUNCTION_NAMES = {
  SHARE: { nl: "AANDEEL", en: "SHARE" },
  ENTROPY: { nl: "ENTROPIE", en: "ENTROPY" },
  SIMPSON: { nl: "DIVERSITEIT", en: "SIMPSON" },
  TARGET_GAP: { nl: "DOELAFSTAND", en: "TARGET.GAP" },
  DISSIMILARITY: { nl: "DISSIMILARITEIT", en: "DISSIMILARITY" },
  DISSIMILARITY_MULTI: { nl: "DISSIMILARITEIT.MULTI", en: "DISSIMILARITY.MULTI" },
  THEIL: { nl: "THEIL", en: "THEIL" },
  MUTUAL_INFO: { nl: "MUTUELEINFORMATIE", en: "MUTUAL.INFO" },
  ISOLATION: { nl: "ISOLATIE", en: "ISOLATION" },
  EXPOSURE: { nl: "BLOOTSTELLING", en: "EXPOSURE" },
  LOCATION_QUOTIENT: { nl: "LOCATIEQUOTIENT", en: "LOCATION.QUOTIENT" },
  SCALE: { nl: "SCHAAL", en: "SCALE" },
  BY_AREA: { nl: "PERGEBIED", en: "BY.AREA" },
  VITALITY: { nl: "VITALITEIT", en: "VITALITY" },
  VITALITY_FLAG: { nl: "VITALITEIT.OORDEEL", en: "VITALITY.FLAG" },
  LIVABILITY_POINTS: { nl: "PUNTEN.LEEFBAARHEID", en: "LIVABILITY.POINTS" },
  ORGANISATION_POINTS: { nl: "PUNTEN.ORGANISATIEKRACHT", en: "ORGANISATION.POINTS" },
  RESILIENCE_POINTS: { nl: "PUNTEN.VEERKRACHT", en: "RESILIENCE.POINTS" },
  NORM: { nl: "NORM", en: "NORM" },
  SEGMENT: { nl: "SEGMENT", en: "SEGMENT" },
  PRIORITY_SHARE: { nl: "VOORRANG.AANDEEL", en: "PRIORITY.SHARE" },
  PRIORITY_CHECK: { nl: "VOORRANG.TOETS", en: "PRIORITY.CHECK" },
  INCOME_CHECK: { nl: "TOEWIJZING.INKOMEN", en: "INCOME.CHECK" },
  FIT_CHECK: { nl: "TOEWIJZING.PASSEND", en: "FIT.CHECK" },
  CHANGE: { nl: "VERANDERING", en: "CHANGE" },
  LOCAL_SEGREGATION: { nl: "LOKALESEGREGATIE", en: "LOCAL.SEGREGATION" },
  RANDOM_BASELINE: { nl: "TOEVAL", en: "RANDOM.BASELINE" },
  CONFIDENCE_INTERVAL: { nl: "INTERVAL", en: "CONFIDENCE.INTERVAL" },
  SCENARIO_STOCK: { nl: "SCENARIO.VOORRAAD", en: "SCENARIO.STOCK" },
} as const;

export type CustomFunctionIdName = keyof typeof CUSTOM_FUNCTION_NAMES;

/** The one custom-function namespace, in every language (manifest.xml: Functions.Namespace, no overrides). */
export const FUNCTION_NAMESPACE = "MENG";

/**
 * The display languages for which manifest.xml points Excel at functions-en.json (bt:Override of
 * Functions.Metadata.Url); every other language gets the default, Dutch functions.json. Office reports the display
 * language as a culture name (Office.context.displayLanguage, e.g. "en-GB"), and Excel on the web takes it from the
 * user's account, so every English culture Microsoft 365 offers is listed, not only en-US. A test keeps this list and the
 * manifest's overrides identical, so the names a report writes always match the metadata Excel loaded.
 */
export const ENGLISH_METADATA_LOCALES = [
  "en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-ZA", "en-SG", "en-MY", "en-PH", "en-HK",
  "en-JM", "en-BZ", "en-TT", "en-ZW", "en-029",
] as const;

const englishLocales = new Set<string>(ENGLISH_METADATA_LOCALES.map((l) => l.toLowerCase()));

/**
 * Which metadata file Excel loaded for a display language: "en" exactly for the cultures the manifest overrides,
 * "nl" (the default functions.json) for everything else, including an English culture the manifest does not list.
 * Custom-function names written with Range.formulas are not translated by Excel (office-js#891), so a report must
 * write the names of the file Excel really loaded.
 */
export function functionLocale(displayLanguage: string | null | undefined): "nl" | "en" {
  const tag = (displayLanguage ?? "").trim().replace(/_/g, "-").toLowerCase();
  return englishLocales.has(tag) ? "en" : "nl";
}

export function qualifiedFunctionName(id: CustomFunctionIdName, locale: "nl" | "en"): string {
  return `${FUNCTION_NAMESPACE}.${CUSTOM_FUNCTION_NAMES[id][locale]}`;
}
