/**
 * The account of a source's rows: how many were read and, for every row that was not, why. Rows are grouped by reason
 * and value ("eigendom onbekend 'Eigen bezit'" × 388, first rows 14, 15, 22, ...), so a report and the pane can show
 * the whole story in a few lines. By construction read + skipped = total; a row is skipped at most once.
 */
import { SKIP_LABELS, skipText, type SkipCode } from "../messages/rows";
import { valueKey } from "../readers/vocabulary";

/** Above this share of skipped rows the report warns and the pane asks before a partner copy. */
export const SKIP_WARNING_SHARE = 0.05;
/** Sheet rows kept per reason, to point the user at examples. */
export const FIRST_ROWS_KEPT = 5;

export interface SkipGroup {
  code: SkipCode;
  /** The cell text that could not be read, or null. */
  value: string | null;
  /** Dutch reason with the value. */
  text: string;
  count: number;
  /** The first sheet rows (at most FIRST_ROWS_KEPT), in source order. */
  firstRows: number[];
}

/** Counts by reason and value; shared by the row account and the per-check "not counted" tallies. */
export class ReasonTally {
  private readonly groups = new Map<string, SkipGroup>();
  private n = 0;

  add(code: SkipCode, value: string | null, sheetRow: number): void {
    // values that the readers take as one (case, spaces, hyphens: valueKey) are one group, under the first spelling
    const key = `${code}\u0000${value === null ? "" : valueKey(value) || value}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { code, value, text: skipText(code, value), count: 0, firstRows: [] };
      this.groups.set(key, group);
    }
    group.count += 1;
    if (group.firstRows.length < FIRST_ROWS_KEPT) group.firstRows.push(sheetRow);
    this.n += 1;
  }

  get count(): number {
    return this.n;
  }

  /** Groups, largest first; ties in order of the first row. */
  list(): SkipGroup[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count || a.firstRows[0] - b.firstRows[0]);
  }

  /** Groups by reason only, without values or rows (for the partner copy). */
  byReason(): { code: SkipCode; text: string; count: number }[] {
    const totals = new Map<SkipCode, number>();
    for (const group of this.groups.values()) totals.set(group.code, (totals.get(group.code) ?? 0) + group.count);
    return [...totals.entries()].map(([code, count]) => ({ code, text: SKIP_LABELS[code], count })).sort((a, b) => b.count - a.count);
  }
}

export class RowAccount {
  private readonly tally = new ReasonTally();

  constructor(readonly total: number) {}

  skip(code: SkipCode, value: string | null, sheetRow: number): void {
    this.tally.add(code, value, sheetRow);
  }

  get skipped(): number {
    return this.tally.count;
  }

  get read(): number {
    return this.total - this.skipped;
  }

  get skippedShare(): number {
    return this.total === 0 ? 0 : this.skipped / this.total;
  }

  get needsWarning(): boolean {
    return this.skippedShare > SKIP_WARNING_SHARE;
  }

  groups(): SkipGroup[] {
    return this.tally.list();
  }

  byReason(): { code: SkipCode; text: string; count: number }[] {
    return this.tally.byReason();
  }

  summary(): RowAccountSummary {
    return { total: this.total, read: this.read, skipped: this.skipped, groups: this.groups() };
  }
}

/** A row account as plain data, for the pane. */
export interface RowAccountSummary {
  total: number;
  read: number;
  skipped: number;
  groups: SkipGroup[];
}
