import { customFunctions } from "../../src/functions/registry";
import { detectColumns, locateTable } from "../../src/core/mapping";
import type { CellValue } from "../../src/core/mapping/cells";
import { AREA_REPORT_SHEET, buildAreaReport, byAreaHeader, RESERVED_BLOCK_WIDTH, SCALE_LABELS } from "../../src/core/report/areaReport";
import { AREA_COUNT_HEADERS, BY_AREA_FIXED_COLUMNS, COMPLEX_COUNT_HEADERS } from "../../src/core/report/countBlocks";
import { call, formulaText } from "../../src/core/report/formulaText";
import { labelKey } from "../../src/core/labels";
import { columnLetters } from "../../src/core/mapping/cells";
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

/** Equal; numbers to 1e-12 (a weighted count block adds in another order than the full columns). */
function expectSame(actual: unknown, expected: unknown): void {
  if (typeof expected === "number" && typeof actual === "number") expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12);
  else expect(actual).toEqual(expected);
}

/** A count block's rows keyed by the labels as the functions read them (spelling and spaces aside), counts summed. */
function countsByLabel(rows: unknown[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = r.slice(0, -1).map((x) => labelKey(String(x ?? ""))).join("|");
    out.set(key, (out.get(key) ?? 0) + (r[r.length - 1] as number));
  }
  return out;
}

/**
 * Every formula of the report evaluated as Excel would (the count blocks from the stock, every index from a block) and
 * compared with the value the report stores: numbers to 1e-12, a count block by its labels and counts.
 */
function checkAllFormulas(sheet: ReportSheet, book: EvalWorkbook): number {
  let checked = 0;
  for (const { row, column, cell } of formulaCells(sheet)) {
    const result = evaluate(cell.formula!, book, sheet);
    if (result instanceof Error && !("code" in result)) throw result;
    if (Array.isArray(result) && Array.isArray(result[0])) {
      const grid = result as unknown[][];
      expect(spillHeight(sheet, row, column)).toBe(grid.length);
      const shown = block(sheet, row, column, grid.length, grid[0].length);
      if (formulaText(cell.formula!, "nl").startsWith("=LET(eerste,")) expect(countsByLabel(shown)).toEqual(countsByLabel(grid));
      else grid.forEach((values, i) => values.forEach((v, j) => expectSame(shown[i][j], v)));
      for (let i = 0; i < grid.length; i++) for (let j = 0; j < grid[0].length; j++) {
        if (i > 0 || j > 0) expect(sheet.rows[row + i][column + j].spilled).toBe(true);
      }
    } else {
      expectSame(cell.value, scalar(result));
    }
    checked++;
  }
  return checked;
}

