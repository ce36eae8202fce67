/**
 * Issue 16 in the browser preview (FileWorkbookAdapter, ExcelJS): the same flow on an .xlsx. The computed columns
 * hold the core's values (no MENG formula in a file written here), validation is in the file, and an update after the
 * user edited the saved file (typed inputs, an own column, a deleted row) loses nothing. Then the area report's
 * vitality section: latest year, change since the previous one, signalling areas first.
 */
import { Workbook, type Worksheet } from "exceljs";
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { AREA_REPORT_SHEET } from "../../src/core/report/areaReport";
import { STATUS_REMOVED, VITALITY_SHEET, VITALITY_TABLE, vitalityColumns } from "../../src/core/vitality/vitalitySheet";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { stockGrid } from "./stockFixture";

const header = (key: string) => vitalityColumns().find((c) => c.key === key)!.header;

function withStock(rename: Record<string, string> = {}, onPartnerWorkbook?: (bytes: ArrayBuffer) => void): FileWorkbookAdapter {
  const adapter = new FileWorkbookAdapter(new Workbook(), { onPartnerWorkbook });
  const ws = adapter.workbook.addWorksheet("Voorraad");
  for (const row of stockGrid({ rows: 200 })) ws.addRow(row.map((v) => (typeof v === "string" && rename[v] ? rename[v] : v)));
  return adapter;
}

async function reopen(adapter: FileWorkbookAdapter, edit?: (ws: Worksheet) => void): Promise<FileWorkbookAdapter> {
  const bytes = await adapter.toBuffer();
  if (!edit) return FileWorkbookAdapter.fromBuffer(bytes);
  const wb = new Workbook();
  await wb.xlsx.load(bytes);
  edit(wb.getWorksheet(VITALITY_SHEET)!);
  return FileWorkbookAdapter.fromBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function prepare(adapter: FileWorkbookAdapter, year: number) {
  const service = new WorkbookAnalysisService(adapter);
  const [stock] = (await service.findSources()).filter((p) => p.kind === "stock");
  return { service, stock: stock.source, result: await service.prepareVitalitySheet(stock.source, { level: "buurt", year, normYear: 2025 }) };
}

async function rows(adapter: FileWorkbookAdapter): Promise<Record<string, unknown>[]> {
  const t = (await adapter.readTable(VITALITY_TABLE))!;
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, j) => [h, r[j]])));
}

/** Fills a row's inputs (sheet row r of the table) as a user would in Excel. */
function fill(ws: Worksheet, r: number, values: Record<string, unknown>): void {
  const headers = (ws.getRow(11).values as unknown[]).map(String);
  for (const [h, v] of Object.entries(values)) ws.getCell(r, headers.indexOf(h)).value = v as never;
}

