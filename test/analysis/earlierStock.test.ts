/** The area report with an earlier stock chosen in the pane ("Vergelijk met", issue 14), through the service. */
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { AREA_REPORT_SHEET } from "../../src/core/report/areaReport";
import { formulaText } from "../../src/core/report/formulaText";
import { FakeAnalysisWorkbook } from "./fakeAnalysisWorkbook";
import { stockGrid } from "./stockFixture";

function workbook(): FakeAnalysisWorkbook {
  const wb = new FakeAnalysisWorkbook();
  wb.addSheet("Voorraad", stockGrid({ rows: 300, seed: 7 }), "Voorraad");
  wb.addSheet("Voorraad2020", stockGrid({ rows: 250, seed: 3 }), "Voorraad2020");
  return wb;
}

describe("area report compared with an earlier stock", () => {
  test("finds both stocks; the report gets a live MENG.VERANDERING over the earlier stock's counts and the buurt count block, and only the report is written", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb);
    const proposals = await service.findSources();
    const now = proposals.find((p) => p.source.sheetName === "Voorraad")!;
    const before = proposals.find((p) => p.source.sheetName === "Voorraad2020")!;
    expect([now.kind, before.kind]).toEqual(["stock", "stock"]);
    const result = await service.buildAreaReport(now.source, { targetSocialShare: 0.3, year: 2025, earlier: before.source });
    expect(wb.writes).toEqual([AREA_REPORT_SHEET]);
    const sheet = wb.reports.get(AREA_REPORT_SHEET)!;
    const texts = sheet.rows.flatMap((r) => r.filter((c) => c?.formula).map((c) => formulaText(c.formula!, "nl")));
    expect(texts.some((t) => /^=MENG\.VERANDERING\(\$[A-Z]+\$8:\$[A-Z]+\$\d+,\$[A-Z]+\$8:\$[A-Z]+\$\d+,INDEX\([A-Z]+8#,0,1\)/.test(t))).toBe(true);
    expect(sheet.rows.some((r) => r.some((c) => c?.value === "Telling eerdere peiling per buurt en segment"))).toBe(true);
    expect(sheet.rows.some((r) => r.some((c) => c?.value === "Verandering sinds tabel Voorraad2020 (blad Voorraad2020)"))).toBe(true);
    expect(result.warnings.filter((w) => /Verandering/.test(w))).toEqual([]);
  });

  test("without an earlier stock the section says how to choose one", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb);
    const now = (await service.findSources()).find((p) => p.source.sheetName === "Voorraad")!;
    await service.buildAreaReport(now.source, { targetSocialShare: 0.3, year: 2025 });
    const sheet = wb.reports.get(AREA_REPORT_SHEET)!;
    expect(sheet.rows.some((r) => r.some((c) => typeof c?.value === "string" && c.value.includes("'Vergelijk met'")))).toBe(true);
  });
});
