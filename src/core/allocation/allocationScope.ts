/**
 * Which rows a check counts and by which year's limits they are judged (rules.md §10, one reading for every check):
 * - dates and `jaar`: only allocations dated in that year count, judged by that year's limits;
 * - dates only: all rows count, each judged by the limits of the year of its own date;
 * - `jaar` only: all rows count, judged by that year's limits;
 * - neither: all rows count without a year (the priority share needs none; the income and fit checks refuse).
 * With a dates column, a row whose date is blank or unreadable cannot be placed in a year: it is not counted and is
 * reported as not read.
 */
import type { DateField } from "./fields";

export type ScopeMode = "yearAndDates" | "datesOnly" | "yearOnly" | "allRows";

export interface ScopeSpec {
  dates: readonly DateField[] | null;
  year: number | undefined;
}

export function scopeMode(spec: ScopeSpec): ScopeMode {
  if (spec.dates) return spec.year !== undefined ? "yearAndDates" : "datesOnly";
  return spec.year !== undefined ? "yearOnly" : "allRows";
}

export type RowScope =
  | { kind: "in"; year: number | undefined }
  | { kind: "otherYear" }
  | { kind: "badDate" };

/** Where row `index` stands. */
export function rowScope(spec: ScopeSpec, index: number): RowScope {
  if (!spec.dates) return { kind: "in", year: spec.year };
  const date = spec.dates[index];
  if (date === "blank" || date === "unreadable") return { kind: "badDate" };
  if (spec.year !== undefined && date.year !== spec.year) return { kind: "otherYear" };
  return { kind: "in", year: date.year };
}

/** The Dutch text of the "jaar" row in a spilled check. */
export function describeScope(spec: ScopeSpec, yearsSeen: readonly number[]): string | number {
  switch (scopeMode(spec)) {
    case "yearAndDates":
    case "yearOnly":
      return spec.year as number;
    case "datesOnly":
      return yearsSeen.length === 0 ? "per jaar (uit de datums)" : `per jaar (uit de datums): ${[...yearsSeen].sort((a, b) => a - b).join("; ")}`;
    case "allRows":
      return "alle rijen (geen jaar)";
  }
}
