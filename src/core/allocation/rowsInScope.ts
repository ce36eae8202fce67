/**
 * The row walk every allocation check shares (rules.md §10). A row whose own values and date are all blank is a blank
 * row. With a dates column, a row whose date is blank or unreadable is not read, and a row dated in another year than
 * `jaar` is outside the year (see allocationScope.ts). Every other row is in scope: the check's own rule reads it and
 * says whether it is not read, outside the base, or judged, passing or not.
 */
import { rowScope, type ScopeSpec } from "./allocationScope";
import { CheckRows } from "./checkRows";

/** A row in scope, as a check's rule sees it. */
export interface RowInScope {
  /** Position in the check's ranges. */
  index: number;
  label: string;
  /** The `jaar` given, else the year of the row's date; undefined only without both. */
  year: number | undefined;
}

/** What a check's rule made of a row in scope: judged as passing (true) or not (false), not read, or outside the base. */
export type RowJudgement = boolean | "unreadable" | "notInBase";

export interface JudgedRows {
  rows: CheckRows;
  /** The first judged row of each year, to name when that year's norm cannot be found. */
  firstLabelByYear: Map<number, string>;
}

/**
 * Walks rows 0..labels.length−1. `valuesBlank` tells whether the row's own values (everything but its date) are blank;
 * `judge` is called only for rows in scope.
 */
export function judgeRowsInScope(
  spec: ScopeSpec,
  labels: readonly string[],
  valuesBlank: (index: number) => boolean,
  judge: (row: RowInScope) => RowJudgement,
): JudgedRows {
  const rows = new CheckRows();
  const firstLabelByYear = new Map<number, string>();
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index];
    if (valuesBlank(index) && (!spec.dates || spec.dates[index] === "blank")) {
      rows.markBlank();
      continue;
    }
    const scope = rowScope(spec, index);
    if (scope.kind === "badDate") {
      rows.markUnreadable(label);
      continue;
    }
    if (scope.kind === "otherYear") {
      rows.markOtherYear();
      continue;
    }
    const judgement = judge({ index, label, year: scope.year });
    if (judgement === "unreadable") {
      rows.markUnreadable(label);
    } else if (judgement === "notInBase") {
      rows.markNotInBase();
    } else {
      if (scope.year !== undefined && !firstLabelByYear.has(scope.year)) firstLabelByYear.set(scope.year, label);
      rows.markJudged(label, scope.year, judgement);
    }
  }
  return { rows, firstLabelByYear };
}
