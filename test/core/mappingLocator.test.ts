import {
  columnLetters,
  detectColumns,
  locateTable,
  parseMapping,
  parseNumberText,
  parseTopLeft,
  restoreMapping,
  serializeMapping,
  toStoredMapping,
  type CellValue,
} from "../../src/core/mapping";

const n = null;

describe("locateTable", () => {
  it("finds the header below a merged title (Office.js: text in the first cell), a note and a blank row", () => {
    const cells: CellValue[][] = [
      ["Woningvoorraad per 1-1-2025", n, n, n],
      ["Bron: ERP-export", n, n, n],
      [n, n, n, n],
      ["VHE-nummer", "Buurtcode", "Kale huur", "Segment"],
      [1001, "BU03630001", 612.5, "sociale huur"],
      [1002, "BU03630002", 800, "middenhuur"],
    ];
    const table = locateTable(cells, "B3");
    expect(table.headerRowIndex).toBe(3);
    expect(table.headerSheetRow).toBe(6);
    expect(table.firstSheetColumn).toBe(1);
    expect(table.columnLetters).toEqual(["B", "C", "D", "E"]);
    expect(table.rows.map((r) => r.sheetRow)).toEqual([7, 8]);
    expect(table.notesAbove).toEqual(["Woningvoorraad per 1-1-2025", "Bron: ERP-export"]);
  });

  it("skips a merged title that ExcelJS repeats over every cell", () => {
    const title = "Woningvoorraad per 1-1-2025";
    const cells: CellValue[][] = [
      [title, title, title],
      ["Bron: ERP-export", "Bron: ERP-export", "Bron: ERP-export"],
      ["Complex", "Wijkcode", "WOZ-waarde"],
      [12, "WK036300", 250000],
    ];
    expect(locateTable(cells).headerSheetRow).toBe(3);
  });

  it("prefers the header over a first data row of text values", () => {
    const cells: CellValue[][] = [
      ["Gemeente", "Soort woning", "Toewijzingsgrond"],
      ["Amsterdam", "sociale huur", "urgentie"],
      ["Utrecht", "sociale huur", "regulier"],
    ];
    expect(locateTable(cells).headerRowIndex).toBe(0);
  });

  it("finds an unknown header by its shape: distinct texts above numbers", () => {
    const cells: CellValue[][] = [
      ["Overzicht", n, n],
      [n, n, n],
      ["Alfa", "Beta", "Gamma"],
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(locateTable(cells).headerSheetRow).toBe(3);
  });

  it("keeps single blank rows as skipped rows and stops at two blank rows", () => {
    const cells: CellValue[][] = [
      ["VHE", "Buurtcode"],
      [1, "BU03630001"],
      [n, "  "],
      [2, "BU03630002"],
      [n, n],
      [n, n],
      ["Gegenereerd op 1-1-2025", n],
    ];
    const table = locateTable(cells);
    expect(table.rows.map((r) => r.sheetRow)).toEqual([2, 4]);
    expect(table.skippedRows).toEqual([3]);
  });

  it("does not count blank rows at the end of the range as skipped", () => {
    const table = locateTable([["VHE", "Buurtcode"], [1, "BU03630001"], [n, n]]);
    expect(table.skippedRows).toEqual([]);
    expect(table.rows).toHaveLength(1);
  });

  it("honours blankRunToStop", () => {
    const cells: CellValue[][] = [["VHE", "Buurtcode"], [1, "BU03630001"], [n, n], [n, n], [2, "BU03630002"]];
    expect(locateTable(cells, "A1", { blankRunToStop: 3 }).rows).toHaveLength(2);
    expect(locateTable(cells, "A1", { blankRunToStop: 1 }).rows).toHaveLength(1);
  });

  it("stops at a totals row", () => {
    const table = locateTable([["Buurtcode", "Aantal"], ["BU03630001", 5], ["BU03630002", 7], ["Totaal", 12]]);
    expect(table.rows).toHaveLength(2);
    expect(table.footerSheetRow).toBe(4);
  });

  it("keeps a blank header inside the table and pads short rows", () => {
    const table = locateTable([[n, "VHE", n, "Buurtcode", n], [n, 1], [n, 2, "x", "BU03630002"]]);
    expect(table.headers).toEqual(["VHE", "", "Buurtcode"]);
    expect(table.rows[0].cells).toEqual([1, null, null]);
    expect(table.columnLetters).toEqual(["B", "C", "D"]);
  });

  it("accepts a one-column table when its header names a known column", () => {
    const table = locateTable([["Buurten per 2025"], [n], ["Buurtcode"], ["BU03630001"], ["BU03630002"]]);
    expect(table.headerSheetRow).toBe(3);
    expect(table.rows).toHaveLength(2);
  });

  it("throws #N/A in Dutch when there is no header row, #VALUE! for a bad address", () => {
    expect(() => locateTable([["alleen een titel"], [n], [1]])).toThrow(expect.objectContaining({ code: "#N/A" }));
    expect(() => locateTable([["a", "b"]], "rij 1")).toThrow(/geen celadres/);
  });
});

describe("cell helpers", () => {
  it("parses addresses", () => {
    expect(parseTopLeft("A1")).toEqual({ row: 1, column: 0 });
    expect(parseTopLeft("'Mijn blad'!$AB$12:AC40")).toEqual({ row: 12, column: 27 });
    expect(parseTopLeft("Voorraad!B3")).toEqual({ row: 3, column: 1 });
    expect(parseTopLeft("12")).toBeNull();
  });
  it("writes column letters", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
  it("parseNumberText reads numbers as text like coerce.toNumber", () => {
    expect(parseNumberText(" 12,5 ")).toBe(12.5);
    expect(parseNumberText("12.5")).toBe(12.5);
    expect(parseNumberText("€ 12")).toBeNaN();
    expect(parseNumberText(true)).toBeNaN();
    expect(parseNumberText(Infinity)).toBeNaN();
  });
});

describe("storing the confirmed mapping", () => {
  const headers = ["VHE", "Buurtcode", "Kale huur", "Opmerking"];
  const mapping = detectColumns(headers, "stock");

  it("round-trips through JSON with a version field", () => {
    const stored = toStoredMapping(mapping, { sheetName: "Voorraad", headerSheetRow: 4, firstSheetColumn: 1 });
    const text = serializeMapping(stored);
    expect(JSON.parse(text).version).toBe(1);
    expect(parseMapping(text)).toEqual(stored);
    expect(stored.columns).toEqual({
      vheNumber: { column: 0, header: "VHE" },
      buurtCode: { column: 1, header: "Buurtcode" },
      netRent: { column: 2, header: "Kale huur" },
    });
  });

  it("rejects broken JSON, another version, unknown roles and a column used twice, in Dutch", () => {
    expect(() => parseMapping("{")).toThrow(/onleesbaar/);
    expect(() => parseMapping(JSON.stringify({ version: 2, kind: "stock", columns: {} }))).toThrow(/versie '2'/);
    expect(() => parseMapping(JSON.stringify({ version: 1, kind: "stock", columns: { income: { column: 1, header: "x" } } }))).toThrow(/onbekend gegeven 'income'/);
    expect(() => parseMapping(JSON.stringify({ version: 1, kind: "stock", columns: { householdIncome: { column: 1, header: "x" } } }))).toThrow(/onbekend gegeven/);
    expect(() => parseMapping(JSON.stringify({ version: 1, kind: "stock", columns: { netRent: { column: -1, header: "x" } } }))).toThrow(/onleesbaar/);
    expect(() =>
      parseMapping(JSON.stringify({ version: 1, kind: "stock", columns: { netRent: { column: 2, header: "Huur" }, wozValue: { column: 2, header: "Huur" } } })),
    ).toThrow(/zowel 'Kale huur' als 'WOZ-waarde'/);
    expect(() => parseMapping("[]")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });

  it("restores a mapping after a column was inserted, and reports a renamed column as lost", () => {
    const stored = toStoredMapping(mapping);
    const same = restoreMapping(stored, headers);
    expect(same.moved).toEqual([]);
    expect(same.lost).toEqual([]);
    expect(same.mapping.roles.netRent!.columnIndex).toBe(2);

    const shifted = restoreMapping(stored, ["Nieuw", "VHE", "Buurtcode", "kale_huur", "Opmerking"]);
    expect(shifted.moved.sort()).toEqual(["buurtCode", "netRent", "vheNumber"]);
    expect(shifted.mapping.roles.netRent).toMatchObject({ columnIndex: 3, header: "kale_huur", source: "stored" });
    expect(shifted.mapping.unmapped.map((u) => u.header)).toEqual(["Nieuw", "Opmerking"]);

    const renamed = restoreMapping(stored, ["VHE", "CBS-code", "Kale huur"]);
    expect(renamed.lost).toEqual(["buurtCode"]);
    expect(renamed.mapping.missing).toContain("buurtCode");
  });
});
