/**
 * The one seeded pseudo-random generator, for everything that invents data or draws at random: the sample workbook
 * (scripts/generateSampleWorkbook.ts → assets/voorbeeld-woningvoorraad.xlsx), the stock exports
 * (scripts/generateStockExports.ts), the benchmark stock (bench/generateStock.ts), the test fixtures, and the bootstrap
 * and random-allocation draws of the core (src/core/indices/bootstrap.ts, randomAllocation.ts), which must give the
 * same interval for the same seed in every workbook.
 *
 * Why seeded, and why not Math.random: the generated workbook is committed and must come out byte-identical on every
 * run, and benchmark and test stocks must be the same on every machine so results can be compared. Math.random cannot
 * be seeded, so we use our own generator.
 *
 * Algorithm: mulberry32 (Tommy Ettinger): 32-bit state, period 2^32, floats in [0, 1). Small, fast and good enough
 * for sample data and for the few million draws of a bootstrap (far below the period); not for anything cryptographic.
 *
 * Every generator's output depends on the exact sequence of numbers drawn, including how many draws each helper makes
 * (one per call for all helpers below). Changing anything here changes the committed workbook and the benchmark stock.
 */

/** A source of floats in [0, 1). */
export type Random = () => number;

/** mulberry32 seeded with `seed` (taken as an unsigned 32-bit integer). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `lo` to `hi`, both included. One draw. */
export function randomInt(rand: Random, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** One of `items`, each equally likely. One draw. */
export function randomItem<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** An index into `weights`, with probability proportional to its weight. One draw. */
export function weightedIndex(rand: Random, weights: readonly number[]): number {
  let u = rand() * weights.reduce((s, w) => s + w, 0);
  for (let k = 0; k < weights.length; k++) {
    u -= weights[k];
    if (u < 0) return k;
  }
  return weights.length - 1;
}

/** One of `items`, with probability proportional to the weight at the same position. One draw. */
export function weightedItem<T>(rand: Random, items: readonly T[], weights: readonly number[]): T {
  return items[weightedIndex(rand, weights)];
}
