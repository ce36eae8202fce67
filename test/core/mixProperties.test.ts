/**
 * Properties of the composition and two-group indices on random small stocks (fast-check): invariance under row
 * order, aggregated rows (weights) equal the expanded rows, label spelling does not matter, and the ranges and
 * identities of indices.md hold.
 */
import fc from "fast-check";
import { isMengError } from "../../src/core/errors";
import type { Label } from "../../src/core/labels";
import { tabulate, observedGroupCount } from "../../src/core/indices/contingency";
import { entropy } from "../../src/core/indices/entropy";
import { simpson } from "../../src/core/indices/simpson";
import { targetGap } from "../../src/core/indices/targetGap";
import { dissimilarity } from "../../src/core/indices/dissimilarity";
import { isolation } from "../../src/core/indices/isolation";
import { exposure } from "../../src/core/indices/exposure";
import { locationQuotient } from "../../src/core/indices/locationQuotient";

const AREAS = ["A", "B", "C", "D"];
const GROUPS = ["soc", "mid", "koop", "vrij"];
const EPS = 1e-12;

interface Row { area: string; cat: string; w: number }
const rowArb = fc.record({ area: fc.constantFrom(...AREAS), cat: fc.constantFrom(...GROUPS), w: fc.integer({ min: 0, max: 6 }) });
const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 30 });

/** A number, or the error code when the index fails. */
function outcome(f: () => number): number | string {
  try {
    return f();
  } catch (error) {
    if (isMengError(error)) return error.code;
    throw error;
  }
}

/** Every index of this module on one input, keyed by a description. */
function allResults(areas: Label[], cats: Label[], weights: number[] | null): Record<string, number | string> {
  const out: Record<string, number | string> = {
    entropy: outcome(() => entropy(cats, weights)),
    entropyK4: outcome(() => entropy(cats, weights, 4)),
    simpson: outcome(() => simpson(cats, weights)),
    gap: outcome(() => targetGap(cats, ["soc", "mid", "koop"], [0.5, 0.3, 0.2], weights)),
  };
  for (const x of GROUPS) {
    out[`D ${x}`] = outcome(() => dissimilarity(areas, cats, x, null, weights));
    out[`iso ${x}`] = outcome(() => isolation(areas, cats, x, weights));
    for (const y of GROUPS) {
      if (x !== y) out[`D ${x} ${y}`] = outcome(() => dissimilarity(areas, cats, x, y, weights));
      out[`exp ${x} ${y}`] = outcome(() => exposure(areas, cats, x, y, weights));
    }
    for (const a of AREAS) out[`LQ ${a} ${x}`] = outcome(() => locationQuotient(areas, cats, a, x, weights));
  }
  return out;
}

function expectSame(a: Record<string, number | string>, b: Record<string, number | string>): void {
  for (const key of Object.keys(a)) {
    const x = a[key];
    const y = b[key];
    if (typeof x === "number" && typeof y === "number") {
      if (!(Math.abs(x - y) <= EPS)) throw new Error(`${key}: ${x} ≠ ${y}`);
    } else if (x !== y) {
      throw new Error(`${key}: ${String(x)} ≠ ${String(y)}`);
    }
  }
}

const columns = (rows: Row[]) => ({ areas: rows.map((r) => r.area), cats: rows.map((r) => r.cat), weights: rows.map((r) => r.w) });

