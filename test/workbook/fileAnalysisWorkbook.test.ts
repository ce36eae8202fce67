/** FileWorkbookAdapter as AnalysisWorkbook (ExcelJS): the same semantics as the Office adapter, on an .xlsx file. */
import { Workbook } from "exceljs";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { SETTINGS_SHEET } from "../../src/workbook/settingsSheet";
import { bigReport, REPORT, smallReport, stockRows } from "./reportFixtures";

// Reads of 25,000 rows and large reports through ExcelJS: seconds alone, far longer on a loaded shared machine.
jest.setTimeout(60_000);

async function reopen(adapter: FileWorkbookAdapter, options = {}): Promise<FileWorkbookAdapter> {
  return FileWorkbookAdapter.fromBuffer(await adapter.toBuffer(), options);
}

function withStock(rows = 3): FileWorkbookAdapter {
  const a = new FileWorkbookAdapter();
  const ws = a.workbook.addWorksheet("Voorraad");
  ws.addTable({ name: "Voorraad", ref: "A1", columns: stockRows(0)[0].map((name) => ({ name: String(name) })), rows: stockRows(rows).slice(1) });
  return a;
}

describe("FileWorkbookAdapter as AnalysisWorkbook", () => {
  it("lists tables and used ranges outside them, never Mengwijzer's sheets", async () => {
    const a = withStock();
    a.workbook.getWorksheet("Voorraad")!.getCell("B8").value = "notitie";
    a.workbook.addWorksheet("Export").getCell("C2").value = "VHE";
    a.workbook.getWorksheet("Export")!.getCell("D3").value = 1;
    a.workbook.addWorksheet("Mengwijzer_Checklist").getCell("A1").value = "Gebied";
    expect(await a.listSources()).toEqual([
      { kind: "table", sheetName: "Voorraad", tableName: "Voorraad", address: "A1:L4", rowCount: 4, columnCount: 12 },
      // The data's own extent (the one note), not the used range's full width below the table.
      { kind: "range", sheetName: "Voorraad", address: "B8:B8", rowCount: 1, columnCount: 1 },
      { kind: "range", sheetName: "Export", address: "C2:D3", rowCount: 2, columnCount: 2 },
    ]);
  });

  it("reads a source in chunks with progress; cancel stops between chunks", async () => {
    const a = withStock(25_000);
    const [source] = await a.listSources();
    const progress: number[] = [];
    const rows = await a.readSource(source, { chunkRows: 10_000, onProgress: (p) => progress.push(p.rowsRead) });
    expect(rows).toHaveLength(25_001);
    expect(rows[4]).toEqual(stockRows(4)[4].map((v) => (v === "" ? null : v)));
    expect(progress).toEqual([10_000, 20_000, 25_001]);
    const controller = new AbortController();
    const read = a.readSource(source, { chunkRows: 10_000, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
  });

  it("writes values only, the live formulas as text beside them, in Dutch names by default and English when configured", async () => {
    const nl = withStock();
    expect(await nl.displayLanguage()).toBe("nl-NL");
    const notices = await nl.writeReportSheet(smallReport());
    const ws = nl.workbook.getWorksheet(REPORT)!;
    expect(ws.getCell("C4").value).toBe(0.5);
    expect(ws.getCell("C4").numFmt).toBe("0.0%");
    expect(ws.getCell("C5").value).toBe(0.25);
    expect(ws.getCell("A3").font).toMatchObject({ bold: true, name: "Calibri" });
    expect(ws.getCell("D4").value).toEqual({ text: "Voorraad!A2", hyperlink: "#'Voorraad'!A2" });
    expect(ws.getColumn(1).width).toBe(20);
    // No warning about the charts ExcelJS cannot write: the preview draws them in the pane (issue 13).
    expect(notices).toEqual([]);
    // The listing: one empty column (E) after the widest row (A:D), then address | formula without "=".
    expect(ws.getCell("F1").value).toMatch(/Formules van het live rapport/);
    expect([ws.getCell("F4").value, ws.getCell("G4").value]).toEqual(["C4", 'MENG.AANDEEL(FILTER(Voorraad[Segment],Voorraad[Buurt]="Noord"),"sociale huur")']);
    expect([ws.getCell("F5").value, ws.getCell("G5").value]).toEqual(["C5", 'MENG.AANDEEL(FILTER(Voorraad[Segment],Voorraad[Buurt]="1-2"),"sociale huur")']);
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));

    const en = withStock();
    const enAdapter = await reopen(en, { displayLanguage: "en-US" });
    await enAdapter.writeReportSheet(smallReport());
    expect(enAdapter.workbook.getWorksheet(REPORT)!.getCell("G4").value).toMatch(/^MENG\.SHARE\(/);
  });

  it("replaces only its own sheet, in place; a failure leaves the old report and the user's sheets as they were", async () => {
    const a = withStock();
    await a.writeReportSheet(smallReport());
    a.workbook.addWorksheet("Notities").getCell("A1").value = "van de gebruiker";
    const second = smallReport();
    second.rows[0] = [{ value: "Wijkrapport (nieuw)" }];
    await a.writeReportSheet(second);
    expect(a.workbook.worksheets.map((s) => s.name)).toEqual(["Voorraad", REPORT, SETTINGS_SHEET, "Notities"]);
    expect(a.workbook.getWorksheet(REPORT)!.getCell("A1").value).toBe("Wijkrapport (nieuw)");

    const broken = smallReport();
    broken.rows[3][2] = { value: 1, formula: [{ call: "NIET_BESTAAND" as never, args: [] }] };
    await expect(a.writeReportSheet(broken)).rejects.toThrow(/kon niet worden geschreven; de werkmap is niet veranderd/);
    expect(a.workbook.worksheets.map((s) => s.name)).toEqual(["Voorraad", REPORT, SETTINGS_SHEET, "Notities"]);
    expect(a.workbook.getWorksheet(REPORT)!.getCell("A1").value).toBe("Wijkrapport (nieuw)");
    expect(a.workbook.getWorksheet("Notities")!.getCell("A1").value).toBe("van de gebruiker");
  });

  it("detects edits, also after the file was saved and opened again; settings live on a very hidden sheet", async () => {
    const a = withStock();
    expect(await a.reportSheetState(REPORT)).toEqual({ exists: false, editedByUser: false });
    await a.writeReportSheet(smallReport());
    await a.writeSetting("mapping", "y".repeat(65_000));
    const b = await reopen(a);
    expect(await b.reportSheetState(REPORT)).toEqual({ exists: true, editedByUser: false });
    expect(await b.readSetting("mapping")).toBe("y".repeat(65_000));
    expect(b.workbook.getWorksheet(SETTINGS_SHEET)!.state).toBe("veryHidden");
    b.workbook.getWorksheet(REPORT)!.getCell("B4").value = 121;
    expect(await b.reportSheetState(REPORT)).toEqual({ exists: true, editedByUser: true });
    b.workbook.addWorksheet("Mengwijzer_Eigen").getCell("A1").value = 1;
    expect((await b.reportSheetState("Mengwijzer_Eigen")).editedByUser).toBe(true);
    await b.writeSetting("mapping", "kort");
    expect(await b.readSetting("mapping")).toBe("kort");
  });

  it("writes a large report", async () => {
    const a = withStock();
    await a.writeReportSheet(bigReport(20_000));
    expect(a.workbook.getWorksheet("Mengwijzer_Toewijzingen")!.getCell("A20001").value).toBe("VHE 119999");
    expect((await a.reportSheetState("Mengwijzer_Toewijzingen")).editedByUser).toBe(false);
  });

  it("hands the partner copy (values only, these sheets only) to the callback, or says it cannot", async () => {
    const got: { bytes: ArrayBuffer; fileName: string }[] = [];
    const a = new FileWorkbookAdapter(undefined, { onPartnerWorkbook: (bytes, fileName) => got.push({ bytes, fileName }) });
    await a.createPartnerWorkbook([smallReport()], "partnerkopie.xlsx");
    expect(got).toHaveLength(1);
    expect(got[0].fileName).toBe("partnerkopie.xlsx");
    const copy = new Workbook();
    await copy.xlsx.load(got[0].bytes);
    expect(copy.worksheets.map((s) => s.name)).toEqual([REPORT]);
    expect(copy.getWorksheet(REPORT)!.getCell("C4").value).toBe(0.5);
    expect(copy.getWorksheet(REPORT)!.getCell("D4").value).toBe("Voorraad!A2"); // no link to a sheet the copy lacks
    await expect(new FileWorkbookAdapter().createPartnerWorkbook([smallReport()], "x.xlsx")).rejects.toThrow(/partnerkopie/);
  });
});
