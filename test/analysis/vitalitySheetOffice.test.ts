/**
 * Issue 16 in Excel (OfficeWorkbookAdapter on the fake Excel): the pane makes the vitality input sheet from the
 * stock, and an update after a user worked in it (typed inputs and own points, sorted the table, added an own column,
 * deleted a row) and after the stock changed appends and marks without losing anything.
 */
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { HEADER_ROW, STATUS_REMOVED, VITALITY_SHEET, VITALITY_TABLE, vitalityColumns } from "../../src/core/vitality/vitalitySheet";
import { OfficeWorkbookAdapter } from "../../src/workbook/OfficeWorkbookAdapter";
import { boxRef } from "../../src/workbook/a1Address";
import { PAYLOAD_BUDGET_BYTES } from "../../src/workbook/payloadLimit";
import { FakeWorkbook, installFakeExcel } from "../workbook/fakeExcel";
import { stockGrid } from "./stockFixture";

type V = string | number | boolean;

let wb: FakeWorkbook;
let service: WorkbookAnalysisService;

function stock(rename: Record<string, string> = {}): V[][] {
  return stockGrid({ rows: 200 })
    .filter((row) => row.some((v) => v !== null))
    .map((row) => row.map((v) => (v === null ? "" : typeof v === "string" && rename[v] ? rename[v] : (v as V))));
}

beforeEach(() => {
  wb = new FakeWorkbook();
  installFakeExcel(wb);
  wb.addTable("Voorraad", "Voorraad", stock());
  service = new WorkbookAnalysisService(new OfficeWorkbookAdapter());
});

async function prepare(level: "buurt" | "wijk", year: number) {
  const [source] = (await service.findSources()).filter((p) => p.kind === "stock");
  return service.prepareVitalitySheet(source.source, { level, year, normYear: 2025 });
}

/** The vitality table as records by header (header row first). */
function table(): { headers: string[]; rows: Record<string, V>[] } {
  const [headers, ...rows] = wb.tableValues(VITALITY_TABLE) as V[][];
  return { headers: headers.map(String), rows: rows.map((r) => Object.fromEntries(headers.map((h, j) => [String(h), r[j]]))) };
}

const header = (key: string) => vitalityColumns().find((c) => c.key === key)!.header;

describe("making the input sheet", () => {
  test("one row per buurt with live formulas, validation on every input column and the explanation block", async () => {
    const result = await prepare("buurt", 2025);
    expect(result.summary).toMatch(/9 buurten voor 2025/);
    const t = table();
    expect(t.headers).toEqual(vitalityColumns().map((c) => c.header));
    expect(t.rows.map((r) => r.gebied)).toEqual([
      "BU03630101", "BU03630102", "BU03630103", "BU03630201", "BU03630202", "BU03630203", "BU03630301", "BU03630302", "BU03630309",
    ]);
    expect(t.rows.every((r) => r.niveau === "buurt" && r.jaar === 2025)).toBe(true);
    // live formulas, Dutch names, structured references to this row
    expect(t.rows[0][header("livability")]).toBe('=IF(ISNUMBER([@[eigen punten leefbaarheid]]),[@[eigen punten leefbaarheid]],IF(ISBLANK([@[leefbaarometer klasse]]),"",MENG.PUNTEN.LEEFBAARHEID([@[leefbaarometer klasse]])))');
    expect(t.rows[8][header("flag")]).toBe('=IF([@[vitaliteitsscore]]="","",MENG.VITALITEIT.OORDEEL([@[vitaliteitsscore]],$B$3))');
    const sheet = wb.sheet(VITALITY_SHEET)!;
    // every input column (and niveau, jaar) has a rule over its whole data body
    const t0 = wb.table(VITALITY_TABLE)!;
    const validated = vitalityColumns().filter((c) => c.validation);
    expect(validated.map((c) => c.key)).toEqual([
      "level", "year", "livabilityClass", "council", "director", "nuisance", "low", "high", "ownLivability", "ownOrganisation", "ownResilience",
    ]);
    for (const column of validated) {
      const c = t0.box.left + vitalityColumns().indexOf(column);
      const address = boxRef({ top: t0.box.top + 1, left: c, bottom: t0.box.bottom, right: c });
      expect(sheet.validations.get(address)?.rule).toBeDefined();
    }
    expect(sheet.validations.get(boxRef({ top: t0.box.top + 1, left: 5, bottom: t0.box.bottom, right: 5 }))?.rule).toEqual({ list: { inCellDropDown: true, source: "ja,nee" } });
    expect(wb.get(VITALITY_SHEET, "B3")).toBe(9);
    expect(String(wb.get(VITALITY_SHEET, "B5"))).toMatch(/eigen uitwerking van Mengwijzer, niet die van de bron/);
    expect(t0.box.top).toBe(HEADER_ROW + 1);
    expect(sheet.frozenRows).toBe(HEADER_ROW + 1);
  });

  test("wijk level: one row per wijk", async () => {
    await prepare("wijk", 2025);
    expect(table().rows.map((r) => r.gebied)).toEqual(["WK036301", "WK036302", "WK036303"]);
  });

  test("a hand-made sheet of that name is never overwritten", async () => {
    wb.addSheet(VITALITY_SHEET);
    wb.set(VITALITY_SHEET, "A1", "mijn eigen aantekeningen");
    await expect(prepare("buurt", 2025)).rejects.toThrow(/overschrijft het niet/);
    expect(wb.contents(VITALITY_SHEET)).toEqual([["mijn eigen aantekeningen"]]);
  });
});

