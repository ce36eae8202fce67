/**
 * Types of the instrument checklist (instruments.md). The catalogue is versioned data; the answers per area and item are
 * what the workbook stores (sheet Mengwijzer_Checklist, one row per area and item).
 */

/** The parts of instruments.md. */
export type Part = "precisie" | "fysiek" | "sociaal" | "economisch" | "waarschuwingen";

export const PARTS: readonly { id: Part; title: string }[] = [
  { id: "precisie", title: "Mengen met precisie (vier stappen)" },
  { id: "fysiek", title: "Fysieke instrumenten" },
  { id: "sociaal", title: "Sociale instrumenten" },
  { id: "economisch", title: "Economische instrumenten" },
  { id: "waarschuwingen", title: "Aandachtspunten" },
];

export type Owner = "gemeente" | "corporatie" | "zorg/welzijn" | "bewoners" | "anders";
export const OWNERS: readonly Owner[] = ["gemeente", "corporatie", "zorg/welzijn", "bewoners", "anders"];

export type Status = "nog niet bekeken" | "overwogen" | "gepland" | "in uitvoering" | "afgerond" | "bewust niet";
export const STATUSES: readonly Status[] = ["nog niet bekeken", "overwogen", "gepland", "in uitvoering", "afgerond", "bewust niet"];

export interface SourceRef {
  /**
   * Internal key: the file name in shared/seeds, e.g. "001_c40cea4d2d284766.txt". Never shown to users: they see the
   * citation from sourceDocuments.ts.
   */
  file: string;
  /** Chapter, section or box, e.g. "§3.1" or "hoofdstuk 4, kader Zeven vragen". */
  section: string;
}

export interface CatalogueItem {
  /** Stable id, never reused, e.g. "fysiek.grondbeleid". */
  id: string;
  part: Part;
  /** For part "precisie": the step 1..4 it belongs to. */
  step?: 1 | 2 | 3 | 4;
  title: string;
  /** One or two sentences in plain Dutch, written by this project. */
  explanation: string;
  /** Typical actors ("wie"). */
  actors: readonly Owner[];
  /** Where the evidence calls for care. */
  caution?: string;
  source: SourceRef;
  /** Where an example or claim in the text comes from, when that is another document or section than `source`. */
  alsoSources?: readonly SourceRef[];
}

export interface Catalogue {
  /** Semantic version of the catalogue content, e.g. "1.0.0"; stored in every checklist row. */
  version: string;
  items: readonly CatalogueItem[];
}

export interface Area {
  name: string;
  /** CBS code such as BU02680501 or WK026805 (letters allowed, never validated as numeric). */
  cbsCode?: string;
}

export interface Answer {
  area: string;
  itemId: string;
  status: Status;
  owner: Owner | null;
  note: string;
  /** ISO 8601 timestamp of the last change, or null when never changed. */
  changedAt: string | null;
  changedBy: string | null;
}
