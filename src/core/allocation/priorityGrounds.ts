/**
 * Reading an allocation ground (toewijzingsgrond) as the priority quota sees it (rules.md §1): priority for economic or
 * social ties (incl. local and regional ties, "binding" in any form) and for vital professions counts towards the
 * maximum; every other ground is regular.
 *
 * Matching is tolerant: case, accents, spaces, hyphens, underscores, dots and slashes do not matter, and common
 * abbreviations are read ("lok. binding", "econ. binding", "maatsch. binding", "vit. beroep"). A ground that says the
 * tie is absent ("geen binding", "zonder lokale binding") is regular. A ground that matches neither list is counted as
 * regular AND reported as not recognised, so a check can say how many grounds it could not read.
 */

export type GroundReading = "priority" | "regular" | "unrecognised";

/** Lower case, no accents, separators as single spaces. */
export function normaliseGround(ground: string): string {
  return ground
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("nl-NL")
    .replace(/[-_./\\,;:()[\]+&'"]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const NEGATIONS = new Set(["geen", "zonder", "niet", "non"]);

/** Ties: "binding", "bind.", "gebonden", "band" (as in "lokale band"), also glued to a qualifier ("lokalebinding"). */
function speaksOfTies(words: readonly string[], compact: string): boolean {
  if (/(binding|gebonden)/.test(compact)) return true;
  return words.some((w) => w === "bind" || w === "band" || w === "banden");
}

/** Vital professions, also called crucial or essential professions ("vitaal beroep", "cruciale beroepen", "vit. beroep"). */
function speaksOfVitalProfession(compact: string): boolean {
  return /(vitaa?le?|vit|cruciaa?le?|essentieel|essentiele)(beroep|beroepen|beroepsgroep)/.test(compact);
}

/** Word stems of grounds known to be regular (no priority under the quota). */
const REGULAR_STEMS = [
  "regul", "urgent", "urgentie", "status", "vergunninghouder", "bemiddel", "loting", "inschrijf", "zoekduur", "woonduur",
  "doorstro", "herhuisvest", "maatwerk", "uitstro", "mantelzorg", "medisch", "sloop", "vrije", "ruil", "wissel",
  "cooptatie", "direct", "aanbod", "optie", "overig", "jongeren", "senioren", "studenten", "kamerverhuur", "tijdelijk",
  "zorg", "beschermd", "opvang", "contract", "huurder", "nieuwbouw", "renovatie", "terugkeer", "kandidaat", "woonruimte",
];

export function readGround(ground: string): GroundReading {
  const normal = normaliseGround(ground);
  if (normal === "") return "unrecognised";
  const words = normal.split(" ");
  const compact = words.join("");
  const negated = words.some((w) => NEGATIONS.has(w));
  if (speaksOfTies(words, compact) || speaksOfVitalProfession(compact)) return negated ? "regular" : "priority";
  if (REGULAR_STEMS.some((stem) => compact.includes(stem))) return "regular";
  return "unrecognised";
}

export function isPriorityGround(ground: string): boolean {
  return readGround(ground) === "priority";
}
