/**
 * Dates in the checklist sheet. "Gewijzigd op" is stored as a real Excel date: a serial number (days since 1899-12-30)
 * with a date format, in the local time of the person who made the change, because Excel dates have no time zone and
 * a person reads the cell as wall-clock time (sorting, filtering and date formulas then work on it). Older sheets hold
 * ISO 8601 text, and a user may type a date as text; both are still read.
 */

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug is irrelevant for dates after March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 1 = 1900-01-01, 2958465 = 9999-12-31; anything outside is not a date. */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2_958_465;

/** Number format of "Gewijzigd op" (Range.numberFormat takes the invariant, en-US codes; Dutch Excel shows 27-11-2026 14:05). */
export const CHANGED_AT_FORMAT = "dd-mm-yyyy hh:mm";

/** Minutes east of UTC at a moment (the zone's offset, summer time included). */
export type UtcOffset = (moment: Date) => number;

/** This computer's zone, as Excel's wall-clock dates are in the zone of the person who typed them. */
export const localUtcOffset: UtcOffset = (moment) => -moment.getTimezoneOffset();

/**
 * An Excel serial number (wall-clock time in the zone of `offset`, default this computer's) as an ISO timestamp: the
 * moment that wall-clock time names. Null when the number is not a date.
 */
export function excelSerialToIso(serial: number, offset: UtcOffset = localUtcOffset): string | null {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  const wall = EXCEL_EPOCH_MS + Math.round(serial * DAY_MS);
  // The offset belongs to the moment, which we are looking for: guess with the offset at the wall time, then correct
  // once (enough, as offsets change by at most a few hours). In the hour a clock is set back this gives its first pass.
  const guess = wall - offset(new Date(wall)) * 60_000;
  return new Date(wall - offset(new Date(guess)) * 60_000).toISOString();
}

/**
 * A moment (ISO text) as an Excel serial number in wall-clock time in the zone of `offset` (default this computer's),
 * milliseconds kept, so reading it back gives the same moment; null when it is no date.
 */
export function isoToExcelSerial(iso: string, offset: UtcOffset = localUtcOffset): number | null {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return null;
  const serial = (moment.getTime() + offset(moment) * 60_000 - EXCEL_EPOCH_MS) / DAY_MS;
  return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? serial : null;
}

/** A date cell (a serial number, ISO text, or other text starting with yyyy-mm-dd) as ISO text; null when blank. */
export function cellToIsoDate(value: unknown, offset: UtcOffset = localUtcOffset): string | null | "invalid" {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return excelSerialToIso(value, offset) ?? "invalid";
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return null;
    // Only text that starts like a date: Date.parse accepts oddities such as "1" that are no date to a person.
    if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return "invalid";
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? "invalid" : new Date(ms).toISOString();
  }
  return "invalid";
}
