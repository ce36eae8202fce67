/**
 * Bootstrap confidence intervals for D, H and M (Efron & Tibshirani 1993; for segregation indices as in Elbers' R
 * package `segregation`, which resamples the same way and reports the same bias-corrected estimate and interval).
 *
 * A draw resamples the T dwellings with replacement. Dwellings are interchangeable within a cell of the area ×
 * category table, so a draw is one multinomial table: T dwellings over the cells with probabilities t_im / T. It is
 * drawn cell by cell as conditional binomials (binomialSampler.ts): cell c gets Bin(N_left, t_c / T_left), which costs
 * O(cells) per draw instead of O(T). The index θ*_b is computed on each draw b = 1..B.
 *
 *   bias        = mean(θ*) − θ̂                   (segregation indices are biased upwards in samples: bias ≥ 0 mostly)
 *   corrected   = θ̂ − bias = 2θ̂ − mean(θ*)
 *   std. error  = sd(θ*)                           (n − 1 in the denominator)
 *   interval    = [2θ̂ − q(1 − α/2), 2θ̂ − q(α/2)]   (the "basic" bootstrap interval: the percentiles of θ* reflected
 *                                                    around θ̂, which corrects the interval for the same bias)
 *
 * with q the quantiles of θ* (linear interpolation between order statistics, Hyndman & Fan type 7) and 1 − α the
 * level. The lower limit can fall below 0 when the index is close to chance; it is reported as computed.
 *
 * Seeded (seededRandom.ts): the same data, number of draws and seed give the same interval on every machine. The cells
 * are drawn in a fixed order (areas, then categories, by their label key), not in the order the rows happened to be
 * in: sorting the stock, or passing it as an area × category table with counts as weights (the area report's count
 * blocks), gives the same interval. Draws in
 * which an index is undefined (H or D_M of a draw that happens to hold one category only) are left out of that
 * index's summary. Counts must be whole numbers (wholeCounts.ts).
 */
import { mulberry32 } from "../seededRandom";
import type { Contingency } from "./contingency";
import { xlnx } from "./contingency";
import { dissimilarityMultiOf } from "./dissimilarityMulti";
import { dissimilarityOf } from "./dissimilarity";
import { groupEntropy, mutualInformationOf, mutualInformationOfCounts } from "./mutualInformation";
import { binomial } from "./binomialSampler";
import { labelKey } from "../labels";
import { dGroupIndex, dLabel, requireWholeCounts } from "./wholeCounts";

export const DEFAULT_DRAWS = 500;
export const MAX_DRAWS = 10_000;
export const DEFAULT_LEVEL = 0.95;
export const DEFAULT_SEED = 1;

export interface IntervalRow {
  readonly observed: number;
  readonly corrected: number;
  readonly standardError: number;
  readonly lower: number;
  readonly upper: number;
  /** Draws in which the index was defined. */
  readonly draws: number;
}

export interface BootstrapIntervals {
  readonly dLabel: string;
  readonly d: IntervalRow;
  readonly h: IntervalRow;
  readonly m: IntervalRow;
}

export interface BootstrapOptions {
  draws?: number;
  level?: number;
  seed?: number;
}

