import fc from "fast-check";
import { dissimilarityMulti } from "../../src/core/indices/dissimilarityMulti";
import { groupEntropy, mutualInformation } from "../../src/core/indices/mutualInformation";
import { theil } from "../../src/core/indices/theil";
import { scaleDecomposition } from "../../src/core/indices/scaleDecomposition";
import { byArea } from "../../src/core/indices/byArea";
import { observedGroupCount, tabulate } from "../../src/core/indices/contingency";

/** Aggregated rows: area, category, integer count ≥ 0. At least two categories with weight, so D_M and H exist. */
const row = fc.record({
  area: fc.constantFrom("BU01", "BU02", "bu03", "BU10", "Noord"),
  category: fc.constantFrom("sociale huur", "middenhuur", "koop", "vrije sector"),
  count: fc.integer({ min: 0, max: 6 }),
});
const rows = fc.array(row, { minLength: 1, maxLength: 30 }).filter((rs) => {
  const present = new Set(rs.filter((r) => r.count > 0).map((r) => r.category));
  return present.size >= 2;
});

const cols = (rs: { area: string; category: string; count: number }[]) => ({
  areas: rs.map((r) => r.area),
  categories: rs.map((r) => r.category),
  weights: rs.map((r) => r.count),
});

/** Each aggregated row as `count` rows of weight 1. */
function expand(rs: { area: string; category: string; count: number }[]) {
  const areas: string[] = [];
  const categories: string[] = [];
  for (const r of rs) for (let k = 0; k < r.count; k++) { areas.push(r.area); categories.push(r.category); }
  return { areas, categories };
}

const indices = [
  ["D_M", dissimilarityMulti],
  ["H", theil],
  ["M", mutualInformation],
] as const;

describe("properties of D_M, H and M", () => {
  it.each(indices)("%s does not depend on the order of the rows", (_name, index) => {
    fc.assert(
      fc.property(rows, fc.infiniteStream(fc.integer()), (rs, stream) => {
        const shuffled = [...rs];
        const keys = [...stream.take(rs.length)];
        shuffled.sort((a, b) => keys[rs.indexOf(a)] - keys[rs.indexOf(b)]);
        const a = cols(rs);
        const b = cols(shuffled);
        expect(index(b.areas, b.categories, b.weights)).toBeCloseTo(index(a.areas, a.categories, a.weights), 12);
      }),
    );
  });
  it.each(indices)("%s with weights equals the expanded rows", (_name, index) => {
    fc.assert(
      fc.property(rows, (rs) => {
        const a = cols(rs);
        const e = expand(rs);
        expect(index(e.areas, e.categories, null)).toBeCloseTo(index(a.areas, a.categories, a.weights), 12);
      }),
    );
  });
  it("D_M and H lie in [0, 1]; M in [0, ln K]", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const a = cols(rs);
        for (const v of [dissimilarityMulti(a.areas, a.categories, a.weights), theil(a.areas, a.categories, a.weights)]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        const k = observedGroupCount(tabulate(a.areas, a.categories, a.weights));
        const m = mutualInformation(a.areas, a.categories, a.weights);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(m).toBeLessThanOrEqual(Math.log(k) + 1e-12);
      }),
    );
  });
  it("M = H · E", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const a = cols(rs);
        const e = groupEntropy(tabulate(a.areas, a.categories, a.weights));
        expect(mutualInformation(a.areas, a.categories, a.weights)).toBeCloseTo(theil(a.areas, a.categories, a.weights) * e, 12);
      }),
    );
  });
});

