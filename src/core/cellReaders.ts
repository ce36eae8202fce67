/**
 * How a single cell is read as a yes/no value, a money amount or a calendar date. One reading for everything that
 * takes such cells — the custom functions (through src/functions/coerce.ts) and the reports the task pane builds — so a
 * report and a MENG function never judge the same cell differently.
 *
 * @example
 * readYesNo(" Ja ") //=> true
 * readAmount("€ 45.000,50") //=> 45000.5
 * readCalendarDate("15 maart 2025") //=> { year: 2025, month: 3, day: 15 }
 * readCalendarDate(45658) //=> { year: 2025, month: 1, day: 1 } (Excel serial, 1900 system)
 */
import { isValidCalendarDate, type CalendarDate } from "./allocation/calendarDate";
import { plainNumber } from "./numberText";

/** A blank cell: missing, null, or text that is only whitespace ("" is what =\"\" gives). */
export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Blank, for a field in which 0 cannot be a value (a year, a household size, a date, an area code, a yes/no in a column
 * of words): some desktop builds of Excel pass an empty cell of a range argument of type `any` as 0 instead of null
 * (office-js issues 4702 and 5262), so there a 0 is read as the empty cell it most likely was.
 */
export function isBlankOrZero(cell: unknown): boolean {
  return cell === 0 || isBlankCell(cell);
}

/** What a rich cell value (an object, see readRichCell) holds for Mengwijzer. */
export type RichCellReading =
  | { kind: "value"; value: string | number | boolean | null }
  | { kind: "error"; code: string }
  | { kind: "unreadable"; typeName: string };

/** Excel's error codes by ErrorCellValue.errorType (Excel JavaScript API, Excel.ErrorCellValueType). */
const ERROR_CODES: Record<string, string> = {
  Blocked: "#BLOCKED!", Busy: "#BUSY!", Calc: "#CALC!", Connect: "#CONNECT!", Div0: "#DIV/0!", External: "#EXTERNAL!",
  Field: "#FIELD!", GettingData: "#GETTING_DATA", NotAvailable: "#N/A", Name: "#NAME?", Null: "#NULL!", Num: "#NUM!",
  Placeholder: "#PLACEHOLDER!", Ref: "#REF!", Spill: "#SPILL!", Value: "#VALUE!",
};

/** Dutch names of the rich value types a cell can hold, for messages. */
const TYPE_NAMES: Record<string, string> = {
  Entity: "gegevenstype (entiteit)", LinkedEntity: "gekoppeld gegevenstype", WebImage: "afbeelding", Array: "matrix",
  Function: "functiewaarde", Reference: "verwijzing",
};

