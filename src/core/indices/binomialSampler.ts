/**
 * Exact binomial random numbers from a seeded uniform source, for the multinomial draws of the bootstrap
 * (bootstrap.ts). Two classic methods, chosen by the mean as usual:
 *
 * - n·min(p, 1−p) < 10: inversion by sequential search (Kachitvichyanukul & Schmeiser 1988, "BINV"): walk up from 0
 *   with P(x) = P(x − 1) · ((n + 1)/x − 1) · p/(1 − p), starting at P(0) = (1 − p)^n. Expected cost ~ the mean.
 * - otherwise: transformed rejection with squeeze (Hörmann 1993, "The generation of binomial random variates",
 *   algorithm BTRS): a candidate k from a transformed uniform, accepted at once inside a box where the hat is tight
 *   (~80 % of candidates), else by comparing with log(P(k)/P(mode)) = ln m! + ln (n−m)! − ln k! − ln (n−k)! + (k−m) ln(p/q).
 *   Constant expected cost.
 * For p > ½ the draw is n minus a draw with 1 − p.
 */
import type { Random } from "../seededRandom";

const SMALL_MEAN = 10;

export function binomial(rand: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rand, n, 1 - p);
  return n * p < SMALL_MEAN ? inversion(rand, n, p) : btrs(rand, n, p);
}

function inversion(rand: Random, n: number, p: number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  let r = Math.exp(n * Math.log1p(-p));
  let u = rand();
  let x = 0;
  while (u > r) {
    u -= r;
    x++;
    if (x > n) return n; // rounding left a sliver of mass: the top of the support
    r *= a / x - s;
  }
  return x;
}

function btrs(rand: Random, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logFactorial(m) + logFactorial(n - m);
  for (;;) {
    const u = rand() - 0.5;
    let v = rand();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}

const TABLE_SIZE = 1024;
const logFactorials = (() => {
  const t = new Float64Array(TABLE_SIZE);
  for (let k = 1; k < TABLE_SIZE; k++) t[k] = t[k - 1] + Math.log(k);
  return t;
})();
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln k! : a table below 1024, above it Stirling's series to the k⁻⁵ term (error < 1e-19 relative there). */
export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) return logFactorials[k];
  const r = 1 / k;
  const r2 = r * r;
  return (k + 0.5) * Math.log(k) - k + HALF_LOG_TWO_PI + r * (1 / 12 - r2 * (1 / 360 - r2 / 1260));
}
