/**
 * The preview writes the core's values where Excel holds the input table's formulas (vitalitySheet.ts); this checks
 * that they agree. The formulas are evaluated here the way Excel does, with the real custom functions (the registry) for
 * the MENG calls and Excel's rules for IF, ISNUMBER, ISBLANK, OR over an error: an error anywhere in OR is an error.
 * Generated rows mix what users type: classes 0–10 and text, ja/nee/WAAR/0/"misschien", blanks, own points 0–4 and
 * "2" as text, thresholds in either order.
 */
import fc from "fast-check";
import { customFunctions } from "../../src/functions/registry";
import type { CellValue } from "../../src/core/mapping/cells";
import { vitalityOutcome } from "../../src/core/vitality/vitalityTable";
import type { VitalityKey } from "../../src/core/vitality/vitalitySheet";

const ERROR = Symbol("error");
type X = number | string | typeof ERROR;

const blank = (v: CellValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const call = (f: () => unknown): X => {
  try {
    return f() as number | string;
  } catch {
    return ERROR;
  }
};

/** The five formulas of one row, as Excel evaluates them. */
function excel(cells: Partial<Record<VitalityKey, CellValue>>, threshold: number): Record<"l" | "o" | "r" | "score" | "flag", X> {
  const f = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown>;
  const arg = (v: CellValue) => (blank(v) ? null : v);
  const point = (own: CellValue, inputsBlank: boolean, helper: () => unknown): X =>
    typeof own === "number" ? own : inputsBlank ? "" : call(helper);
  const l = point(cells.ownLivability, blank(cells.livabilityClass), () => f.LIVABILITY_POINTS(arg(cells.livabilityClass)));
  const o = point(cells.ownOrganisation, blank(cells.council) && blank(cells.director), () => f.ORGANISATION_POINTS(arg(cells.council), arg(cells.director)));
  const r = point(cells.ownResilience, blank(cells.nuisance), () => f.RESILIENCE_POINTS(arg(cells.nuisance), arg(cells.low), arg(cells.high)));
  const score: X = [l, o, r].includes(ERROR) ? ERROR : [l, o, r].includes("") ? "" : call(() => f.VITALITY(l, o, r));
  const flag: X = score === ERROR ? ERROR : score === "" ? "" : call(() => f.VITALITY_FLAG(score, threshold));
  return { l, o, r, score, flag };
}

function core(cells: Partial<Record<VitalityKey, CellValue>>, threshold: number): Record<"l" | "o" | "r" | "score" | "flag", X> {
  const o = vitalityOutcome(cells, threshold);
  const shown = (value: number | string | null, key: VitalityKey): X => (o.errors[key] ? ERROR : value ?? "");
  return { l: shown(o.livability, "livability"), o: shown(o.organisation, "organisation"), r: shown(o.resilience, "resilience"), score: shown(o.score, "score"), flag: shown(o.flag, "flag") };
}

const cell = (...values: CellValue[]) => fc.constantFrom<CellValue>(...values);
const row = fc.record({
  livabilityClass: fc.oneof(fc.integer({ min: 0, max: 10 }), cell(null, "", "5", "goed", 4.5, true)),
  council: cell(null, "ja", "nee", "JA", "WAAR", true, false, 0, 1, "misschien"),
  director: cell(null, "ja", "nee", "onwaar", false, 0, 1, "?"),
  nuisance: fc.oneof(fc.double({ min: -5, max: 50, noNaN: true }), cell(null, "veel", "12")),
  low: fc.oneof(fc.integer({ min: 0, max: 20 }), cell(null, "x")),
  high: fc.oneof(fc.integer({ min: 0, max: 40 }), cell(null)),
  ownLivability: cell(null, 1, 2, 3, 4, 0, "2"),
  ownOrganisation: cell(null, null, 1, 3, 5),
  ownResilience: cell(null, null, 2, 1.5),
});

describe("the core's values equal the input table's formulas", () => {
  test("for generated rows and thresholds (1,000 rows)", () => {
    fc.assert(
      fc.property(row, fc.integer({ min: 1, max: 27 }), (cells, threshold) => {
        expect(core(cells, threshold)).toEqual(excel(cells, threshold));
      }),
      { numRuns: 1000, seed: 16 },
    );
  });

  test("hand-worked rows", () => {
    // class 4 → 3, wijkraad only → 2, nuisance 38 above 30 → 3: 18, signals at 9
    expect(core({ livabilityClass: 4, council: "ja", director: "nee", nuisance: 38, low: 10, high: 30 }, 9)).toEqual({ l: 3, o: 2, r: 3, score: 18, flag: "nader bekijken" });
    // own points win: 1 · 1 · 2 = 2
    expect(core({ livabilityClass: 1, ownLivability: 1, ownOrganisation: 1, nuisance: 20, low: 10, high: 30 }, 9)).toEqual({ l: 1, o: 1, r: 2, score: 2, flag: "geen signaal" });
    // nothing typed: no error anywhere
    expect(core({}, 9)).toEqual({ l: "", o: "", r: "", score: "", flag: "" });
  });
});
