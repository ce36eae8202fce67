/**
 * What the checks get per cell, after the adapter has coerced Excel's values: the value, or the fact that the cell was
 * blank, or that it held something that could not be read. Keeping blank apart from unreadable lets a check tell an
 * empty row from a damaged one.
 */
import type { CalendarDate } from "./calendarDate";

export type Field<T> = T | "blank" | "unreadable";

export type DateField = Field<CalendarDate>;
export type NumberField = Field<number>;
export type FlagField = Field<boolean>;

export function isBlankField<T>(field: Field<T>): field is "blank" {
  return field === "blank";
}

export function hasValue<T>(field: Field<T>): field is T {
  return field !== "blank" && field !== "unreadable";
}

/** A household size the checks can use: a whole number of persons, at least 1. */
export function isHouseholdSize(value: NumberField): value is number {
  return hasValue(value) && Number.isInteger(value) && value >= 1;
}
