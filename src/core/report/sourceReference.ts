/**
 * How a report formula points at a column of the user's data: a structured reference (Voorraad[Buurtcode]) when the
 * source is an Excel table whose header is the located header row, else an absolute A1 range with the sheet name
 * ('Voorraad'!$F$5:$F$100004) over the located data rows. Blank rows inside the range are harmless: every MENG
 * function skips rows whose area or category is blank, exactly as the report's own computation does.
 */
import type { LocatedTable } from "../mapping/tableLocator";
import { absoluteRange, structuredColumnRef } from "./formulaText";

export interface SourcePlace {
  sheetName: string;
  /** Set when the source is an Excel table. */
  tableName?: string;
}

export interface ColumnReferencer {
  /** Reference text of the column with this 0-based index in the located table; null when the table has no data rows. */
  column(columnIndex: number): string | null;
  /** Sheet and A1 address of a data row's cells (for links), e.g. { sheet: "Toewijzingen", address: "A57:K57" }. */
  rowLink(sheetRow: number): { sheet: string; address: string };
  structured: boolean;
}

/** A table may be referenced structurally when its header is the table's first row and nothing was cut off below. */
export function canUseStructuredRefs(place: SourcePlace, table: LocatedTable): boolean {
  return place.tableName !== undefined && place.tableName !== "" && table.headerRowIndex === 0 && table.firstColumnIndex === 0 && table.footerSheetRow === null;
}

export function columnReferencer(place: SourcePlace, table: LocatedTable): ColumnReferencer {
  const structured = canUseStructuredRefs(place, table);
  const first = table.rows[0]?.sheetRow;
  const last = table.rows[table.rows.length - 1]?.sheetRow;
  const letters = table.columnLetters;
  return {
    structured,
    column(columnIndex: number): string | null {
      if (first === undefined || last === undefined) return null;
      if (structured) return structuredColumnRef(place.tableName as string, table.headers[columnIndex]);
      return absoluteRange(place.sheetName, letters[columnIndex], first, last);
    },
    rowLink(sheetRow: number) {
      const a = letters[0] ?? "A";
      const b = letters[letters.length - 1] ?? a;
      return { sheet: place.sheetName, address: `${a}${sheetRow}:${b}${sheetRow}` };
    },
  };
}
