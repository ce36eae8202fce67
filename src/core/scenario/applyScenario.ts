/**
 * Applies the rows of a scenario to the area × segment table, year by year: the plan's years in ascending order, and
 * within a year the rows in table order. After each year the table is kept, so every figure can be given per year of
 * the plan and at its end.
 *
 * A row that takes more dwellings of a segment from an area than there are at that moment (after the rows of earlier
 * years and the earlier rows of the same year) is an error: it is reported with the number present and left out, so
 * no count ever goes below zero. Everything else a row does is exact integer arithmetic on counts:
 *
 *   t[area, van] −= aantal;   t[area, naar] += aantal na   (see interventions.ts for the values per intervention)
 */
import { scenarioRowTexts as texts } from "../messages/scenario";
import { INTERVENTION_PARTICIPLE } from "./interventions";
import type { ScenarioProblem, ScenarioReading, ScenarioRow } from "./scenarioRows";
import { indexOf, widenTable, type SegmentTable } from "./segmentTable";

export interface YearState {
  readonly year: number;
  /** The table after every applied row up to and including this year (same layout as `table.counts`). */
  readonly counts: Float64Array;
}

export interface AppliedScenario {
  /** The stock's table widened with the scenario's new areas and segments: the "before" counts. */
  readonly table: SegmentTable;
  /** One state per year that has rows (ascending), up to `untilYear` when given. */
  readonly years: YearState[];
  /** Rows that were applied, in the order applied. */
  readonly applied: ScenarioRow[];
  /** Problems of the rows that could not be applied (too few dwellings), by row. */
  readonly problems: ScenarioProblem[];
}

export function applyScenario(stock: SegmentTable, reading: ScenarioReading, untilYear?: number): AppliedScenario {
  const table = widenTable(stock, reading.newAreas, reading.newSegments);
  const K = table.segments.length;
  const areaIndex = indexOf(table.areas);
  const segmentIndex = indexOf(table.segments);
  const rows = reading.rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => untilYear === undefined || row.year <= untilYear)
    .sort((x, y) => x.row.year - y.row.year || x.order - y.order)
    .map(({ row }) => row);
  const counts = Float64Array.from(table.counts);
  const years: YearState[] = [];
  const applied: ScenarioRow[] = [];
  const problems: ScenarioProblem[] = [];
  rows.forEach((row, k) => {
    const base = areaIndex.find(row.area) * K;
    let ok = true;
    if (row.from !== null) {
      const s = segmentIndex.find(row.from);
      const present = counts[base + s];
      if (present < row.count) {
        problems.push({
          row: row.row,
          severity: "fout",
          message: texts.notEnough(INTERVENTION_PARTICIPLE[row.kind], row.count, row.from, row.area, present, row.year),
        });
        ok = false;
      } else counts[base + s] = present - row.count;
    }
    if (ok) {
      if (row.to !== null) counts[base + segmentIndex.find(row.to)] += row.countAfter;
      applied.push(row);
    }
    // the last row of its year (applied or not) closes the year: every year of the plan has a state
    const next = rows[k + 1];
    if (!next || next.year !== row.year) years.push({ year: row.year, counts: Float64Array.from(counts) });
  });
  return { table, years, applied, problems };
}
