/**
 * The interventions of a portfolio strategy (instruments.md, part 2: selling, demolition and new build, liberalisation,
 * merging and splitting dwellings) and what each does to the area × segment table of one area. `n` dwellings of
 * segment `from` leave, and `after` dwellings of segment `to` arrive:
 *
 * | ingreep        | van (from)            | naar (to)              | leaves | arrives | total changes by |
 * |----------------|-----------------------|------------------------|--------|---------|------------------|
 * | verkoop        | required              | default koop           | n      | n       | 0                |
 * | sloop          | required              | must be empty          | n      | 0       | −n               |
 * | nieuwbouw      | must be empty         | required               | 0      | n       | +n               |
 * | liberalisatie  | default sociale huur  | required               | n      | n       | 0                |
 * | samenvoegen    | required              | default = van          | n      | after<n | after − n        |
 * | splitsen       | required              | default = van          | n      | after>n | after − n        |
 *
 * Verkoop keeps the dwelling in the area (it becomes owner-occupied, or another segment when sold to an investor);
 * liberalisation moves a social-rent dwelling above the huurgrens at re-letting, to middenhuur or the free sector
 * (Wet betaalbare huur: which one depends on its points, so the user says it).
 */
import { labelKey } from "../labels";

export type InterventionKind = "verkoop" | "sloop" | "nieuwbouw" | "liberalisatie" | "samenvoegen" | "splitsen";

export const INTERVENTION_KINDS: readonly InterventionKind[] = ["verkoop", "sloop", "nieuwbouw", "liberalisatie", "samenvoegen", "splitsen"];

/** Whether a kind takes dwellings away from `from`, adds dwellings to `to`, and needs 'aantal na'. */
export const INTERVENTION_SHAPE: Readonly<Record<InterventionKind, { takes: boolean; adds: boolean; countAfter: boolean }>> = {
  verkoop: { takes: true, adds: true, countAfter: false },
  sloop: { takes: true, adds: false, countAfter: false },
  nieuwbouw: { takes: false, adds: true, countAfter: false },
  liberalisatie: { takes: true, adds: true, countAfter: false },
  samenvoegen: { takes: true, adds: true, countAfter: true },
  splitsen: { takes: true, adds: true, countAfter: true },
};

/** The past participle used in messages ("... kunnen niet verkocht worden"). */
export const INTERVENTION_PARTICIPLE: Readonly<Record<InterventionKind, string>> = {
  verkoop: "verkocht",
  sloop: "gesloopt",
  nieuwbouw: "gebouwd",
  liberalisatie: "geliberaliseerd",
  samenvoegen: "samengevoegd",
  splitsen: "gesplitst",
};

/** Words a person may type for each kind (compared without case, spaces, hyphens and slashes). */
const WORDS: Readonly<Record<InterventionKind, readonly string[]>> = {
  verkoop: ["verkoop", "verkopen", "verkocht", "uitponden", "uitponding", "sale", "sell"],
  sloop: ["sloop", "slopen", "gesloopt", "sloop zonder terugbouw", "demolition", "demolish"],
  nieuwbouw: ["nieuwbouw", "bouw", "bouwen", "toevoegen", "toevoeging", "new build", "newbuild"],
  liberalisatie: ["liberalisatie", "liberaliseren", "geliberaliseerd", "liberalisatie bij mutatie", "liberalisation", "liberalization"],
  samenvoegen: ["samenvoegen", "samenvoeging", "samengevoegd", "merge", "merging"],
  splitsen: ["splitsen", "splitsing", "gesplitst", "split", "splitting"],
};

const compact = (text: string) => labelKey(text).replace(/[\s\-_/.]+/g, "");

const BY_WORD: ReadonlyMap<string, InterventionKind> = new Map(
  INTERVENTION_KINDS.flatMap((kind) => WORDS[kind].map((word): [string, InterventionKind] => [compact(word), kind])),
);

/** "samenvoegen/splitsen" as one word: the direction follows from 'aantal' and 'aantal na'. */
const EITHER = new Set([compact("samenvoegen/splitsen"), compact("splitsen/samenvoegen"), compact("samenvoegen of splitsen")]);

/** The kind a cell names; "samenvoegen of splitsen" when it names both (decided by the counts); null when unknown. */
export function readIntervention(text: string): InterventionKind | "samenvoegen of splitsen" | null {
  const key = compact(text);
  if (EITHER.has(key)) return "samenvoegen of splitsen";
  return BY_WORD.get(key) ?? null;
}
