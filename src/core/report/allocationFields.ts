/**
 * Reading allocation cells into the fields the core checks take (src/core/allocation/fields.ts), the way the custom
 * functions read them (src/functions/coerce.ts, which the core may not import): dates as Excel serials or day-first /
 * ISO text, amounts with or without "€" and thousands separators, yes/no as WAAR/ONWAAR, ja/nee, 1/0.
 */
import { isValidCalendarDate, type CalendarDate } from "../allocation/calendarDate";
import type { DateField, FlagField, NumberField } from "../allocation/fields";
import type { CellValue } from "../mapping/cells";
import { isBlankCell } from "../mapping/cells";
import { plainNumber } from "../numberText";
import { yesNo } from "./vitalityInput";

const MS_PER_DAY = 86_400_000;

/** An Excel serial date (1900 system, with Excel's phantom 29-2-1900) as a calendar date; null when impossible. */
export function serialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const epoch = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + whole * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function checked(year: number, month: number, day: number): CalendarDate | null {
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}

export function readDate(cell: CellValue): DateField {
  if (isBlankCell(cell)) return "blank";
  if (typeof cell === "number") return serialToDate(cell) ?? "unreadable";
  if (typeof cell !== "string") return "unreadable";
  const text = cell.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/i.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3])) ?? "unreadable";
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) return checked(Number(m[4]), Number(m[3]), Number(m[1])) ?? "unreadable";
  const serial = plainNumber(text);
  return Number.isNaN(serial) ? "unreadable" : serialToDate(serial) ?? "unreadable";
}

/** An amount: number, plain number text, or text with "€" and thousands separators ("€ 45.000", "45.000,50"). */
export function readAmount(cell: CellValue): NumberField {
  if (isBlankCell(cell)) return "blank";
  if (typeof cell !== "string") {
    const n = plainNumber(cell);
    return Number.isNaN(n) ? "unreadable" : n;
  }
  const text = cell.replace(/^\s*(€|eur\b)\s*/i, "").replace(/[\s\u00a0]/g, "");
  let n: number;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) n = Number(text.replace(/\./g, "").replace(",", "."));
  else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) n = Number(text.replace(/,/g, ""));
  else n = plainNumber(text);
  return Number.isNaN(n) ? "unreadable" : n;
}

export function readCount(cell: CellValue): NumberField {
  if (isBlankCell(cell)) return "blank";
  const n = plainNumber(cell);
  return Number.isNaN(n) ? "unreadable" : n;
}

export function readFlag(cell: CellValue): FlagField {
  if (isBlankCell(cell)) return "blank";
  return yesNo(cell) ?? "unreadable";
}
