/**
 * Finding the data in a sheet: locate the table, map its columns to roles, store the confirmed mapping.
 * `mapSheet` is the one call the task pane needs for a first proposal.
 */
import type { CellValue } from "./cells";
import type { SheetKind } from "./columnRoles";
import { detectColumns, detectSheetKind, type ColumnMapping, type DetectOptions } from "./headerDetection";
import { locateTable, type LocatedTable, type LocateOptions } from "./tableLocator";

export * from "./cells";
export * from "./columnRoles";
export * from "./headerDetection";
export * from "./mappingCodec";
export * from "./normalize";
export * from "./tableLocator";

export interface SheetProposal {
  table: LocatedTable;
  mapping: ColumnMapping;
}

export interface MapSheetOptions extends LocateOptions, DetectOptions {
  /** Sheet kind; guessed from the headers when omitted. */
  kind?: SheetKind;
  /** How many data rows to read values from (default 200). */
  sampleSize?: number;
}

/** Locates the table in a used range and proposes a column mapping for the user to confirm. */
export function mapSheet(cells: readonly (readonly CellValue[])[], topLeft = "A1", options: MapSheetOptions = {}): SheetProposal {
  const table = locateTable(cells, topLeft, options);
  const sample = table.rows.slice(0, options.sampleSize ?? 200).map((row) => row.cells);
  const kind = options.kind ?? detectSheetKind(table.headers, sample);
  return { table, mapping: detectColumns(table.headers, kind, sample, options) };
}
