/**
 * The area report's issue-14 sections: random baseline and intervals beside the observed D, H and M, and the change
 * since an earlier stock (a short table with one Dutch sentence per part). Every live formula is evaluated with the
 * custom functions (test/analysis/formulaEvaluator.ts) and must equal the values the report stores.
 */
import { detectColumns, locateTable } from "../../src/core/mapping";
import type { CellValue } from "../../src/core/mapping/cells";
import { buildAreaReport } from "../../src/core/report/areaReport";
import { CHANGE_ROW_LABELS } from "../../src/core/report/inferenceSections";
import { changeLabels } from "../../src/functions/changeFunctions";
import { call, formulaText } from "../../src/core/report/formulaText";
import { stockColumns } from "../../src/core/report/stockColumns";
import { block, evaluate, formulaCells, type EvalWorkbook } from "../analysis/formulaEvaluator";
import { stockGrid } from "../analysis/stockFixture";

function columnsOf(grid: CellValue[][], name: string) {
  const table = locateTable(grid, "A1");
  const mapping = detectColumns(table.headers, "stock", table.rows.slice(0, 200).map((r) => r.cells));
  return { columns: stockColumns(table, mapping, { year: 2025, place: { sheetName: name, tableName: name } }), headerRow: table.headerSheetRow };
}

const now = stockGrid({ seed: 7 });
const before = stockGrid({ seed: 3, rows: 350 });
const cur = columnsOf(now, "Voorraad");
const old = columnsOf(before, "Voorraad2020");
const book: EvalWorkbook = {
  sheets: { Voorraad: now, Voorraad2020: before },
  tables: [
    { name: "Voorraad", sheetName: "Voorraad", headerRow: cur.headerRow, firstColumn: 0, lastRow: now.length },
    { name: "Voorraad2020", sheetName: "Voorraad2020", headerRow: old.headerRow, firstColumn: 0, lastRow: before.length },
  ],
};

function find(sheet: { rows: { value: unknown }[][] }, text: string | RegExp): { row: number; column: number } {
  for (let r = 0; r < sheet.rows.length; r++) {
    const c = sheet.rows[r].findIndex((cell) => (typeof text === "string" ? cell?.value === text : typeof cell?.value === "string" && text.test(cell.value as string)));
    if (c >= 0) return { row: r, column: c };
  }
  throw new Error(`not found: ${String(text)}`);
}

