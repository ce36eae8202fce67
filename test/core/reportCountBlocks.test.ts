/**
 * Issue 8, point 4, on messy stocks: the area report's count blocks and every index that reads them, evaluated as
 * Excel would (test/analysis/formulaEvaluator.ts), against the formulas the report wrote before the count blocks
 * (each index over the full stock columns) and against the values the report stores.
 *
 * The stocks are generated here, apart from the report code, the way exports break: codes in lower case, with spaces
 * around or inside, as numbers, 0 and empty text where Excel sends a blank, rows without buurtcode or wijkcode,
 * complexes as numbers and texts, segments spelled in several ways, one-dwelling buurten.
 */
import fc from "fast-check";
import { detectColumns, locateTable } from "../../src/core/mapping";
import { columnLetters, type CellValue } from "../../src/core/mapping/cells";
import { labelKey } from "../../src/core/labels";
import { buildAreaReport } from "../../src/core/report/areaReport";
import { call, formulaText } from "../../src/core/report/formulaText";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { stockColumns } from "../../src/core/report/stockColumns";
import { mulberry32, randomItem, weightedItem, type Random } from "../../scripts/seededRandom";
import { block, evaluate, formulaCells, type EvalWorkbook } from "../analysis/formulaEvaluator";
import { stockGrid } from "../analysis/stockFixture";

jest.setTimeout(120_000);

const HEADERS = ["VHE", "Complexnummer", "Wijkcode", "Buurtcode", "Segment"];

/** A blank as Excel may pass it: empty, "", spaces, or 0 (some desktop builds send 0 for an empty cell). */
const blank = (rand: Random): CellValue => randomItem(rand, [null, "", "   ", 0]);

function spelled(rand: Random, code: string): CellValue {
  return weightedItem<() => CellValue>(rand, [
    () => code,
    () => code.toLowerCase(),
    () => ` ${code} `,
    () => `${code.slice(0, 2)} ${code.slice(2)}`,
  ], [6, 2, 1, 1])();
}

/** A messy stock of `rows` dwellings (seeded). */
function messyStock(seed: number, rows: number): CellValue[][] {
  const rand = mulberry32(seed);
  const wijken = ["WK036301", "WK036302", "WK036303"];
  const names = ["Centrum", "centrum ", "Oost", "OOST"]; // buurten by name, in two spellings each
  const grid: CellValue[][] = [HEADERS];
  for (let i = 0; i < rows; i++) {
    const w = Math.floor(rand() * wijken.length);
    const wijk = wijken[w];
    const kind = rand();
    const buurtCode = `BU${wijk.slice(2)}${String(1 + Math.floor(rand() * 4)).padStart(2, "0")}`;
    const buurt: CellValue = kind < 0.06 ? blank(rand) : kind < 0.12 ? randomItem(rand, names) : kind < 0.16 ? 3630100 + w : spelled(rand, buurtCode);
    const wijkCell: CellValue = rand() < 0.08 ? blank(rand) : spelled(rand, wijk);
    const complex: CellValue = rand() < 0.1 ? blank(rand) : rand() < 0.5 ? 100 + Math.floor(rand() * 12) : `C${Math.floor(rand() * 12)}`;
    const u = rand() + w * 0.15;
    const segment: CellValue = rand() < 0.05 ? randomItem(rand, [null, "", "  "])
      : u < 0.5 ? randomItem(rand, ["sociale huur", "Sociale huur", " SOCIALE HUUR "]) : u < 0.7 ? "middenhuur" : u < 0.85 ? "vrije sector huur" : "koop";
    grid.push([`V${i}`, complex, wijkCell, buurt, segment]);
  }
  grid.push(["V-een", "C99", "WK036303", "BU03639999", "koop"]); // a buurt of one dwelling
  return grid;
}

