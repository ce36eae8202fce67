/** Shapes of the built-in norms table (table.ts). One idea: what a norm and one year's value of it carry. */

/**
 * How sure we are of a value:
 * - confirmed: read in an official publication (rijksoverheid.nl, volkshuisvestingnederland.nl, huurcommissie.nl,
 *   wetten.overheid.nl, Staatscourant, Kamerstukken);
 * - secondary: only found in reputable secondary sources (press agency, sector bodies, corporations' own sites);
 * - unconfirmed: not found in any source we could check; kept because rules.md lists it, flagged in `source`.
 */
export type NormConfidence = "confirmed" | "secondary" | "unconfirmed";

/**
 * fraction: a share 0..1 (0.925 = 92.5%); euro: an amount (per month for rents, per year for incomes); points: WWS
 * points; years: an age in whole years.
 */
export type NormUnit = "fraction" | "euro" | "points" | "years";

export interface NormYearValue {
  year: number;
  value: number;
  /** The law, regulation or official publication the value comes from (Dutch, as shown to users). */
  source: string;
  /** ISO date from which the value applies (usually 1 January of the year). */
  appliesFrom: string;
  confidence: NormConfidence;
  /** Short Dutch note: what was checked, and where. */
  note: string;
}

export interface NormDefinition {
  /** Canonical Dutch name (rules.md §9), lower case, words separated by single spaces. */
  name: string;
  unit: NormUnit;
  /** One Dutch sentence: what the norm is. */
  description: string;
  values: readonly NormYearValue[];
}
