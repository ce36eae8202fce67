/**
 * What the checklist tab shows for one area: catalogue items joined with their answers, progress per part, and the
 * filter/search. Pure functions so they are easy to test; the repository stays the only source of data.
 */
import type { ChecklistSnapshot } from "../core/checklist/ChecklistRepository";
import { areaOverview, matchesQuery } from "../core/checklist/overview";
import type { PartProgress } from "../core/checklist/overview";
import type { Answer, CatalogueItem, Owner, Part, Status } from "../core/checklist/types";
import { foldText } from "../core/checklist/foldText";
import { citeSource } from "../core/checklist/sourceDocuments";

export { foldText };

export interface ItemView {
  item: CatalogueItem;
  answer: Answer;
}

export type { PartProgress } from "../core/checklist/overview";

export interface ItemFilter {
  status: Status | "alle";
  owner: Owner | "geen" | "alle";
  part: Part | "alle";
  query: string;
}

export const NO_FILTER: ItemFilter = { status: "alle", owner: "alle", part: "alle", query: "" };

export function itemsForArea(snapshot: ChecklistSnapshot, area: string): ItemView[] {
  // Area names compare as the table does: case, accents and spacing do not matter.
  const key = foldText(area);
  const byItem = new Map<string, Answer>();
  for (const answer of snapshot.answers) {
    if (answer.area === area || (!byItem.has(answer.itemId) && foldText(answer.area) === key)) byItem.set(answer.itemId, answer);
  }
  return snapshot.catalogue.items.map((item) => ({
    item,
    answer: byItem.get(item.id) ?? {
      area,
      itemId: item.id,
      status: "nog niet bekeken",
      owner: null,
      note: "",
      changedAt: null,
      changedBy: null,
    },
  }));
}

/** Progress per part (definitions in core/checklist/overview: "bekeken" and "afgehandeld"); empty parts left out. */
export function progressByPart(snapshot: ChecklistSnapshot, area: string): PartProgress[] {
  return areaOverview(area, snapshot.answers, snapshot.catalogue).parts.filter((p) => p.total > 0);
}

export function isFilterActive(filter: ItemFilter): boolean {
  return filter.status !== "alle" || filter.owner !== "alle" || filter.part !== "alle" || filter.query.trim() !== "";
}

/** Items matching the filter; `keep` names item ids that stay visible anyway (e.g. with unsaved text). */
export function filterItems(views: readonly ItemView[], filter: ItemFilter, keep: ReadonlySet<string> = new Set()): ItemView[] {
  return views.filter((v) => {
    if (keep.has(v.item.id)) return true;
    if (filter.status !== "alle" && v.answer.status !== filter.status) return false;
    if (filter.owner === "geen" && v.answer.owner !== null) return false;
    if (filter.owner !== "alle" && filter.owner !== "geen" && v.answer.owner !== filter.owner) return false;
    if (filter.part !== "alle" && v.item.part !== filter.part) return false;
    return matchesQuery(filter.query, [v.item.title, v.item.explanation, v.item.caution, v.answer.note, citeSource(v.item.source), ...(v.item.alsoSources ?? []).map(citeSource), v.item.actors.join(" ")]);
  });
}

/** "23-11-2026 19:12" in Dutch notation; the raw text when it is not a date. */
export function formatChangedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString("nl-NL", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
}

export function lastChangeText(answer: Answer): string {
  if (!answer.changedAt) return "Nog niet gewijzigd";
  const who = answer.changedBy ? ` door ${answer.changedBy}` : "";
  return `Laatst gewijzigd ${formatChangedAt(answer.changedAt)}${who}`;
}
