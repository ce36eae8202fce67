/**
 * Cells as the fields the allocation checks take (src/core/allocation/fields.ts): the value, "blank", or "unreadable".
 * Shared by the custom functions and the allocation report, so both read an allocations sheet the same way.
 */
import type { DateField, FlagField, NumberField } from "./allocation/fields";
import { isBlankCell, readAmount, readCalendarDate, readYesNo } from "./cellReaders";
import { plainNumber } from "./numberText";

export function dateField(cell: unknown): DateField {
  return isBlankCell(cell) ? "blank" : readCalendarDate(cell) ?? "unreadable";
}

/** A money amount (income, rent), see readAmount. */
export function amountField(cell: unknown): NumberField {
  if (isBlankCell(cell)) return "blank";
  const n = readAmount(cell);
  return Number.isNaN(n) ? "unreadable" : n;
}

/** A plain number such as a household size. */
export function numberField(cell: unknown): NumberField {
  if (isBlankCell(cell)) return "blank";
  const n = plainNumber(cell);
  return Number.isNaN(n) ? "unreadable" : n;
}

export function flagField(cell: unknown): FlagField {
  return isBlankCell(cell) ? "blank" : readYesNo(cell) ?? "unreadable";
}
