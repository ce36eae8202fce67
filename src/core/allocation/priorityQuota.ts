/**
 * The priority quota (rules.md §1 and §10): the share of allocations whose ground is a priority ground (ties, vital
 * professions; see priorityGrounds.ts) among all allocations in scope, and the headroom
 * ruimte = ⌊maximum × allocations in scope⌋ − priority allocations (negative: that many too many).
 * "binnen norm" when the share is at most the maximum, which is the same as a headroom of 0 or more.
 *
 * Rows: a row whose ground and date are both blank is a blank row; a blank ground with a date, or (with dates) a blank
 * or unreadable date, is a row not read; neither is counted as an allocation. An unrecognised ground is counted as a
 * regular allocation and listed, so the user can correct the spelling.
 */
import { messages } from "../messages";
import type { NormOverride } from "../norms/resolveNorm";
import { describeScope, scopeMode, type ScopeSpec } from "./allocationScope";
import { floorOfProduct, type CheckRows } from "./checkRows";
import type { DateField } from "./fields";
import { readGround } from "./priorityGrounds";
import { labelsOrPositions } from "./rowLabels";
import { judgeRowsInScope } from "./rowsInScope";
import { ABOVE_NORM, NO_ALLOCATIONS, WITHIN_NORM } from "./shareVerdict";
import { YearNorms } from "./yearNorms";

export const PRIORITY_MAXIMUM_NORM = "voorrang maximum";
/**
 * Without any year (no dates, no `jaar`), the check uses the maximum the law sets since the amendment of 1 January 2024
 * (or the user's `normen` row for 2024). The maximum is a fixed percentage in the law, not a yearly amount.
 */
export const LEGAL_MAXIMUM_YEAR = 2024;

export interface PriorityInput {
  grounds: readonly (string | null)[];
  dates: readonly DateField[] | null;
  year: number | undefined;
  /** A maximum given by the user (0..1); when absent, the norm "voorrang maximum" of the year. */
  maximum?: number;
  overrides?: readonly NormOverride[] | null;
  rowLabels?: readonly string[] | null;
}

export interface PriorityCount {
  spec: ScopeSpec;
  rows: CheckRows;
  /** Allocations in scope (priority + regular + unrecognised). */
  total: number;
  priority: number;
  unrecognisedLabels: string[];
  firstLabelByYear: Map<number, string>;
}

export function countPriority(input: PriorityInput): PriorityCount {
  const spec: ScopeSpec = { dates: input.dates, year: input.year };
  const unrecognisedLabels: string[] = [];
  const groundBlank = (ground: string | null) => ground === null || ground.trim() === "";
  const { rows, firstLabelByYear } = judgeRowsInScope(
    spec,
    labelsOrPositions(input.rowLabels, input.grounds.length),
    (i) => groundBlank(input.grounds[i]),
    ({ index, label }) => {
      const ground = input.grounds[index];
      if (groundBlank(ground)) return "unreadable";
      const reading = readGround(ground as string);
      if (reading === "unrecognised") unrecognisedLabels.push(label);
      return reading === "priority";
    },
  );
  return { spec, rows, total: rows.judged, priority: rows.passing, unrecognisedLabels, firstLabelByYear };
}

/** PRIORITY_SHARE: the share with priority; #DIV/0! when no allocation is in scope. */
export function priorityShare(input: PriorityInput): number {
  const count = countPriority(input);
  if (count.total === 0) {
    throw messages.allocation.noAllocations(input.year !== undefined ? `jaar ${input.year}` : "alle rijen");
  }
  return count.priority / count.total;
}

export type PriorityVerdict = typeof WITHIN_NORM | typeof ABOVE_NORM | typeof NO_ALLOCATIONS;

export interface PriorityCheckResult extends PriorityCount {
  share: number | null;
  maximum: number;
  maximumSource: string;
  headroom: number;
  verdict: PriorityVerdict;
  overrideUsed: boolean;
  yearText: string | number;
}

/** ⌊maximum × total⌋ − priority (rules.md §10). */
export function headroom(maximum: number, total: number, priority: number): number {
  return floorOfProduct(maximum * total) - priority;
}

function chooseMaximum(input: PriorityInput, count: PriorityCount, norms: YearNorms): { value: number; source: string } {
  if (input.maximum !== undefined) {
    if (!Number.isFinite(input.maximum) || input.maximum < 0 || input.maximum > 1) throw messages.allocation.badMaximum(input.maximum);
    return { value: input.maximum, source: "argument 'maximum'" };
  }
  const mode = scopeMode(count.spec);
  if (mode === "yearAndDates" || mode === "yearOnly") {
    const norm = norms.get(PRIORITY_MAXIMUM_NORM, input.year as number);
    return { value: norm.value, source: norm.source };
  }
  const years = mode === "datesOnly" ? count.rows.years : [];
  if (years.length === 0) {
    const norm = norms.get(PRIORITY_MAXIMUM_NORM, LEGAL_MAXIMUM_YEAR);
    return { value: norm.value, source: `${norm.source} (geen jaar opgegeven: maximum volgens de wet sinds ${LEGAL_MAXIMUM_YEAR})` };
  }
  const perYear = years.map((year) => ({ year, norm: norms.get(PRIORITY_MAXIMUM_NORM, year, count.firstLabelByYear.get(year)) }));
  const values = new Set(perYear.map((p) => p.norm.value));
  if (values.size > 1) throw messages.allocation.differingMaxima(perYear.map((p) => `${p.year}: ${p.norm.value}`).join("; "));
  return { value: perYear[0].norm.value, source: [...new Set(perYear.map((p) => p.norm.source))].join("; ") };
}

/** PRIORITY_CHECK: share, maximum, headroom and verdict, with the counts behind them. */
export function priorityCheck(input: PriorityInput): PriorityCheckResult {
  const count = countPriority(input);
  const norms = new YearNorms(input.overrides);
  const maximum = chooseMaximum(input, count, norms);
  const room = headroom(maximum.value, count.total, count.priority);
  const verdict: PriorityVerdict = count.total === 0 ? NO_ALLOCATIONS : room >= 0 ? WITHIN_NORM : ABOVE_NORM;
  return {
    ...count,
    share: count.total === 0 ? null : count.priority / count.total,
    maximum: maximum.value,
    maximumSource: maximum.source,
    headroom: room,
    verdict,
    overrideUsed: norms.overrideUsed,
    yearText: describeScope(count.spec, count.rows.years),
  };
}
