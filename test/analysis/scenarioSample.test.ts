/**
 * Issue 15 end to end on the bundled sample workbook through the file adapter, as the browser preview runs it: make
 * the scenario table, fill it as a user would, check it (row messages with sheet rows), build the scenario report with
 * the defaults taken from the workbook's own allocations, and read the sheet back. The example of docs/analyses.md is
 * this scenario; the numbers printed there are the ones asserted here.
 */
import * as fs from "fs";
import * as path from "path";
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { ScenarioProblemsError } from "../../src/analysis/AnalysisService";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { SCENARIO_REPORT_SHEET, SCENARIO_TABLE } from "../../src/core/report/scenarioReport";

const SAMPLE = path.join(__dirname, "../../assets/voorbeeld-woningvoorraad.xlsx");
// Whole-workbook runs through ExcelJS: seconds on a loaded machine. Speed is measured in bench/, not here.
jest.setTimeout(90_000);

/** The example plan of docs/analyses.md. */
export const EXAMPLE_PLAN = [
  ["BU99990201", "verkoop", "sociale huur", "koop", 20, null, 2026, "uitponden aan zittende huurders"],
  ["BU99990201", "sloop", "sociale huur", null, 40, null, 2027, "portiekflats"],
  ["BU99990201", "nieuwbouw", null, "middenhuur", 40, null, 2028, "terugbouw"],
  ["BU99990202", "liberalisatie", null, "middenhuur", 15, null, 2027, "bij mutatie"],
  ["BU99990302", "nieuwbouw", null, "sociale huur", 30, null, 2028, "sociale huur in een koopbuurt"],
];

const files: { bytes: ArrayBuffer; fileName: string }[] = [];

async function open() {
  const buf = fs.readFileSync(SAMPLE);
  const adapter = await FileWorkbookAdapter.fromBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, {
    onPartnerWorkbook: (bytes, fileName) => files.push({ bytes, fileName }),
  });
  const service = new WorkbookAnalysisService(adapter);
  const proposals = await service.findSources();
  const stock = proposals.find((p) => p.kind === "stock")!.source;
  const allocations = proposals.find((p) => p.kind === "allocations")!.source;
  return { adapter, service, stock, allocations };
}

