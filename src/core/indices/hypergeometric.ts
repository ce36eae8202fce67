/**
 * Expectations under the hypergeometric distribution: X = the number of members of a group of size `successes` among
 * `draws` individuals taken at random, without replacement, from `population` individuals. Under random allocation
 * with fixed area sizes and category totals, the count t_im of category m in area i is exactly such an X
 * (population T, successes T_m, draws t_i), which is what makes the expected D, H and M exact (randomBaseline.ts).
 *
 *   P(X = x) ∝ C(successes, x) · C(population − successes, draws − x),   max(0, draws + successes − population) ≤ x ≤ min(draws, successes)
 *
 * The probabilities are built from the mode outwards with the ratio of neighbours,
 *
 *   P(x + 1) / P(x) = (successes − x)(draws − x) / ((x + 1)(population − successes − draws + x + 1)),
 *
 * and normalised by their sum, so no factorial is ever evaluated. The walk stops on each side when a term falls below
 * 1e-20 of the mode's (the unimodal tail beyond it is smaller than that times the number of terms). Cost: a few
 * dozen terms per standard deviation of X.
 */

const TAIL = 1e-20;

/** E[f(X)] for X ~ Hypergeometric(population, successes, draws); all three whole numbers ≥ 0, draws and successes ≤ population. */
export function hypergeometricExpectation(population: number, successes: number, draws: number, f: (x: number) => number): number {
  const lo = Math.max(0, draws + successes - population);
  const hi = Math.min(draws, successes);
  if (lo === hi) return f(lo);
  const failures = population - successes;
  let mode = Math.floor(((draws + 1) * (successes + 1)) / (population + 2));
  mode = Math.min(hi, Math.max(lo, mode));
  let weightSum = 1;
  let valueSum = f(mode);
  // upwards
  let p = 1;
  for (let x = mode; x < hi; x++) {
    p *= ((successes - x) * (draws - x)) / ((x + 1) * (failures - draws + x + 1));
    if (p < TAIL) break;
    weightSum += p;
    valueSum += p * f(x + 1);
  }
  // downwards: P(x − 1) / P(x) = x (failures − draws + x) / ((successes − x + 1)(draws − x + 1))
  p = 1;
  for (let x = mode; x > lo; x--) {
    p *= (x * (failures - draws + x)) / ((successes - x + 1) * (draws - x + 1));
    if (p < TAIL) break;
    weightSum += p;
    valueSum += p * f(x - 1);
  }
  return valueSum / weightSum;
}
