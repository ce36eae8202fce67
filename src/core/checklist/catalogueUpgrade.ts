/**
 * Reading a table written with another catalogue version: every stored answer is kept.
 *
 * - Items new in the catalogue have no row yet; they read as "nog niet bekeken". Decision: rows are added only when an
 *   area is added (one row per item of the then current catalogue) or when the user changes such an item
 *   (updateAnswer appends the row). Loading never writes: opening the task pane must not touch a shared workbook.
 * - Items removed from the catalogue keep their rows; the decoder reports them as unreadable, reason "staat niet meer in
 *   de catalogus", so nothing the partners wrote disappears. Only a person deletes such a row.
 * - Catalogusversie of a row stays what it was when the row was written; it tells which catalogue the row came from.
 */
import { checklistMessages as m } from "../messages/checklist";
import { compareVersions } from "./checklistTable";
import type { DecodedTable } from "./checklistTable";
import type { Answer, Catalogue } from "./types";

export interface MergedChecklist {
  /** Every area × catalogue item, in area order then catalogue order. */
  answers: Answer[];
  /** Pairs without a stored row (new catalogue items, or rows a person deleted). */
  missing: { area: string; itemId: string }[];
  notices: string[];
}

export function blankAnswer(area: string, itemId: string): Answer {
  return { area, itemId, status: "nog niet bekeken", owner: null, note: "", changedAt: null, changedBy: null };
}

export function mergeWithCatalogue(decoded: DecodedTable, catalogue: Catalogue): MergedChecklist {
  const stored = new Map<string, Answer>();
  for (const row of decoded.rows) stored.set(`${row.answer.area}\u0000${row.answer.itemId}`, row.answer);
  const answers: Answer[] = [];
  const missing: { area: string; itemId: string }[] = [];
  for (const area of decoded.areas) {
    for (const item of catalogue.items) {
      const answer = stored.get(`${area.name}\u0000${item.id}`);
      if (answer) answers.push(answer);
      else {
        answers.push(blankAnswer(area.name, item.id));
        missing.push({ area: area.name, itemId: item.id });
      }
    }
  }

  const notices: string[] = [];
  const older = [...new Set(decoded.rows.map((row) => row.version).filter((v): v is string => v !== null))]
    .filter((v) => compareVersions(v, catalogue.version) < 0)
    .sort(compareVersions);
  if (older.length > 0) {
    // Items still without a row in some area; the notice goes once every area has a row for each of them.
    const newItems = new Set(missing.map((pair) => pair.itemId)).size;
    if (newItems > 0) notices.push(m.upgraded(older, catalogue.version, newItems));
  }
  return { answers, missing, notices };
}
