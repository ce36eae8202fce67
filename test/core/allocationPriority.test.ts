import fc from "fast-check";
import type { DateField } from "../../src/core/allocation/fields";
import { countPriority, headroom, priorityCheck, priorityShare } from "../../src/core/allocation/priorityQuota";

const d = (year: number, month = 6, day = 1): DateField => ({ year, month, day });
const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

describe("priority share (rules.md §10)", () => {
  it("divides priority allocations by all allocations in scope", () => {
    const grounds = ["lokale binding", "regulier", "urgentie", "vitaal beroep"];
    expect(priorityShare({ grounds, dates: null, year: undefined })).toBe(0.5);
  });
  it("counts all rows without dates and year", () => {
    expect(priorityShare({ grounds: ["binding", "regulier", "regulier"], dates: null, year: undefined })).toBeCloseTo(1 / 3, 15);
  });
  it("with dates and a year counts only that year's allocations", () => {
    const grounds = ["lokale binding", "regulier", "lokale binding", "regulier"];
    const dates = [d(2024), d(2025), d(2025), d(2025)];
    expect(priorityShare({ grounds, dates, year: 2025 })).toBeCloseTo(1 / 3, 15);
    expect(priorityShare({ grounds, dates, year: 2024 })).toBe(1);
  });
  it("is #DIV/0! for a year without allocations", () => {
    expect(() => priorityShare({ grounds: ["regulier"], dates: [d(2024)], year: 2026 })).toThrow(
      expect.objectContaining({ code: "#DIV/0!", message: expect.stringContaining("2026") }),
    );
  });
  it("skips blank rows and rows with a blank ground or unreadable date, and counts them", () => {
    const grounds = ["lokale binding", null, "  ", "regulier", "regulier", null];
    const dates: DateField[] = [d(2025), "blank", d(2025), "unreadable", d(2025), "blank"];
    const count = countPriority({ grounds, dates, year: 2025 });
    expect(count.total).toBe(2);
    expect(count.priority).toBe(1);
    expect(count.rows.blank).toBe(2);
    expect(count.rows.unreadableLabels).toEqual(["3", "4"]);
    expect(count.rows.notRead).toBe(4);
  });
  it("counts an unrecognised ground as regular and lists its row", () => {
    const count = countPriority({ grounds: ["lokale binding", "LB", "regulier", "??"], dates: null, year: undefined, rowLabels: ["5", "6", "7", "8"] });
    expect(count.total).toBe(4);
    expect(count.priority).toBe(1);
    expect(count.unrecognisedLabels).toEqual(["6", "8"]);
  });
});

