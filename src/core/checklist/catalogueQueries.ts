/**
 * Small read helpers over a Catalogue (pure: no Office.js, no React). The task pane groups items by part; the
 * checklist repository looks items up by id when it reads stored rows.
 */
import { PARTS } from "./types";
import type { Catalogue, CatalogueItem, Part } from "./types";

/** Items grouped by part, every part present (possibly empty), items in catalogue order. */
export function itemsByPart(catalogue: Catalogue): Record<Part, CatalogueItem[]> {
  const groups = Object.fromEntries(PARTS.map((p) => [p.id, [] as CatalogueItem[]])) as Record<Part, CatalogueItem[]>;
  for (const item of catalogue.items) {
    groups[item.part].push(item);
  }
  return groups;
}

const indexCache = new WeakMap<Catalogue, Map<string, CatalogueItem>>();

/** The item with this id (exact match; ids are lowercase), or undefined when the catalogue does not hold it. */
export function findItem(catalogue: Catalogue, id: string): CatalogueItem | undefined {
  let index = indexCache.get(catalogue);
  if (!index) {
    index = new Map();
    for (const item of catalogue.items) {
      if (!index.has(item.id)) index.set(item.id, item);
    }
    indexCache.set(catalogue, index);
  }
  return index.get(id);
}
