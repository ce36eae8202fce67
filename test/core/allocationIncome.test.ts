import fc from "fast-check";
import type { DateField, NumberField } from "../../src/core/allocation/fields";
import { incomeCheck } from "../../src/core/allocation/incomeCheck";

const d = (year: number, month = 6, day = 1): DateField => ({ year, month, day });

// rules.md §2 (income limits for DAEB allocation)
const limits: Record<number, { single: number; multi: number }> = {
  2024: { single: 47699, multi: 52671 },
  2025: { single: 49669, multi: 54847 },
  2026: { single: 51537, multi: 56910 },
};

describe("income check (rules.md §10)", () => {
  describe.each([2024, 2025, 2026])("year %i", (year) => {
    const { single, multi } = limits[year];
    it("exactly at the limit is within; one cent above is outside", () => {
      const r = incomeCheck({
        incomes: [single, single + 0.01, multi, multi + 0.01, single + 0.01],
        householdSizes: [1, 1, 2, 5, 2],
        dates: null,
        year,
        rowLabels: ["2", "3", "4", "5", "6"],
      });
      expect(r.rows.judged).toBe(5);
      expect(r.rows.passing).toBe(3);
      expect(r.rows.failingLabels).toEqual(["3", "5"]);
      expect(r.norm).toBe(0.925);
      expect(r.limits).toEqual([
        { name: "inkomensgrens eenpersoons", value: single },
        { name: "inkomensgrens meerpersoons", value: multi },
      ]);
    });
  });

  it("share exactly at 92.5% is 'binnen norm', one allocation less is 'onder norm'", () => {
    const incomes = (outside: number): NumberField[] => Array.from({ length: 40 }, (_, i) => (i < outside ? 99999 : 20000));
    const sizes = Array.from({ length: 40 }, () => 1);
    const at = incomeCheck({ incomes: incomes(3), householdSizes: sizes, dates: null, year: 2025 });
    expect(at.share).toBe(37 / 40);
    expect(at.verdict).toBe("binnen norm");
    const below = incomeCheck({ incomes: incomes(4), householdSizes: sizes, dates: null, year: 2025 });
    expect(below.verdict).toBe("onder norm");
  });

  it("with dates only judges each row by its own year's limit", () => {
    // 49,000: outside in 2024 (limit 47,699), within in 2025 (49,669)
    const r = incomeCheck({ incomes: [49000, 49000], householdSizes: [1, 1], dates: [d(2024), d(2025)], year: undefined });
    expect(r.rows.passing).toBe(1);
    expect(r.rows.failingLabels).toEqual(["1"]);
    expect(r.norm).toBe(0.925);
    expect(r.limits.every((l) => l.value === null)).toBe(true);
    expect(String(r.yearText)).toContain("2024; 2025");
  });

  it("with dates and a year counts only that year, judged by its limits", () => {
    const r = incomeCheck({ incomes: [49000, 49000, 49000], householdSizes: [1, 1, 1], dates: [d(2024), d(2025), d(2025, 12, 31)], year: 2025 });
    expect(r.rows.judged).toBe(2);
    expect(r.rows.passing).toBe(2);
    expect(r.rows.otherYears).toBe(1);
  });

  it("with a year only judges all rows by that year", () => {
    const r = incomeCheck({ incomes: [49000], householdSizes: [1], dates: null, year: 2024 });
    expect(r.rows.passing).toBe(0);
  });

  it("without dates and year is #VALUE! saying what to give", () => {
    expect(() => incomeCheck({ incomes: [1], householdSizes: [1], dates: null, year: undefined })).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/jaar.*datums/) }),
    );
  });

  it("skips and counts rows it cannot read, never judging them", () => {
    const r = incomeCheck({
      incomes: [30000, "unreadable", "blank", 30000, 30000, "blank", -5, 30000],
      householdSizes: [1, 1, 2, "blank", 1.5, "blank", 1, 0],
      dates: null,
      year: 2025,
      rowLabels: ["2", "3", "4", "5", "6", "7", "8", "9"],
    });
    expect(r.rows.judged).toBe(1);
    expect(r.rows.unreadableLabels).toEqual(["3", "4", "5", "6", "8", "9"]);
    expect(r.rows.blank).toBe(1);
    expect(r.rows.notRead).toBe(7);
  });

  it("counts a row with a bad or blank date as not read when dates are given", () => {
    const r = incomeCheck({ incomes: [30000, 30000, "blank"], householdSizes: [1, 1, "blank"], dates: ["unreadable", "blank", "blank"], year: 2025 });
    expect(r.rows.unreadableLabels).toEqual(["1", "2"]);
    expect(r.rows.blank).toBe(1);
    expect(r.verdict).toBe("geen toewijzingen");
    expect(r.share).toBeNull();
    expect(r.norm).toBe(0.925);
  });

  it("'geen toewijzingen' for a year without allocations in the dates", () => {
    const r = incomeCheck({ incomes: [30000], householdSizes: [1], dates: [d(2024)], year: 2026 });
    expect(r.verdict).toBe("geen toewijzingen");
    expect(r.rows.otherYears).toBe(1);
  });

  it("uses overrides from the normen range and says so", () => {
    const r = incomeCheck({
      incomes: [40000, 40001],
      householdSizes: [1, 1],
      dates: null,
      year: 2025,
      overrides: [{ name: "inkomensgrens eenpersoons", year: 2025, value: 40000 }],
    });
    expect(r.rows.passing).toBe(1);
    expect(r.overrideUsed).toBe(true);
    expect(r.limits[0].value).toBe(40000);
  });

  it("weights differing yearly norms by the rows per year (dates only)", () => {
    const r = incomeCheck({
      incomes: [1000, 1000, 1000, 1000],
      householdSizes: [1, 1, 1, 1],
      dates: [d(2024), d(2024), d(2024), d(2025)],
      year: undefined,
      overrides: [{ name: "toewijzingsnorm", year: 2025, value: 0.8 }],
    });
    expect(r.normWeighted).toBe(true);
    expect(r.norm).toBeCloseTo((3 * 0.925 + 0.8) / 4, 15);
  });

  it("#N/A for a year without norms", () => {
    expect(() => incomeCheck({ incomes: [1], householdSizes: [1], dates: null, year: 2019 })).toThrow(expect.objectContaining({ code: "#N/A" }));
    expect(() => incomeCheck({ incomes: [1, 1], householdSizes: [1, 1], dates: [d(2025), d(2030)], year: undefined, rowLabels: ["7", "8"] })).toThrow(
      expect.objectContaining({ code: "#N/A", message: expect.stringContaining("Rij 8") }),
    );
  });

  it("property: share in [0,1], counts add up, verdict agrees with share and norm", () => {
    const income: fc.Arbitrary<NumberField> = fc.oneof(fc.integer({ min: 0, max: 80000 }), fc.constant("blank" as const), fc.constant("unreadable" as const));
    const size: fc.Arbitrary<NumberField> = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant("blank" as const));
    fc.assert(
      fc.property(fc.array(fc.tuple(income, size), { maxLength: 200 }), fc.constantFrom(2024, 2025, 2026), (rows, year) => {
        const r = incomeCheck({ incomes: rows.map((x) => x[0]), householdSizes: rows.map((x) => x[1]), dates: null, year });
        expect(r.rows.judged + r.rows.notRead).toBe(rows.length);
        expect(r.rows.passing + r.rows.failingLabels.length).toBe(r.rows.judged);
        if (r.share === null) expect(r.verdict).toBe("geen toewijzingen");
        else {
          expect(r.share).toBeGreaterThanOrEqual(0);
          expect(r.share).toBeLessThanOrEqual(1);
          expect(r.verdict === "binnen norm").toBe(r.rows.passing * 1000 >= 925 * r.rows.judged);
        }
      }),
    );
  });
});