function build(grid: CellValue[][]) {
  const table = locateTable(grid, "A1");
  const mapping = detectColumns(table.headers, "stock", table.rows.slice(0, 200).map((r) => r.cells));
  const columns = stockColumns(table, mapping, { year: 2025, place: { sheetName: "Voorraad", tableName: "Voorraad" } });
  const report = buildAreaReport({ columns, sourceLabel: "tabel Voorraad", targetSocialShare: 0.3, vitality: null });
  const book: EvalWorkbook = {
    sheets: { Voorraad: grid },
    tables: [{ name: "Voorraad", sheetName: "Voorraad", headerRow: table.headerSheetRow, firstColumn: 0, lastRow: grid.length }],
  };
  return { report, columns, book };
}

/** Equal as the report shows them: numbers to 1e-12, labels as the functions read them (spelling aside). */
function same(a: unknown, b: unknown, where: string): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    expect([where, a.length]).toEqual([where, b.length]);
    a.forEach((x, i) => same(x, b[i], `${where}[${i}]`));
  } else if (typeof a === "number" && typeof b === "number") {
    if (Math.abs(a - b) > 1e-12) throw new Error(`${where}: ${a} ≠ ${b}`);
  } else if (typeof a === "string" && typeof b === "string") {
    expect([where, labelKey(a)]).toEqual([where, labelKey(b)]);
  } else {
    expect([where, a]).toEqual([where, b]);
  }
}

/** The stock with the segment of every row without buurtcode (empty, spaces or 0) made blank. */
function withoutBuurtless(grid: CellValue[][], book: EvalWorkbook): EvalWorkbook {
  const b = HEADERS.indexOf("Buurtcode");
  const s = HEADERS.indexOf("Segment");
  const rows = grid.map((r, i) => (i > 0 && (r[b] === null || r[b] === 0 || String(r[b]).trim() === "") ? r.map((x, c) => (c === s ? null : x)) : r));
  return { ...book, sheets: { Voorraad: rows } };
}

const formulaStarting = (sheet: ReportSheet, prefix: string) => formulaCells(sheet).find(({ cell }) => formulaText(cell.formula!, "nl").startsWith(prefix));

