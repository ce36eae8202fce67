/**
 * Properties every scenario must have, on random stocks and random plans (fast-check, seeded so a failure repeats):
 * an empty plan changes nothing; dwellings are conserved except where an intervention adds or removes them; no count
 * goes below zero; the order of rows of different years does not matter; D, H and M of a state equal the index
 * functions on the same table passed as weights; new build undone by demolition gives the stock back.
 */
import fc from "fast-check";
import { tabulate } from "../../src/core/indices/contingency";
import { dissimilarity } from "../../src/core/indices/dissimilarity";
import { mutualInformation } from "../../src/core/indices/mutualInformation";
import { theil } from "../../src/core/indices/theil";
import { evaluateScenario } from "../../src/core/scenario/evaluateScenario";
import { segmentTableOf, type SegmentTable } from "../../src/core/scenario/segmentTable";

const AREAS = ["BU01", "BU02", "BU03", "BU04"];
const SEGMENTS = ["sociale huur", "middenhuur", "vrije sector huur", "koop"];
const KINDS = ["verkoop", "sloop", "nieuwbouw", "liberalisatie", "samenvoegen", "splitsen"] as const;
const RUNS = { numRuns: 150, seed: 15 };

const stockArb = fc
  .array(fc.tuple(fc.constantFrom(...AREAS), fc.constantFrom(...SEGMENTS), fc.integer({ min: 1, max: 40 })), { minLength: 2, maxLength: 16 })
  .filter((cells) => new Set(cells.map((c) => c[1])).size >= 2);

function stockOf(cells: [string, string, number][]): SegmentTable {
  return segmentTableOf(tabulate(cells.map((c) => c[0]), cells.map((c) => c[1]), Float64Array.from(cells, (c) => c[2])));
}

/** A row of the scenario table that is valid on its own (it may still find too few dwellings). */
const rowArb = fc
  .record({
    area: fc.constantFrom(...AREAS),
    kind: fc.constantFrom(...KINDS),
    from: fc.constantFrom(...SEGMENTS),
    to: fc.constantFrom(...SEGMENTS),
    count: fc.integer({ min: 1, max: 12 }),
    delta: fc.integer({ min: 1, max: 6 }),
    year: fc.integer({ min: 2025, max: 2030 }),
  })
  .map((r): unknown[] => {
    const to = r.to === r.from ? SEGMENTS[(SEGMENTS.indexOf(r.from) + 1) % SEGMENTS.length] : r.to;
    switch (r.kind) {
      case "verkoop":
      case "liberalisatie":
        return [r.area, r.kind, r.from, to, r.count, "", r.year];
      case "sloop":
        return [r.area, r.kind, r.from, "", r.count, "", r.year];
      case "nieuwbouw":
        return [r.area, r.kind, "", r.to, r.count, "", r.year];
      case "samenvoegen":
        return [r.area, r.kind, r.from, "", r.count + r.delta, r.count, r.year];
      case "splitsen":
        return [r.area, r.kind, r.from, "", r.count, r.count + r.delta, r.year];
    }
  });
const planArb = fc.array(rowArb, { maxLength: 25 });

