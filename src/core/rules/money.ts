/**
 * Amounts compared against a legal limit are taken in whole cents first, so a rent computed in a sheet
 * (=A2*1,0232 giving 900.0700000001) is judged as the 900.07 it shows, and exactly-at-the-limit stays within it.
 */
export function toCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
