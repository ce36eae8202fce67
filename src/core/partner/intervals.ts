/**
 * Sets of whole numbers as sorted, disjoint unions of closed intervals, with the few operations the suppression audit
 * needs (Minkowski sum, negation, counting an intersection). Unions longer than MAX_PIECES collapse to their hull,
 * which only widens a set (the audit may then miss a pin it would otherwise see; it never invents one).
 */
export type Interval = readonly [number, number];
export type Span = readonly Interval[];

const MAX_PIECES = 64;

export function span(...intervals: Interval[]): Span {
  return normalize(intervals);
}

export function normalize(intervals: readonly Interval[]): Span {
  const sorted = intervals.filter(([a, b]) => a <= b).slice().sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  if (out.length > MAX_PIECES) return [[out[0][0], out[out.length - 1][1]]];
  return out;
}

/** {a + b : a ∈ A, b ∈ B}. */
export function add(a: Span, b: Span): Span {
  const out: Interval[] = [];
  for (const [a1, a2] of a) for (const [b1, b2] of b) out.push([a1 + b1, a2 + b2]);
  return normalize(out);
}

/** {−a : a ∈ A}. */
export function negate(a: Span): Span {
  return normalize(a.map(([x, y]): Interval => [-y, -x]));
}

/** How many whole numbers lie in both sets. */
export function countCommon(a: Span, b: Span): number {
  let count = 0;
  for (const [a1, a2] of a) {
    for (const [b1, b2] of b) {
      const lo = Math.max(a1, b1);
      const hi = Math.min(a2, b2);
      if (lo <= hi) count += hi - lo + 1;
    }
  }
  return count;
}

export const ZERO: Span = [[0, 0]];