describe("properties of the scale decomposition", () => {
  /** Fine units f0..f7, each under one of three wijken chosen by the nesting array. */
  const nested = fc.record({
    parent: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
    cells: fc.array(
      fc.record({ fine: fc.integer({ min: 0, max: 7 }), category: fc.constantFrom("soc", "mid", "koop"), count: fc.integer({ min: 0, max: 9 }) }),
      { minLength: 1, maxLength: 40 },
    ),
  }).filter(({ cells }) => cells.some((c) => c.count > 0));

  it("between + within = total, total = M(fine), between = M(coarse), for random nestings", () => {
    fc.assert(
      fc.property(nested, ({ parent, cells }) => {
        const fine = cells.map((c) => `f${c.fine}`);
        const coarse = cells.map((c) => `WK${parent[c.fine]}`);
        const categories = cells.map((c) => c.category);
        const weights = cells.map((c) => c.count);
        const d = scaleDecomposition(fine, coarse, categories, weights);
        const total = mutualInformation(fine, categories, weights);
        if (total < 1e-12) {
          expect(d.withinShare).toBeNull();
          return;
        }
        expect(d.total).toBeCloseTo(total, 12);
        expect(d.between).toBeCloseTo(mutualInformation(coarse, categories, weights), 12);
        expect(d.between + d.within).toBeCloseTo(d.total, 12);
        expect(d.withinShare).toBeGreaterThanOrEqual(0);
        expect(d.withinShare).toBeLessThanOrEqual(1);
      }),
    );
  });
  it("within = Σ_c (t_c / T) · M_c, computing each M_c on the rows of c alone", () => {
    fc.assert(
      fc.property(nested, ({ parent, cells }) => {
        const fine = cells.map((c) => `f${c.fine}`);
        const coarse = cells.map((c) => `WK${parent[c.fine]}`);
        const categories = cells.map((c) => c.category);
        const weights = cells.map((c) => c.count);
        const T = weights.reduce((s, w) => s + w, 0);
        let within = 0;
        for (const wk of new Set(coarse)) {
          const idx = coarse.map((c, r) => (c === wk ? r : -1)).filter((r) => r >= 0);
          const tc = idx.reduce((s, r) => s + weights[r], 0);
          if (tc === 0) continue;
          within += (tc / T) * mutualInformation(idx.map((r) => fine[r]), idx.map((r) => categories[r]), idx.map((r) => weights[r]));
        }
        const d = scaleDecomposition(fine, coarse, categories, weights);
        if (d.withinShare === null) return;
        expect(d.within).toBeCloseTo(within, 12);
      }),
    );
  });
});

describe("properties of the per-area table", () => {
  it("shares sum to 1 per area, size-weighted LQs average to 1 per group, entropy in [0, 1]", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const a = cols(rs);
        const t = byArea(a.areas, a.categories, a.weights);
        const T = t.rows.reduce((s, r) => s + r.count, 0);
        for (const r of t.rows) {
          expect(r.shares.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
          expect(r.entropy).toBeGreaterThanOrEqual(0);
          expect(r.entropy).toBeLessThanOrEqual(1 + 1e-12);
        }
        t.groups.forEach((_g, m) => {
          expect(t.rows.reduce((s, r) => s + (r.count / T) * r.lq[m], 0)).toBeCloseTo(1, 12);
        });
      }),
    );
  });
  it("is the same for shuffled rows and for the expanded rows", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const a = cols(rs);
        const e = expand(rs);
        const r = cols([...rs].reverse());
        const expected = byArea(a.areas, a.categories, a.weights);
        const close = (x: typeof expected, y: typeof expected) => {
          expect(y.groups).toEqual(x.groups);
          expect(y.rows.map((row) => row.area)).toEqual(x.rows.map((row) => row.area));
          x.rows.forEach((row, i) => {
            expect(y.rows[i].count).toBe(row.count);
            expect(y.rows[i].entropy).toBeCloseTo(row.entropy, 12);
            row.lq.forEach((v, m) => expect(y.rows[i].lq[m]).toBeCloseTo(v, 12));
          });
        };
        close(expected, byArea(e.areas, e.categories, null));
        close(expected, byArea(r.areas, r.categories, r.weights));
      }),
    );
  });
});