/** Every year's state as "year area segment" → count, whatever the order of the table's areas and segments. */
function labelled(e: ReturnType<typeof evaluateScenario>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const state of e.years) for (const a of state.areas) a.counts.forEach((x, s) => (out[`${state.year} ${a.area} ${e.table.segments[s]}`] = x));
  return out;
}

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe("scenario properties", () => {
  it("an empty plan changes nothing", () => {
    fc.assert(
      fc.property(stockArb, (cells) => {
        const e = evaluateScenario(stockOf(cells), []);
        expect(e.years).toEqual([]);
        expect(e.end).toBe(e.before);
        expect(e.problems).toEqual([]);
        expect(e.before.total.count).toBe(sum(cells.map((c) => c[2])));
      }),
      RUNS,
    );
  });

  it("conserves dwellings: each area's total changes only by what its applied rows add or remove; no count below 0", () => {
    fc.assert(
      fc.property(stockArb, planArb, (cells, plan) => {
        const e = evaluateScenario(stockOf(cells), plan);
        // the only problems a generated row can have: too few dwellings, or an area neither in the stock nor built
        for (const p of e.problems) expect(p.message).toMatch(/^(Er kunnen in \d{4} geen|Het gebied 'BU0\d' komt niet voor|Let op: het gebied)/);
        const expected = new Map(e.before.areas.map((a) => [a.area, a.count]));
        for (const row of e.applied.applied) {
          const change = row.countAfter - (row.from === null ? 0 : row.count);
          expected.set(row.area, (expected.get(row.area) ?? 0) + change);
        }
        for (const a of e.end.areas) expect(a.count).toBe(expected.get(a.area));
        for (const y of e.applied.years) for (const x of y.counts) expect(x).toBeGreaterThanOrEqual(0);
        // sale and liberalisation keep every area's size
        if (e.applied.applied.every((r) => r.kind === "verkoop" || r.kind === "liberalisatie")) {
          expect(e.end.areas.map((a) => a.count)).toEqual(e.before.areas.map((a) => a.count));
        }
      }),
      RUNS,
    );
  });

  it("rows of different years may stand in any order", () => {
    fc.assert(
      fc.property(stockArb, planArb, (cells, plan) => {
        // a different table order that keeps each year's rows in their order: sort by year, stable
        const byYear = plan.map((row, k) => ({ row, k })).sort((a, b) => (a.row[6] as number) - (b.row[6] as number) || a.k - b.k).map((x) => x.row);
        const reversedYears = plan.map((row, k) => ({ row, k })).sort((a, b) => (b.row[6] as number) - (a.row[6] as number) || a.k - b.k).map((x) => x.row);
        const one = evaluateScenario(stockOf(cells), plan);
        for (const other of [byYear, reversedYears]) {
          const two = evaluateScenario(stockOf(cells), other);
          expect(labelled(two)).toEqual(labelled(one));
          expect(two.rowsWithErrors).toBe(one.rowsWithErrors);
        }
      }),
      RUNS,
    );
  });

  it("D, H and M of the end state equal the index functions on the after-table passed as weights", () => {
    fc.assert(
      fc.property(stockArb, planArb, (cells, plan) => {
        const e = evaluateScenario(stockOf(cells), plan);
        const K = e.table.segments.length;
        const areas: string[] = [];
        const segments: string[] = [];
        const weights: number[] = [];
        const endCounts = e.applied.years.length > 0 ? e.applied.years[e.applied.years.length - 1].counts : e.table.counts;
        e.table.areas.forEach((area, a) =>
          e.table.segments.forEach((segment, s) => {
            areas.push(area);
            segments.push(segment);
            weights.push(endCounts[a * K + s]);
          }),
        );
        const w = Float64Array.from(weights);
        expect(e.end.m.value).toBeCloseTo(mutualInformation(areas, segments, w), 12);
        const table = tabulate(areas, segments, w);
        if (e.end.h.value !== null) expect(e.end.h.value).toBeCloseTo(theil(areas, segments, w), 12);
        else expect(table.groupTotals.filter((x) => x > 0).length).toBeLessThan(2);
        if (e.end.d.value !== null) expect(e.end.d.value).toBeCloseTo(dissimilarity(areas, segments, "sociale huur", null, w), 12);
      }),
      RUNS,
    );
  });

  it("new build undone by demolition in a later year gives the stock back", () => {
    fc.assert(
      fc.property(stockArb, fc.constantFrom(...AREAS), fc.constantFrom(...SEGMENTS), fc.integer({ min: 1, max: 50 }), (cells, area, segment, n) => {
        const stock = stockOf(cells);
        const e = evaluateScenario(stock, [
          [area, "nieuwbouw", "", segment, n, "", 2026],
          [area, "sloop", segment, "", n, "", 2027],
        ]);
        expect(e.problems.filter((p) => p.severity === "fout")).toEqual([]);
        expect(Array.from(e.applied.years[1].counts)).toEqual(Array.from(e.applied.table.counts));
        expect(e.end.m.value).toBeCloseTo(e.before.m.value as number, 14);
      }),
      RUNS,
    );
  });
});
