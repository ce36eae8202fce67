/**
 * The priority indicator (Huisvestingswet 2014 art. 14 as amended 1-1-2024; rules.md §1 and §10). The law caps what
 * the gemeente's huisvestingsverordening may reserve for priority (ties, designated crucial professions) at 50% of the
 * dwellings that become available in the categories it designates, across the gemeente or region; the verordening's
 * own percentage may be lower and is the one that binds. One corporation's realised allocations are therefore an
 * INDICATOR of that cap, not the legal test. The user may give the verordening's percentage (`maximum`) and designated
 * categories (dwelling kinds); without them the legal 50% and all allocations are used.
 *
 * Share = priority allocations ÷ allocations in scope. Two "room" figures, m = maximum, n = allocations, p = priority:
 * - room with the total held fixed: ⌊m·n⌋ − p (how many regular allocations could have been priority ones instead;
 *   negative: that many too many);
 * - additional priority allocations that would still fit if they came on top: ⌊(m·n − p)/(1 − m)⌋, because
 *   (p + k)/(n + k) ≤ m ⇔ k ≤ (m·n − p)/(1 − m); none when m = 1 bounds nothing (then "onbeperkt").
 * "binnen norm" when the share is at most the maximum (room ≥ 0). Grounds under the separate urgency power (urgentie,
 * statushouder, mantelzorg, uitstroom) count as allocations but never as priority. A bare "voorrang" is flagged: when
 * reading those rows as priority would change the verdict, the verdict is "niet te beoordelen".
 *
 * Rows: a row whose ground and date are both blank is a blank row; a blank ground with a date, or (with dates) a blank
 * or unreadable date, is a row not read; neither is counted as an allocation. With designated categories, a row of
 * another kind is outside the base, and a row whose kind is blank or unknown is not read. An unrecognised ground is
 * counted as a regular allocation and listed, so the user can correct the spelling.
 */
import { messages } from "../messages";
import { rowTexts } from "../messages/rows";
import type { CellReading, GroundValue } from "../readers/fieldReaders";
import type { NormOverride } from "../norms/resolveNorm";
import { describeScope, scopeMode, type ScopeSpec } from "./allocationScope";
import { floorOfProduct, type CheckRows } from "./checkRows";
import { readDwellingKind, type DwellingKind } from "./dwellingKind";
import type { DateField } from "./fields";
import { readGround } from "./priorityGrounds";
import { labelsOrPositions } from "./rowLabels";
import { judgeRowsInScope } from "./rowsInScope";
import { ABOVE_NORM, NO_ALLOCATIONS, NOT_ASSESSABLE, WITHIN_NORM } from "./shareVerdict";
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
  /** A maximum given by the user (0..1), e.g. the verordening's own percentage; when absent, the norm "voorrang maximum". */
  maximum?: number;
  /** The dwelling kind of each allocation ("soort woning"); used with `designated`. */
  kinds?: readonly (string | null)[] | null;
  /** The categories the huisvestingsverordening designates; when given, only allocations of these kinds count. */
  designated?: readonly DwellingKind[] | null;
  overrides?: readonly NormOverride[] | null;
  rowLabels?: readonly string[] | null;
  /**
   * Grounds decided by the core's ground reader (src/core/readers/groundColumn.ts): the user's value mapping or a
   * ja/nee voorrang column. Null (or absent) where the ground's words decide (readGround). "overslaan" is not read.
   */
  readings?: readonly (CellReading<GroundValue> | null)[] | null;
}

export interface PriorityCount {
  spec: ScopeSpec;
  rows: CheckRows;
  /** Allocations in scope (priority + separate + unclear + regular + unrecognised). */
  total: number;
  priority: number;
  /** Allocations on a ground under the separate urgency power (outside the 50%). */
  separate: number;
  /** Rows whose ground says priority without a reason (a bare "voorrang"). */
  unclearLabels: string[];
  unrecognisedLabels: string[];
  /** Rows outside the designated categories. */
  notDesignated: number;
  notDesignatedLabels: string[];
  firstLabelByYear: Map<number, string>;
}

export function countPriority(input: PriorityInput): PriorityCount {
  const spec: ScopeSpec = { dates: input.dates, year: input.year };
  const unrecognisedLabels: string[] = [];
  const unclearLabels: string[] = [];
  let separate = 0;
  const notDesignatedLabels: string[] = [];
  const designated = input.designated && input.designated.length > 0 ? new Set(input.designated) : null;
  if (designated && !input.kinds) throw messages.allocation.designatedWithoutKinds();
  const blankText = (text: string | null | undefined) => text === null || text === undefined || text.trim() === "";
  const { rows, firstLabelByYear } = judgeRowsInScope(
    spec,
    labelsOrPositions(input.rowLabels, input.grounds.length),
    (i) => blankText(input.grounds[i]) && (!designated || blankText(input.kinds?.[i])),
    ({ index, label }) => {
      const ground = input.grounds[index];
      if (blankText(ground)) return "unreadable";
      if (designated) {
        const kindText = input.kinds?.[index];
        const kind = blankText(kindText) ? null : readDwellingKind(kindText as string);
        if (kind === null) return "unreadable";
        if (!designated.has(kind)) {
          notDesignatedLabels.push(label);
          return "notInBase";
        }
      }
      const decided = input.readings?.[index];
      if (decided) {
        if (decided.kind === "value") return decided.value === "priority";
        if (decided.kind === "unknown") unrecognisedLabels.push(label);
        return decided.kind === "unknown" ? false : "unreadable";
      }
      const reading = readGround(ground as string);
      if (reading === "unrecognised") unrecognisedLabels.push(label);
      if (reading === "unclear") unclearLabels.push(label);
      if (reading === "separate") separate += 1;
      return reading === "priority";
    },
  );
  return {
    spec, rows, total: rows.judged, priority: rows.passing, separate, unclearLabels, unrecognisedLabels,
    notDesignated: rows.notInBase, notDesignatedLabels, firstLabelByYear,
  };
}

