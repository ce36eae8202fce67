/**
 * The scenario report on a small stock whose figures are worked out by hand (test/scenario/scenarioHandWorked.test.ts):
 * the exact Dutch paragraphs, the tables, the charts, and the live block, whose formulas are evaluated the way Excel
 * would and must give the stored values.
 */
import { customFunctions } from "../../src/functions/registry";
import { detectColumns, locateTable } from "../../src/core/mapping";
import type { CellValue } from "../../src/core/mapping/cells";
import { tabulate } from "../../src/core/indices/contingency";
import { evaluateScenario } from "../../src/core/scenario/evaluateScenario";
import { segmentTableOf } from "../../src/core/scenario/segmentTable";
import { turnoverRates } from "../../src/core/scenario/turnover";
import { SCENARIO_HEADERS } from "../../src/core/scenario/scenarioRows";
import { SCENARIO_REPORT_SHEET, buildScenarioReport } from "../../src/core/report/scenarioReport";
import { formulaBody } from "../../src/core/report/formulaText";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { stockColumns } from "../../src/core/report/stockColumns";
import { resolveArgument, type EvalWorkbook } from "../analysis/formulaEvaluator";

// Stock: BU01 = 6 sociale huur + 2 koop, BU02 = 2 sociale huur + 6 koop (one row per dwelling).
const grid: CellValue[][] = [["Buurtcode", "Segment"]];
for (const [b, s, n] of [["BU01", "sociale huur", 6], ["BU01", "koop", 2], ["BU02", "sociale huur", 2], ["BU02", "koop", 6]] as const) {
  for (let k = 0; k < n; k++) grid.push([b, s]);
}
const scenario: CellValue[][] = [
  [...SCENARIO_HEADERS],
  ["BU01", "verkoop", "sociale huur", null, 2, null, 2026, null],
  ["BU02", "nieuwbouw", null, "sociale huur", 4, null, 2027, null],
];

function build() {
  const table = locateTable(grid, "A1");
  const mapping = detectColumns(table.headers, "stock", table.rows.map((r) => r.cells));
  const columns = stockColumns(table, mapping, { year: 2025, place: { sheetName: "Voorraad", tableName: "Voorraad" } });
  const stock = segmentTableOf(tabulate(columns.buurt, columns.segment, null));
  const evaluation = evaluateScenario(stock, scenario.slice(), {
    targetSocialShare: 0.3, turnover: turnoverRates([["sociale huur", 0.1]]), lowIncomeShare: 0.9, firstRow: 1,
  });
  const report = buildScenarioReport({ evaluation, columns, sourceLabel: "tabel Voorraad", sources: { turnover: "opgegeven", lowIncome: "opgegeven" } });
  return { report, evaluation };
}

const cellText = (sheet: ReportSheet) => sheet.rows.map((r) => r.map((c) => c?.value ?? null));

function find(sheet: ReportSheet, text: string): { row: number; column: number } {
  for (let r = 0; r < sheet.rows.length; r++) {
    const c = sheet.rows[r].findIndex((cell) => cell?.value === text);
    if (c >= 0) return { row: r, column: c };
  }
  throw new Error(`no cell '${text}'`);
}

