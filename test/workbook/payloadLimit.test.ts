import { chunkRowsFor, MAX_CHUNK_ROWS, nextChunkRows, planBlocks } from "../../src/workbook/payloadLimit";
import { encodeFingerprint, matchesFingerprint, spillMask } from "../../src/workbook/reportFingerprint";
import { rowBandOutsideTables } from "../../src/workbook/sourceListing";
import { parseSettings, settingRow, temporarySheetName } from "../../src/workbook/settingsSheet";

describe("chunk rule", () => {
  it("derives rows per read from the column count, capped at 20,000", () => {
    expect(chunkRowsFor(1)).toBe(MAX_CHUNK_ROWS);
    expect(chunkRowsFor(8)).toBe(6510);
    expect(chunkRowsFor(12)).toBe(4340);
    expect(chunkRowsFor(50)).toBe(1041);
    expect(chunkRowsFor(16_384)).toBe(3);
    expect(nextChunkRows(71)).toBe(MAX_CHUNK_ROWS);
    expect(nextChunkRows(1000)).toBe(1666);
  });

  it("plans write blocks under the budget and the row cap", () => {
    expect(planBlocks([5, 5, 5, 5], 10)).toEqual([{ start: 0, count: 2 }, { start: 2, count: 2 }]);
    expect(planBlocks([20, 1, 1], 10)).toEqual([{ start: 0, count: 1 }, { start: 1, count: 2 }]); // an oversize row alone
    expect(planBlocks([1, 1, 1], 100, 2)).toEqual([{ start: 0, count: 2 }, { start: 2, count: 1 }]);
    expect(planBlocks([])).toEqual([]);
  });
});

describe("fingerprint", () => {
  const grid = [["Titel", null], [1, "=MENG.AANDEEL(A1:A5, \"x y\")"], [0.1 + 0.2, true]];
  it("matches what Excel normalises, not real changes; ignores spilled cells", () => {
    const stored = encodeFingerprint(grid, []);
    expect(matchesFingerprint(stored, [["Titel"], [1, '=meng.aandeel(A1:A5,"x y")'], [0.3, true], [null]])).toBe(true);
    expect(matchesFingerprint(stored, [["Titel"], [1, '=MENG.AANDEEL(A1:A5,"x  y")'], [0.3, true]])).toBe(false);
    expect(matchesFingerprint(stored, [["Titel", "x"], [1, grid[1][1]], [0.3, true]])).toBe(false);
    expect(matchesFingerprint(null, grid)).toBe(false);
    expect(matchesFingerprint("kapot", grid)).toBe(false);
    const withSpill = encodeFingerprint([["=MENG.PERGEBIED(A:A,B:B)", ""], ["", ""]], ["B1:B2", "A2:A2"]);
    expect(matchesFingerprint(withSpill, [["=MENG.PERGEBIED(A:A,B:B)", 3], ["Noord", 4]])).toBe(true);
  });

  it("describes spilled cells as rectangles", () => {
    const cell = (spilled: boolean) => ({ value: 1, spilled });
    const sheet = { name: "S", charts: [], rows: [[cell(false), cell(true), cell(true)], [cell(false), cell(true), cell(true)], [cell(true)]] };
    expect(spillMask(sheet)).toEqual(["B1:C2", "A3:A3"]);
  });
});

describe("sources and settings", () => {
  it("finds the largest row band outside the tables", () => {
    const used = { top: 1, left: 1, bottom: 20, right: 5 };
    expect(rowBandOutsideTables(used, [])).toEqual(used);
    expect(rowBandOutsideTables(used, [{ top: 1, left: 1, bottom: 20, right: 3 }])).toBeNull();
    expect(rowBandOutsideTables(used, [{ top: 3, left: 1, bottom: 10, right: 3 }])).toEqual({ top: 11, left: 1, bottom: 20, right: 5 });
  });

  it("splits long setting values and reads them back", () => {
    const row = settingRow("k", "a".repeat(61_000));
    expect(row.map((c) => c.length)).toEqual([1, 30_000, 30_000, 1000]);
    expect(parseSettings([["Instelling", "Waarde"], row, ["", "x"], [5, "y"]]).get("k")).toEqual({ row: 1, value: "a".repeat(61_000) });
    expect(temporarySheetName("Mengwijzer_Allocatierapport2026")).toBe("Mengwijzer_Allocatierappo_nieuw");
  });
});
