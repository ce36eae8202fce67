/** en-US names and descriptions of the functions in vitalityFunctions.ts (see localization.ts). */
import type { EnglishMetadata } from "./localization";

export const vitalityFunctionsEnglish: Record<string, EnglishMetadata> = {
  VITALITY: {
    name: "VITALITY",
    description: "Vitality score of an area: livability × organisation × resilience (each 1 to 3 points, 3 = most concern).",
    parameters: {
      leefbaarheid: { name: "livability", description: "Livability points (1, 2 or 3), e.g. from LIVABILITY.POINTS." },
      organisatiekracht: { name: "organisation", description: "Organisation points (1, 2 or 3), e.g. from ORGANISATION.POINTS." },
      veerkracht: { name: "resilience", description: "Resilience points (1, 2 or 3), e.g. from RESILIENCE.POINTS." },
    },
    result: "Score 1 to 27; the higher, the more concern.",
  },
  VITALITY_FLAG: {
    name: "VITALITY.FLAG",
    description: "Verdict on a vitality score: \"nader bekijken\" (look closer) from the threshold (default 9), else \"geen signaal\".",
    parameters: {
      score: { name: "score", description: "Vitality score 1 to 27 (result of VITALITY)." },
      drempel: { name: "threshold", description: "Optional: score from which an area gets a closer look; default 9." },
    },
    result: "\"nader bekijken\" or \"geen signaal\".",
  },
  LIVABILITY_POINTS: {
    name: "LIVABILITY.POINTS",
    description: "Livability points from the Leefbaarometer class: classes 1–4 give 3 points, 5–6 give 2, 7–9 give 1. This mapping is Mengwijzer's own, not the vitality score's source.",
    parameters: {
      klasse: { name: "class", description: "Leefbaarometer class, 1 (very insufficient) to 9 (excellent)." },
    },
    result: "1, 2 or 3 points (3 = most concern).",
  },
  ORGANISATION_POINTS: {
    name: "ORGANISATION.POINTS",
    description: "Organisation points: a neighbourhood council and an area director give 1, one of them 2, neither 3. This mapping is Mengwijzer's own.",
    parameters: {
      wijkraad: { name: "neighbourhood_council", description: "TRUE when there is a neighbourhood council (wijkraad); yes/no and 1/0 also work." },
      wijkregisseur: { name: "area_director", description: "TRUE when there is an area director (wijkregisseur); yes/no and 1/0 also work." },
    },
    result: "1, 2 or 3 points (3 = most concern).",
  },
  RESILIENCE_POINTS: {
    name: "RESILIENCE.POINTS",
    description: "Resilience points from a nuisance measure: up to low_limit 1 point, up to high_limit 2, above it 3. Mengwijzer's own mapping; you choose the measure and limits.",
    parameters: {
      overlastmaat: { name: "nuisance", description: "Measure of nuisance in the area (e.g. reports per 1,000 dwellings)." },
      grens_laag: { name: "low_limit", description: "Up to and including this value: 1 point." },
      grens_hoog: { name: "high_limit", description: "Up to and including this value: 2 points; above it 3." },
    },
    result: "1, 2 or 3 points (3 = most concern).",
  },
};
