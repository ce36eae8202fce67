/**
 * The 1904 date system (issue 8, point 3): the same date is 1,462 lower as a serial in a 1904 workbook. The reports read
 * serials in the workbook's system (the Office adapter asks Excel; ExcelJS applies the file's date1904 flag itself).
 */
import { excelSerialToDate, readCalendarDate } from "../../src/core/cellReaders";
import { dateField } from "../../src/core/cellFields";
import { detectColumns, locateTable } from "../../src/core/mapping";
import { buildAllocationReport } from "../../src/core/report/allocationReport";
import { allocationGrid } from "../analysis/stockFixture";
import type { CellValue } from "../../src/core/mapping/cells";

const OFFSET = 1462; // days from 30-12-1899 (1900 system's day 0 since March 1900) to 1-1-1904

describe("serial dates in both date systems", () => {
  test.each([
    [45731, { year: 2025, month: 3, day: 15 }],
    [1462, { year: 1904, month: 1, day: 1 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
  ])("1900 serial %d and its 1904 twin give the same calendar date", (serial1900, date) => {
    expect(excelSerialToDate(serial1900, 1900)).toEqual(date);
    expect(excelSerialToDate(serial1900 - OFFSET, 1904)).toEqual(date);
    expect(readCalendarDate(String(serial1900 - OFFSET), 1904)).toEqual(date);
  });

  test("day 0 is 1 January 1904 in the 1904 system, and blank (not a date) as a field", () => {
    expect(excelSerialToDate(0, 1904)).toEqual({ year: 1904, month: 1, day: 1 });
    expect(excelSerialToDate(-1, 1904)).toBeNull();
    expect(dateField(0, 1904)).toBe("blank");
  });

  test("text dates do not depend on the date system", () => {
    expect(readCalendarDate("15-3-2025", 1904)).toEqual(readCalendarDate("15-3-2025", 1900));
  });
});

describe("the allocation report in a 1904 workbook", () => {
  const toSerial = (text: CellValue, system: 1900 | 1904): CellValue => {
    const date = readCalendarDate(text);
    if (!date) return text;
    const serial1900 = (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return system === 1904 ? serial1900 - OFFSET : serial1900;
  };
  const build = (system: 1900 | 1904) => {
    const grid = allocationGrid().map((row, r) => (r === 0 ? row : [toSerial(row[0], system), ...row.slice(1)]));
    const table = locateTable(grid, "A1");
    const mapping = detectColumns(table.headers, "allocations", table.rows.map((row) => row.cells));
    return buildAllocationReport(table, mapping, { sheetName: "Toewijzingen", tableName: "Toewijzingen" }, "tabel", { dateSystem: system });
  };

  test("gives the same lines as the same dates in a 1900 workbook", () => {
    const a = build(1900);
    const b = build(1904);
    expect(a.analysis.lines.length).toBeGreaterThan(0);
    expect(b.analysis.lines).toEqual(a.analysis.lines);
    expect(b.analysis.undated).toBe(a.analysis.undated);
  });

  test("read as 1900, the 1904 serials land four years early: the system matters", () => {
    const grid = allocationGrid().map((row, r) => (r === 0 ? row : [toSerial(row[0], 1904), ...row.slice(1)]));
    const table = locateTable(grid, "A1");
    const mapping = detectColumns(table.headers, "allocations", table.rows.map((row) => row.cells));
    const wrong = buildAllocationReport(table, mapping, { sheetName: "T", tableName: "T" }, "tabel", { dateSystem: 1900 });
    expect(wrong.analysis.lines.map((l) => l.year)).not.toEqual(build(1904).analysis.lines.map((l) => l.year));
  });
});