/** Custom-function calls of the report's formulas, with the number of rows of their largest argument. */
function callSizes(sheet: ReportSheet, book: EvalWorkbook): { id: string; rows: number; formula: string }[] {
  const calls: { id: string; rows: number; formula: string }[] = [];
  for (const { cell } of formulaCells(sheet)) {
    evaluate(cell.formula!, book, sheet, (id, args) =>
      calls.push({ id, rows: Math.max(1, ...args.map((a) => (Array.isArray(a) ? a.length : 1))), formula: formulaText(cell.formula!, "nl") }));
  }
  return calls;
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
    // two count blocks; D, H, M, TOEVAL and INTERVAL (issue 14), two SCALE spills, BY_AREA per buurt and per wijk, the two gap formulas
    expect(checked).toBe(13);
  });

  const countAnchors = () => formulaCells(sheet).filter(({ cell }) => formulaText(cell.formula!, "nl").startsWith("=LET(eerste,"));
  const spillOf = ({ row, column }: { row: number; column: number }) => `${columnLetters(column)}${row + 1}#`;

  test("two custom-function calls read the full stock columns; every other reads a count block", () => {
    const stockRows = grid.length - 1;
    const calls = callSizes(sheet, book);
    const full = calls.filter((c) => c.rows >= stockRows);
    expect(full.map((c) => c.id)).toEqual(["BY_AREA", "BY_AREA"]);
    expect(full.map((c) => c.formula.slice(0, 40))).toEqual(["=LET(eerste,Voorraad[Buurtcode],tweede,V", "=LET(eerste,Voorraad[Complexnummer],twee"]);
    const blockRows = Math.max(...countAnchors().map(({ row, column }) => spillHeight(sheet, row, column)));
    for (const c of calls.filter((x) => x.rows < stockRows)) expect(c.rows).toBeLessThanOrEqual(blockRows);
    // and no other formula names a stock column
    const spills = countAnchors().map(spillOf);
    for (const { cell } of formulaCells(sheet)) {
      const text = formulaText(cell.formula!, "nl");
      if (text.startsWith("=LET(eerste,") || !cell.formula!.some((p) => typeof p !== "string")) continue;
      expect(text).not.toContain("Voorraad[");
      expect(spills.some((spill) => text.includes(`INDEX(${spill},0,`))).toBe(true);
    }
    expect(report.buurten.rows.length).toBe(9);
  });

  test("the count formula knows the MENG.PERGEBIED layout: 5 columns besides two per segment", () => {
    expect(byAreaHeader({ groups: [], rows: [] }).length).toBe(BY_AREA_FIXED_COLUMNS);
    expect(byAreaHeader(report.buurten).length).toBe(BY_AREA_FIXED_COLUMNS + 2 * report.buurten.groups.length);
  });

  test("the count blocks hold one row per combination that occurs, with its number of dwellings", () => {
    const h = grid[0].map((x) => String(x));
    const at = (name: string) => h.indexOf(name);
    const [areaBlock, complexBlock] = countAnchors();
    for (const [anchor, headers, parts] of [
      [areaBlock, AREA_COUNT_HEADERS, ["Buurtcode", "Wijkcode"]],
      [complexBlock, COMPLEX_COUNT_HEADERS, ["Complexnummer", "Buurtcode"]],
    ] as const) {
      expect(sheet.rows[anchor.row - 1].slice(anchor.column, anchor.column + 4).map((c) => c.value)).toEqual([...headers]);
      const rows = block(sheet, anchor.row, anchor.column, spillHeight(sheet, anchor.row, anchor.column), 4);
      // Counted here straight from the stock grid, independently of the report code; rows without buurtcode are left out.
      const counts = new Map<string, number>();
      for (const r of grid.slice(1)) {
        const seg = String(r[at("Segment")] ?? "").trim();
        if (!seg || !String(r[at("Buurtcode")] ?? "").trim()) continue;
        const key = [r[at(parts[0])] ?? "", r[at(parts[1])] ?? "", seg].map((x) => String(x).trim().toLowerCase()).join("|");
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      expect(countsByLabel(rows)).toEqual(counts);
    }
  });

  test("every index over a count block equals today's formula over the full columns, to 1e-12", () => {
    const full = (id: Parameters<typeof call>[0], ...args: string[]) => evaluate([call(id, ...args)], book, sheet);
    const now = (prefix: string) => evaluate(formulaCells(sheet).find(({ cell }) => formulaText(cell.formula!, "nl").startsWith(prefix))!.cell.formula!, book, sheet);
    const same = (a: unknown, b: unknown) => {
      expect(a instanceof Error).toBe(false);
      if (Array.isArray(a)) {
        expect((a as unknown[][]).length).toBe((b as unknown[][]).length);
        (a as unknown[][]).forEach((row, i) => row.forEach((x, j) => same(x, (b as unknown[][])[i][j])));
      } else expectSame(a, b);
    };
    const [area, complex] = countAnchors().map(spillOf);
    const [B, W, C, S] = ["Voorraad[Buurtcode]", "Voorraad[Wijkcode]", "Voorraad[Complexnummer]", "Voorraad[Segment]"];
    same(now("=MENG.DISSIMILARITEIT("), full("DISSIMILARITY", B, S, '"sociale huur"'));
    same(now("=MENG.THEIL("), full("THEIL", B, S));
    same(now("=MENG.MUTUELEINFORMATIE("), full("MUTUAL_INFO", B, S));
    same(now("=MENG.TOEVAL("), full("RANDOM_BASELINE", B, S, "", '"sociale huur"'));
    same(now("=MENG.INTERVAL("), full("CONFIDENCE_INTERVAL", B, S, "", '"sociale huur"'));
    same(now(`=MENG.PERGEBIED(INDEX(${area},0,1)`), full("BY_AREA", B, S));
    same(now(`=MENG.PERGEBIED(INDEX(${area},0,2)`), full("BY_AREA", W, S));
    same(now(`=MENG.SCHAAL(INDEX(${complex},0,1)`), full("SCALE", C, B, S));
    same(now(`=MENG.SCHAAL(INDEX(${area},0,1)`), full("SCALE", B, W, S));
  });

  test("the per-buurt block is one PERGEBIED spill over the count block, sorted as the function sorts", () => {
    const area = spillOf(countAnchors()[0]);
    const anchor = formulaCells(sheet).find(({ cell }) => formulaText(cell.formula!, "nl") === `=MENG.PERGEBIED(INDEX(${area},0,1),INDEX(${area},0,3),INDEX(${area},0,4))`);
    expect(anchor).toBeDefined();
    expect(formulaText(anchor!.cell.formula!, "en")).toBe(`=MENG.BY.AREA(INDEX(${area},0,1),INDEX(${area},0,3),INDEX(${area},0,4))`);
    const header = byAreaHeader(report.buurten);
    expect(block(sheet, anchor!.row, anchor!.column, 1, header.length)[0]).toEqual(header);
    expect(header).toContain("aandeel sociale huur");
  });

  test("gap to the target: one LET formula beside the spill, |share social − B3|", () => {
    const let_ = formulaCells(sheet).filter(({ cell }) => formulaText(cell.formula!, "nl").includes("$B$3"));
    expect(let_.length).toBe(2);
    const { row, column, cell } = let_[0];
    const text = formulaText(cell.formula!, "en");
    expect(text).toContain("$B$3");
    expect(text).toBe(formulaText(cell.formula!, "nl")); // built-in only: identical in both locales
    expect(sheet.rows[2][1].value).toBe(0.3);
    const header = byAreaHeader(report.buurten);
    const anchor = formulaCells(sheet).find(({ cell }) => typeof cell.formula![0] !== "string" && cell.formula![0].call === "BY_AREA")!;
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
    const a = spillOf(countAnchors()[0]);
    expect(formulaText(d!.cell.formula!, "nl")).toBe(`=MENG.DISSIMILARITEIT(INDEX(${a},0,1),INDEX(${a},0,3),"sociale huur",,INDEX(${a},0,4))`);
    expect(formulaText(d!.cell.formula!, "en")).toBe(`=MENG.DISSIMILARITY(INDEX(${a},0,1),INDEX(${a},0,3),"sociale huur",,INDEX(${a},0,4))`);
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
    expect(checkAllFormulas(report.sheet, book)).toBe(13);
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
    // two count blocks, D, H, M, TOEVAL, INTERVAL, SCALE complex → buurt, PERGEBIED per buurt and its gap
    expect(checkAllFormulas(sheet, book)).toBe(10);
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
    // three tables: buurt (reused by every buurt index), wijk, complex (for complex → buurt); and the count blocks'
    // buurt¦wijk and complex¦buurt keys, whose rows the two full-column formulas give
    expect(spy).toHaveBeenCalledTimes(5);
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