describe("scenario report", () => {
  const { report } = build();
  const sheet = report.sheet;

  it("says both effects in plain Dutch, for the whole stock and each area with interventions", () => {
    expect(report.paragraphs).toEqual([
      // 8 of 16 → 10 of 20 social rent; lettings 8 × 0.1 = 0.8 → 10 × 0.1 = 1.0; 0.2 × 0.9 = 0.18 households
      "De hele voorraad: Het aandeel sociale huur blijft ongeveer 50%; de afstand tot het doel van 30% blijft 20 procentpunt, en de menging (entropie 1,00) verandert nauwelijks. Per jaar komen er ongeveer 0,2 sociale huurwoningen meer vrij (van 0,8 naar 1,0): ongeveer 0,2 huishoudens met een laag inkomen per jaar meer kunnen hier een woning krijgen.",
      // BU01: 6/8 → 4/8; gap 45 → 20 points; entropy 0.81 → 1.00; lettings 0.6 → 0.4, 0.18 fewer households
      "BU01: verkoop van 2 sociale huurwoningen in 2026. Het aandeel sociale huur daalt van 75% naar 50%; het gebied komt dichter bij het doel van 30% (afstand van 45 procentpunt naar 20 procentpunt), en de woningen worden meer gemengd (entropie van 0,81 naar 1,00). Per jaar komen er ongeveer 0,2 sociale huurwoningen minder vrij (van 0,6 naar 0,4): ongeveer 0,2 huishoudens met een laag inkomen per jaar minder kunnen hier een woning krijgen.",
      // BU02: 2/8 → 6/12; gap 5 → 20 points (further away); entropy 0.81 → 1.00; lettings 0.2 → 0.6, 0.36 more
      "BU02: nieuwbouw van 4 sociale huurwoningen in 2027. Het aandeel sociale huur stijgt van 25% naar 50%; het gebied komt verder van het doel van 30% (afstand van 5 procentpunt naar 20 procentpunt), en de woningen worden meer gemengd (entropie van 0,81 naar 1,00). Per jaar komen er ongeveer 0,4 sociale huurwoningen meer vrij (van 0,2 naar 0,6): ongeveer 0,4 huishoudens met een laag inkomen per jaar meer kunnen hier een woning krijgen.",
    ]);
    // the paragraphs stand on the sheet under their heading
    const at = find(sheet, "Wat het plan doet");
    expect(sheet.rows[at.row + 1][0].value).toBe(report.paragraphs[0]);
  });

  it("has the whole stock before, per year and the change", () => {
    const head = find(sheet, "Hele voorraad: vóór, per jaar van het plan en verschil").row + 1;
    expect(cellText(sheet)[head].slice(0, 5)).toEqual(["", "vóór", "na 2026", "na 2027", "verschil (eind − vóór)"]);
    const line = (label: string) => cellText(sheet)[find(sheet, label).row].slice(1, 5);
    expect(line("woningen")).toEqual([16, 16, 20, 4]);
    expect(line("sociale huurwoningen")).toEqual([8, 6, 10, 2]);
    const d = line("D sociale huur t.o.v. de rest (over gebieden)") as number[];
    expect(d[0]).toBeCloseTo(0.5, 12);
    expect(d[1]).toBeCloseTo(4 / 15, 12);
    expect(d[2]).toBeCloseTo(0, 12);
    const lettings = line("vrijkomende sociale huurwoningen per jaar") as number[];
    expect(lettings.map((x) => Math.round(x * 10) / 10)).toEqual([0.8, 0.6, 1, 0.2]);
  });

  it("has a per-area table before → after and the interventions", () => {
    const head = find(sheet, "woningen vóór");
    const bu01 = cellText(sheet)[head.row + 1];
    expect(bu01.slice(0, 5)).toEqual(["BU01", 8, 8, 0.75, 0.5]);
    expect(bu01[12]).toBe(1);
    const list = find(sheet, "rij in het scenario");
    expect(cellText(sheet)[list.row + 1].slice(0, 8)).toEqual([2, "BU01", "verkoop", "sociale huur", "koop", 2, 2, 2026]);
    expect(cellText(sheet)[list.row + 2].slice(0, 8)).toEqual([3, "BU02", "nieuwbouw", null, "sociale huur", 4, 4, 2027]);
  });

  it("puts two native clustered bar charts over the band under the paragraphs", () => {
    expect(sheet.name).toBe(SCENARIO_REPORT_SHEET);
    expect(sheet.charts.map((c) => [c.kind, c.title, c.dataBlock.rowCount, c.dataBlock.columnCount])).toEqual([
      ["bar", "Aandeel sociale huur vóór en na het plan", 3, 3],
      ["bar", "Vrijkomende sociale huurwoningen per jaar, vóór en na", 3, 3],
    ]);
    const band = find(sheet, "Grafieken (in Excel; het taakvenster toont ze ook)").row;
    expect(sheet.charts[0].anchor).toEqual({ row: band + 1, column: 0 });
    const { firstRow, firstColumn } = sheet.charts[0].dataBlock;
    expect(cellText(sheet)[firstRow + 1].slice(firstColumn, firstColumn + 3)).toEqual(["BU01", 0.75, 0.5]);
    expect(report.charts[1].series).toEqual([
      { name: "vóór", values: [0.6000000000000001, 0.2] },
      { name: "na", values: [0.4, 0.6000000000000001] },
    ]);
  });

  it("keeps a live block whose formulas give the stored values", () => {
    const book: EvalWorkbook = { sheets: { Voorraad: grid }, tables: [{ name: "Voorraad", sheetName: "Voorraad", headerRow: 1, firstColumn: 0, lastRow: grid.length }] };
    const formulas: { row: number; column: number; text: string }[] = [];
    sheet.rows.forEach((cells, r) => cells.forEach((cell, c) => cell?.formula && formulas.push({ row: r, column: c, text: formulaBody(cell.formula, "nl") })));
    expect(formulas.map((f) => f.text)).toEqual([
      'MENG.DISSIMILARITEIT(INDEX(X40#,0,1),INDEX(X40#,0,2),"sociale huur",,INDEX(X40#,0,3))',
      "MENG.THEIL(INDEX(X40#,0,1),INDEX(X40#,0,2),INDEX(X40#,0,3))",
      "MENG.MUTUELEINFORMATIE(INDEX(X40#,0,1),INDEX(X40#,0,2),INDEX(X40#,0,3))",
      "MENG.SCENARIO.VOORRAAD(Voorraad[Buurtcode],Voorraad[Segment],Mengwijzer_Scenario[#All])",
    ]);
    // the INDEX anchors name the cell of the SCENARIO.VOORRAAD formula (X40 = row 39, column 23)
    expect([formulas[3].row, formulas[3].column]).toEqual([39, 23]);
    // Excel: the spill from the scenario table, then D, H and M over its three columns
    const f = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown>;
    const spillAt = formulas[3];
    const spill = f.SCENARIO_STOCK(resolveArgument("Voorraad[Buurtcode]", book, sheet), resolveArgument("Voorraad[Segment]", book, sheet), scenario) as unknown[][];
    spill.forEach((line, i) => line.forEach((v, j) => expect(sheet.rows[spillAt.row + i][spillAt.column + j].value).toEqual(v)));
    expect(sheet.rows[spillAt.row + 1][spillAt.column].spilled).toBe(true);
    const columnOf = (k: number) => spill.map((line) => [line[k]]);
    expect(sheet.rows[formulas[0].row][formulas[0].column].value).toBeCloseTo(f.DISSIMILARITY(columnOf(0), columnOf(1), "sociale huur", null, columnOf(2)) as number, 12);
    expect(sheet.rows[formulas[1].row][formulas[1].column].value).toBeCloseTo(f.THEIL(columnOf(0), columnOf(1), columnOf(2)) as number, 12);
    expect(sheet.rows[formulas[2].row][formulas[2].column].value).toBeCloseTo(f.MUTUAL_INFO(columnOf(0), columnOf(1), columnOf(2)) as number, 12);
  });
});
