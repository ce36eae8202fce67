/**
 * A whole column of allocation grounds read at once: the column decides whether it records priority as yes/no
 * ("voorrang: ja/nee", see isYesNoGroundColumn), then every cell is read with readGroundCell. The custom functions
 * (MENG.VOORRANG.*) and the allocation report both call this, so they read a ground column the same way.
 */
import { isYesNoGroundColumn, readGroundCell, type CellReading, type GroundValue } from "./fieldReaders";
import type { ValueLookup } from "./valueMap";

export interface GroundColumn {
  readings: CellReading<GroundValue>[];
  /** True when the column was read as yes/no (ja = voorrang, nee = regulier). */
  yesNo: boolean;
  /**
   * The readings that decide the priority check by themselves: the user's mapping, or every cell of a yes/no column;
   * null where the ground's own words decide (the check reads them with its full rules: urgency grounds, a bare
   * "voorrang").
   */
  decisive: (CellReading<GroundValue> | null)[];
}

export function readGroundColumn(cells: readonly unknown[], lookup: ValueLookup): GroundColumn {
  const yesNo = isYesNoGroundColumn(cells);
  const readings = cells.map((cell) => readGroundCell(cell, lookup, yesNo));
  const decisive = readings.map((r) => (yesNo || r.kind === "skip" || (r.kind === "value" && r.mapped) ? r : null));
  return { readings, yesNo, decisive };
}
