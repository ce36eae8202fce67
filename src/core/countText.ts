/**
 * The one way Mengwijzer writes a count with its noun in Dutch: "1 combinatie", "2 combinaties", "1.204 rijen".
 * Every pane text, report line and message that puts a number before a noun goes through here, so a singular never
 * reads "1 toetsen". Dutch plurals are irregular enough (rij → rijen, blad → bladen, gebied → gebieden) that callers
 * name both forms; nothing is guessed.
 */

const dutchNumber = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

/** The singular form for exactly 1 (and -1), the plural for every other count, 0 included ("0 rijen"). */
export function pluralForm(count: number, singular: string, plural: string): string {
  return Math.abs(count) === 1 ? singular : plural;
}

/** "1 rij", "0 rijen", "2.006 rijen": the count in Dutch notation (thousands with a dot) and the fitting noun. */
export function countText(count: number, singular: string, plural: string): string {
  return `${dutchNumber.format(count)} ${pluralForm(count, singular, plural)}`;
}
