/**
 * The distinct values of each categorical column of a source, counted over ALL its rows, with what each is read as:
 * from the user's mapping, from the built-in vocabulary, or not at all (unknown). Unknown values come first, then the
 * rest by count, so the pane can ask the user about what matters. Values are grouped as the readers match them
 * (valueKey: case, spaces, hyphens and brackets do not matter); the first spelling seen is shown.
 */
import type { CellValue } from "../mapping/cells";
import type { ColumnMapping } from "../mapping/headerDetection";
import type { LocatedTable } from "../mapping/tableLocator";
import { readOwnershipCell, readSegmentCell, readYesNoCell, isYesNoGroundColumn, readGroundCell, cellDisplay, type CellReading } from "./fieldReaders";
import type { ValueLookup } from "./valueMap";
import { READINGS, SKIP_READING, VALUE_FIELD_NAMES, valueKey, type ValueField } from "./vocabulary";
import { isBlankCell } from "../cellReaders";

export type ValueSource = "mapped" | "builtIn" | "unknown";

export interface ValueCount {
  /** The value as first written in the source. */
  value: string;
  count: number;
  /** What the value is read as (one of READINGS[field]), null when unknown. */
  reading: string | null;
  source: ValueSource;
  /** Sheet row of the first occurrence. */
  firstRow: number;
}

export interface FieldValues {
  field: ValueField;
  /** Dutch field name ("eigendom"). */
  name: string;
  /** Header of the column read. */
  header: string;
  /** Readings the user can choose from. */
  readings: readonly string[];
  /** For allocation grounds: true when the column was read as yes/no (ja = voorrang). */
  yesNo: boolean;
  values: ValueCount[];
  /** Cells with a value (blank cells not counted). */
  filled: number;
}

const STOCK_FIELDS: readonly ValueField[] = ["ownership", "segment"];
const ALLOCATION_FIELDS: readonly ValueField[] = ["allocationGround", "rentAllowanceEligible"];

function readingText(field: ValueField, reading: CellReading<unknown>): string | null {
  if (reading.kind === "skip") return SKIP_READING;
  if (reading.kind !== "value") return null;
  const v = reading.value;
  switch (field) {
    case "allocationGround":
      return v === "priority" ? "voorrang" : "regulier";
    case "rentAllowanceEligible":
      return v ? "ja" : "nee";
    default:
      return String(v);
  }
}

/** Every categorical column of the table that is mapped, with its values counted over all rows. */
export function summariseValues(table: LocatedTable, mapping: ColumnMapping, lookup: ValueLookup): FieldValues[] {
  const fields = mapping.kind === "stock" ? STOCK_FIELDS : ALLOCATION_FIELDS;
  const out: FieldValues[] = [];
  for (const field of fields) {
    const assignment = mapping.roles[field];
    if (!assignment) continue;
    const cells: CellValue[] = table.rows.map((row) => row.cells[assignment.columnIndex]);
    const yesNo = field === "allocationGround" && isYesNoGroundColumn(cells);
    const read = (cell: CellValue): CellReading<unknown> => {
      switch (field) {
        case "ownership":
          return readOwnershipCell(cell, lookup);
        case "segment":
          return readSegmentCell(cell, lookup);
        case "allocationGround":
          return readGroundCell(cell, lookup, yesNo);
        case "rentAllowanceEligible":
          return readYesNoCell(cell, lookup);
      }
    };
    const byKey = new Map<string, ValueCount>();
    let filled = 0;
    cells.forEach((cell, r) => {
      if (isBlankCell(cell)) return;
      filled++;
      const text = cellDisplay(cell);
      const key = valueKey(text) || text;
      const existing = byKey.get(key);
      if (existing) {
        existing.count++;
        return;
      }
      const reading = read(cell);
      const mapped = reading.kind === "skip" || (reading.kind === "value" && reading.mapped);
      byKey.set(key, {
        value: text,
        count: 1,
        reading: readingText(field, reading),
        source: reading.kind === "unknown" ? "unknown" : mapped ? "mapped" : "builtIn",
        firstRow: table.rows[r].sheetRow,
      });
    });
    const values = [...byKey.values()].sort(
      (a, b) => Number(b.source === "unknown") - Number(a.source === "unknown") || b.count - a.count || a.firstRow - b.firstRow,
    );
    out.push({ field, name: VALUE_FIELD_NAMES[field], header: assignment.header, readings: READINGS[field], yesNo, values, filled });
  }
  return out;
}
