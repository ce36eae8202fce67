import { customFunctions } from "../../src/functions/registry";
import { detectColumns, locateTable } from "../../src/core/mapping";
import type { CellValue } from "../../src/core/mapping/cells";
import { AREA_REPORT_SHEET, buildAreaReport, byAreaHeader, RESERVED_BLOCK_WIDTH, SCALE_LABELS } from "../../src/core/report/areaReport";
import { formulaText } from "../../src/core/report/formulaText";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { stockColumns } from "../../src/core/report/stockColumns";
import { readVitalitySheet, VITALITY_SHEET } from "../../src/core/report/vitalityInput";
import { block, evaluate, formulaCells, type EvalWorkbook } from "../analysis/formulaEvaluator";
import { stockGrid } from "../analysis/stockFixture";
import * as contingency from "../../src/core/indices/contingency";
import { dissimilarity } from "../../src/core/indices/dissimilarity";
import { mutualInformation } from "../../src/core/indices/mutualInformation";
import { theil } from "../../src/core/indices/theil";

function build(grid: CellValue[][], options: { table?: boolean; vitality?: CellValue[][] } = {}) {
  const table = locateTable(grid, "A1");
  const mapping = detectColumns(table.headers, "stock", table.rows.slice(0, 200).map((r) => r.cells));
  const place = options.table === false ? { sheetName: "Voorraad" } : { sheetName: "Voorraad", tableName: "Voorraad" };
  const columns = stockColumns(table, mapping, { year: 2025, place });
  const vitality = options.vitality ? readVitalitySheet(options.vitality) : null;
  const report = buildAreaReport({ columns, sourceLabel: "tabel Voorraad", targetSocialShare: 0.3, vitality });
  const book: EvalWorkbook = {
    sheets: { Voorraad: grid, ...(options.vitality ? { [VITALITY_SHEET]: options.vitality } : {}) },
    tables: [{ name: "Voorraad", sheetName: "Voorraad", headerRow: table.headerSheetRow, firstColumn: 0, lastRow: grid.length }],
  };
  return { report, columns, mapping, table, book };
}

/** Excel's result of a call, with errors as null (the report stores null where Excel shows an error). */
function scalar(result: unknown): unknown {
  return result instanceof Error ? null : result;
}

function spillHeight(sheet: ReportSheet, row: number, column: number): number {
  let n = 1;
  while (sheet.rows[row + n]?.[column]?.spilled) n++;
  return n;
}

function checkAllFormulas(sheet: ReportSheet, book: EvalWorkbook): number {
  let checked = 0;
  for (const { row, column, cell } of formulaCells(sheet)) {
    const text = formulaText(cell.formula!, "nl");
    if (text.startsWith("=LET(")) continue; // built-in formula: checked separately
    const result = evaluate(cell.formula!, book, sheet);
    if (Array.isArray(result) && Array.isArray(result[0])) {
      const grid = result as unknown[][];
      expect(block(sheet, row, column, grid.length, grid[0].length)).toEqual(grid);
      expect(spillHeight(sheet, row, column)).toBe(grid.length);
      for (let i = 0; i < grid.length; i++) for (let j = 0; j < grid[0].length; j++) {
        if (i > 0 || j > 0) expect(sheet.rows[row + i][column + j].spilled).toBe(true);
      }
    } else {
      expect(cell.value).toEqual(scalar(result));
    }
    checked++;
  }
  return checked;
}

