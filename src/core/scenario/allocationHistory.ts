/**
 * The workbook's own allocation history as the source of the turnover rate and the low-income share (issue 15):
 * read from the checks the allocation report makes per year × gemeente (allocationReport.ts), so the scenario counts
 * allocations exactly as that report does.
 *
 * - Lettings per year: the allocations of the income check's base (DAEB dwellings up to the huurgrens, rules.md §2),
 *   judged or not read, summed over the gemeenten of the year. Without an income check (no income column) the
 *   allocations in the scope of the priority check are counted instead.
 * - Low-income share: allocations within the income limit ÷ allocations judged, over all years (the income check's
 *   "binnen de inkomensgrens"); null without an income check.
 */
import type { CheckLine } from "../report/allocationReport";

export interface AllocationHistory {
  lettingsByYear: Map<number, number>;
  /** Which check the lettings were counted from; null when there is none. */
  basis: "inkomen" | "voorrang" | null;
  lowIncome: { passing: number; judged: number } | null;
}

export function historyFromLines(lines: readonly CheckLine[]): AllocationHistory {
  const usable = (check: CheckLine["check"]) => lines.filter((l) => l.check === check && l.error === null);
  const income = usable("inkomen");
  const priority = usable("voorrang");
  const basis = income.length > 0 ? "inkomen" : priority.length > 0 ? "voorrang" : null;
  const lettingsByYear = new Map<number, number>();
  for (const line of basis === "inkomen" ? income : priority) {
    const n = basis === "inkomen" ? line.judged + line.notRead : line.judged;
    lettingsByYear.set(line.year, (lettingsByYear.get(line.year) ?? 0) + n);
  }
  let passing = 0;
  let judged = 0;
  for (const line of income) {
    passing += line.passing;
    judged += line.judged;
  }
  return { lettingsByYear, basis, lowIncome: judged > 0 ? { passing, judged } : null };
}
