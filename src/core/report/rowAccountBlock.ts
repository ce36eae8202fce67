/**
 * The block every report sheet shows near its top: the rows read of the source's rows, a warning when more than 5%
 * were skipped, and the skipped rows grouped by reason (with the value that could not be read, how many rows, and the
 * first sheet rows, linked to the source). The task pane shows the same groups (RowAccountSummary).
 */
import type { ReasonTally, RowAccount, SkipGroup } from "../rows/rowAccount";
import { rowTexts } from "../messages/rows";
import { COUNT_FORMAT, SheetGrid } from "./sheetGrid";
import type { ColumnReferencer } from "./sourceReference";

export const ROWS_READ_LABEL = "Rijen gelezen";

/** The "Rijen gelezen" line: label in column A, "N van M" in column B. */
export function writeRowsRead(g: SheetGrid, row: number, account: RowAccount): void {
  g.text(row, 0, ROWS_READ_LABEL, true);
  g.text(row, 1, rowTexts.rowsRead(account.read, account.total));
}

function writeGroups(g: SheetGrid, row: number, groups: readonly SkipGroup[], referencer: ColumnReferencer | null): number {
  ["reden", "aantal rijen", "eerste rijen"].forEach((h, c) => g.text(row, c, h, true));
  row++;
  for (const group of groups) {
    g.text(row, 0, group.text);
    g.value(row, 1, group.count, COUNT_FORMAT);
    const first = rowTexts.firstRows(group.firstRows, group.count);
    if (referencer && group.firstRows.length > 0) g.set(row, 2, { value: first, link: referencer.rowLink(group.firstRows[0]) });
    else g.text(row, 2, first);
    row++;
  }
  return row;
}

/**
 * Writes the warning (when needed) and the skipped-rows table from `row` down; returns the next free row. `warnings`
 * receives the warning text, so the pane shows it too.
 */
export function writeSkippedRows(g: SheetGrid, row: number, account: RowAccount, referencer: ColumnReferencer | null, warnings: string[]): number {
  if (account.needsWarning) {
    const text = rowTexts.skippedWarning(account.skipped, account.total);
    g.text(row++, 0, text, true);
    warnings.push(text);
  }
  g.text(row++, 0, rowTexts.skippedHeading, true);
  if (account.skipped === 0) {
    g.text(row++, 0, rowTexts.noneSkipped);
    return row;
  }
  return writeGroups(g, row, account.groups(), referencer);
}

/** Rows that were read but not counted in one check (e.g. a ground not recognised), grouped the same way. */
export function writeNotCounted(g: SheetGrid, row: number, tally: ReasonTally, referencer: ColumnReferencer | null): number {
  if (tally.count === 0) return row;
  g.text(row++, 0, rowTexts.notCountedHeading, true);
  return writeGroups(g, row, tally.list(), referencer);
}
