/**
 * Report-payload section of `npm run bench`: the input each custom-function call of the area report receives, for the
 * 100,000-dwelling stock compared with an earlier stock of the same size (issue 14's change section). Every formula of
 * the report (built by the core, as the Office adapter writes it into Excel) is evaluated with the test interpreter
 * (test/analysis/miniExcel.ts); each MENG call is recorded with the arguments Excel would pass, and their size is
 * measured as JSON (what the custom-functions runtime marshals; Excel on the web refuses a call above 5,000,000 bytes
 * of input). For comparison, the full-column calls the report made before issue 8, point 4, are measured too.
 * Targets: at most 2 calls over the full stock; every call under the payload limit.
 */
import { detectColumns, locateTable } from "../src/core/mapping";
import type { CellValue } from "../src/core/mapping/cells";
import { columnLetters } from "../src/core/mapping/cells";
import { buildAreaReport } from "../src/core/report/areaReport";
import { call, formulaBody } from "../src/core/report/formulaText";
import type { FormulaPart } from "../src/core/report/reportSheet";
import { stockColumns } from "../src/core/report/stockColumns";
import { PAYLOAD_LIMIT_BYTES } from "../src/workbook/payloadLimit";
import { evaluate, formulaCells, type EvalWorkbook } from "../test/analysis/formulaEvaluator";

const FULL_STOCK_CALLS_MAX = 2;

interface Measured {
  where: string;
  id: string;
  bytes: number;
  rows: number;
}

const bytesOf = (args: unknown[]) => Buffer.byteLength(JSON.stringify(args), "utf8");
const rowsOf = (args: unknown[]) => Math.max(0, ...args.map((a) => (Array.isArray(a) ? a.length : 1)));
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(3)} MB`;

function columnsOf(grid: CellValue[][], name: string) {
  const table = locateTable(grid, "A1");
  const mapping = detectColumns(table.headers, "stock", table.rows.slice(0, 200).map((r) => r.cells));
  return stockColumns(table, mapping, { year: 2025, place: { sheetName: name, tableName: name } });
}

/** Prints the section; returns the number of missed targets. */
export function runReportPayloadBench(grid: CellValue[][], earlierGrid: CellValue[][]): number {
  const columns = columnsOf(grid, "Voorraad");
  const earlier = columnsOf(earlierGrid, "Voorraad2020");
  const report = buildAreaReport({
    columns, sourceLabel: "tabel Voorraad", targetSocialShare: 0.3, vitality: null, earlier: { columns: earlier, sourceLabel: "tabel Voorraad2020" },
  });
  const book: EvalWorkbook = {
    sheets: { Voorraad: grid, Voorraad2020: earlierGrid },
    tables: [
      { name: "Voorraad", sheetName: "Voorraad", headerRow: 1, firstColumn: 0, lastRow: grid.length },
      { name: "Voorraad2020", sheetName: "Voorraad2020", headerRow: 1, firstColumn: 0, lastRow: earlierGrid.length },
    ],
  };
  const measured: Measured[] = [];
  for (const { row, column, cell } of formulaCells(report.sheet)) {
    const where = `${columnLetters(column)}${row + 1}`;
    evaluate(cell.formula!, book, report.sheet, (id, args) => measured.push({ where, id, bytes: bytesOf(args), rows: rowsOf(args) }));
  }
  const stockRows = Math.min(grid.length, earlierGrid.length) - 1;
  const overStock = measured.filter((m) => m.rows >= stockRows);
  const total = measured.reduce((sum, m) => sum + m.bytes, 0);
  let misses = 0;

  console.log("");
  console.log(`Area report: input of each custom-function call, ${(grid.length - 1).toLocaleString("en")} dwellings and an earlier stock of ${(earlierGrid.length - 1).toLocaleString("en")} (JSON bytes Excel marshals per call; limit ${PAYLOAD_LIMIT_BYTES.toLocaleString("en")})`);
  console.log(`${"cell".padEnd(6)} ${"function".padEnd(20)} ${"input rows".padStart(10)} ${"input".padStart(12)}`);
  for (const m of measured) {
    const over = m.bytes > PAYLOAD_LIMIT_BYTES;
    if (over) misses++;
    console.log(`${m.where.padEnd(6)} ${m.id.padEnd(20)} ${m.rows.toLocaleString("en").padStart(10)} ${mb(m.bytes).padStart(12)}${over ? "  MISS: over the limit" : ""}`);
  }
  const fullOk = overStock.length <= FULL_STOCK_CALLS_MAX;
  if (!fullOk) misses++;
  console.log(`sum of ${measured.length} calls: ${mb(total)}; calls over the full stock: ${overStock.length} (target ≤ ${FULL_STOCK_CALLS_MAX}) ${fullOk ? "PASS" : "MISS"}`);

  // Before issue 8, point 4: every index over the full columns.
  const refs = columns.refs;
  const [b, s] = [refs.buurt!, refs.segment!];
  const before: FormulaPart[] = [
    call("DISSIMILARITY", b, s, '"sociale huur"'),
    call("THEIL", b, s),
    call("MUTUAL_INFO", b, s),
    call("RANDOM_BASELINE", b, s, "", '"sociale huur"'),
    call("CONFIDENCE_INTERVAL", b, s, "", '"sociale huur"'),
    call("CHANGE", earlier.refs.buurt!, earlier.refs.segment!, b, s),
    ...(refs.complex ? [call("SCALE", refs.complex, b, s)] : []),
    ...(refs.wijk ? [call("SCALE", b, refs.wijk, s)] : []),
    call("BY_AREA", b, s),
    ...(refs.wijk ? [call("BY_AREA", refs.wijk, s)] : []),
  ];
  let beforeTotal = 0;
  let beforeOver = 0;
  for (const part of before) {
    evaluate([part], book, report.sheet, (_id, args) => {
      beforeTotal += bytesOf(args);
      if (bytesOf(args) > PAYLOAD_LIMIT_BYTES) beforeOver++;
    });
  }
  const names = before.map((p) => formulaBody([p], "en").split("(")[0]).join(", ");
  console.log(`for comparison, the ${before.length} full-column calls of the report before (${names}): ${mb(beforeTotal)}, ${beforeOver} over the limit`);
  return misses;
}
