/**
 * The custom function ids a report formula may call, with their Dutch (MENG, default) and English (MIX, en-US) names,
 * exactly as in functions.json and functions-en.json. A test keeps this list equal to the generated metadata.
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
  LOCATION_QUOTIENT: { nl: "LQ", en: "LOCATION.QUOTIENT" },
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
} as const;

export type CustomFunctionIdName = keyof typeof CUSTOM_FUNCTION_NAMES;

/** Namespaces per manifest locale: MIX only where the manifest overrides it (en-US), MENG everywhere else. */
export function functionLocale(displayLanguage: string | null | undefined): "nl" | "en" {
  return (displayLanguage ?? "").toLowerCase() === "en-us" ? "en" : "nl";
}

export function qualifiedFunctionName(id: CustomFunctionIdName, locale: "nl" | "en"): string {
  return `${locale === "en" ? "MIX" : "MENG"}.${CUSTOM_FUNCTION_NAMES[id][locale]}`;
}
