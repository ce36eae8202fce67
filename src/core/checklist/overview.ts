/**
 * Progress per area and part, open items, and the filter and search of the task pane.
 *
 * Definitions:
 * - "bekeken": any status except "nog niet bekeken" (someone has looked at it).
 * - "afgehandeld" (done): "afgerond" or "bewust niet" (a decision was made and carried out, or deliberately not).
 * - "open": not done, so "nog niet bekeken", "overwogen", "gepland" or "in uitvoering".
 * Shares are fractions 0..1 of the catalogue items in that part (0 when a part has no items).
 */
import { foldText } from "./foldText";
import { PARTS, STATUSES } from "./types";
import type { Answer, Catalogue, CatalogueItem, Owner, Part, Status } from "./types";

export const DONE_STATUSES: readonly Status[] = ["afgerond", "bewust niet"];

export function isReviewed(status: Status): boolean {
  return status !== "nog niet bekeken";
}

export function isDone(status: Status): boolean {
  return DONE_STATUSES.includes(status);
}

export interface Progress {
  total: number;
  counts: Record<Status, number>;
  reviewed: number;
  done: number;
  shareReviewed: number;
  shareDone: number;
}

export interface PartProgress extends Progress {
  part: Part;
  title: string;
}

export interface AreaOverview {
  area: string;
  overall: Progress;
  parts: PartProgress[];
  /** Open answers in catalogue order. */
  open: Answer[];
}

function progressOf(statuses: readonly Status[]): Progress {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const status of statuses) counts[status] += 1;
  const total = statuses.length;
  const reviewed = statuses.filter(isReviewed).length;
  const done = statuses.filter(isDone).length;
  return { total, counts, reviewed, done, shareReviewed: total ? reviewed / total : 0, shareDone: total ? done / total : 0 };
}

/** Overview of one area; answers of other areas are ignored, items without an answer count as "nog niet bekeken". */
export function areaOverview(area: string, answers: readonly Answer[], catalogue: Catalogue): AreaOverview {
  const byItem = new Map(answers.filter((a) => a.area === area).map((a) => [a.itemId, a]));
  const statusOf = (item: CatalogueItem): Status => byItem.get(item.id)?.status ?? "nog niet bekeken";
  const parts = PARTS.map(({ id, title }) => ({
    part: id,
    title,
    ...progressOf(catalogue.items.filter((item) => item.part === id).map(statusOf)),
  }));
  const open = catalogue.items
    .filter((item) => !isDone(statusOf(item)))
    .map((item) => byItem.get(item.id) ?? { area, itemId: item.id, status: "nog niet bekeken" as const, owner: null, note: "", changedAt: null, changedBy: null });
  return { area, overall: progressOf(catalogue.items.map(statusOf)), parts, open };
}

export function overview(areas: readonly { name: string }[], answers: readonly Answer[], catalogue: Catalogue): AreaOverview[] {
  return areas.map((area) => areaOverview(area.name, answers, catalogue));
}

export interface ChecklistFilter {
  area?: string;
  statuses?: readonly Status[];
  /** null selects answers without an owner. */
  owners?: readonly (Owner | null)[];
  parts?: readonly Part[];
  /** Words to find in title, explanation, caution or note; every word must occur (case and accents ignored). */
  query?: string;
}

/** True when every word of the query occurs in one of the texts. */
export function matchesQuery(query: string, texts: readonly (string | undefined)[]): boolean {
  const words = foldText(query).split(" ").filter((w) => w !== "");
  if (words.length === 0) return true;
  const haystack = foldText(texts.filter((t): t is string => !!t).join(" \u0000 "));
  return words.every((word) => haystack.includes(word));
}

/** The answers that pass the filter, in the order given. Empty filter lists mean "no restriction". */
export function filterAnswers(answers: readonly Answer[], catalogue: Catalogue, filter: ChecklistFilter): Answer[] {
  const items = new Map(catalogue.items.map((item) => [item.id, item]));
  return answers.filter((answer) => {
    const item = items.get(answer.itemId);
    if (!item) return false;
    if (filter.area !== undefined && answer.area !== filter.area) return false;
    if (filter.statuses?.length && !filter.statuses.includes(answer.status)) return false;
    if (filter.owners?.length && !filter.owners.includes(answer.owner)) return false;
    if (filter.parts?.length && !filter.parts.includes(item.part)) return false;
    if (filter.query && !matchesQuery(filter.query, [item.title, item.explanation, item.caution, answer.note])) return false;
    return true;
  });
}