describe("properties of the composition and two-group indices", () => {
  it("do not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          const a = columns(rows);
          const b = columns(shuffled);
          expectSame(allResults(a.areas, a.cats, a.weights), allResults(b.areas, b.cats, b.weights));
        },
      ),
    );
  });

  it("give the same result for weighted rows as for the rows repeated weight times", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const weighted = columns(rows);
        const expanded = columns(rows.flatMap((r) => Array.from({ length: r.w }, () => r)));
        expectSame(allResults(weighted.areas, weighted.cats, weighted.weights), allResults(expanded.areas, expanded.cats, null));
      }),
    );
  });

  it("ignore case and surrounding spaces of categories and areas", () => {
    const spelling = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => ` ${s}  `, (s: string) => s[0].toUpperCase() + s.slice(1));
    fc.assert(
      fc.property(fc.array(fc.tuple(rowArb, spelling, spelling), { minLength: 1, maxLength: 30 }), (items) => {
        const plain = columns(items.map(([r]) => r));
        const respelled = items.map(([r, f, g]) => ({ area: f(r.area), cat: g(r.cat), w: r.w }));
        const other = columns(respelled);
        expectSame(allResults(plain.areas, plain.cats, plain.weights), allResults(other.areas, other.cats, other.weights));
      }),
    );
  });

  it("stay in range: 0 ≤ E ≤ 1, 0 ≤ Simpson ≤ 1 − 1/K, 0 ≤ D ≤ 1, 0 ≤ gap ≤ 1, P_x ≤ xPx ≤ 1", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { areas, cats, weights } = columns(rows);
        const table = outcome(() => tabulate(areas, cats, weights).total);
        fc.pre(typeof table === "number");
        const t = tabulate(areas, cats, weights);
        const K = observedGroupCount(t);
        const r = allResults(areas, cats, weights);
        const within = (v: number | string, lo: number, hi: number) => typeof v === "number" && v >= lo - EPS && v <= hi + EPS;
        expect(within(r.entropy, 0, 1)).toBe(true);
        expect(within(r.entropyK4, 0, 1)).toBe(true);
        expect(within(r.simpson, 0, 1 - 1 / K)).toBe(true);
        expect(within(r.gap, 0, 1)).toBe(true);
        for (const [key, v] of Object.entries(r)) {
          if (key.startsWith("D ") && typeof v === "number") expect(within(v, 0, 1)).toBe(true);
          if (key.startsWith("exp ") && typeof v === "number") expect(within(v, 0, 1)).toBe(true);
        }
        t.groups.forEach((g, m) => {
          if (t.groupTotals[m] > 0) expect(within(r[`iso ${g}`], t.groupTotals[m] / t.total, 1)).toBe(true);
        });
      }),
    );
  });

  it("exposure: xPx + Σ_{y≠x} xPy = 1 over the groups that occur", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { areas, cats, weights } = columns(rows);
        fc.pre(weights.some((w) => w > 0));
        const t = tabulate(areas, cats, weights);
        const occurring = t.groups.filter((_, m) => t.groupTotals[m] > 0);
        for (const x of occurring) {
          const sum = isolation(areas, cats, x, weights) + occurring.filter((y) => y !== x).reduce((s, y) => s + exposure(areas, cats, x, y, weights), 0);
          expect(Math.abs(sum - 1)).toBeLessThanOrEqual(EPS);
        }
      }),
    );
  });

  it("exposure: P_x · xPy = P_y · yPx (both count the same x–y neighbour pairs)", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { areas, cats, weights } = columns(rows);
        fc.pre(weights.some((w) => w > 0));
        const t = tabulate(areas, cats, weights);
        const occurring = t.groups.filter((_, m) => t.groupTotals[m] > 0);
        const P = (g: string) => t.groupTotals[t.groupIndex.find(g)] / t.total;
        for (const x of occurring) {
          for (const y of occurring) {
            const lhs = P(x) * exposure(areas, cats, x, y, weights);
            const rhs = P(y) * exposure(areas, cats, y, x, weights);
            expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(EPS);
          }
        }
      }),
    );
  });

  it("LQ: the mean over the areas weighted by their totals is 1", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { areas, cats, weights } = columns(rows);
        fc.pre(weights.some((w) => w > 0));
        const t = tabulate(areas, cats, weights);
        t.groups.forEach((g, m) => {
          if (!(t.groupTotals[m] > 0)) return;
          let mean = 0;
          t.areas.forEach((a, i) => {
            if (t.areaTotals[i] > 0) mean += (t.areaTotals[i] / t.total) * locationQuotient(areas, cats, a, g, weights);
          });
          expect(Math.abs(mean - 1)).toBeLessThanOrEqual(EPS);
        });
      }),
    );
  });

  it("D without a reference group equals Massey & Denton's Σ t_i |p_i − P| / (2 T P (1 − P))", () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(...GROUPS), (rows, x) => {
        const { areas, cats, weights } = columns(rows);
        const d = outcome(() => dissimilarity(areas, cats, x, null, weights));
        fc.pre(typeof d === "number");
        const t = tabulate(areas, cats, weights);
        const m = t.groupIndex.find(x);
        const P = t.groupTotals[m] / t.total;
        let sum = 0;
        t.areas.forEach((_, i) => {
          const ti = t.areaTotals[i];
          if (ti > 0) sum += ti * Math.abs(t.counts[i * t.groups.length + m] / ti - P);
        });
        expect(Math.abs((d as number) - sum / (2 * t.total * P * (1 - P)))).toBeLessThanOrEqual(1e-10);
      }),
    );
  });
});
