/**
 * Reading an allocation ground (toewijzingsgrond) as the priority indicator sees it (Huisvestingswet 2014 art. 14 as
 * amended 1-1-2024; rules.md §1):
 * - "priority": priority for economic or social ties (incl. local and regional ties, "binding" in any form) or for a
 *   crucial profession the gemeente designated — written as such ("vitaal beroep", "cruciaal beroep") or as priority
 *   with a profession ("voorrang zorgmedewerker", "voorrang leraar", "politie voorrang"). These count towards the 50%.
 * - "separate": urgency and the other groups the verordening may favour under a separate power (art. 12): urgentie,
 *   statushouder/vergunninghouder, mantelzorg, uitstroom uit opvang of beschermd wonen, medische of sociale urgentie,
 *   herhuisvesting bij sloop. Outside the 50%, but allocations all the same: they count in the total.
 * - "unclear": priority without a reason ("voorrang", "voorrangsregeling"): flagged, not guessed.
 * - "regular": every other known ground (regulier, loting, inschrijfduur, …).
 * - "unrecognised": nothing above matched; the checks count it as regular and list it, so the user can correct it.
 *
 * Matching is tolerant: case, accents, spaces, hyphens, underscores, dots and slashes do not matter, and common
 * abbreviations are read ("lok. binding", "econ. binding", "maatsch. binding", "vit. beroep"). A ground that says the
 * tie is absent ("geen binding", "zonder lokale binding") is regular.
 */

export type GroundReading = "priority" | "separate" | "unclear" | "regular" | "unrecognised";

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

/** Saying "priority" (voorrang, prio, priority, voorrangsregeling, voorrangsverklaring). */
function speaksOfPriority(words: readonly string[]): boolean {
  return words.some((w) => w.startsWith("voorrang") || w === "prio" || w === "priority" || w === "prioriteit");
}

/**
 * Word stems of professions gemeenten designate as crucial (the examples in the parliamentary debate: teachers,
 * nurses, police officers; many verordeningen add care, education, childcare, emergency services and the armed forces).
 * Read as priority only when the ground also says "voorrang": "zorg" alone is a care dwelling, not a profession.
 */
const PROFESSION_STEMS = [
  "zorg", "verpleeg", "verzorg", "ziekenhuis", "huisarts", "ambulance", "onderwijs", "leraar", "leraren", "leerkracht",
  "docent", "onderwijzer", "kinderopvang", "pedagogisch", "politie", "agent", "handhav", "boa", "brandweer",
  "militair", "defensie", "gevangenis", "justitie", "beroep",
];

/** Stems of the grounds under the separate urgency power (outside the 50%). */
const SEPARATE_STEMS = [
  "urgent", "status", "vergunninghouder", "mantelzorg", "uitstro", "opvang", "beschermd", "medisch", "herhuisvest",
  "sloop", "noodgeval", "calamiteit",
];

/** Word stems of grounds known to be regular (no priority under the quota). */
const REGULAR_STEMS = [
  "regul", "bemiddel", "loting", "inschrijf", "zoekduur", "woonduur", "doorstro", "maatwerk", "vrije", "ruil", "wissel",
  "cooptatie", "direct", "aanbod", "optie", "overig", "jongeren", "senioren", "studenten", "kamerverhuur", "tijdelijk",
  "zorg", "contract", "huurder", "nieuwbouw", "renovatie", "terugkeer", "kandidaat", "woonruimte",
];

export function readGround(ground: string): GroundReading {
  const normal = normaliseGround(ground);
  if (normal === "") return "unrecognised";
  const words = normal.split(" ");
  const compact = words.join("");
  const negated = words.some((w) => NEGATIONS.has(w));
  if (speaksOfTies(words, compact) || speaksOfVitalProfession(compact)) return negated ? "regular" : "priority";
  // "kinderopvang" is a profession (childcare), not shelter ("opvang").
  const withoutChildcare = compact.replace(/kinderopvang/g, "");
  if (SEPARATE_STEMS.some((stem) => withoutChildcare.includes(stem))) return "separate";
  const priorityWord = speaksOfPriority(words);
  if (priorityWord && negated) return "regular";
  if (priorityWord) {
    const rest = words.filter((w) => !w.startsWith("voorrang") && w !== "prio" && w !== "priority" && w !== "prioriteit").join("");
    if (PROFESSION_STEMS.some((stem) => rest.includes(stem))) return "priority";
    return "unclear";
  }
  if (REGULAR_STEMS.some((stem) => compact.includes(stem))) return "regular";
  return "unrecognised";
}

export function isPriorityGround(ground: string): boolean {
  return readGround(ground) === "priority";
}
