/**
 * The built-in vocabulary: the words Dutch housing-corporation exports use for ownership (tenure), market segment,
 * allocation ground and yes/no, and what each is read as. docs/waarden.md lists the same words for users; a test keeps
 * the two in step. A word a corporation uses that is not here is not guessed: the pane lists it as unknown and the user
 * maps it (valueMap.ts).
 *
 * Matching ignores case, accents, spaces, hyphens, underscores, dots, slashes and brackets (`valueKey`), so
 * "Koop (verkocht)", "koop/verkocht" and "KOOP-VERKOCHT" are one word.
 */
import type { Segment } from "../rules/segment";
import type { Tenure } from "../rules/tenure";

/** Lower case, no accents, no separators: the key under which a value is looked up. */
export function valueKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("nl-NL")
    .replace(/[\s\u00a0\-_/.,;:()[\]'"]+/g, "");
}

/**
 * Ownership words read as owner-occupied (koop). Sold corporation dwellings ("verkocht"), dwellings sold under
 * conditions (koopgarant, VOV: the buyer owns them) and private owners in an owners' association (VvE) are koop.
 */
export const OWNER_OCCUPIED_WORDS = [
  "koop", "koopwoning", "eigendom", "eigen woning", "eigenaar-bewoner", "eigenaar bewoner", "verkocht", "koop/verkocht",
  "koop (verkocht)", "verkocht (koop)", "particulier eigendom", "particulier (VvE)", "particulier VvE", "VvE", "VvE-lid",
  "lid VvE", "verkocht VvE", "verkocht onder voorwaarden", "VOV", "koopgarant", "kopen naar wens", "slimmer kopen",
  "koop particulier", "particuliere koop", "owner-occupied",
] as const;

/**
 * Ownership words read as rented (huur): the corporation's own stock under any name ("eigen bezit", "woonstichting",
 * "DAEB", "verhuurd niet-DAEB"), and dwellings it manages for another owner ("in beheer", "beheer derden"), which are
 * let to tenants. The segment of a rented dwelling then follows from its rent or points.
 */
export const RENTED_WORDS = [
  "huur", "huurwoning", "verhuurd", "sociale huur", "middenhuur", "vrije sector", "vrije sector huur", "particuliere huur",
  "particuliere verhuur", "particuliere verhuurder", "particulier verhuurd", "belegger", "corporatie", "woningcorporatie", "wooncorporatie", "woonstichting", "woningstichting",
  "woningbouwvereniging", "eigen bezit", "bezit", "bezit corporatie", "corporatiebezit", "DAEB", "niet-DAEB",
  "verhuurd DAEB", "verhuurd niet-DAEB", "DAEB verhuurd", "niet-DAEB verhuurd", "huur DAEB", "huur niet-DAEB",
  "in beheer", "beheer", "beheer derden", "beheer voor derden", "in beheer derden", "in beheer bij derden", "rented",
] as const;

/** Segment words, as a segment column may hold them. "niet-DAEB" alone is not a segment (middenhuur or vrije sector). */
export const SEGMENT_WORDS: Readonly<Record<Segment, readonly string[]>> = {
  "sociale huur": [
    "sociale huur", "sociaal", "soc huur", "sociale huurwoning", "sociale huursector", "DAEB", "DAEB huur", "huur DAEB",
    "sociale huur DAEB", "goedkoop", "betaalbaar", "betaalbaar laag", "betaalbaar hoog", "bereikbaar", "social rent",
  ],
  middenhuur: [
    "middenhuur", "middeldure huur", "midden", "middensegment", "middenhuur niet-DAEB", "niet-DAEB middenhuur",
    "gereguleerde middenhuur", "middeldure huurwoning", "mid-rent", "middle rent",
  ],
  "vrije sector huur": [
    "vrije sector huur", "vrije sector", "vrije huur", "vrije-sectorhuur", "geliberaliseerd", "geliberaliseerde huur",
    "dure huur", "duur boven liberalisatiegrens", "duur boven huurgrens", "vrije sector niet-DAEB", "niet-DAEB vrije sector", "free sector",
  ],
  koop: ["koop", "koopwoning", "verkocht", "eigendom", "eigen woning", "owner-occupied"],
};

/** The readings a user can choose per field, in the pane and in the third column of a `waarden` range. */
export const SKIP_READING = "overslaan";

export type ValueField = "ownership" | "segment" | "allocationGround" | "rentAllowanceEligible";

export const VALUE_FIELDS: readonly ValueField[] = ["ownership", "segment", "allocationGround", "rentAllowanceEligible"];

/** Dutch field names, as in the first column of the Mengwijzer_Waarden sheet. */
export const VALUE_FIELD_NAMES: Readonly<Record<ValueField, string>> = {
  ownership: "eigendom",
  segment: "segment",
  allocationGround: "toewijzingsgrond",
  rentAllowanceEligible: "huurtoeslaggerechtigd",
};

export const READINGS: Readonly<Record<ValueField, readonly string[]>> = {
  ownership: ["huur", "koop", SKIP_READING],
  segment: ["sociale huur", "middenhuur", "vrije sector huur", "koop", SKIP_READING],
  allocationGround: ["voorrang", "regulier", SKIP_READING],
  rentAllowanceEligible: ["ja", "nee", SKIP_READING],
};

function keyed<T>(entries: [readonly string[], T][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [words, value] of entries) for (const word of words) map.set(valueKey(word), value);
  return map;
}

export const BUILT_IN_OWNERSHIP: ReadonlyMap<string, Tenure> = keyed<Tenure>([
  [OWNER_OCCUPIED_WORDS, "koop"],
  [RENTED_WORDS, "huur"],
]);

export const BUILT_IN_SEGMENT: ReadonlyMap<string, Segment> = keyed<Segment>(
  (Object.entries(SEGMENT_WORDS) as [Segment, readonly string[]][]).map(([segment, words]) => [words, segment]),
);
