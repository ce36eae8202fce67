/**
 * Unsaved note text per (area, item), kept outside the editors: an editor may unmount (a co-author's change moves
 * the item out of the filter, a part is collapsed) and its typed text must survive that.
 */
import { createContext, useContext } from "react";

export class NoteDrafts {
  private readonly drafts = new Map<string, string>();

  static key(area: string, itemId: string): string {
    return `${area}\u0000${itemId}`;
  }

  get(key: string): string | undefined {
    return this.drafts.get(key);
  }

  set(key: string, text: string): void {
    this.drafts.set(key, text);
  }

  delete(key: string): void {
    this.drafts.delete(key);
  }

  /** Item ids of the area with unsaved text, so the list keeps showing them. */
  itemsWithDrafts(area: string): Set<string> {
    const prefix = `${area}\u0000`;
    const ids = new Set<string>();
    for (const key of this.drafts.keys()) if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
    return ids;
  }
}

export const NoteDraftsContext = createContext<NoteDrafts>(new NoteDrafts());
export const useNoteDrafts = (): NoteDrafts => useContext(NoteDraftsContext);