describe("a scenario on the sample workbook", () => {
  test("table made from the pane, filled by hand, checked by row, report with both effects", async () => {
    const { adapter, service, stock, allocations } = await open();
    const settings = { targetSocialShare: 0.3, year: 2025, allocations };

    expect((await service.checkScenario(stock, settings)).exists).toBe(false);
    expect((await service.createScenarioSheet()).created).toBe(true);
    expect((await service.createScenarioSheet()).created).toBe(false); // never replaced

    // a user's first attempt: a typo in a code and too many sold
    await adapter.appendRows(SCENARIO_TABLE, [
      ["BU99990210", "verkoop", "sociale huur", null, 5, null, 2026, null],
      ["BU99990201", "verkoop", "sociale huur", null, 500, null, 2026, null],
    ]);
    const first = await service.checkScenario(stock, settings);
    expect(first.valid).toBe(false);
    expect(first.problems.map((p) => `rij ${p.row}: ${p.message}`)).toEqual([
      "rij 3: Het gebied 'BU99990210' komt niet voor in de voorraad. Controleer de code (bijvoorbeeld BU03630001).",
      "rij 4: Er kunnen in 2026 geen 500 sociale huurwoningen in 'BU99990201' verkocht worden: er zijn er dan nog 213 (na de rijen van eerdere jaren en eerder in dit jaar). Verlaag het aantal of controleer de rijen ervoor.",
    ]);
    await expect(service.buildScenarioReport(stock, settings)).rejects.toBeInstanceOf(ScenarioProblemsError);

    // fixed: the example plan of docs/analyses.md (rows 3–7; the table's first, empty row is row 2)
    await adapter.writeCells(SCENARIO_TABLE, EXAMPLE_PLAN.slice(0, 2).flatMap((row, r) =>
      ["gebied", "ingreep", "van", "naar", "aantal", "aantal na", "jaar", "toelichting"].map((column, c) => ({ row: r + 1, column, value: row[c] as string | number | null }))));
    await adapter.appendRows(SCENARIO_TABLE, EXAMPLE_PLAN.slice(2));
    const checked = await service.checkScenario(stock, settings);
    expect(checked.problems).toEqual([]);
    expect(checked.summary).toBe("Scenario gecontroleerd: 5 rijen, geen fouten.");

    const result = await service.buildScenarioReport(stock, settings);
    expect(result.sheetName).toBe(SCENARIO_REPORT_SHEET);
    expect(result.summary).toBe("Scenariorapport gemaakt: 5 ingrepen, 3 gebieden");
    expect(result.charts.map((c) => c.title)).toEqual(["Aandeel sociale huur vóór en na het plan", "Vrijkomende sociale huurwoningen per jaar, vóór en na"]);
    const sheet = (await adapter.readSheetBlock(SCENARIO_REPORT_SHEET))!.values;
    // the settings came from the workbook's allocations
    expect(String(sheet[4][2])).toMatch(/^uit tabel Toewijzingen \(blad Toewijzingen\): toewijzingen per jaar gemiddeld \d+/);
    expect(String(sheet[5][2])).toMatch(/^uit tabel Toewijzingen \(blad Toewijzingen\): \d+ van \d+ toewijzingen binnen de inkomensgrens$/);
    // every paragraph states the mix effect and the housing effect
    expect(result.paragraphs).toHaveLength(4);
    for (const p of result.paragraphs) {
      expect(p).toMatch(/aandeel sociale huur/);
      expect(p).toMatch(/sociale huurwoningen (minder|meer) vrij|blijft ongeveer|komen per jaar ongeveer/);
    }
    // the example of docs/analyses.md: the user enters the national 7% (the sample's synthetic allocations give 22.7%)
    const own = await service.buildScenarioReport(stock, { ...settings, socialTurnover: 0.07 }, );
    const ownSheet = (await adapter.readSheetBlock(SCENARIO_REPORT_SHEET))!.values;
    // the numbers docs/analyses.md quotes
    const line = (label: string) => ownSheet.find((r) => r[0] === label)!.slice(1, 6) as number[];
    expect(line("D sociale huur t.o.v. de rest (over gebieden)").map((x) => Math.round(x * 10000) / 10000)).toEqual([0.4675, 0.4488, 0.4215, 0.3723, -0.0952]);
    expect(line("sociale huurwoningen")).toEqual([882, 862, 807, 837, -45]);
    expect(line("Theil H (over gebieden)").map((x) => Math.round(x * 10000) / 10000)).toEqual([0.1692, 0.1565, 0.1424, 0.1228, -0.0464]);
    expect(line("mutuele informatie M (nats)").map((x) => Math.round(x * 10000) / 10000)).toEqual([0.2049, 0.1897, 0.175, 0.1521, -0.0527]);
    expect(line("woningen")).toEqual([2006, 2006, 1966, 2036, 30]);
    // 882 × 7% = 61.74 lettings a year before, 837 × 7% = 58.59 after; (61.74 − 58.59) × 359/400 = 2.83 households
    expect(line("vrijkomende sociale huurwoningen per jaar").map((x) => Math.round(x * 100) / 100)).toEqual([61.74, 60.34, 56.49, 58.59, -3.15]);
    expect(line("lage inkomens per jaar minder gehuisvest (t.o.v. vóór)")[3]).toBeCloseTo((61.74 - 58.59) * (359 / 400), 10);
    expect(own.paragraphs[1]).toContain("Het aandeel sociale huur daalt van 82% naar 59%");
    // the partner-safe variant: a separate workbook, checked before it is written
    const partner = await service.makeScenarioPartnerCopy(stock, { ...settings, socialTurnover: 0.07, threshold: 5 });
    expect(partner.fileName).toBe("Mengwijzer scenario partnerkopie.xlsx");
    expect(files.map((f) => f.fileName)).toEqual(["Mengwijzer scenario partnerkopie.xlsx"]);
    if (process.env.SCENARIO_PRINT) console.log([sheet[4].join(" | "), sheet[5].join(" | "), ...own.paragraphs, ...ownSheet.slice(30, 80).map((r) => r.slice(0, 13).join(" | "))].join("\n"));
  });
});
