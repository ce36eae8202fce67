/** parseAreas: an Office.js RangeAreas address as boxes. */
import { parseAreas } from "../../src/workbook/areasAddress";

describe("parseAreas", () => {
  it("reads areas with their sheet, single cells and $ signs", () => {
    expect(parseAreas("Blad1!A1:L51, Blad1!$XFD$1048576")).toEqual([
      { top: 1, left: 1, bottom: 51, right: 12 },
      { top: 1_048_576, left: 16_384, bottom: 1_048_576, right: 16_384 },
    ]);
  });
  it("keeps a comma inside a quoted sheet name", () => {
    expect(parseAreas("'Voorraad, 2026'!B2:C3,'Voorraad, 2026'!E5")).toEqual([
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 5, left: 5, bottom: 5, right: 5 },
    ]);
  });
  it("spells out whole columns and rows", () => {
    expect(parseAreas("Blad1!A:C, Blad1!3:4")).toEqual([
      { top: 1, left: 1, bottom: 1_048_576, right: 3 },
      { top: 3, left: 1, bottom: 4, right: 16_384 },
    ]);
  });
});
