/**
 * One reader per kind of field, used by the custom functions, the reports, the partner copy and the pane alike: the
 * cell becomes a value, "blank", "skip" (the user's value mapping says to leave the row out) or "unknown" with the
 * cell's text, so every caller can say exactly which value it could not read.
 *
 * Amounts, points and dates follow src/core/cellReaders.ts (readAmount, plainNumber, readCalendarDate); categorical
 * fields look in the user's value mapping first, then in the built-in vocabulary (vocabulary.ts).
 *
 * @example
 * readOwnershipCell("Eigen bezit", EMPTY_LOOKUP) //=> { kind: "value", value: "huur", mapped: false }
 * readAmountCell("€ 864,77") //=> { kind: "value", value: 864.77, mapped: false }
 * readGroundCell("ja", EMPTY_LOOKUP, true) //=> { kind: "value", value: "priority", mapped: false }
 */
import type { CalendarDate } from "../allocation/calendarDate";
import { readGround } from "../allocation/priorityGrounds";
import { isBlankCell, readAmount, readCalendarDate, readYesNo } from "../cellReaders";
import type { DateSystem } from "../cellReaders";
import { plainNumber } from "../numberText";
import type { Segment } from "../rules/segment";
import type { Tenure } from "../rules/tenure";
import type { ValueLookup } from "./valueMap";
import { BUILT_IN_OWNERSHIP, BUILT_IN_SEGMENT, SKIP_READING, valueKey, type ValueField } from "./vocabulary";

export type CellReading<T> =
  | { kind: "value"; value: T; mapped: boolean }
  | { kind: "blank" }
  | { kind: "skip"; text: string }
  | { kind: "unknown"; text: string };

export type GroundValue = "priority" | "regular";

const BLANK = { kind: "blank" } as const;

/** The cell as trimmed text, as shown back to the user ("" for blank). */
export function cellDisplay(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "WAAR" : "ONWAAR";
  return String(cell).trim();
}

function value<T>(v: T, mapped = false): CellReading<T> {
  return { kind: "value", value: v, mapped };
}

function unknown<T>(cell: unknown): CellReading<T> {
  return { kind: "unknown", text: cellDisplay(cell) };
}

/** A reading from the user's mapping, translated by `parse`; undefined when the value is not mapped. */
function mappedReading<T>(field: ValueField, text: string, lookup: ValueLookup, parse: (reading: string) => T | null): CellReading<T> | undefined {
  const reading = lookup.get(field, text);
  if (reading === undefined) return undefined;
  if (reading === SKIP_READING) return { kind: "skip", text };
  const parsed = parse(reading);
  return parsed === null ? undefined : value(parsed, true);
}

const asTenure = (reading: string): Tenure | null => (reading === "huur" || reading === "koop" ? reading : null);
const asSegment = (reading: string): Segment | null => BUILT_IN_SEGMENT.get(valueKey(reading)) ?? null;
const asGround = (reading: string): GroundValue | null => (reading === "voorrang" ? "priority" : reading === "regulier" ? "regular" : null);
const asYesNo = (reading: string): boolean | null => (reading === "ja" ? true : reading === "nee" ? false : null);

/** Ownership (eigendom): mapping, then vocabulary; WAAR (in eigendom) → koop, ONWAAR → huur; numbers are unknown. */
export function readOwnershipCell(cell: unknown, lookup: ValueLookup): CellReading<Tenure> {
  if (isBlankCell(cell)) return BLANK;
  const text = cellDisplay(cell);
  const mapped = mappedReading("ownership", text, lookup, asTenure);
  if (mapped) return mapped;
  if (typeof cell === "boolean") return value(cell ? "koop" : "huur");
  if (typeof cell !== "string") return unknown(cell);
  const builtIn = BUILT_IN_OWNERSHIP.get(valueKey(text));
  return builtIn ? value(builtIn) : unknown(cell);
}

/** A segment label: mapping, then vocabulary ("DAEB" → sociale huur, "middeldure huur" → middenhuur, ...). */
export function readSegmentCell(cell: unknown, lookup: ValueLookup): CellReading<Segment> {
  if (isBlankCell(cell)) return BLANK;
  const text = cellDisplay(cell);
  const mapped = mappedReading("segment", text, lookup, asSegment);
  if (mapped) return mapped;
  const builtIn = typeof cell === "string" ? BUILT_IN_SEGMENT.get(valueKey(text)) : undefined;
  return builtIn ? value(builtIn) : unknown(cell);
}

