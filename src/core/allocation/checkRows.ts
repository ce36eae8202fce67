/**
 * The row bookkeeping every allocation check shares: how many rows were blank, not read, outside the year or outside
 * the base, and which rows were judged and how. Rows are named by their label (the sheet row number when Excel gave the
 * range's address, else the position within the range).
 */

/** How many row labels a text listing shows before it summarises the rest (an Excel cell holds 32,767 characters). */
export const MAX_LISTED_ROWS = 2000;

export class CheckRows {
  blank = 0;
  otherYears = 0;
  notInBase = 0;
  readonly unreadableLabels: string[] = [];
  readonly failingLabels: string[] = [];
  /** Judged rows per year (key -1 when judged without a year): [judged, passing]. */
  readonly byYear = new Map<number, { judged: number; passing: number }>();

  markBlank(): void {
    this.blank += 1;
  }

  markUnreadable(label: string): void {
    this.unreadableLabels.push(label);
  }

  markOtherYear(): void {
    this.otherYears += 1;
  }

  markNotInBase(): void {
    this.notInBase += 1;
  }

  /** A row in the base: `passes` means within the income limit, fitting, or (for the quota) with priority. */
  markJudged(label: string, year: number | undefined, passes: boolean): void {
    const key = year ?? -1;
    const tally = this.byYear.get(key) ?? { judged: 0, passing: 0 };
    tally.judged += 1;
    if (passes) tally.passing += 1;
    else this.failingLabels.push(label);
    this.byYear.set(key, tally);
  }

  get judged(): number {
    let n = 0;
    for (const t of this.byYear.values()) n += t.judged;
    return n;
  }

  get passing(): number {
    let n = 0;
    for (const t of this.byYear.values()) n += t.passing;
    return n;
  }

  /** Years of the judged rows (without the "no year" key). */
  get years(): number[] {
    return [...this.byYear.keys()].filter((y) => y !== -1).sort((a, b) => a - b);
  }

  /** Rows not read: blank rows plus rows with content that could not be read. */
  get notRead(): number {
    return this.blank + this.unreadableLabels.length;
  }
}

/** Row labels as one text, "5; 9; 12", shortened beyond MAX_LISTED_ROWS. */
export function listRows(labels: readonly string[]): string {
  if (labels.length <= MAX_LISTED_ROWS) return labels.join("; ");
  return `${labels.slice(0, MAX_LISTED_ROWS).join("; ")}; … (en nog ${labels.length - MAX_LISTED_ROWS})`;
}

/** ⌊x⌋, robust against a product like 0.29 × 100 = 28.999999999999996 landing just below a whole number. */
export function floorOfProduct(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= 1e-9 * Math.max(1, Math.abs(x)) ? nearest : Math.floor(x);
}
