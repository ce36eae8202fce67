/**
 * Reading the `eigendom` column of a stock sheet: is the dwelling owner-occupied (koop) or rented? Matching ignores
 * case, spaces, hyphens, underscores and slashes. Unknown words fail loudly rather than being taken for rent.
 */
import { messages } from "../messages";

export type Tenure = "koop" | "huur";

/** Spellings read as owner-occupied, as shown to users (docs and messages). */
export const OWNER_OCCUPIED_WORDS = [
  "koop",
  "koopwoning",
  "eigendom",
  "eigen woning",
  "eigenaar-bewoner",
  "verkocht",
  "koop/verkocht",
  "particulier eigendom",
] as const;

/** Spellings read as rented (the segment then follows from rent or points). */
export const RENTED_WORDS = [
  "huur",
  "huurwoning",
  "verhuurd",
  "sociale huur",
  "middenhuur",
  "vrije sector",
  "vrije sector huur",
  "particuliere huur",
  "particuliere verhuur",
  "corporatie",
  "daeb",
  "niet-daeb",
] as const;

function key(text: string): string {
  return text.toLocaleLowerCase("nl-NL").replace(/[\s\-_/]+/g, "");
}

const owner = new Set<string>(OWNER_OCCUPIED_WORDS.map(key));
const rented = new Set<string>(RENTED_WORDS.map(key));

/**
 * The tenure in one cell: text as listed above; WAAR (in eigendom) → koop, ONWAAR → huur; blank → null (treated as
 * rented by the caller). Other text is #VALUE! listing the owner-occupied spellings. "particulier" on its own is
 * deliberately not read: it may mean a private landlord.
 */
export function parseTenure(value: string | boolean | null): Tenure | null {
  if (value === null) return null;
  if (typeof value === "boolean") return value ? "koop" : "huur";
  const k = key(value);
  if (k === "") return null;
  if (owner.has(k)) return "koop";
  if (rented.has(k)) return "huur";
  throw messages.norms.unknownTenure(value.trim(), OWNER_OCCUPIED_WORDS);
}