/**
 * An allocation ground. In a yes/no column ("voorrang: ja/nee") ja is priority and nee regular; otherwise the ground
 * is read by its words (priorityGrounds.ts). Mapping first in both cases.
 */
export function readGroundCell(cell: unknown, lookup: ValueLookup, yesNoColumn: boolean): CellReading<GroundValue> {
  if (isBlankCell(cell)) return BLANK;
  const text = cellDisplay(cell);
  const mapped = mappedReading("allocationGround", text, lookup, asGround);
  if (mapped) return mapped;
  if (yesNoColumn) {
    const flag = readYesNo(cell);
    return flag === null ? unknown(cell) : value(flag ? "priority" : "regular");
  }
  // urgency grounds (outside the maximum) are regular here; a bare "voorrang" says no reason: not guessed
  const reading = readGround(text);
  if (reading === "priority") return value("priority");
  if (reading === "regular" || reading === "separate") return value("regular");
  return unknown(cell);
}

/**
 * True when a ground column records priority as yes/no: most of its filled cells are yes/no words (ja/nee, WAAR/ONWAAR,
 * 1/0) and more of them read as yes/no than as a ground.
 */
export function isYesNoGroundColumn(cells: readonly unknown[]): boolean {
  let filled = 0;
  let yesNo = 0;
  let grounds = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    filled++;
    if (readYesNo(cell) !== null) yesNo++;
    else if (typeof cell === "string" && readGround(cell) !== "unrecognised") grounds++;
  }
  return filled > 0 && yesNo * 2 >= filled && yesNo > grounds;
}

/** A yes/no cell (e.g. huurtoeslaggerechtigd): mapping, then readYesNo. */
export function readYesNoCell(cell: unknown, lookup: ValueLookup, field: ValueField = "rentAllowanceEligible"): CellReading<boolean> {
  if (isBlankCell(cell)) return BLANK;
  const mapped = mappedReading(field, cellDisplay(cell), lookup, asYesNo);
  if (mapped) return mapped;
  const flag = readYesNo(cell);
  return flag === null ? unknown(cell) : value(flag);
}

/** A money amount (kale huur, income): "€ 1.234,56", "1234.56", numbers. */
export function readAmountCell(cell: unknown): CellReading<number> {
  if (isBlankCell(cell)) return BLANK;
  const n = readAmount(cell);
  return Number.isNaN(n) ? unknown(cell) : value(n);
}

/** WWS points and other plain numbers: numbers, or text that is a plain number ("143", "143,5"). */
export function readPointsCell(cell: unknown): CellReading<number> {
  if (isBlankCell(cell)) return BLANK;
  const n = plainNumber(cell);
  return Number.isNaN(n) ? unknown(cell) : value(n);
}

/** A date (datum toewijzing), see readCalendarDate. */
export function readDateCell(cell: unknown, system: DateSystem = 1900): CellReading<CalendarDate> {
  // 0 is no date an export means (Excel may send a blank as 0): blank, as in cellFields.dateField.
  if (isBlankCell(cell) || cell === 0) return BLANK;
  const date = readCalendarDate(cell, system);
  return date === null ? unknown(cell) : value(date);
}

/** A whole calendar year (bouwjaar, jaar): 1000–2200. */
export function readYearCell(cell: unknown): CellReading<number> {
  if (isBlankCell(cell)) return BLANK;
  const n = plainNumber(cell);
  return Number.isInteger(n) && n >= 1000 && n <= 2200 ? value(n) : unknown(cell);
}

/**
 * An area code or other label: the trimmed text (numbers as written, booleans as WAAR/ONWAAR), as MENG.PERGEBIED reads
 * it. A 0 is blank, as in the functions' area columns (coerce.toAreaLabels): no area is called 0, and some Excel builds
 * send 0 for an empty cell.
 */
export function readAreaCell(cell: unknown): CellReading<string> {
  if (isBlankCell(cell) || cell === 0) return BLANK;
  return value(typeof cell === "string" ? cell : cellDisplay(cell));
}