describe("area report: live formulas over a table", () => {
  const grid = stockGrid();
  const { report, book, columns } = build(grid);
  const sheet = report.sheet;

  test("is the Wijkrapport sheet with structured references", () => {
    expect(sheet.name).toBe(AREA_REPORT_SHEET);
    expect(columns.refs.buurt).toBe("Voorraad[Buurtcode]");
    expect(columns.refs.segment).toBe("Voorraad[Segment]");
    expect(columns.segmentDerived).toBe(false);
  });

  test("report values equal the MENG functions on the same data", () => {
    const checked = checkAllFormulas(sheet, book);
    // D, H, M, TOEVAL and INTERVAL (issue 14), two SCALE spills, BY_AREA per buurt and per wijk
    expect(checked).toBe(9);
  });

  test("uses a handful of calls over the source columns, never one per area", () => {
    const calls = formulaCells(sheet).filter(({ cell }) => formulaText(cell.formula!, "nl").includes("Voorraad["));
    expect(calls.length).toBeLessThanOrEqual(10);
    expect(report.buurten.rows.length).toBe(9);
  });

  test("the per-buurt block is one PERGEBIED spill sorted as the function sorts", () => {
    const anchor = formulaCells(sheet).find(({ cell }) => formulaText(cell.formula!, "nl") === "=MENG.PERGEBIED(Voorraad[Buurtcode],Voorraad[Segment])");
    expect(anchor).toBeDefined();
    expect(formulaText(anchor!.cell.formula!, "en")).toBe("=MENG.BY.AREA(Voorraad[Buurtcode],Voorraad[Segment])");
    const header = byAreaHeader(report.buurten);
    expect(block(sheet, anchor!.row, anchor!.column, 1, header.length)[0]).toEqual(header);
    expect(header).toContain("aandeel sociale huur");
  });

  test("gap to the target: one LET formula beside the spill, |share social − B3|", () => {
    const let_ = formulaCells(sheet).filter(({ cell }) => formulaText(cell.formula!, "nl").startsWith("=LET("));
    expect(let_.length).toBe(2);
    const { row, column, cell } = let_[0];
    const text = formulaText(cell.formula!, "en");
    expect(text).toContain("$B$3");
    expect(text).toBe(formulaText(cell.formula!, "nl")); // built-in only: identical in both locales
    expect(sheet.rows[2][1].value).toBe(0.3);
    const header = byAreaHeader(report.buurten);
    const anchor = formulaCells(sheet).find(({ cell }) => cell.formula!.some((p) => typeof p !== "string" && p.call === "BY_AREA"))!;
    expect(anchor.row).toBe(row);
    expect(text).toContain(`A${row + 1}#`);
    expect(column).toBeGreaterThanOrEqual(anchor.column + Math.max(header.length, RESERVED_BLOCK_WIDTH));
    const shareColumn = anchor.column + header.indexOf("aandeel sociale huur");
    for (let i = 1; i <= report.buurten.rows.length; i++) {
      const share = sheet.rows[row + i][shareColumn].value as number;
      expect(sheet.rows[row + i][column].value).toBeCloseTo(Math.abs(share - 0.3), 12);
      expect(sheet.rows[row + i][column].spilled).toBe(true);
    }
  });

  test("city-wide D uses social rent against the rest", () => {
    const d = formulaCells(sheet).find(({ cell }) => formulaText(cell.formula!, "nl").startsWith("=MENG.DISSIMILARITEIT("));
    expect(formulaText(d!.cell.formula!, "nl")).toBe('=MENG.DISSIMILARITEIT(Voorraad[Buurtcode],Voorraad[Segment],"sociale huur")');
    expect(formulaText(d!.cell.formula!, "en")).toBe('=MENG.DISSIMILARITY(Voorraad[Buurtcode],Voorraad[Segment],"sociale huur")');
    expect(typeof d!.cell.value).toBe("number");
  });

  test("scale decomposition spills carry the SCHAAL labels", () => {
    const scales = formulaCells(sheet).filter(({ cell }) => cell.formula!.some((p) => typeof p !== "string" && p.call === "SCALE"));
    expect(scales.length).toBe(2);
    for (const { row, column } of scales) expect(block(sheet, row, column, 4, 1).map((r) => r[0])).toEqual([...SCALE_LABELS]);
  });

  test("formulas render in Dutch and English Excel alike", () => {
    for (const { cell } of formulaCells(sheet)) {
      const nl = formulaText(cell.formula!, "nl");
      const en = formulaText(cell.formula!, "en");
      expect(nl).not.toMatch(/MIX\./);
      expect(en).not.toMatch(/MIX\./);
      expect(nl.replace(/MENG\.[A-Z.]+\(/g, "F(")).toBe(en.replace(/MENG\.[A-Z.]+\(/g, "F("));
    }
  });

  test("charts: shares per area sorted by social-rent share (static block) and the scale decomposition", () => {
    expect(sheet.charts.length).toBe(2);
    const [shares, scale] = sheet.charts;
    expect(shares.kind).toBe("stackedBar");
    const top = shares.dataBlock;
    const labels = block(sheet, top.firstRow + 1, top.firstColumn, top.rowCount - 1, 1).map((r) => r[0]);
    expect(labels).toEqual(report.charts[0].labels);
    const groups = block(sheet, top.firstRow, top.firstColumn + 1, 1, top.columnCount - 1)[0];
    const social = groups.findIndex((g) => String(g).toLowerCase() === "sociale huur");
    const socialShares = report.charts[0].series[social].values;
    expect([...socialShares].sort((a, b) => b - a)).toEqual(socialShares);
    expect(String(sheet.rows[top.firstRow - 1][top.firstColumn + 1].value)).toMatch(/^statisch:/);
    expect(scale.dataBlock.rowCount).toBe(3);
    expect(report.charts[1].labels).toEqual(["complex → buurt", "buurt → wijk"]);
    // the bars are M(fine) = between + within
    const scaleCall = customFunctions.SCALE as (...a: unknown[]) => unknown[][];
    const col = (name: string) => grid.slice(1).map((r) => [r[grid[0].indexOf(name)] ?? ""]);
    const d = scaleCall(col("Buurtcode"), col("Wijkcode"), col("Segment"));
    expect(report.charts[1].series[0].values[1]).toBe(d[1][1]);
    expect(report.charts[1].series[1].values[1]).toBe(d[2][1]);
  });

  test("without the vitality sheet the report says how to make it from the pane", () => {
    const texts = sheet.rows.flat().map((c) => String(c?.value ?? ""));
    expect(texts.some((t) => t.includes(VITALITY_SHEET) && t.includes("taakvenster (Analyses, Vitaliteit)"))).toBe(true);
  });
});

describe("area report: A1 ranges when the source is not a table", () => {
  const grid = stockGrid({ titleRows: 2, rows: 120, seed: 3 });
  const { report, book, columns } = build(grid, { table: false });

  test("references are absolute ranges with the sheet name", () => {
    expect(columns.refs.buurt).toBe(`'Voorraad'!$H$4:$H$${grid.length}`);
  });

  test("report values equal the MENG functions on the same data", () => {
    expect(checkAllFormulas(report.sheet, book)).toBe(9);
  });
});

describe("area report: segment derived with MENG.SEGMENT when the column is missing", () => {
  const grid = stockGrid({ withSegment: false, rows: 200, seed: 5 });
  const { report, columns } = build(grid);
  const sheet = report.sheet;

  test("no live formula over the stock, and a static note beside each block", () => {
    expect(columns.segmentDerived).toBe(true);
    const live = formulaCells(sheet).filter(({ cell }) => formulaText(cell.formula!, "nl").includes("Voorraad"));
    expect(live).toEqual([]);
    const notes = sheet.rows.flat().filter((c) => typeof c?.value === "string" && (c.value as string).startsWith("statisch:"));
    expect(notes.length).toBeGreaterThanOrEqual(6);
    expect(report.warnings.join(" ")).toMatch(/afgeleid/);
  });

  test("static values equal PERGEBIED over MENG.SEGMENT of every row", () => {
    const h = grid[0] as string[];
    const segmentFn = customFunctions.SEGMENT as (...a: unknown[]) => unknown;
    const data = grid.slice(1).filter((r) => r.some((c) => c !== null));
    const segments = data.map((r) => {
      const s = segmentFn(r[h.indexOf("Kale huur")] ?? null, r[h.indexOf("WWS-punten")] ?? null, r[h.indexOf("Eigendom")], 2025);
      return [typeof s === "string" ? s : ""];
    });
    const buurten = data.map((r) => [r[h.indexOf("Buurtcode")] ?? ""]);
    const expected = (customFunctions.BY_AREA as (...a: unknown[]) => unknown[][])(buurten, segments);
    const titleRow = sheet.rows.findIndex((r) => r[0]?.value === "Per buurt");
    expect(block(sheet, titleRow + 1, 0, expected.length, expected[0].length)).toEqual(expected);
  });
});

describe("area report: vitality from the input sheet", () => {
  const vitality: CellValue[][] = [
    ["gebied", "leefbaarheid", "wijkraad", "wijkregisseur", "overlastmaat", "grens_laag", "grens_hoog"],
    ["Centrum", 3, "WAAR", "ONWAAR", 40, 10, 30],
    ["Noord", 8, true, true, 5, 10, 30],
    [null, null, null, null, null, null, null],
    ["Zuid", 12, "ja", "nee", 20, 10, 30],
  ];
  const { report, book } = build(stockGrid({ rows: 80 }), { vitality });

  test("points, score and verdict are live formulas that equal the MENG functions", () => {
    const calls = formulaCells(report.sheet).filter(({ cell }) => cell.formula!.some((p) => typeof p !== "string" && /VITALITY|POINTS/.test(p.call)));
    expect(calls.length).toBe(3 * 5);
    checkAllFormulas(report.sheet, book);
    const row = report.sheet.rows.find((r) => r[0]?.value === "Centrum")!;
    expect(row.slice(1, 6).map((c) => c.value)).toEqual([3, 2, 3, 18, "nader bekijken"]);
    const zuid = report.sheet.rows.find((r) => r[0]?.value === "Zuid")!;
    expect(zuid[1].value).toBeNull(); // class 12 is not a Leefbaarometer class
    expect(report.warnings.join(" ")).toMatch(/Zuid/);
  });

  test("renders as PUNTEN.* in Dutch and *.POINTS in English", () => {
    const texts = formulaCells(report.sheet).map(({ cell }) => [formulaText(cell.formula!, "nl"), formulaText(cell.formula!, "en")]);
    expect(texts).toContainEqual([`=MENG.PUNTEN.LEEFBAARHEID('${VITALITY_SHEET}'!$B$2)`, `=MENG.LIVABILITY.POINTS('${VITALITY_SHEET}'!$B$2)`]);
  });
});

describe("area report: wijk derived from the CBS buurtcode when the column is missing", () => {
  const full = stockGrid({ rows: 150, seed: 9 });
  const w = full[0].indexOf("Wijkcode");
  const grid = full.map((r) => r.filter((_, c) => c !== w));
  const { report, book, columns } = build(grid);
  const sheet = report.sheet;

  test("buurt figures stay live, wijk figures are static with a note", () => {
    expect(columns.wijkDerived).toBe(true);
    expect(columns.refs.wijk).toBeNull();
    expect(checkAllFormulas(sheet, book)).toBe(7); // D, H, M, TOEVAL, INTERVAL, SCALE complex → buurt, PERGEBIED per buurt
    const title = sheet.rows.findIndex((r) => r.some((c) => c?.value === "Per wijk"));
    const col = sheet.rows[title].findIndex((c) => c?.value === "Per wijk");
    expect(String(sheet.rows[title][col + 1].value)).toMatch(/^statisch: de wijk is afgeleid uit de buurtcode/);
    const scaleTitle = sheet.rows.findIndex((r) => r[0]?.value === "Schaalontleding buurt → wijk");
    expect(String(sheet.rows[scaleTitle][1].value)).toMatch(/^statisch:/);
    expect(report.warnings.join(" ")).toMatch(/wijk is afgeleid/);
  });

  test("static wijk values equal PERGEBIED and SCHAAL over the wijk column of the full export", () => {
    const h = full[0];
    const colOf = (name: string) => full.slice(1).map((r) => [r[h.indexOf(name)] ?? ""]);
    const expected = (customFunctions.BY_AREA as (...a: unknown[]) => unknown[][])(colOf("Wijkcode"), colOf("Segment"));
    const title = sheet.rows.findIndex((r) => r.some((c) => c?.value === "Per wijk"));
    const col = sheet.rows[title].findIndex((c) => c?.value === "Per wijk");
    expect(block(sheet, title + 1, col, expected.length, expected[0].length)).toEqual(expected);
    const scale = (customFunctions.SCALE as (...a: unknown[]) => unknown[][])(colOf("Buurtcode"), colOf("Wijkcode"), colOf("Segment"));
    const scaleTitle = sheet.rows.findIndex((r) => r[0]?.value === "Schaalontleding buurt → wijk");
    expect(block(sheet, scaleTitle + 1, 0, 4, 2)).toEqual(scale);
  });
});

describe("area report: the stock is tabulated once per area level", () => {
  afterEach(() => jest.restoreAllMocks());

  test("buurt × segment once for the buurt table, D, H, M and the buurt → wijk decomposition; wijk once; complex once", () => {
    const spy = jest.spyOn(contingency, "tabulate");
    const { report, columns } = build(stockGrid());
    // three tables: buurt (reused by every buurt index), wijk, complex (for complex → buurt)
    expect(spy).toHaveBeenCalledTimes(3);
    const areaColumns = spy.mock.calls.map(([areas]) => areas);
    expect(areaColumns).toContain(columns.buurt);
    expect(areaColumns).toContain(columns.wijk);
    // and the values are those of the stand-alone indices on the same columns
    const cell = (label: string) => report.sheet.rows.find((r) => r[0]?.value === label)![1].value;
    expect(cell("Theil H (segmenten over buurten)")).toBe(theil(columns.buurt, columns.segment, null));
    expect(cell("Mutuele informatie M (nats, over buurten)")).toBe(mutualInformation(columns.buurt, columns.segment, null));
    expect(cell("Dissimilariteit D (sociale huur t.o.v. de rest, over buurten)")).toBe(dissimilarity(columns.buurt, columns.segment, "sociale huur", null, null));
  });
});
