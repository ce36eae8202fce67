import { describeScope, rowScope, scopeMode } from "../../src/core/allocation/allocationScope";
import type { DateField } from "../../src/core/allocation/fields";

const dates: DateField[] = [{ year: 2024, month: 12, day: 31 }, { year: 2025, month: 1, day: 1 }, "blank", "unreadable"];

describe("allocation scope (rules.md §10)", () => {
  it("chooses the mode from what was given", () => {
    expect(scopeMode({ dates, year: 2025 })).toBe("yearAndDates");
    expect(scopeMode({ dates, year: undefined })).toBe("datesOnly");
    expect(scopeMode({ dates: null, year: 2025 })).toBe("yearOnly");
    expect(scopeMode({ dates: null, year: undefined })).toBe("allRows");
  });
  it("dates and year: only that year counts, by calendar year (31 Dec vs 1 Jan)", () => {
    const spec = { dates, year: 2025 };
    expect(rowScope(spec, 0)).toEqual({ kind: "otherYear" });
    expect(rowScope(spec, 1)).toEqual({ kind: "in", year: 2025 });
    expect(rowScope(spec, 2)).toEqual({ kind: "badDate" });
    expect(rowScope(spec, 3)).toEqual({ kind: "badDate" });
  });
  it("dates only: each row in its own year", () => {
    const spec = { dates, year: undefined };
    expect(rowScope(spec, 0)).toEqual({ kind: "in", year: 2024 });
    expect(rowScope(spec, 1)).toEqual({ kind: "in", year: 2025 });
  });
  it("year only and neither: every row counts", () => {
    expect(rowScope({ dates: null, year: 2026 }, 5)).toEqual({ kind: "in", year: 2026 });
    expect(rowScope({ dates: null, year: undefined }, 5)).toEqual({ kind: "in", year: undefined });
  });
  it("describes the scope for the spilled 'jaar' row", () => {
    expect(describeScope({ dates, year: 2025 }, [2025])).toBe(2025);
    expect(describeScope({ dates: null, year: 2024 }, [])).toBe(2024);
    expect(describeScope({ dates, year: undefined }, [2025, 2024])).toBe("per jaar (uit de datums): 2024; 2025");
    expect(describeScope({ dates: null, year: undefined }, [])).toBe("alle rijen (geen jaar)");
  });
});