describe("the vitality sheet in the preview", () => {
  test("made from the stock: values, not MENG formulas; validation in the file", async () => {
    const adapter = withStock();
    const { result } = await prepare(adapter, 2025);
    expect(result.summary).toMatch(/9 buurten voor 2025/);
    const file = await reopen(adapter);
    const ws = file.workbook.getWorksheet(VITALITY_SHEET)!;
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((cell) => void (cell.formula ? formulas++ : 0)));
    expect(formulas).toBe(0);
    expect(ws.getCell("D12").dataValidation).toMatchObject({ type: "whole", formulae: [1, 9] });
    expect(ws.getCell("E12").dataValidation).toMatchObject({ type: "list", formulae: ['"ja,nee"'] });
    expect((await rows(file)).map((r) => r.gebied)).toHaveLength(9);
  });

  test("an update after the user edited the file keeps everything; the report lists the signalling areas first", async () => {
    const first = withStock();
    await prepare(first, 2024);
    // the user fills in 2024 in Excel, adds an own column and deletes the row of BU03630203
    let adapter = await reopen(first, (ws) => {
      for (let r = 12; r <= 20; r++) fill(ws, r, { "leefbaarometer klasse": 5, wijkraad: "ja", wijkregisseur: "nee", overlastmaat: 4, "grens laag": 3, "grens hoog": 8 });
      fill(ws, 12, { "leefbaarometer klasse": 2, wijkraad: "nee", wijkregisseur: "nee", overlastmaat: 9 }); // BU03630101: 3·3·3
      ws.getCell("S11").value = "opmerking";
      ws.getCell("S12").value = "buurtbeheer kijkt mee";
      const table = ws.getTable(VITALITY_TABLE) as unknown as { model: { tableRef?: string } };
      ws.spliceRows(17, 1);
      table.model.tableRef = "A11:S19";
      // and sorts the table descending by gebied (rows 12–19 reversed, every column moves with its row)
      const body = Array.from({ length: 8 }, (_, i) => Array.from({ length: 19 }, (_, c) => ws.getCell(12 + i, c + 1).value));
      body.reverse().forEach((row, i) => row.forEach((v, c) => (ws.getCell(12 + i, c + 1).value = v)));
    });
    const { result } = await prepare(adapter, 2025);
    expect(result.summary).toMatch(/^Invoerblad bijgewerkt: 9 buurten toegevoegd voor 2025\./);
    let all = await rows(adapter);
    // the user's order stays; the new year's rows come below
    expect(all.slice(0, 8).map((r) => r.gebied)).toEqual(["BU03630309", "BU03630302", "BU03630301", "BU03630202", "BU03630201", "BU03630103", "BU03630102", "BU03630101"]);
    expect(all.slice(8).every((r) => r.jaar === 2025)).toBe(true);
    expect(all.find((r) => r.gebied === "BU03630101" && r.jaar === 2024)).toMatchObject({
      "leefbaarometer klasse": 2, wijkraad: "nee", overlastmaat: 9, opmerking: "buurtbeheer kijkt mee",
      [header("score")]: 27, [header("flag")]: "nader bekijken",
    });
    // the deleted 2024 row is not brought back for 2024 (only the year asked for is appended), and 2025 has all 9
    expect(all.filter((r) => r.jaar === 2025)).toHaveLength(9);
    expect(all.some((r) => r.gebied === "BU03630203" && r.jaar === 2024)).toBe(false);

    // 2025 filled in: BU03630101 improves to 3·3·1 = 9 (still signals), BU03630102 worsens to 3·2·2 = 12
    adapter = await reopen(adapter, (ws) => {
      const at = (area: string, year: number) => {
        for (let r = 12; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === area && ws.getCell(r, 3).value === year) return r;
        throw new Error(area);
      };
      for (const area of ["BU03630101", "BU03630102", "BU03630103", "BU03630201", "BU03630202", "BU03630203", "BU03630301", "BU03630302", "BU03630309"]) {
        fill(ws, at(area, 2025), { "leefbaarometer klasse": 8, wijkraad: "ja", wijkregisseur: "ja", overlastmaat: 1, "grens laag": 3, "grens hoog": 8 });
      }
      fill(ws, at("BU03630101", 2025), { "leefbaarometer klasse": 3, wijkraad: "nee", wijkregisseur: "nee", overlastmaat: 1 });
      fill(ws, at("BU03630102", 2025), { "eigen punten leefbaarheid": 3, "leefbaarometer klasse": 5, wijkregisseur: "nee", overlastmaat: 5 });
    });
    // the stock loses BU03630302
    const stockless = withStock({ BU03630302: "BU03630101" });
    const ws = adapter.workbook.getWorksheet("Voorraad")!;
    adapter.workbook.removeWorksheet(ws.id);
    const fresh = adapter.workbook.addWorksheet("Voorraad");
    stockless.workbook.getWorksheet("Voorraad")!.eachRow((row) => fresh.addRow((row.values as unknown[]).slice(1)));
    const second = await prepare(adapter, 2025);
    expect(second.result.summary).toMatch(/geen nieuwe buurten voor 2025; 1 gebied gemarkeerd/);
    all = await rows(adapter);
    expect(all.filter((r) => r.status === STATUS_REMOVED).map((r) => [r.gebied, r.jaar])).toEqual([["BU03630302", 2024], ["BU03630302", 2025]]);

    const report = await second.service.buildAreaReport(second.stock, { targetSocialShare: 0.3, year: 2025 });
    expect(report.warnings.filter((w) => w.startsWith("Vitaliteit"))).toEqual([]);
    const sheet = await adapter.readSheetBlock(AREA_REPORT_SHEET);
    const values = sheet!.values;
    const head = values.findIndex((r) => r[0] === "gebied" && r[1] === "niveau");
    expect(head).toBeGreaterThan(0);
    expect(values[head].slice(0, 12)).toEqual([
      "gebied", "niveau", "jaar", "punten leefbaarheid", "punten organisatiekracht", "punten veerkracht", "vitaliteitsscore", "oordeel",
      "vorig jaar", "score vorig jaar", "verandering", "status",
    ]);
    expect(values[head - 1][0]).toMatch(/Nader bekijken: 2 gebieden met een score van 9 of meer/);
    // signalling first, highest score first, each with its three factors and the change since 2024
    expect(values[head + 1].slice(0, 11)).toEqual(["BU03630102", "buurt", 2025, 3, 2, 2, 12, "nader bekijken", 2024, 8, 4]);
    expect(values[head + 2].slice(0, 11)).toEqual(["BU03630101", "buurt", 2025, 3, 3, 1, 9, "nader bekijken", 2024, 27, -18]);
    expect(values[head + 3].slice(0, 8)).toEqual(["BU03630103", "buurt", 2025, 1, 1, 1, 1, "geen signaal"]);
    // BU03630203: no 2024 row (deleted), so no previous year
    expect(values.find((r) => r[0] === "BU03630203")!.slice(8, 11)).toEqual(["geen", null, null]);
    expect(values.find((r) => r[0] === "BU03630302")![11]).toBe(STATUS_REMOVED);
  });

  test("the partner copy carries the per-area scores, not the inputs behind them", async () => {
    let bytes: ArrayBuffer | null = null;
    const adapter = withStock({}, (b) => (bytes = b));
    const { service } = await prepare(adapter, 2025);
    const table = (await adapter.readTable(VITALITY_TABLE))!;
    const ws = adapter.workbook.getWorksheet(VITALITY_SHEET)!;
    // BU03630101: 3·3·3 = 27 with a nuisance measure of 17.25 (a value that must stay home)
    fill(ws, table.firstSheetRow, { "leefbaarometer klasse": 1, wijkraad: "nee", wijkregisseur: "nee", overlastmaat: 17.25, "grens laag": 3, "grens hoog": 8 });
    fill(ws, table.firstSheetRow + 1, { "eigen punten leefbaarheid": 1, "eigen punten organisatiekracht": 2, "eigen punten veerkracht": 1 });
    await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3 });
    const copy = new Workbook();
    await copy.xlsx.load(bytes!);
    const sheet = copy.getWorksheet("Vitaliteit")!;
    const grid: unknown[][] = [];
    sheet.eachRow((row, r) => (grid[r - 1] = (row.values as unknown[]).slice(1)));
    const head = grid.findIndex((r) => r?.[0] === "Gebied" && r?.[1] === "Niveau");
    expect(grid[head]).toEqual(["Gebied", "Niveau", "Jaar", "Punten leefbaarheid", "Punten organisatiekracht", "Punten veerkracht", "Vitaliteitsscore", "Oordeel", "Vorig jaar", "Verandering", "Status"]);
    expect(grid[head + 1].slice(0, 8)).toEqual(["BU03630101", "buurt", 2025, 3, 3, 3, 27, "nader bekijken"]);
    expect(grid[head + 2].slice(0, 8)).toEqual(["BU03630102", "buurt", 2025, 1, 2, 1, 2, "geen signaal"]);
    // nine areas, no formulas, and the nuisance measure is nowhere in the copy
    expect(grid.slice(head + 1).filter((r) => r && r.length > 0)).toHaveLength(9);
    copy.eachSheet((s) => s.eachRow((row) => row.eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      expect(cell.value).not.toBe(17.25);
    })));
    // The partner copy runs its interval audit (issue 11) over the area sheets: longer than Jest's default 5 s under load.
  }, 60_000);
});

describe("the latest year of an area", () => {
  test("next year's empty rows do not hide this year's signal", async () => {
    const adapter = withStock();
    await prepare(adapter, 2025);
    const ws = adapter.workbook.getWorksheet(VITALITY_SHEET)!;
    fill(ws, 12, { "leefbaarometer klasse": 2, wijkraad: "nee", wijkregisseur: "nee", overlastmaat: 10, "grens laag": 3, "grens hoog": 8 });
    const { service } = await prepare(adapter, 2026);
    const overview = (await service.vitalityOverview())!;
    const first = overview[0];
    expect([first.area, first.latest.record.year, first.latest.outcome.score, first.signals, first.previous]).toEqual(["BU03630101", 2025, 27, true, null]);
    expect(overview.filter((a) => a.latest.outcome.score === null).every((a) => a.latest.record.year === 2026)).toBe(true);
  });
});
