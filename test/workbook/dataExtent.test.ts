/** dataExtent: the main block of data, never stretched by a stray far cell. */
import fc from "fast-check";
import type { Box } from "../../src/workbook/a1Address";
import { dataExtent, rowRuns } from "../../src/workbook/dataExtent";

const cell = (row: number, col: number): Box => ({ top: row, bottom: row, left: col, right: col });
const block = (top: number, left: number, bottom: number, right: number): Box => ({ top, left, bottom, right });

describe("dataExtent", () => {
  it("ignores a single value in XFD1048576 beside 50 rows × 12 columns", () => {
    expect(dataExtent([block(1, 1, 51, 12), cell(1_048_576, 16_384)])).toEqual(block(1, 1, 51, 12));
  });

  it("ignores a stray value far to the right in the header row", () => {
    expect(dataExtent([block(1, 1, 1, 12), cell(1, 16_384), block(2, 1, 400, 12)])).toEqual(block(1, 1, 400, 12));
  });

  it("keeps blank rows and a blank column inside a table", () => {
    const filled = [block(1, 1, 40, 5), block(44, 1, 90, 5), block(1, 7, 90, 9)];
    expect(dataExtent(filled)).toEqual(block(1, 1, 90, 9));
  });

  it("keeps title rows a few rows above the header", () => {
    expect(dataExtent([cell(1, 1), cell(2, 1), block(5, 1, 300, 12)])).toEqual(block(1, 1, 300, 12));
  });

  it("of two blocks far apart, takes the one with more data", () => {
    expect(dataExtent([block(1, 1, 3, 3), block(5_000, 1, 9_000, 4)])).toEqual(block(5_000, 1, 9_000, 4));
  });

  it("is null for an empty sheet", () => {
    expect(dataExtent([])).toBeNull();
  });

  it("never reaches past the filled cells and always holds the biggest filled block", () => {
    const box = fc.record({ top: fc.integer({ min: 1, max: 1_048_576 }), left: fc.integer({ min: 1, max: 16_384 }), h: fc.integer({ min: 1, max: 500 }), w: fc.integer({ min: 1, max: 30 }) })
      .map(({ top, left, h, w }) => block(top, left, Math.min(1_048_576, top + h - 1), Math.min(16_384, left + w - 1)));
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 20 }), (boxes) => {
        const extent = dataExtent(boxes)!;
        const all = boxes.reduce((a, b) => ({ top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) }));
        expect(extent.top).toBeGreaterThanOrEqual(all.top);
        expect(extent.left).toBeGreaterThanOrEqual(all.left);
        expect(extent.bottom).toBeLessThanOrEqual(all.bottom);
        expect(extent.right).toBeLessThanOrEqual(all.right);
        // Some filled block lies inside the extent (it is never an empty stretch).
        expect(boxes.some((b) => b.top >= extent.top && b.bottom <= extent.bottom && b.left >= extent.left && b.right <= extent.right)).toBe(true);
      }),
    );
  });
});

describe("rowRuns", () => {
  it("joins neighbouring columns into one box per run", () => {
    expect(rowRuns(7, [1, 2, 3, 5, 16_384])).toEqual([block(7, 1, 7, 3), cell(7, 5), cell(7, 16_384)]);
  });
});