describe("updating after the user worked in it", () => {
  test("typed cells, own points, a sort, an own column and a deleted row survive; new areas append, removed ones are marked", async () => {
    await prepare("buurt", 2025);
    const t = wb.table(VITALITY_TABLE)!;
    const sheet = t.sheet;
    const col = (key: string) => t.box.left - 1 + vitalityColumns().findIndex((c) => c.key === key);
    // the user fills in every row: class, wijkraad, wijkregisseur, nuisance and thresholds; an own point in one row
    for (let r = t.box.top; r < t.box.bottom; r++) {
      const row = sheet.rows[r];
      const i = r - t.box.top;
      row[col("livabilityClass")] = (i % 9) + 1;
      row[col("council")] = i % 2 === 0 ? "ja" : "nee";
      row[col("director")] = i % 3 === 0 ? "ja" : "nee";
      row[col("nuisance")] = i * 1.5;
      row[col("low")] = 3;
      row[col("high")] = 8;
    }
    sheet.rows[t.box.top][col("ownResilience")] = 3;
    // an own column to the right, inside the table
    t.box.right += 1;
    sheet.rows[t.box.top - 1][t.box.right - 1] = "opmerking";
    for (let r = t.box.top; r < t.box.bottom; r++) sheet.rows[r][t.box.right - 1] = `notitie ${sheet.rows[r][col("area")]}`;
    // sorted descending by gebied
    const body = sheet.rows.slice(t.box.top, t.box.bottom).map((r) => [...r]);
    body.sort((a, b) => String(b[col("area")]).localeCompare(String(a[col("area")])));
    body.forEach((r, i) => (sheet.rows[t.box.top + i] = r));
    // deletes the row of BU03630201 (cells shift up, the table shrinks)
    const gone = sheet.rows.findIndex((r) => r?.[col("area")] === "BU03630201");
    sheet.rows.splice(gone, 1);
    t.box.bottom -= 1;
    const typed = table().rows.map((r) => ({ ...r }));

    // the stock loses BU03630302 and gains BU03630999
    wb.tables = wb.tables.filter((x) => x.name !== "Voorraad");
    wb.sheets = wb.sheets.filter((s) => s.name !== "Voorraad");
    wb.addTable("Voorraad", "Voorraad", stock({ BU03630302: "BU03630999" }));

    const result = await prepare("buurt", 2025);
    expect(result.summary).toMatch(/2 buurten toegevoegd voor 2025; 1 gebied gemarkeerd/);
    const after = table();
    // everything the user had is still there, in the user's order, incl. the own column
    after.rows.slice(0, typed.length).forEach((row, i) => {
      for (const [h, v] of Object.entries(typed[i])) {
        if (h === "status" || vitalityColumns().some((c) => c.header === h && c.role === "computed")) continue;
        expect([row.gebied, h, row[h]]).toEqual([typed[i].gebied, h, v]);
      }
    });
    expect(after.headers[after.headers.length - 1]).toBe("opmerking");
    // the deleted buurt (still in the stock) and the new one come back at the bottom, keys only
    expect(after.rows.slice(typed.length).map((r) => [r.gebied, r.niveau, r.jaar, r[header("livabilityClass")], r.opmerking])).toEqual([
      ["BU03630201", "buurt", 2025, "", ""],
      ["BU03630999", "buurt", 2025, "", ""],
    ]);
    expect(after.rows.find((r) => r.gebied === "BU03630302")!.status).toBe(STATUS_REMOVED);
    expect(after.rows.filter((r) => r.status !== "").map((r) => r.gebied)).toEqual(["BU03630302"]);
    // formulas on every row, the appended ones too; validation over the grown body
    expect(after.rows.every((r) => String(r[header("score")]).startsWith("=IF(OR("))).toBe(true);
    const grown = wb.table(VITALITY_TABLE)!;
    const c = grown.box.left + vitalityColumns().findIndex((x) => x.key === "livabilityClass");
    expect(grown.sheet.validations.get(boxRef({ top: grown.box.top + 1, left: c, bottom: grown.box.bottom, right: c }))?.rule).toEqual({
      wholeNumber: { formula1: 1, formula2: 9, operator: "Between" },
    });

    // next year: one new row per buurt for 2026, the 2025 rows untouched
    const before2026 = table().rows.map((r) => ({ ...r }));
    const next = await prepare("buurt", 2026);
    expect(next.summary).toMatch(/9 buurten toegevoegd voor 2026/);
    const final = table();
    expect(final.rows.slice(0, before2026.length)).toEqual(before2026);
    expect(final.rows.slice(before2026.length).every((r) => r.jaar === 2026 && r.niveau === "buurt")).toBe(true);
    // a re-run with nothing new changes nothing the user typed and adds nothing
    const again = await prepare("buurt", 2026);
    expect(again.summary).toMatch(/geen nieuwe buurten voor 2026/);
    expect(table().rows).toEqual(final.rows);
  });

  test("a renamed column of ours stops the update before anything is written", async () => {
    await prepare("buurt", 2025);
    const t = wb.table(VITALITY_TABLE)!;
    t.sheet.rows[t.box.top - 1][t.box.left - 1 + 3] = "klasse";
    const before = wb.contents(VITALITY_SHEET);
    await expect(prepare("buurt", 2026)).rejects.toThrow(/mist de kolom 'leefbaarometer klasse'/);
    expect(wb.contents(VITALITY_SHEET)).toEqual(before);
  });
});

describe("a large stock", () => {
  test("3,000 buurten: every request stays under the payload budget, formulas reach every row", async () => {
    wb = new FakeWorkbook();
    installFakeExcel(wb);
    const codes = Array.from({ length: 3000 }, (_, i) => `BU0363${String(i).padStart(4, "0")}`);
    wb.addTable("Voorraad", "Voorraad", [["VHE-nummer", "Buurtcode", "Segment"], ...codes.flatMap((c, i) => [[`VHE${i}a`, c, "sociale huur"], [`VHE${i}b`, c, "koop"]])]);
    service = new WorkbookAnalysisService(new OfficeWorkbookAdapter());
    wb.resetCounters();
    const made = await prepare("buurt", 2025);
    expect(made.summary).toMatch(/3\.000 buurten voor 2025/);
    const next = await prepare("buurt", 2026);
    expect(next.summary).toMatch(/3\.000 buurten toegevoegd voor 2026/);
    expect(wb.largestRequest).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    const rows = table().rows;
    expect(rows).toHaveLength(6000);
    expect(rows.every((r) => String(r[header("flag")]).startsWith("=IF("))).toBe(true);
  });
});
