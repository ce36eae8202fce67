import { detectColumns, locateTable } from "../../src/core/mapping";
import type { CellValue } from "../../src/core/mapping/cells";
import { deriveSegment, stockColumns, toLabel } from "../../src/core/report/stockColumns";
import { canUseStructuredRefs, columnReferencer } from "../../src/core/report/sourceReference";

const grid: CellValue[][] = [
  ["Woningvoorraad 2025"],
  [],
  ["Buurtcode", "Wijkcode", "Eigendom", "Kale huur", "WWS-punten"],
  ["BU03630101", "WK036301", "huur", 650, null],
  ["BU03630101", "WK036301", "verkocht", null, null],
  ["BU03630102", "WK036301", "huur", 950, 160], // above the huurgrens: the points make it middenhuur
  ["BU03630102", "WK036301", "huur", null, null],
  ["BU03630102", "WK036301", "onbekend", 700, null],
  ["BU03630102", "WK036301", "huur", 1500, null],
];

describe("stockColumns", () => {
  const table = locateTable(grid, "A1");
  const mapping = detectColumns(table.headers, "stock", table.rows.map((r) => r.cells));

  test("derives the segment with the core SEGMENT logic and counts rows it could not read", () => {
    const columns = stockColumns(table, mapping, { year: 2025, place: { sheetName: "Voorraad" } });
    expect(columns.segmentDerived).toBe(true);
    expect(columns.segment).toEqual(["sociale huur", "koop", "middenhuur", null, null, "vrije sector huur"]);
    expect(columns.unreadable).toBe(2);
    expect(columns.unreadableRows).toEqual([7, 8]);
    expect(columns.refs.segment).toBeNull();
    expect(columns.refs.buurt).toBe("'Voorraad'!$A$4:$A$9");
    expect(columns.complex).toBeNull();
  });

  test("labels are read as the custom functions read them", () => {
    expect(toLabel("  ")).toBeNull();
    expect(toLabel(12)).toBe("12");
    expect(toLabel(true)).toBe("WAAR");
    // a 0 in an area column is blank, as MENG.PERGEBIED reads it (toAreaLabels), and the row is counted as skipped
    expect(toLabel(0)).toBeNull();
    expect(toLabel("0")).toBe("0");
    const withZero = locateTable([["Buurtcode", "Segment"], ["BU01", "koop"], [0, "koop"], ["BU02", "sociale huur"]], "A1");
    const read = stockColumns(withZero, detectColumns(withZero.headers, "stock", withZero.rows.map((r) => r.cells)), { year: 2025, place: { sheetName: "Voorraad" } });
    expect(read.buurt).toEqual(["BU01", null, "BU02"]);
    expect(read.account.read).toBe(2);
    expect(deriveSegment("abc", null, "huur", 2025)).toBeNull();
  });

  test("structured references only for a table whose header is its first row", () => {
    expect(canUseStructuredRefs({ sheetName: "V", tableName: "T" }, table)).toBe(false);
    const plain = locateTable(grid.slice(2), "A1");
    expect(canUseStructuredRefs({ sheetName: "V", tableName: "T" }, plain)).toBe(true);
    expect(columnReferencer({ sheetName: "V", tableName: "T" }, plain).column(3)).toBe("T[Kale huur]");
    expect(columnReferencer({ sheetName: "V" }, plain).rowLink(5)).toEqual({ sheet: "V", address: "A5:E5" });
  });
});
