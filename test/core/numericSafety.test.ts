/**
 * Extreme but accepted weights and hostile labels (issue 12): every index stays finite and inside its documented
 * range, weights above MAX_WEIGHT give #NUM! with a message, and labels such as "__proto__" are labels like any other
 * (also in the partner copy). Property tests with fast-check; the edge values are those that broke main: 1e308, the
 * smallest subnormal 5e-324, and mixes of both ends.
 */
import fc from "fast-check";
import { MengError } from "../../src/core/errors";
import { byArea } from "../../src/core/indices/byArea";
import { MAX_WEIGHT } from "../../src/core/indices/contingency";
import { dissimilarityMulti } from "../../src/core/indices/dissimilarityMulti";
import { entropy } from "../../src/core/indices/entropy";
import { mutualInformation } from "../../src/core/indices/mutualInformation";
import { scaleDecomposition } from "../../src/core/indices/scaleDecomposition";
import { share } from "../../src/core/indices/share";
import { simpson } from "../../src/core/indices/simpson";
import { theil } from "../../src/core/indices/theil";
import { areaReportFromAreaTable } from "../../src/core/partner/fromByArea";
import { buildPartnerCopy } from "../../src/core/partner/partnerCopy";

const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", " __PROTO__ ", "prototype", "sociale huur", "koop"];

/** Weights a user can type that are still ≤ MAX_WEIGHT: subnormals, tiny, ordinary, huge, 0. */
const weight = fc.oneof(
  fc.constantFrom(0, 5e-324, 1e-310, 2.2e-308, 1e-200, 1, 3, 1e9, 1e15),
  fc.double({ min: 0, max: MAX_WEIGHT, noNaN: true, noDefaultInfinity: true }),
);

const row = fc.record({ area: fc.constantFrom(...HOSTILE, "BU01", "BU02"), category: fc.constantFrom(...HOSTILE), weight });

const EPS = 1e-9;

function inRange(value: number, low: number, high: number): void {
  expect(Number.isFinite(value)).toBe(true);
  expect(value).toBeGreaterThanOrEqual(low - EPS);
  expect(value).toBeLessThanOrEqual(high + EPS);
}

/** Runs `fn`; a MengError for "no usable rows" (all weights 0 or underflowed to nothing) is an answer too. */
function answer<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MengError);
    expect(["#DIV/0!", "#N/A", "#NUM!"]).toContain((error as MengError).code);
    return null;
  }
}

describe("numeric safety with extreme weights", () => {
  it("every index stays finite and within its documented range", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const areas = rows.map((r) => r.area);
        const cats = rows.map((r) => r.category);
        const ws = rows.map((r) => r.weight);
        const K = new Set(rows.filter((r) => r.weight > 0).map((r) => r.category.trim().toLowerCase())).size;
        const s = answer(() => share(cats, cats[0], ws));
        if (s !== null) inRange(s, 0, 1);
        const si = answer(() => simpson(cats, ws));
        // Gini–Simpson of K groups is at most 1 − 1/K.
        if (si !== null) inRange(si, 0, 1 - 1 / Math.max(1, K));
        const e = answer(() => entropy(cats, ws));
        if (e !== null) inRange(e, 0, 1);
        const h = answer(() => theil(areas, cats, ws));
        if (h !== null) inRange(h, 0, 1);
        const m = answer(() => mutualInformation(areas, cats, ws));
        if (m !== null) inRange(m, 0, Math.log(Math.max(1, K)));
        const d = answer(() => dissimilarityMulti(areas, cats, ws));
        if (d !== null) inRange(d, 0, 1);
        const sc = answer(() => scaleDecomposition(areas, areas.map((a) => (a.startsWith("BU") ? "WK" : "WK2")), cats, ws));
        if (sc !== null) for (const v of [sc.total, sc.between, sc.within]) inRange(v, 0, Math.log(Math.max(1, K)));
        const table = answer(() => byArea(areas, cats, ws));
        if (table !== null) {
          for (const r of table.rows) {
            expect(Number.isFinite(r.count)).toBe(true);
            inRange(r.shares.reduce((a, b) => a + b, 0), 1, 1);
            r.lq.forEach((lq) => expect(Number.isFinite(lq)).toBe(true));
            inRange(r.entropy, 0, 1);
          }
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it("the cases that broke: two equal weights of 1e15 or 5e-324 give SHARE ½ and SIMPSON ½", () => {
    for (const w of [1e15, 5e-324, 1e-310]) {
      expect(share(["a", "b"], "a", [w, w])).toBe(0.5);
      expect(simpson(["a", "b"], [w, w])).toBe(0.5);
      expect(theil(["x", "y"], ["a", "b"], [w, w])).toBeCloseTo(1, 12);
      expect(mutualInformation(["x", "y"], ["a", "b"], [w, w])).toBeCloseTo(Math.log(2), 12);
      expect(dissimilarityMulti(["x", "y"], ["a", "b"], [w, w])).toBeCloseTo(1, 12);
    }
  });

  it("BY_AREA counts stay in the user's units", () => {
    expect(byArea(["x", "x"], ["a", "b"], [1e15, 1e15]).rows[0].count).toBe(2e15);
    expect(byArea(["x", "x"], ["a", "b"], [5e-324, 5e-324]).rows[0].count).toBe(1e-323);
    expect(byArea(["x", "x", "y"], ["a", "b", "a"], [3, 4, 5]).rows.map((r) => r.count)).toEqual([7, 5]);
  });

  it("a weight above the documented maximum gives #NUM! naming the row and the limit", () => {
    for (const w of [1.0000001e15, 1e308]) {
      let error: unknown;
      try {
        share(["a", "b", "a"], "a", [1, 2, w]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(MengError);
      expect((error as MengError).code).toBe("#NUM!");
      expect((error as MengError).message).toMatch(/rij 3.*1e15/);
    }
  });
});

describe("labels are never object keys", () => {
  it("a segment named __proto__ keeps its own column in the partner copy", () => {
    const areas: string[] = [];
    const cats: string[] = [];
    for (const [area, counts] of [["BU01", [12, 20, 15]], ["BU02", [30, 11, 14]]] as [string, number[]][]) {
      ["__proto__", "constructor", "koop"].forEach((c, j) => {
        for (let n = 0; n < counts[j]; n++) {
          areas.push(area);
          cats.push(c);
        }
      });
    }
    const report = areaReportFromAreaTable(byArea(areas, cats, null), { unit: "woningen", level: "buurt", dimension: "segment" });
    const copy = buildPartnerCopy(report);
    const counts = copy.sheets[0].rows;
    const header = counts[0].map(String);
    const col = header.findIndex((h) => h.includes("__proto__"));
    expect(col).toBeGreaterThan(0);
    expect(counts.find((r) => r[0] === "BU01")![col]).toBe(12);
    expect(counts.find((r) => r[0] === "BU02")![col]).toBe(30);
    expect(counts.find((r) => r[0] === "BU01")![header.findIndex((h) => h.includes("constructor"))]).toBe(20);
  });
});