describe("area report with an earlier stock", () => {
  const report = buildAreaReport({ columns: cur.columns, sourceLabel: "tabel Voorraad", targetSocialShare: 0.3, vitality: null, earlier: { columns: old.columns, sourceLabel: "tabel Voorraad2020" } });
  const sheet = report.sheet;

  it("the change block is one live MENG.VERANDERING over the earlier stock's static counts and the buurt count block, equal to the function over both tables", () => {
    const title = find(sheet, "Verandering sinds tabel Voorraad2020");
    const head = sheet.rows[title.row + 1][0];
    expect(formulaText(head.formula!, "nl")).toMatch(/^=MENG\.VERANDERING\(\$[A-Z]+\$8:\$[A-Z]+\$\d+,\$[A-Z]+\$8:\$[A-Z]+\$\d+,INDEX\([A-Z]+8#,0,1\),INDEX\([A-Z]+8#,0,3\),\$[A-Z]+\$8:\$[A-Z]+\$\d+,INDEX\([A-Z]+8#,0,4\)\)$/);
    const result = evaluate(head.formula!, book, sheet) as unknown[][];
    const shown = block(sheet, title.row + 1, 0, result.length, 3);
    // the formula over the full columns of both tables, as the report wrote it before the count blocks
    const full = evaluate([call("CHANGE", "Voorraad2020[Buurtcode]", "Voorraad2020[Segment]", "Voorraad[Buurtcode]", "Voorraad[Segment]")], book, sheet) as unknown[][];
    for (const values of [result, full]) {
      expect(values.length).toBe(shown.length);
      values.forEach((row, i) => row.forEach((x, j) => {
        if (typeof x === "number") expect(Math.abs(x - (shown[i][j] as number))).toBeLessThanOrEqual(1e-12);
        else expect(x).toEqual(shown[i][j]);
      }));
    }
    expect(CHANGE_ROW_LABELS).toEqual([changeLabels.first, changeLabels.second, changeLabels.difference, changeLabels.additions, changeLabels.removals, changeLabels.categories, changeLabels.areas, changeLabels.structural]);
  });

  it("one Dutch sentence per part beside the table, marked static", () => {
    const title = find(sheet, "Verandering sinds tabel Voorraad2020");
    expect(sheet.rows[title.row + 1][3].value).toMatch(/^toelichting \(statisch/);
    const sentences = [4, 5, 6, 7, 8, 9].map((k) => String(sheet.rows[title.row + k][3]?.value ?? ""));
    expect(sentences[0]).toMatch(/^De segregatie M (steeg|daalde|bleef vrijwel gelijk)/);
    expect(sentences[5]).toMatch(/structurele verandering/);
    for (const s of sentences) expect(s).toMatch(/\.$/);
  });

  it("the earlier stock's counts are static values: no formula reads the earlier table", () => {
    const texts = formulaCells(sheet).map(({ cell }) => formulaText(cell.formula!, "nl"));
    expect(texts.some((t) => t.includes("Voorraad2020"))).toBe(false);
    const at = find(sheet, "Telling eerdere peiling per buurt en segment");
    expect(String(sheet.rows[at.row][at.column + 1].value)).toMatch(/^statisch:/);
    let total = 0;
    for (let r = at.row + 2; typeof sheet.rows[r]?.[at.column + 2]?.value === "number"; r++) total += sheet.rows[r][at.column + 2].value as number;
    expect(total).toBe(old.columns.segment.filter((x) => x !== null).length);
  });

  it("the baseline and interval blocks are live over the buurt count block, for social rent against the rest", () => {
    const texts = formulaCells(sheet).map(({ cell }) => formulaText(cell.formula!, "nl"));
    expect(texts.some((t) => /^=MENG\.TOEVAL\(INDEX\([A-Z]+8#,0,1\),INDEX\([A-Z]+8#,0,3\),INDEX\([A-Z]+8#,0,4\),"sociale huur"\)$/.test(t))).toBe(true);
    expect(texts.some((t) => /^=MENG\.INTERVAL\(INDEX\([A-Z]+8#,0,1\),INDEX\([A-Z]+8#,0,3\),INDEX\([A-Z]+8#,0,4\),"sociale huur"\)$/.test(t))).toBe(true);
    const at = find(sheet, "verwacht bij toeval");
    expect(sheet.rows[at.row + 1][0].value).toBe("D (sociale huur t.o.v. de rest)");
    // observed D equals the city-wide D row above
    const dRow = find(sheet, /^Dissimilariteit D/);
    expect(sheet.rows[at.row + 1][1].value).toBeCloseTo(sheet.rows[dRow.row][1].value as number, 14);
  });

  it("the per-buurt table has the local score and the contribution to M, summing to M", () => {
    const m = report.buurten.rows.reduce((s, r) => s + r.contribution, 0);
    const mRow = find(sheet, /^Mutuele informatie M/);
    expect(m).toBeCloseTo(sheet.rows[mRow.row][1].value as number, 12);
  });
});

describe("area report without an earlier stock", () => {
  it("says how to choose one", () => {
    const report = buildAreaReport({ columns: cur.columns, sourceLabel: "tabel Voorraad", targetSocialShare: 0.3, vitality: null });
    const at = find(report.sheet, "Verandering sinds een eerdere peiling");
    expect(String(report.sheet.rows[at.row + 1][0].value)).toMatch(/Vergelijk met/);
  });
});