describe("area report on messy stocks: count blocks against the full columns", () => {
  test("the generated stocks are messy as meant, and the report stays live", () => {
    const grid = messyStock(1, 300);
    const cells = grid.slice(1).flat();
    expect(cells).toContain(0);
    expect(cells).toContain("   ");
    expect(cells.some((c) => typeof c === "string" && /^\s*bu/.test(c))).toBe(true);
    const { columns, report } = build(grid);
    expect(columns.segmentTranslated).toBe(false);
    expect(formulaCells(report.sheet).length).toBeGreaterThan(10);
  });

  test("every index equals the formula over the full columns to 1e-12, at most two calls read the stock, values equal the report's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 30, max: 160 }), (seed, rows) => {
        const grid = messyStock(seed, rows);
        const { report, book } = build(grid);
        const sheet = report.sheet;
        const where = `seed ${seed}, ${rows} rows`;
        // before: each index over the full columns (the report's formulas before issue 8, point 4)
        const [B, W, C, S] = ["Voorraad[Buurtcode]", "Voorraad[Wijkcode]", "Voorraad[Complexnummer]", "Voorraad[Segment]"];
        const full = (id: Parameters<typeof call>[0], ...args: string[]) => evaluate([call(id, ...args)], book, sheet);
        const now = (prefix: string) => evaluate(formulaStarting(sheet, prefix)!.cell.formula!, book, sheet);
        const [area, complex] = formulaCells(sheet)
          .filter(({ cell }) => formulaText(cell.formula!, "nl").startsWith("=LET(eerste,"))
          .map(({ row, column }) => `${columnLetters(column)}${row + 1}#`);
        const pairs: [string, unknown][] = [
          ["=MENG.DISSIMILARITEIT(", full("DISSIMILARITY", B, S, '"sociale huur"')],
          ["=MENG.THEIL(", full("THEIL", B, S)],
          ["=MENG.MUTUELEINFORMATIE(", full("MUTUAL_INFO", B, S)],
          ["=MENG.TOEVAL(", full("RANDOM_BASELINE", B, S, "", '"sociale huur"')],
          ["=MENG.INTERVAL(", full("CONFIDENCE_INTERVAL", B, S, "", '"sociale huur"')],
          [`=MENG.PERGEBIED(INDEX(${area},0,1)`, full("BY_AREA", B, S)],
          // the wijk table counts the rows the report reads (with a buurtcode), as its stored values and row account
          // always did; the old formula over the full wijk column also counted rows without buurtcode
          [`=MENG.PERGEBIED(INDEX(${area},0,2)`, evaluate([call("BY_AREA", W, S)], withoutBuurtless(grid, book), sheet)],
          [`=MENG.SCHAAL(INDEX(${complex},0,1)`, full("SCALE", C, B, S)],
          [`=MENG.SCHAAL(INDEX(${area},0,1)`, full("SCALE", B, W, S)],
        ];
        for (const [prefix, before] of pairs) {
          expect([where, prefix, Boolean(formulaStarting(sheet, prefix))]).toEqual([where, prefix, true]);
          const after = now(prefix);
          if (before instanceof Error) expect([where, prefix, (after as { code?: string }).code]).toEqual([where, prefix, (before as { code?: string }).code]);
          else same(after, before, `${where} ${prefix}`);
        }
        // at most two custom-function calls receive the stock's rows
        const stockRows = grid.length - 1;
        let overStock = 0;
        for (const { cell } of formulaCells(sheet)) {
          evaluate(cell.formula!, book, sheet, (_id, args) => {
            if (args.some((a) => Array.isArray(a) && a.length >= stockRows)) overStock++;
          });
        }
        expect([where, overStock]).toEqual([where, 2]);
        // and what each formula gives is what the report stores (the preview's values)
        for (const { row, column, cell } of formulaCells(sheet)) {
          const text = formulaText(cell.formula!, "nl");
          if (text.startsWith("=LET(eerste,")) continue; // the blocks: compared by their readers above
          const result = evaluate(cell.formula!, book, sheet);
          if (Array.isArray(result)) same(block(sheet, row, column, result.length, (result as unknown[][])[0].length), result, `${where} ${text}`);
          else if (!(result instanceof Error)) same(cell.value, result, `${where} ${text}`);
        }
      }),
      { numRuns: 8, seed: 8 },
    );
  });
});

describe("LET names are valid Excel names", () => {
  test("no name of a LET in the report is r or c (R1C1) or reads as a cell reference", () => {
    const grid = stockGrid({ rows: 120 });
    const { report } = build(grid);
    const lets = formulaCells(report.sheet).map(({ cell }) => formulaText(cell.formula!, "nl")).filter((t) => t.includes("LET("));
    expect(lets.length).toBeGreaterThanOrEqual(4); // two count blocks, two gap formulas
    for (const text of lets) {
      // the names are the odd arguments of LET: name, value, name, value, ..., result
      const body = text.slice(text.indexOf("LET(") + 4);
      const args: string[] = [];
      let depth = 0;
      let quoted = false;
      let current = "";
      for (const ch of body) {
        if (ch === '"') quoted = !quoted;
        if (!quoted && (ch === "(" || ch === "{")) depth++;
        if (!quoted && (ch === ")" || ch === "}")) depth--;
        if (depth < 0) break;
        if (!quoted && depth === 0 && ch === ",") {
          args.push(current);
          current = "";
        } else current += ch;
      }
      const names = args.filter((_, k) => k % 2 === 0);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        expect(name).toMatch(/^[a-z][a-z]+$/);
        expect(name).not.toMatch(/^[a-z]{1,3}\d+$/i);
      }
    }
  });
});