describe("priority check", () => {
  it("exactly at the maximum is within the norm with no room left", () => {
    const grounds = [...repeat("lokale binding", 5), ...repeat("regulier", 5)];
    const r = priorityCheck({ grounds, dates: null, year: 2025 });
    expect(r.share).toBe(0.5);
    expect(r.maximum).toBe(0.5);
    expect(r.headroom).toBe(0);
    expect(r.verdict).toBe("binnen norm");
  });
  it("one allocation above the maximum gives headroom −1 and 'boven norm'", () => {
    const grounds = [...repeat("lokale binding", 6), ...repeat("regulier", 4)];
    const r = priorityCheck({ grounds, dates: null, year: 2025 });
    expect(r.headroom).toBe(-1);
    expect(r.verdict).toBe("boven norm");
  });
  it("floors the allowed number: 7 allocations, max 0.5 → 3 allowed", () => {
    const r = priorityCheck({ grounds: [...repeat("binding", 3), ...repeat("regulier", 4)], dates: null, year: 2024 });
    expect(r.headroom).toBe(0);
    const r2 = priorityCheck({ grounds: [...repeat("binding", 4), ...repeat("regulier", 3)], dates: null, year: 2024 });
    expect(r2.headroom).toBe(-1);
    expect(r2.verdict).toBe("boven norm");
  });
  it.each([2024, 2025, 2026])("uses the legal maximum of 50%% for %i", (year) => {
    const r = priorityCheck({ grounds: ["regulier", "regulier", "regulier", "binding"], dates: null, year });
    expect(r.maximum).toBe(0.5);
    expect(r.headroom).toBe(1);
    expect(r.overrideUsed).toBe(false);
  });
  it("takes a maximum argument over the norm", () => {
    const r = priorityCheck({ grounds: repeat("regulier", 10), dates: null, year: 2025, maximum: 0.29 });
    expect(r.headroom).toBe(2);
    expect(r.maximumSource).toContain("maximum");
  });
  it("floors 0.29 × 100 to 29 despite floating point", () => {
    expect(headroom(0.29, 100, 0)).toBe(29);
    expect(headroom(0.07, 100, 0)).toBe(7);
    expect(headroom(0.57, 100, 0)).toBe(57);
  });
  it("takes an override from the normen range and says so", () => {
    const r = priorityCheck({
      grounds: repeat("regulier", 10),
      dates: null,
      year: 2025,
      overrides: [{ name: "voorrang maximum", year: 2025, value: 0.4 }],
    });
    expect(r.maximum).toBe(0.4);
    expect(r.headroom).toBe(4);
    expect(r.overrideUsed).toBe(true);
  });
  it("gives 'geen toewijzingen' when no allocation is in scope", () => {
    const r = priorityCheck({ grounds: ["binding"], dates: [d(2024)], year: 2025 });
    expect(r.share).toBeNull();
    expect(r.headroom).toBe(0);
    expect(r.verdict).toBe("geen toewijzingen");
    expect(r.rows.otherYears).toBe(1);
  });
  it("without dates and year uses the legal maximum since 2024", () => {
    const r = priorityCheck({ grounds: ["binding", "regulier"], dates: null, year: undefined });
    expect(r.maximum).toBe(0.5);
    expect(r.yearText).toBe("alle rijen (geen jaar)");
  });
  it("with dates only, judges all years together when their maxima agree", () => {
    const r = priorityCheck({ grounds: ["binding", "regulier", "binding", "regulier"], dates: [d(2024), d(2024), d(2025), d(2026)], year: undefined });
    expect(r.total).toBe(4);
    expect(r.headroom).toBe(0);
    expect(String(r.yearText)).toContain("2024; 2025; 2026");
  });
  it("with dates only, refuses years whose maxima differ", () => {
    expect(() =>
      priorityCheck({
        grounds: ["binding", "regulier"],
        dates: [d(2024), d(2025)],
        year: undefined,
        overrides: [{ name: "voorrang maximum", year: 2025, value: 0.4 }],
      }),
    ).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
  it("with dates only, a row in a year without norms is #N/A naming that row", () => {
    expect(() => priorityCheck({ grounds: ["binding", "regulier"], dates: [d(2025), d(2019)], year: undefined, rowLabels: ["2", "3"] })).toThrow(
      expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/Rij 3 valt in 2019/) }),
    );
  });
  it("refuses a maximum outside 0..1", () => {
    expect(() => priorityCheck({ grounds: ["binding"], dates: null, year: 2025, maximum: 50 })).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});

describe("priority check properties", () => {
  const ground = fc.constantFrom("lokale binding", "regulier", "urgentie", "vitaal beroep", "onbekend", null);
  it("share in [0,1]; headroom = ⌊max·n⌋ − k; k + headroom ≤ max·n < k + headroom + 1; verdict matches headroom", () => {
    fc.assert(
      fc.property(fc.array(ground, { maxLength: 300 }), fc.integer({ min: 0, max: 100 }), (grounds, percent) => {
        const maximum = percent / 100;
        const r = priorityCheck({ grounds, dates: null, year: 2025, maximum });
        const n = r.total;
        const k = r.priority;
        // exact integer arithmetic: max·n = percent·n / 100
        const allowed = Math.floor((percent * n) / 100);
        expect(r.headroom).toBe(allowed - k);
        expect((k + r.headroom) * 100).toBeLessThanOrEqual(percent * n);
        expect(percent * n).toBeLessThan((k + r.headroom + 1) * 100);
        if (n === 0) {
          expect(r.share).toBeNull();
          expect(r.verdict).toBe("geen toewijzingen");
        } else if (grounds.every((g) => g === null || g === "onbekend")) {
          // nothing recognised: no verdict (issue 9), whatever the headroom
          expect(r.share).toBeNull();
          expect(r.verdict).toBe("niet te beoordelen");
          expect(r.notJudgeableReason).toContain("'onbekend'");
        } else {
          expect(r.share).toBeGreaterThanOrEqual(0);
          expect(r.share).toBeLessThanOrEqual(1);
          expect(r.verdict).toBe(r.headroom >= 0 ? "binnen norm" : "boven norm");
          expect(r.verdict === "binnen norm").toBe(k * 100 <= percent * n);
        }
        expect(n + r.rows.notRead).toBe(grounds.length);
      }),
    );
  });
});
