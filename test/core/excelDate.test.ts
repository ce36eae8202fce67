/**
 * "Gewijzigd op" as a real Excel date in local time (src/core/checklist/excelDate.ts), checked in a zone with summer
 * time. Serial numbers are worked out by hand: Excel counts days from 1899-12-30, so 2026-01-01 is 46023 and
 * 2026-07-01 is 46023 + 181 = 46204; Amsterdam is UTC+1 in winter and UTC+2 in summer.
 */
import { CHANGED_AT_FORMAT, cellToIsoDate, excelSerialToIso as toIso, isoToExcelSerial as toSerial } from "../../src/core/checklist/excelDate";
import type { UtcOffset } from "../../src/core/checklist/excelDate";
import { checklistColumnFormats, CHECKLIST_HEADERS } from "../../src/core/checklist/checklistTable";

// Jest's process.env does not reach the process's zone, so the zone is passed in: Amsterdam's offset from the ICU
// zone database, read independently of the code under test (wall-clock fields of the moment in that zone).
const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Amsterdam", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});
const amsterdam: UtcOffset = (moment) => {
  const p = Object.fromEntries(wallClock.formatToParts(moment).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
};
const isoToExcelSerial = (iso: string) => toSerial(iso, amsterdam);
const excelSerialToIso = (serial: number) => toIso(serial, amsterdam);

describe("Gewijzigd op as an Excel date in local time (Europe/Amsterdam)", () => {
  it("writes the wall-clock time a Dutch user sees, winter and summer", () => {
    // 2026-01-01 11:00 UTC is 12:00 in Amsterdam: day 46023 and a half.
    expect(isoToExcelSerial("2026-01-01T11:00:00.000Z")).toBe(46023.5);
    // 2026-07-01 10:00 UTC is 12:00 in Amsterdam (summer time).
    expect(isoToExcelSerial("2026-07-01T10:00:00.000Z")).toBe(46204.5);
    // Just before local midnight stays on the local day, not the UTC day after.
    expect(Math.floor(isoToExcelSerial("2026-07-01T21:59:00.000Z")!)).toBe(46204);
  });

  it("uses this computer's zone by default (UTC on this test machine gives the UTC wall clock)", () => {
    const utc = new Date("2026-01-01T00:00:00Z").getTimezoneOffset() === 0 && new Date("2026-07-01T00:00:00Z").getTimezoneOffset() === 0;
    if (utc) expect(toSerial("2026-07-01T12:00:00.000Z")).toBe(46204.5);
    else expect(toSerial("2026-07-01T12:00:00.000Z")).toBe(46204.5 - new Date("2026-07-01T12:00:00Z").getTimezoneOffset() / 1440);
  });

  it("reads a serial back as the same moment", () => {
    expect(excelSerialToIso(46023.5)).toBe("2026-01-01T11:00:00.000Z");
    expect(excelSerialToIso(46204.5)).toBe("2026-07-01T10:00:00.000Z");
    for (const iso of ["2026-03-15T08:17:23.456Z", "2026-11-27T13:05:00.000Z", "1999-12-31T23:59:59.000Z"]) {
      expect(excelSerialToIso(isoToExcelSerial(iso)!)).toBe(iso);
    }
  });

  it("still reads ISO text written by older versions, and refuses what is no date", () => {
    expect(cellToIsoDate("2026-11-23T19:00:00.000Z")).toBe("2026-11-23T19:00:00.000Z");
    expect(cellToIsoDate(46023.5, amsterdam)).toBe("2026-01-01T11:00:00.000Z");
    expect(cellToIsoDate(0)).toBe("invalid");
    expect(cellToIsoDate("gisteren")).toBe("invalid");
    expect(isoToExcelSerial("geen datum")).toBeNull();
  });

  it("gives the Gewijzigd op column a date format, wherever it stands", () => {
    expect(CHANGED_AT_FORMAT).toBe("dd-mm-yyyy hh:mm");
    const formats = checklistColumnFormats(CHECKLIST_HEADERS);
    expect(formats[CHECKLIST_HEADERS.indexOf("Gewijzigd op")]).toBe(CHANGED_AT_FORMAT);
    expect(formats.filter((f) => f !== null)).toHaveLength(1);
    expect(checklistColumnFormats(["Status", "Gewijzigd op", "Gebied"])).toEqual([null, CHANGED_AT_FORMAT, null]);
  });
});
