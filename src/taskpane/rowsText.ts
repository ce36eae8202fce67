/**
 * The rows read and skipped, as lines for a message in the pane: the same grouping as on the report sheet (reason,
 * value, count, first rows), never one line per row.
 */
import { countText, pluralForm } from "../core/countText";
import type { RowAccountSummary } from "../core/rows/rowAccount";

const nl = (n: number) => n.toLocaleString("nl-NL");

/** "Rijen gelezen 1.735 van 2.000", then one line per reason, largest first (at most `max`, then how many more). */
export function rowAccountLines(rows: RowAccountSummary | undefined, max = 8): string[] {
  if (!rows) return [];
  const lines = [`Rijen gelezen ${nl(rows.read)} van ${nl(rows.total)}.`];
  for (const group of rows.groups.slice(0, max)) {
    const more = group.count > group.firstRows.length ? ", …" : "";
    lines.push(`Overgeslagen: ${group.text} × ${nl(group.count)} (${pluralForm(group.firstRows.length, "rij", "rijen")} ${group.firstRows.join(", ")}${more}).`);
  }
  if (rows.groups.length > max) lines.push(`En nog ${countText(rows.groups.length - max, "andere reden", "andere redenen")}: zie het rapportblad.`);
  return lines;
}
