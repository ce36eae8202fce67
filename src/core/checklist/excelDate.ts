/**
 * Dates in the checklist sheet. We write ISO 8601 text, so the cell reads the same in Excel, LibreOffice or a CSV export
 * without the add-in; a user (or Excel's autocorrect) may leave a date serial number instead, which we accept too.
 */

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug is irrelevant for dates after March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * An Excel serial number as an ISO timestamp. Excel stores wall-clock time without a zone; we read it as UTC so the
 * same cell gives the same text everywhere.
 */
export function excelSerialToIso(serial: number): string | null {
  // 1 = 1900-01-01, 2958465 = 9999-12-31; anything outside is not a date.
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS)).toISOString();
}

/** A date cell (ISO text, other text Date.parse understands, or a serial number) as ISO text; null when blank or not a date. */
export function cellToIsoDate(value: unknown): string | null | "invalid" {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return excelSerialToIso(value) ?? "invalid";
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