/** PRIORITY_SHARE: the share with priority; #DIV/0! when no allocation is in scope. */
export function priorityShare(input: PriorityInput): number {
  const count = countPriority(input);
  if (count.total === 0) {
    throw messages.allocation.noAllocations(input.year !== undefined ? `jaar ${input.year}` : "alle rijen");
  }
  return count.priority / count.total;
}

export type PriorityVerdict = typeof WITHIN_NORM | typeof ABOVE_NORM | typeof NO_ALLOCATIONS | typeof NOT_ASSESSABLE;

export interface PriorityCheckResult extends PriorityCount {
  share: number | null;
  maximum: number;
  maximumSource: string;
  /** ⌊m·n⌋ − p: room with the total held fixed. */
  headroom: number;
  /** ⌊(m·n − p)/(1 − m)⌋: additional priority allocations that would still fit on top; null when m = 1 (no bound). */
  additionalRoom: number | null;
  verdict: PriorityVerdict;
  overrideUsed: boolean;
  yearText: string | number;
  /** Why there is no verdict when no ground in scope was recognised (issue 9), else null. */
  notJudgeableReason: string | null;
}

/** ⌊maximum × total⌋ − priority (rules.md §10): room with the total held fixed. */
export function headroom(maximum: number, total: number, priority: number): number {
  return floorOfProduct(maximum * total) - priority;
}

/**
 * ⌊(maximum × total − priority)/(1 − maximum)⌋: how many priority allocations could still be added on top (the total
 * grows with them) with the share at most the maximum; negative: how many priority allocations would have to go (with
 * the total shrinking alike). Null for a maximum of 1, which bounds nothing.
 */
export function additionalRoom(maximum: number, total: number, priority: number): number | null {
  if (maximum >= 1) return null;
  return floorOfProduct((maximum * total - priority) / (1 - maximum));
}

function chooseMaximum(input: PriorityInput, count: PriorityCount, norms: YearNorms): { value: number; source: string } {
  if (input.maximum !== undefined) {
    if (!Number.isFinite(input.maximum) || input.maximum < 0 || input.maximum > 1) throw messages.allocation.badMaximum(input.maximum);
    return { value: input.maximum, source: "argument 'maximum' (bijvoorbeeld het percentage uit de huisvestingsverordening)" };
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
  let verdict: PriorityVerdict = count.total === 0 ? NO_ALLOCATIONS : room >= 0 ? WITHIN_NORM : ABOVE_NORM;
  // A bare "voorrang" is not guessed: if reading those rows as priority would turn the verdict, it cannot be given.
  if (verdict === WITHIN_NORM && headroom(maximum.value, count.total, count.priority + count.unclearLabels.length) < 0) {
    verdict = NOT_ASSESSABLE;
  }
  // Not one ground recognised (e.g. a ja/nee column not read as such): a 0% share would read as "binnen norm" (issue 9).
  const noneRecognised = count.total > 0 && count.unrecognisedLabels.length === count.total;
  if (noneRecognised) verdict = NOT_ASSESSABLE;
  return {
    ...count,
    notJudgeableReason: noneRecognised ? rowTexts.noGroundRecognised(unrecognisedExamples(input, count)) : null,
    share: count.total === 0 || noneRecognised ? null : count.priority / count.total,
    maximum: maximum.value,
    maximumSource: maximum.source,
    headroom: room,
    additionalRoom: additionalRoom(maximum.value, count.total, count.priority),
    verdict,
    overrideUsed: norms.overrideUsed,
    yearText: describeScope(count.spec, count.rows.years),
  };
}

/** Up to three distinct unrecognised grounds, as written, for the "niet te beoordelen" reason. */
function unrecognisedExamples(input: PriorityInput, count: PriorityCount): string[] {
  const labels = new Set(count.unrecognisedLabels);
  const rowLabels = labelsOrPositions(input.rowLabels, input.grounds.length);
  const seen = new Set<string>();
  for (let i = 0; i < input.grounds.length && seen.size < 3; i++) {
    const ground = input.grounds[i];
    if (ground !== null && labels.has(rowLabels[i])) seen.add(ground.trim());
  }
  return [...seen];
}

/** Kept for callers that name the verdict of issue 9; the same text as NOT_ASSESSABLE. */
export const NOT_JUDGEABLE = NOT_ASSESSABLE;
