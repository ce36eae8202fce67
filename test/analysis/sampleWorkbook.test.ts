/**
 * The service over the real file adapter and the seeded sample workbook (assets/voorbeeld-woningvoorraad.xlsx), as the
 * browser preview runs it: find the data, build the area report, make the partner copy.
 */
import * as fs from "fs";
import * as path from "path";
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { AREA_REPORT_SHEET } from "../../src/core/report/areaReport";
import ExcelJS from "exceljs";

const SAMPLE = path.join(__dirname, "../../assets/voorbeeld-woningvoorraad.xlsx");
// A whole report through ExcelJS takes ~2 s alone and far longer on a shared, loaded machine.
jest.setTimeout(60_000);

async function open(onPartnerWorkbook?: (bytes: ArrayBuffer, fileName: string) => void) {
  const buf = fs.readFileSync(SAMPLE);
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  return FileWorkbookAdapter.fromBuffer(ab, { onPartnerWorkbook });
}

// Whole-workbook runs through ExcelJS: seconds on a loaded machine. Speed is measured in bench/, not here.
jest.setTimeout(60_000);

describe("the sample workbook through the file adapter", () => {
  test("finds the stock, builds the area report and a partner copy", async () => {
    const files: { bytes: ArrayBuffer; fileName: string }[] = [];
    const adapter = await open((bytes, fileName) => files.push({ bytes, fileName }));
    const service = new WorkbookAnalysisService(adapter);
    const proposals = await service.findSources();
    const stock = proposals.find((p) => p.kind === "stock" && p.mapping.roles.buurtCode);
    expect(stock).toBeDefined();
    const result = await service.buildAreaReport(stock!.source, { targetSocialShare: 0.3, year: 2025 });
    expect(result.sheetName).toBe(AREA_REPORT_SHEET);
    expect(result.summary).toMatch(/^Wijkrapport gemaakt: \d+ buurten/);
    expect((await adapter.reportSheetState(AREA_REPORT_SHEET)).editedByUser).toBe(false);
    const copy = await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3, stock: stock!.source });
    expect(copy.fileName).toMatch(/\.xlsx$/);
    expect(files.length).toBe(1);
    expect(files[0].bytes.byteLength).toBeGreaterThan(1000);
  });
});

describe("both display languages through the file adapter", () => {
  test.each([
    ["nl-NL", /MENG\.PERGEBIED\(/, /MENG\.BY\.AREA|MIX\./],
    ["en-US", /MENG\.BY\.AREA\(/, /MENG\.PERGEBIED|MIX\./],
  ])("%s: the formulas listed beside the values use that language's function names", async (language, expected, forbidden) => {
    const buf = fs.readFileSync(SAMPLE);
    const adapter = await FileWorkbookAdapter.fromBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, { displayLanguage: language });
    const service = new WorkbookAnalysisService(adapter);
    const stock = (await service.findSources()).find((p) => p.kind === "stock" && p.mapping.roles.buurtCode)!;
    await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await adapter.toBuffer());
    const formulas: string[] = [];
    book.getWorksheet(AREA_REPORT_SHEET)!.eachRow((row) => row.eachCell((cell) => {
      expect((cell.value as { formula?: string } | null)?.formula).toBeUndefined(); // values only in a file
      if (typeof cell.value === "string" && cell.value.includes("MENG.")) formulas.push(cell.value);
    }));
    expect(formulas.some((f) => expected.test(f))).toBe(true);
    expect(formulas.some((f) => forbidden.test(f))).toBe(false);
  });
});
