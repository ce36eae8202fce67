import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { makeStockExports, writeStockExports } from "../../scripts/generateStockExports";
import { mapSheet, type CellValue, type StockRole } from "../../src/core/mapping";

/** The header each role must get, per export shape (written by hand, not taken from the generator). */
const EXPECTED: Record<string, { headerRow: number; rows: number; skipped: number; roles: Partial<Record<StockRole, string>> }> = {
  "clean-english": {
    headerRow: 1,
    rows: 60,
    skipped: 0,
    roles: {
      vheNumber: "Unit ID", complexNumber: "Estate", municipalityCode: "Municipality code", wijkCode: "District code",
      buurtCode: "Neighbourhood code", segment: "Segment", ownership: "Ownership", netRent: "Net rent", wwsPoints: "WWS points",
      wozValue: "WOZ value", dwellingType: "Dwelling type", buildYear: "Year built",
    },
  },
  "dutch-titles": {
    headerRow: 4,
    rows: 60,
    skipped: 0,
    roles: {
      vheNumber: "VHE-nummer", complexNumber: "Complexnummer", municipalityCode: "Gemeentecode", wijkCode: "Wijkcode",
      buurtCode: "Buurtcode", segment: "Segment", ownership: "Eigendom", netRent: "Kale huur (€)", wwsPoints: "WWS-punten",
      wozValue: "WOZ-waarde 2024 (€)", dwellingType: "Woningtype", buildYear: "Bouwjaar",
    },
  },
  "statline-text": {
    headerRow: 1,
    rows: 60,
    skipped: 0,
    roles: {
      vheNumber: "VHE", complexNumber: "Complex", municipalityCode: "Gemeente", wijkCode: "Wijk", buurtCode: "Codering_3",
      segment: "Huursegment", netRent: "Huur", wwsPoints: "Punten", wozValue: "WOZ", dwellingType: "Type", buildYear: "Bouwjaar",
    },
  },
  "blank-rows-odd": {
    headerRow: 1,
    rows: 60,
    skipped: 4,
    roles: {
      vheNumber: "VHE nr", complexNumber: "Complexnr", municipalityCode: "Gemeente", wijkCode: "Wijkcode", buurtCode: "Buurtcode",
      segment: "Segment", ownership: "Eigendom", netRent: "Kale huur", wwsPoints: "WWS", wozValue: "WOZ", dwellingType: "Woningtype",
      buildYear: "Bouwjaar",
    },
  },
  abbreviations: {
    headerRow: 1,
    rows: 60,
    skipped: 0,
    roles: {
      vheNumber: "VHE_NR", complexNumber: "CPLX_NR", municipalityCode: "GM_CODE", wijkCode: "WK_CODE", buurtCode: "BU_CODE",
      segment: "SEGM", ownership: "EIG", netRent: "HUUR_NETTO", wwsPoints: "PUNTEN_WWS", wozValue: "WOZ_WRD", dwellingType: "WON_TYPE",
      buildYear: "BJ",
    },
  },
};

const STOCK_CORE: StockRole[] = [
  "vheNumber", "complexNumber", "municipalityCode", "wijkCode", "buurtCode", "segment", "ownership", "netRent", "wwsPoints",
  "wozValue", "dwellingType", "buildYear",
];

function mappedHeaders(cells: CellValue[][]) {
  const proposal = mapSheet(cells, "A1");
  const got: Partial<Record<StockRole, string>> = {};
  for (const role of STOCK_CORE) {
    const assignment = proposal.mapping.roles[role];
    if (assignment) got[role] = assignment.header;
  }
  return { proposal, got };
}

describe("the five stock export shapes (in memory)", () => {
  for (const seed of [1, 2025, 99991]) {
    describe(`seed ${seed}`, () => {
      const exports = makeStockExports(seed);
      it("makes five distinct shapes", () => {
        expect(exports.map((e) => e.name)).toEqual(Object.keys(EXPECTED));
      });
      for (const stockExport of exports) {
        it(`${stockExport.name}: finds the header, the data rows and every role`, () => {
          const expected = EXPECTED[stockExport.name];
          const { proposal, got } = mappedHeaders(stockExport.cells);
          expect(proposal.mapping.kind).toBe("stock");
          expect(proposal.table.headerSheetRow).toBe(expected.headerRow);
          expect(proposal.table.rows).toHaveLength(expected.rows);
          expect(proposal.table.skippedRows).toHaveLength(expected.skipped);
          expect(got).toEqual(expected.roles);
          // no role without a reason, no column used twice
          const columns = Object.values(proposal.mapping.roles).map((a) => a!.columnIndex);
          expect(new Set(columns).size).toBe(columns.length);
          for (const assignment of Object.values(proposal.mapping.roles)) expect(assignment!.reason.length).toBeGreaterThan(10);
        });
      }
    });
  }

  it("is deterministic per seed", () => {
    expect(makeStockExports(5)).toEqual(makeStockExports(5));
    expect(makeStockExports(5)[0].cells).not.toEqual(makeStockExports(6)[0].cells);
  });

  it("reports the titles above the header and leaves the note below the data out", () => {
    const [, titled, , blanks] = makeStockExports(3);
    const t = mapSheet(titled.cells).table;
    expect(t.notesAbove).toEqual(["Woningvoorraad per 1-1-2025", "Bron: ERP-export, peildatum 1-1-2025"]);
    const b = mapSheet(blanks.cells).table;
    expect(b.skippedRows).toEqual([14, 27, 40, 53]);
    expect(b.rows.every((row) => row.cells[0] !== "Gegenereerd door het ERP-systeem")).toBe(true);
    expect(b.rows[b.rows.length - 1].sheetRow).toBe(65);
  });

  it("reads codes with trailing spaces and numbers stored as text (StatLine style)", () => {
    const statline = makeStockExports(11)[2];
    const { proposal } = mappedHeaders(statline.cells);
    const buurt = proposal.mapping.roles.buurtCode!;
    expect(buurt.source).toBe("data");
    expect(buurt.reason).toMatch(/BU \+ 8 tekens/);
    expect(String(proposal.table.rows[0].cells[buurt.columnIndex])).toMatch(/^BU\w{8} $/);
    expect(proposal.mapping.roles.netRent!.reason).toMatch(/waarden passen/);
  });
});

/** ExcelJS worksheet → CellValue[][] (row 0 = sheet row 1), as the file adapter would pass it. */
function sheetCells(sheet: ExcelJS.Worksheet): CellValue[][] {
  const cells: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      values.push(v === null || v === undefined ? null : typeof v === "object" ? String(v) : (v as CellValue));
    }
    cells.push(values);
  }
  return cells;
}

describe("the five shapes written as .xlsx and read back with ExcelJS", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mengwijzer-exports-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("maps every role after the round trip (merged titles read as repeated text)", async () => {
    const files = await writeStockExports(dir, 42);
    expect(files).toHaveLength(5);
    for (const file of files) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const cells = sheetCells(workbook.getWorksheet("Voorraad")!);
      const name = path.basename(file, ".xlsx");
      const { proposal, got } = mappedHeaders(cells);
      expect({ name, got }).toEqual({ name, got: EXPECTED[name].roles });
      expect(proposal.table.headerSheetRow).toBe(EXPECTED[name].headerRow);
      expect(proposal.table.rows).toHaveLength(EXPECTED[name].rows);
    }
  });
});
