/**
 * "Rapport als waarden" (issue 8, point 6) on a file made in Excel: the report sheet's live MENG formulas (with the
 * results Excel cached) become values, the formulas are listed as text beside them, and the next report run does not
 * mistake the freeze for the user's edit.
 */
import { Workbook } from "exceljs";
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { AREA_REPORT_SHEET } from "../../src/core/report/areaReport";
import { FORMULA_LISTING_TITLE } from "../../src/core/report/valuesOnly";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { encodeFingerprint, fingerprintKey } from "../../src/workbook/reportFingerprint";

async function excelMadeWorkbook(): Promise<FileWorkbookAdapter> {
  const book = new Workbook();
  const ws = book.addWorksheet(AREA_REPORT_SHEET);
  ws.getCell("A1").value = "Mengwijzer – wijkrapport";
  ws.getCell("A2").value = "Dissimilariteit D";
  ws.getCell("B2").value = { formula: 'MENG.DISSIMILARITEIT(Voorraad[Buurtcode],Voorraad[Segment],"sociale huur")', result: 0.4125 };
  ws.getCell("A3").value = "Theil H";
  ws.getCell("B3").value = { formula: "MENG.THEIL(Voorraad[Buurtcode],Voorraad[Segment])", result: 0.21 };
  const adapter = new FileWorkbookAdapter(book);
  // As if Mengwijzer wrote it: the stored fingerprint matches the sheet.
  await adapter.writeSetting(fingerprintKey(AREA_REPORT_SHEET), encodeFingerprint([
    ["Mengwijzer – wijkrapport"],
    ["Dissimilariteit D", '=MENG.DISSIMILARITEIT(Voorraad[Buurtcode],Voorraad[Segment],"sociale huur")'],
    ["Theil H", "=MENG.THEIL(Voorraad[Buurtcode],Voorraad[Segment])"],
  ], []));
  return adapter;
}

test("freezes the report sheets to values with the formulas as text beside them", async () => {
  const adapter = await excelMadeWorkbook();
  expect((await adapter.reportSheetState(AREA_REPORT_SHEET)).editedByUser).toBe(false);
  const service = new WorkbookAnalysisService(adapter);
  const result = await service.reportsAsValues();
  expect(result.summary).toMatch(/Als waarden vastgezet: Mengwijzer_Wijkrapport/);
  const ws = adapter.workbook.getWorksheet(AREA_REPORT_SHEET)!;
  expect(ws.getCell("B2").value).toBe(0.4125);
  expect(ws.getCell("B3").value).toBe(0.21);
  ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
  expect(ws.getCell("D1").value).toBe(FORMULA_LISTING_TITLE);
  expect([ws.getCell("D4").value, ws.getCell("E4").value]).toEqual(["B2", 'MENG.DISSIMILARITEIT(Voorraad[Buurtcode],Voorraad[Segment],"sociale huur")']);
  expect(ws.getCell("E4").numFmt).toBe("@");
  // Not mistaken for the user's edit: making the report again will not ask first.
  expect((await adapter.reportSheetState(AREA_REPORT_SHEET)).editedByUser).toBe(false);
});

test("says so when there is no report yet", async () => {
  const service = new WorkbookAnalysisService(new FileWorkbookAdapter());
  expect((await service.reportsAsValues()).summary).toMatch(/nog geen rapport/);
});
