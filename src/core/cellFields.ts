/**
 * Cells as the fields the allocation checks take (src/core/allocation/fields.ts): the value, "blank", or "unreadable".
 * Shared by the custom functions and the allocation report, so both read an allocations sheet the same way.
 *
 * Blank is null, "" or whitespace; for a date and a household size also 0, which cannot be a value there and is what
 * some desktop builds of Excel pass for an empty cell (isBlankOrZero). A blank row counts among the rows not read.
 * An income or rent of 0 can be real and stays 0.
 */
import type { DateField, FlagField, NumberField } from "./allocation/fields";
import { isBlankCell, isBlankOrZero, readAmount, readCalendarDate, readYesNo, type DateSystem } from "./cellReaders";
import { plainNumber } from "./numberText";
import { readYesNoCell } from "./readers/fieldReaders";
import type { ValueLookup } from "./readers/valueMap";

/** A date; a serial number is read in `system`, the workbook's date system (1900 unless the workbook says 1904). */
export function dateField(cell: unknown, system: DateSystem = 1900): DateField {
  return isBlankOrZero(cell) ? "blank" : readCalendarDate(cell, system) ?? "unreadable";
}

/** A money amount (income, rent), see readAmount. */
export function amountField(cell: unknown): NumberField {
  if (isBlankCell(cell)) return "blank";
  const n = readAmount(cell);
  return Number.isNaN(n) ? "unreadable" : n;
}

/** A household size: a plain number, at least 1 to be usable (0 is blank, see above). */
export function numberField(cell: unknown): NumberField {
  if (isBlankOrZero(cell)) return "blank";
  const n = plainNumber(cell);
  return Number.isNaN(n) ? "unreadable" : n;
}

/**
 * A yes/no cell. `zeroIsBlank` (a column written in words or WAAR/ONWAAR, see yesNoColumnZeroIsBlank): a 0 there is an
 * empty cell Excel passed as 0, not "nee". In a column coded 1/0 a 0 stays "nee".
 */
export function flagField(cell: unknown, zeroIsBlank = false): FlagField {
  if (isBlankCell(cell) || (zeroIsBlank && cell === 0)) return "blank";
  return readYesNo(cell) ?? "unreadable";
}

/**
 * Whether a 0 in this yes/no column is an empty cell: yes, unless the column is coded with numbers (it holds a numeric
 * 1 and no yes/no words or booleans). Decided once per column, so one cell never changes how another is read.
 */
export function yesNoColumnZeroIsBlank(cells: readonly unknown[]): boolean {
  let numericOne = false;
  for (const cell of cells) {
    if (typeof cell === "boolean") return true;
    if (typeof cell === "string" && !isBlankCell(cell) && readYesNo(cell) !== null && !/^\s*[01]\s*$/.test(cell)) return true;
    if (cell === 1) numericOne = true;
  }
  return !numericOne;
}

/**
 * A yes/no column as fields, with the 0 rule decided once for the whole column (yesNoColumnZeroIsBlank); with a
 * `lookup` every other cell is read with the user's value mapping (yesNoField).
 */
export function yesNoFields(cells: readonly unknown[], lookup?: ValueLookup): FlagField[] {
  const zeroIsBlank = yesNoColumnZeroIsBlank(cells);
  return cells.map((cell) => (zeroIsBlank && cell === 0 ? "blank" : lookup ? yesNoField(cell, lookup) : flagField(cell, zeroIsBlank)));
}

/** A yes/no cell read with the user's value mapping (readYesNoCell); a value mapped to "overslaan" is not read. */
export function yesNoField(cell: unknown, lookup: ValueLookup): FlagField {
  const reading = readYesNoCell(cell, lookup);
  return reading.kind === "value" ? reading.value : reading.kind === "blank" ? "blank" : "unreadable";
}