function isPlain(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/**
 * A cell that arrives as an object, as Excel passes it to a custom function whose metadata sets
 * allowCustomDataForDataTypeAny (custom-functions-metadata writes it; learn.microsoft.com/office/dev/add-ins/excel/
 * custom-functions-data-types-concepts): an error cell (`{ type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }`),
 * a number, text or yes/no with formatting (`{ type: "Double" | "FormattedNumber" | "String" | "Boolean", basicValue }`),
 * an empty value, or an entity / linked data type (`{ type: "Entity", text: "Utrecht", properties: {...} }`).
 * An entity is read through its text, else through a plain basic value; one with neither (an image, a nested array) is
 * "unreadable". Any other object is "unreadable" too, never "[object Object]".
 */
export function readRichCell(cell: object): RichCellReading {
  const v = cell as { type?: unknown; basicValue?: unknown; errorType?: unknown; text?: unknown };
  const type = typeof v.type === "string" ? v.type : "";
  if (type === "Error" || v.errorType !== undefined) {
    const code = typeof v.basicValue === "string" && v.basicValue.startsWith("#")
      ? v.basicValue
      : ERROR_CODES[String(v.errorType)] ?? "#VALUE!";
    return { kind: "error", code };
  }
  if (type === "Empty") return { kind: "value", value: null };
  const basicIsError = typeof v.basicValue === "string" && /^#[A-Z/0_!?]+/.test(v.basicValue);
  if (type === "Entity" || type === "LinkedEntity") {
    if (typeof v.text === "string" && v.text.trim() !== "") return { kind: "value", value: v.text };
    if (isPlain(v.basicValue) && !basicIsError) return { kind: "value", value: v.basicValue };
    return { kind: "unreadable", typeName: TYPE_NAMES[type] };
  }
  if (isPlain(v.basicValue) && !basicIsError && !(type in TYPE_NAMES)) return { kind: "value", value: v.basicValue };
  return { kind: "unreadable", typeName: TYPE_NAMES[type] ?? "waarde die geen tekst of getal is" };
}

const TRUE_WORDS = new Set(["waar", "true", "ja", "j", "yes", "y", "1"]);
const FALSE_WORDS = new Set(["onwaar", "false", "nee", "n", "no", "0"]);

/** A yes/no cell: WAAR/ONWAAR, TRUE/FALSE, ja/nee (j/n), yes/no, 1/0, in any case. Anything else (and blank) is null. */
export function readYesNo(cell: unknown): boolean | null {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : null;
  if (typeof cell !== "string") return null;
  const word = cell.trim().toLocaleLowerCase("nl-NL");
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/**
 * A money amount (income, rent): numbers as they are; text as a plain number, and also with a euro sign and with
 * thousands separators: "€ 45.000", "45.000,50" (Dutch) and "45,000.50" (English). A single separator followed by
 * exactly three digits ("45.000", "1,250") is read as a thousands separator, since amounts carry 0 or 2 decimals.
 * Anything else is NaN.
 */
export function readAmount(cell: unknown): number {
  if (typeof cell !== "string") return plainNumber(cell);
  const text = cell.replace(/^\s*(€|eur\b)\s*/i, "").replace(/[\s\u00a0]/g, "");
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  return plainNumber(text);
}

const DUTCH_MONTHS: Record<string, number> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mrt: 3, maa: 3, maart: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, aug: 8, augustus: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const MS_PER_DAY = 86_400_000;

/**
 * A workbook's date system: 1900 (Excel's default on Windows and the web) or 1904 (an option, found in old Mac files).
 * The same date has serial numbers 1,462 apart in the two.
 */
export type DateSystem = 1900 | 1904;

/**
 * An Excel serial date as a calendar date. 1900 system: serial 1 is 1 January 1900; Excel counts a 29 February 1900
 * that never existed (serial 60), so serials from 61 on are days since 30 December 1899. 1904 system: serial 0 is
 * 1 January 1904. A time of day (the fraction) is ignored. Null when the number cannot be a date (below the first day,
 * beyond 31 December 9999).
 */
export function excelSerialToDate(serial: number, system: DateSystem = 1900): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  let ms: number;
  if (system === 1904) {
    ms = Date.UTC(1904, 0, 1) + whole * MS_PER_DAY;
    if (whole < 0 || ms > Date.UTC(9999, 11, 31)) return null;
  } else {
    if (serial < 1 || serial >= 2_958_466) return null;
    if (whole === 60) return { year: 1900, month: 2, day: 29 };
    ms = (whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)) + whole * MS_PER_DAY;
  }
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function checkedDate(year: number, month: number, day: number): CalendarDate | null {
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}

/**
 * A date cell: an Excel serial number (also when stored as text) in the workbook's date system, or a text date written day first ("15-3-2025",
 * "15/03/2025", "15.03.2025", "15 maart 2025", "15 mrt 2025") or year first ("2025-03-15", also with a time after it).
 * A time after a day-first date ("15-3-2025 10:30") is ignored. Two-digit years, month-first dates and impossible days
 * ("31-2-2025") are not read: the result is null, as it is for blank cells and booleans.
 */
export function readCalendarDate(cell: unknown, system: DateSystem = 1900): CalendarDate | null {
  if (typeof cell === "number") return excelSerialToDate(cell, system);
  if (typeof cell !== "string") return null;
  const text = cell.trim().toLocaleLowerCase("nl-NL");
  if (text === "") return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s].*)?$/.exec(text);
  if (m) return checkedDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) return checkedDate(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = DUTCH_MONTHS[m[2]];
    return month ? checkedDate(Number(m[3]), month, Number(m[1])) : null;
  }
  const serial = plainNumber(text);
  return Number.isNaN(serial) ? null : excelSerialToDate(serial, system);
}
