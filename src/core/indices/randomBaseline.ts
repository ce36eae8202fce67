/**
 * Random baseline of D, H and M: the value each index has, on average, when the same area sizes t_i and category
 * totals T_m are allocated at random, dwelling by dwelling (no segregation at all). Small areas make the indices look
 * higher than they are: with 3 dwellings in a buurt its composition can never match the city's, so even a random
 * allocation gives D, H, M > 0 (Winship 1977; Carrington & Troske 1997; Elbers 2021 for M).
 *
 * EXACT, NOT SIMULATED. Under random allocation with fixed margins the count t_im of category m in area i is
 * hypergeometric (population T, successes T_m, draws t_i), and each index is a sum of terms in one cell or one area,
 * so by linearity of expectation (hypergeometric.ts):
 *
 *   E[M]   = (1/T) Σ_i Σ_m E[ X ln(X / μ) − X + μ ],     X ~ Hyp(T, T_m, t_i),  μ = E[X] = t_i T_m / T
 *            (the M formula with ln(t_i T_m / T) = ln μ; the added −X + μ has mean 0 and keeps every term ≥ 0)
 *   E[H]   = E[M] / E                                    (E = −Σ P_m ln P_m is fixed by the margins)
 *   E[D_M] = Σ_i Σ_m E| X − t_i P_m | / (2 T I),         I = Σ_m P_m (1 − P_m)
 *   E[D]   = ½ Σ_i E| X / T_a − (t_i − X) / T_b |,       X ~ Hyp(T, T_a, t_i), b = all other categories
 *
 * The expectation is over the full distribution of random tables, not a sample, so it needs no seed and has no
 * simulation error; randomAllocation.ts draws such tables and the tests confirm these values by simulation.
 *
 * Corrected value = observed − expected: the part of the index above what chance alone would give (it is negative
 * when the areas are more alike than random allocation makes them). Because E is fixed, corrected H = corrected M / E.
 * Counts must be whole numbers (wholeCounts.ts).
 *
 * @example
 * // Two buurten of 2 dwellings, 2 soc + 2 koop, observed A = (soc, soc), B = (koop, koop): D = 1, M = ln 2, H = 1.
 * // Random allocation: X = soc in A ~ Hyp(4, 2, 2): P(0) = 1/6, P(1) = 4/6, P(2) = 1/6.
 * // D = |X/2 − (2−X)/2| = |X − 1| → E[D] = 2/6 = 0.333...; M = 0 when X = 1, ln 2 otherwise → E[M] = (ln 2)/3,
 * // E[H] = 1/3. Corrected: D 0.667, M 0.462, H 0.667.
 */
import { messages } from "../messages";
import type { Contingency } from "./contingency";
import { groupEntropy, mutualInformationOf } from "./mutualInformation";
import { dissimilarityMultiOf } from "./dissimilarityMulti";
import { dissimilarityOf } from "./dissimilarity";
import { hypergeometricExpectation } from "./hypergeometric";
import { dGroupIndex, dLabel, requireWholeCounts } from "./wholeCounts";

export interface BaselineRow {
  readonly observed: number;
  readonly expected: number;
  /** observed − expected */
  readonly corrected: number;
}

export interface RandomBaseline {
  /** "D_M (alle categorieën)" or "D (groep t.o.v. de rest)". */
  readonly dLabel: string;
  readonly d: BaselineRow;
  readonly h: BaselineRow;
  readonly m: BaselineRow;
}

export function randomBaselineOf(table: Contingency, group: string | null): RandomBaseline {
  requireWholeCounts(table);
  const a = dGroupIndex(table, group);
  const K = table.groups.length;
  const T = table.total;
  const E = groupEntropy(table);
  if (!(E > 0)) throw messages.indices.singleCategory();

  let expectedM = 0;
  let deviation = 0; // Σ E|X − t_i P_m| for D_M
  let expectedD2 = 0; // Σ E|X/T_a − (t_i − X)/T_b| for D
  for (let i = 0; i < table.areas.length; i++) {
    const ti = table.areaTotals[i];
    if (!(ti > 0)) continue;
    for (let m = 0; m < K; m++) {
      const Tm = table.groupTotals[m];
      if (!(Tm > 0)) continue;
      const mu = (ti * Tm) / T;
      expectedM += hypergeometricExpectation(T, Tm, ti, (x) => (x > 0 ? x * Math.log(x / mu) : 0) - x + mu);
      if (a < 0) deviation += hypergeometricExpectation(T, Tm, ti, (x) => Math.abs(x - mu));
    }
    if (a >= 0) {
      const Ta = table.groupTotals[a];
      const Tb = T - Ta;
      expectedD2 += hypergeometricExpectation(T, Ta, ti, (x) => Math.abs(x / Ta - (ti - x) / Tb));
    }
  }
  expectedM /= T;
  let expectedD: number;
  let observedD: number;
  if (a < 0) {
    let interaction = 0;
    for (const Tm of table.groupTotals) interaction += (Tm / T) * (1 - Tm / T);
    expectedD = deviation / (2 * T * interaction);
    observedD = dissimilarityMultiOf(table);
  } else {
    expectedD = expectedD2 / 2;
    observedD = dissimilarityOf(table, table.groups[a], null);
  }
  const observedM = mutualInformationOf(table);
  const row = (observed: number, expected: number): BaselineRow => ({ observed, expected, corrected: observed - expected });
  return {
    dLabel: dLabel(table, a),
    d: row(observedD, expectedD),
    h: row(observedM / E, expectedM / E),
    m: row(observedM, expectedM),
  };
}
