/**
 * The kind of dwelling an allocation is for (the "soort woning" column), as the allocation checks need it:
 * - the income check (Woningwet, BTIV) counts only DAEB dwellings (social rent) — rows of another kind are outside its
 *   base;
 * - the priority indicator (Huisvestingswet art. 14) counts only the categories the huisvestingsverordening designates.
 *
 * Matching ignores case, accents, spaces, hyphens and underscores. A kind that matches nothing is unknown (null), so a
 * check can list it instead of guessing.
 */
export type DwellingKind = "sociale huur" | "middenhuur" | "vrije sector huur" | "niet-DAEB huur" | "koop";

export const DWELLING_KINDS: readonly DwellingKind[] = ["sociale huur", "middenhuur", "vrije sector huur", "niet-DAEB huur", "koop"];

/** Examples of what is read as each kind, for docs and messages. */
export const DWELLING_KIND_EXAMPLES: Record<DwellingKind, readonly string[]> = {
  "sociale huur": ["sociale huur", "sociale huurwoning", "DAEB", "DAEB-woning", "sociaal"],
  middenhuur: ["middenhuur", "middeldure huur", "niet-DAEB middenhuur"],
  "vrije sector huur": ["vrije sector", "vrije sector huur", "geliberaliseerd"],
  "niet-DAEB huur": ["niet-DAEB", "niet DAEB huur"],
  koop: ["koop", "koopwoning", "nieuwbouwkoop", "betaalbare koop", "betaalbare nieuwbouwkoop", "sociale koop"],
};

function compactKind(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("nl-NL")
    .replace(/[\s\-_./]+/g, "");
}

export function readDwellingKind(text: string): DwellingKind | null {
  const k = compactKind(text);
  if (k === "") return null;
  if (k.includes("koop")) return "koop";
  const notDaeb = k.includes("nietdaeb") || k.includes("nondaeb");
  if (k.includes("midden") || k.includes("middeldure")) return "middenhuur";
  if (k.includes("vrijesector") || k.includes("vrijsector") || k.includes("geliberaliseerd")) return "vrije sector huur";
  if (notDaeb) return "niet-DAEB huur";
  if (k.includes("daeb") || k.startsWith("sociale") || k === "sociaal" || k.startsWith("sociaal")) return "sociale huur";
  return null;
}
