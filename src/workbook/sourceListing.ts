/** Helpers for listSources, shared by both adapters. */
import { boxRef, type Box } from "./a1Address";
import type { DataSource } from "./AnalysisWorkbook";

/**
 * The part of a sheet's used range that no table covers, as one block of whole used-range rows: the largest band of
 * rows above, between or below the tables (tables take up their rows across the whole used range). Null when the
 * tables cover every used row.
 */
export function rowBandOutsideTables(used: Box, tables: readonly Box[]): Box | null {
  if (tables.length === 0) return used;
  const covered = new Array<boolean>(used.bottom - used.top + 1).fill(false);
  for (const t of tables) {
    for (let r = Math.max(t.top, used.top); r <= Math.min(t.bottom, used.bottom); r++) covered[r - used.top] = true;
  }
  let best: Box | null = null;
  let start = -1;
  for (let i = 0; i <= covered.length; i++) {
    const free = i < covered.length && !covered[i];
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      const band = { ...used, top: used.top + start, bottom: used.top + i - 1 };
      if (!best || band.bottom - band.top > best.bottom - best.top) best = band;
      start = -1;
    }
  }
  return best;
}

/** A table (with its name) or a used range (without) as a DataSource; both adapters describe sources this way. */
export function dataSource(sheetName: string, box: Box, tableName?: string): DataSource {
  return {
    kind: tableName ? "table" : "range",
    sheetName,
    ...(tableName ? { tableName } : {}),
    address: boxRef(box),
    rowCount: box.bottom - box.top + 1,
    columnCount: box.right - box.left + 1,
  };
}
