import fc from "fast-check";
import type { DateField, FlagField, NumberField } from "../../src/core/allocation/fields";
import { fitCheck } from "../../src/core/allocation/fitCheck";

const d = (year: number, month = 6, day = 1): DateField => ({ year, month, day });

// rules.md §3 (aftoppingsgrenzen)
const caps: Record<number, { low: number; high: number }> = {
  2024: { low: 650.43, high: 697.07 },
  2025: { low: 682.96, high: 731.93 },
  2026: { low: 713.02, high: 764.14 },
};

const cents = (x: number) => Math.round(x * 100 + 1) / 100;

describe("fit check (rules.md §10)", () => {
  describe.each([2024, 2025, 2026])("year %i", (year) => {
    const { low, high } = caps[year];
    it("at the capping limit fits, one cent above does not; 1–2 persons low, 3+ high", () => {
      const r = fitCheck({
        rents: [low, cents(low), low, cents(low), high, cents(high), cents(low)],
        householdSizes: [1, 1, 2, 2, 3, 4, 3],
        eligible: [true, true, true, true, true, true, true],
        dates: null,
        year,
        rowLabels: ["10", "11", "12", "13", "14", "15", "16"],
      });
      expect(r.rows.judged).toBe(7);
      expect(r.rows.failingLabels).toEqual(["11", "13", "15"]);
      expect(r.norm).toBe(0.95);
      expect(r.limits).toEqual([
        { name: "aftoppingsgrens laag", value: low },
        { name: "aftoppingsgrens hoog", value: high },
      ]);
    });
  });

  it("leaves households not eligible out of the base", () => {
    const r = fitCheck({ rents: [900, 600, 900], householdSizes: [1, 1, 1], eligible: [false, true, false], dates: null, year: 2025 });
    expect(r.rows.judged).toBe(1);
    expect(r.rows.notInBase).toBe(2);
    expect(r.share).toBe(1);
    expect(r.verdict).toBe("binnen norm");
  });

  it("95% exactly is within, below is 'onder norm'", () => {
    const rents = (outside: number): NumberField[] => Array.from({ length: 20 }, (_, i) => (i < outside ? 900 : 600));
    const base = { householdSizes: Array.from({ length: 20 }, () => 1), eligible: Array.from({ length: 20 }, () => true), dates: null, year: 2025 };
    expect(fitCheck({ ...base, rents: rents(1) }).verdict).toBe("binnen norm");
    expect(fitCheck({ ...base, rents: rents(2) }).verdict).toBe("onder norm");
  });

  it("reads unusable rows as not read: unclear eligibility, blank or zero rent, bad size", () => {
    const eligible: FlagField[] = ["blank", "unreadable", true, true, true, "blank"];
    const r = fitCheck({
      rents: [600, 600, "blank", 0, 600, "blank"],
      householdSizes: [1, 1, 1, 1, "unreadable", "blank"],
      eligible,
      dates: null,
      year: 2025,
    });
    expect(r.rows.unreadableLabels).toEqual(["1", "2", "3", "4", "5"]);
    expect(r.rows.blank).toBe(1);
    expect(r.rows.judged).toBe(0);
    expect(r.verdict).toBe("geen toewijzingen");
  });

  it("with dates only, each row by its own year's cap", () => {
    // 660: above 2024 low cap 650.43, below 2025 low cap 682.96
    const r = fitCheck({ rents: [660, 660], householdSizes: [2, 2], eligible: [true, true], dates: [d(2024), d(2025)], year: undefined });
    expect(r.rows.failingLabels).toEqual(["1"]);
  });

  it("without dates and year is #VALUE!", () => {
    expect(() => fitCheck({ rents: [600], householdSizes: [1], eligible: [true], dates: null, year: undefined })).toThrow(
      expect.objectContaining({ code: "#VALUE!" }),
    );
  });

  it("uses overrides", () => {
    const r = fitCheck({
      rents: [700],
      householdSizes: [1],
      eligible: [true],
      dates: null,
      year: 2026,
      overrides: [{ name: "passend norm", year: 2026, value: 0.9 }, { name: "aftoppingsgrens laag", year: 2026, value: 699.99 }],
    });
    expect(r.rows.passing).toBe(0);
    expect(r.norm).toBe(0.9);
    expect(r.overrideUsed).toBe(true);
  });

  it("property: share in [0,1] and every row accounted for once", () => {
    const row = fc.tuple(
      fc.oneof(fc.double({ min: 1, max: 1200, noNaN: true }), fc.constant("blank" as const)),
      fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant("unreadable" as const)),
      fc.constantFrom<FlagField>(true, false, "blank"),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const r = fitCheck({ rents: rows.map((x) => x[0]), householdSizes: rows.map((x) => x[1]), eligible: rows.map((x) => x[2]), dates: null, year: 2025 });
        expect(r.rows.judged + r.rows.notInBase + r.rows.notRead).toBe(rows.length);
        if (r.share !== null) {
          expect(r.share).toBeGreaterThanOrEqual(0);
          expect(r.share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
