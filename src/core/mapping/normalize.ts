/**
 * Header normalisation: the form in which export headers are compared with the known names of each column role.
 *
 * Steps, in order:
 *  1. split camelCase ("buurtCode" → "buurt Code") — before lowercasing, or the boundary is lost;
 *  2. strip accents (NFD, drop combining marks: "Één" → "een");
 *  3. lowercase; "€", "%", "²" and all punctuation ("-", "_", "/", "(", ")", ".") become spaces;
 *  4. drop noise tokens: pure numbers (years such as "2024", dates such as "1-1-2025") and units or fillers
 *     ("eur", "euro", "m2", "pm", "per", "maand", "peildatum", "incl", "excl", "in", "van", "de", "het", "the", "of");
 *  5. split Dutch compounds into known parts when the whole word splits ("huurtoeslaggerechtigd" → "huur toeslag
 *     gerechtigd", "wijknaam" → "wijk naam"); words that do not split fully stay as they are.
 *
 * `compact` (the words before step 5 joined without spaces) is what exact aliases are compared on, so "Kale huur",
 * "Kalehuur", "kale_huur" and "KALE-HUUR (€)" are one alias; `tokens` (after step 5) is what the token rules read.
 */
export interface NormalizedHeader {
  /** The header as written (trimmed). */
  raw: string;
  /** Words after steps 1-4, joined by single spaces. */
  text: string;
  /** Words after steps 1-4 without spaces: the key for exact aliases. */
  compact: string;
  /** Words after compound splitting (step 5). */
  tokens: string[];
}

const NOISE = new Set([
  "eur", "euro", "euros", "m2", "pm", "p", "m", "per", "maand", "mnd", "peildatum", "incl", "excl", "inclusief",
  "exclusief", "in", "van", "de", "het", "een", "the", "of", "op", "x",
]);

/**
 * Word parts for splitting compounds. Longer parts are tried first by the splitter; a word is only split when it
 * splits completely, so "huurder" (no part "der") stays whole and never reads as "huur".
 */
const PARTS = [
  "aanvangs", "aantal", "actuele", "adres", "allocation", "bewoners", "bouw", "bruto", "buurt", "categorie", "code",
  "complex", "contract", "datum", "eenheid", "eenheids", "eigendom", "eigendoms", "energie", "gemeente", "gerechtigd",
  "gezins", "grond", "grootte", "huis", "huishoud", "huishoudens", "huishouden", "huur", "inkomen", "inkomens", "jaar",
  "kaal", "kale", "klasse", "koop", "label", "leeftijd", "markt", "naam", "netto", "nummer", "object", "omvang", "personen",
  "plaats", "post", "prijs", "punten", "reden", "samenstelling", "segment", "soort", "status", "straat", "streef",
  "toeslag", "toewijzing", "toewijzings", "type", "typering", "verhuur", "verhuring", "vorm", "waarde", "wijk", "woning",
  "woon", "woz", "wws", "ingangs", "ht", "bu", "wk", "gm", "cbs", "nr", "vhe", "oge", "id",
].sort((a, b) => b.length - a.length);

/** Splits a word into known parts, fewest parts first; null when it does not split completely into ≥ 2 parts. */
function splitCompound(word: string): string[] | null {
  const n = word.length;
  // best[i] = fewest parts covering word[0..i), with the parts
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (prefix === null) continue;
    for (const part of PARTS) {
      if (word.startsWith(part, i)) {
        const end = i + part.length;
        const candidate = [...prefix, part];
        const current = best[end];
        if (current === null || candidate.length < current.length) best[end] = candidate;
      }
    }
  }
  const parts = best[n];
  return parts !== null && parts.length >= 2 ? parts : null;
}

const cache = new Map<string, NormalizedHeader>();

/** Normalises a header (results are cached: detection asks for the same headers once per role). */
export function normalizeHeader(header: string): NormalizedHeader {
  let normalized = cache.get(header);
  if (normalized === undefined) {
    if (cache.size > 5000) cache.clear();
    normalized = computeNormalized(header);
    cache.set(header, normalized);
  }
  return { ...normalized, tokens: [...normalized.tokens] };
}

function computeNormalized(header: string): NormalizedHeader {
  const raw = header.trim();
  const words = raw
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/m²/g, " m2 ")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word !== "" && !NOISE.has(word) && !/^\d+$/.test(word));
  const tokens: string[] = [];
  for (const word of words) {
    const parts = splitCompound(word);
    if (parts) tokens.push(...parts);
    else tokens.push(word);
  }
  return { raw, text: words.join(" "), compact: words.join(""), tokens };
}