export function bootstrapIntervalsOf(table: Contingency, group: string | null, options: BootstrapOptions = {}): BootstrapIntervals {
  const { draws = DEFAULT_DRAWS, level = DEFAULT_LEVEL, seed = DEFAULT_SEED } = options;
  requireWholeCounts(table);
  const a = dGroupIndex(table, group);
  const A = table.areas.length;
  const K = table.groups.length;
  // The cells with dwellings in label order (independent of the row order), and what is left after each (exact: whole numbers).
  const cells: number[] = [];
  for (const i of labelOrder(table.areas)) for (const m of labelOrder(table.groups)) if (table.counts[i * K + m] > 0) cells.push(i * K + m);
  const weights = Float64Array.from(cells, (c) => table.counts[c]);
  const after = new Float64Array(cells.length);
  for (let k = cells.length - 2; k >= 0; k--) after[k] = after[k + 1] + weights[k + 1];
  const T = table.total;

  const rand = mulberry32(seed);
  const counts = new Float64Array(A * K);
  const areaTotals = new Float64Array(A);
  const groupTotals = new Float64Array(K);
  const ds = new Float64Array(draws);
  const hs = new Float64Array(draws);
  const ms = new Float64Array(draws);
  for (let b = 0; b < draws; b++) {
    counts.fill(0);
    let left = T;
    for (let k = 0; k < cells.length && left > 0; k++) {
      const x = k === cells.length - 1 ? left : binomial(rand, left, weights[k] / (weights[k] + after[k]));
      counts[cells[k]] = x;
      left -= x;
    }
    const v = drawIndices(counts, A, K, a, areaTotals, groupTotals, T);
    ds[b] = v.d;
    hs[b] = v.h;
    ms[b] = v.m;
  }

  const observedM = mutualInformationOf(table);
  const observedD = a < 0 ? dissimilarityMultiOf(table) : dissimilarityOf(table, table.groups[a], null);
  const observedH = observedM / groupEntropy(table);
  return {
    dLabel: dLabel(table, a),
    d: summarise(observedD, ds, level),
    h: summarise(observedH, hs, level),
    m: summarise(observedM, ms, level),
  };
}

/** Indices of the labels sorted by their label key (code units: the same order in every JavaScript engine). */
function labelOrder(labels: readonly string[]): number[] {
  const keys = labels.map(labelKey);
  return keys.map((_, i) => i).sort((x, y) => (keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : 0));
}

/** D (D_M, or D of group a against the rest), H and M of one drawn table; NaN where undefined. */
function drawIndices(
  counts: Float64Array,
  A: number,
  K: number,
  a: number,
  areaTotals: Float64Array,
  groupTotals: Float64Array,
  T: number,
): { d: number; h: number; m: number } {
  areaTotals.fill(0);
  groupTotals.fill(0);
  for (let i = 0; i < A; i++) {
    let s = 0;
    for (let m = 0; m < K; m++) {
      const t = counts[i * K + m];
      s += t;
      groupTotals[m] += t;
    }
    areaTotals[i] = s;
  }
  const M = mutualInformationOfCounts(counts, areaTotals, groupTotals, T);
  let E = 0;
  let interaction = 0;
  for (let m = 0; m < K; m++) {
    const P = groupTotals[m] / T;
    E -= xlnx(P);
    interaction += P * (1 - P);
  }
  let d = 0;
  if (a < 0) {
    for (let i = 0; i < A; i++) {
      const ti = areaTotals[i];
      if (!(ti > 0)) continue;
      for (let m = 0; m < K; m++) d += Math.abs(counts[i * K + m] - (ti * groupTotals[m]) / T);
    }
    d = interaction > 0 ? d / (2 * T * interaction) : NaN;
  } else {
    const Ta = groupTotals[a];
    const Tb = T - Ta;
    if (Ta > 0 && Tb > 0) {
      for (let i = 0; i < A; i++) d += Math.abs(counts[i * K + a] / Ta - (areaTotals[i] - counts[i * K + a]) / Tb);
      d /= 2;
    } else d = NaN;
  }
  return { d, h: E > 0 ? M / E : NaN, m: M };
}

function summarise(observed: number, draws: Float64Array, level: number): IntervalRow {
  const values = Float64Array.from(draws.filter((x) => !Number.isNaN(x))).sort();
  const n = values.length;
  if (n < 2) return { observed, corrected: NaN, standardError: NaN, lower: NaN, upper: NaN, draws: n };
  let mean = 0;
  for (const x of values) mean += x;
  mean /= n;
  let ss = 0;
  for (const x of values) ss += (x - mean) ** 2;
  const alpha = 1 - level;
  return {
    observed,
    corrected: 2 * observed - mean,
    standardError: Math.sqrt(ss / (n - 1)),
    lower: 2 * observed - quantile(values, 1 - alpha / 2),
    upper: 2 * observed - quantile(values, alpha / 2),
    draws: n,
  };
}

/** Type-7 quantile of sorted values (R's default): linear between the order statistics at (n − 1)·p. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
