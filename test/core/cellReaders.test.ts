import fc from "fast-check";
import { excelSerialToDate, readAmount, readCalendarDate, readYesNo } from "../../src/core/cellReaders";

describe("Excel serial dates (1900 system)", () => {
  it.each([
    [1, { year: 1900, month: 1, day: 1 }],
    [59, { year: 1900, month: 2, day: 28 }],
    [60, { year: 1900, month: 2, day: 29 }],
    [61, { year: 1900, month: 3, day: 1 }],
    [45292, { year: 2024, month: 1, day: 1 }],
    [45657, { year: 2024, month: 12, day: 31 }],
    [45658, { year: 2025, month: 1, day: 1 }],
    [45731.75, { year: 2025, month: 3, day: 15 }],
    [46022, { year: 2025, month: 12, day: 31 }],
    [46023, { year: 2026, month: 1, day: 1 }],
  ])("%p → %p", (serial, date) => {
    expect(excelSerialToDate(serial)).toEqual(date);
  });
  it("refuses numbers that cannot be dates", () => {
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(-3)).toBeNull();
    expect(excelSerialToDate(3e6)).toBeNull();
  });
  it("round-trips with the calendar for serials from 61 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const date = excelSerialToDate(serial);
        if (!date) return false;
        const back = (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 30)) / 86_400_000;
        return back === serial;
      }),
    );
  });
});

describe("text dates", () => {
  const march15 = { year: 2025, month: 3, day: 15 };
  it.each(["15-3-2025", "15-03-2025", "15/03/2025", "15.03.2025", "2025-03-15", "2025-03-15T00:00:00", " 15-3-2025 10:30 ", "15 maart 2025", "15 mrt 2025", "15 mrt. 2025", "45731"])(
    "%p is 15 March 2025",
    (text) => {
      expect(readCalendarDate(text)).toEqual(march15);
    },
  );
  it.each(["31-2-2025", "29-2-2025", "03/15/2025", "15-3-25", "2025-13-01", "morgen", "", true])("%p is not a date", (text) => {
    expect(readCalendarDate(text as string)).toBeNull();
  });
  it("knows leap days", () => {
    expect(readCalendarDate("29-2-2024")).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe("yes/no cells", () => {
  it.each([true, "WAAR", "waar", "TRUE", "ja", "Ja", "j", "yes", 1, "1"])("%p is yes", (cell) => expect(readYesNo(cell)).toBe(true));
  it.each([false, "ONWAAR", "onwaar", "FALSE", "nee", "N", "no", 0, "0"])("%p is no", (cell) => expect(readYesNo(cell)).toBe(false));
  it.each(["misschien", 2, "", null])("%p is neither", (cell) => expect(readYesNo(cell)).toBeNull());
});

describe("amounts", () => {
  it.each([
    [45000, 45000],
    ["45000", 45000],
    ["€ 45.000", 45000],
    ["45.000,50", 45000.5],
    ["45,000.50", 45000.5],
    ["650,43", 650.43],
    ["650.43", 650.43],
    ["€650,43", 650.43],
    ["1.234.567", 1234567],
  ])("%p → %p", (cell, value) => expect(readAmount(cell)).toBe(value));
  it.each(["veel", "", "45 000 euro", true])("%p is not an amount", (cell) => expect(readAmount(cell as string)).toBeNaN());
});
