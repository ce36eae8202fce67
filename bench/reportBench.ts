/**
 * Report section of `npm run bench`: the area report (WorkbookAnalysisService.buildAreaReport) on the 100,000-dwelling
 * synthetic stock, through
 *   (a) OfficeWorkbookAdapter on the payload-limit fake (test/workbook/fakeExcel.ts: Office.js-like batching,
 *       every sync measured, RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded above 5,000,000 bytes),
 *   (b) FileWorkbookAdapter (ExcelJS, the browser preview).
 * Each adapter runs the report twice: a first run on a workbook without the report, then a re-run that replaces it
 * (which also checks the existing sheet for edits). Printed: wall time, syncs, largest request/response.
 * Targets: < 5 s for the whole report; syncs ≤ ceil(rows / chunk) + 10 with chunk = chunkRowsFor(columns), the rule's
 * first chunk size. The fake runs in-process, so its times leave out Excel's own work and the network round trip of
 * each sync (docs/benchmarks.md discusses what that adds in Excel on the web).
 */
import { Workbook } from "exceljs";
import { performance } from "perf_hooks";
import { WorkbookAnalysisService } from "../src/analysis/WorkbookAnalysisService";
import { FileWorkbookAdapter } from "../src/workbook/FileWorkbookAdapter";
import { OfficeWorkbookAdapter } from "../src/workbook/OfficeWorkbookAdapter";
import { chunkRowsFor, PAYLOAD_LIMIT_BYTES } from "../src/workbook/payloadLimit";
import { FakeWorkbook, installFakeExcel } from "../test/workbook/fakeExcel";
import type { Dwelling } from "./generateStock";

const TARGET_MS = 5000;
const SYNC_MARGIN = 10;
const HEADERS = ["VHE-nummer", "Complexnummer", "Wijkcode", "Buurtcode", "Segment", "Kale huur", "WWS-punten", "Eigendom"];

export function stockGrid(stock: readonly Dwelling[]): (string | number)[][] {
  return [HEADERS, ...stock.map((d) => [d.vheNummer, d.complexnummer, d.wijkcode, d.buurtcode, d.segment, d.kaleHuur, d.wwsPunten, d.eigendom])];
}

interface Run {
  label: string;
  ms: number;
  syncs: number | null;
  largestRequest: number | null;
  largestResponse: number | null;
  summary: string;
}

const mb = (bytes: number | null) => (bytes === null ? "-" : `${(bytes / 1_000_000).toFixed(2)} MB`);

async function officeRuns(grid: (string | number)[][]): Promise<Run[]> {
  const wb = new FakeWorkbook();
  wb.addTable("Voorraad", "Voorraad", grid);
  installFakeExcel(wb, { displayLanguage: "nl-NL" });
  const adapter = new OfficeWorkbookAdapter();
  const service = new WorkbookAnalysisService(adapter);
  const [source] = (await adapter.listSources()).filter((s) => s.tableName === "Voorraad");
  const runs: Run[] = [];
  for (const label of ["first run", "re-run (replaces)"]) {
    wb.resetCounters();
    const start = performance.now();
    const result = await service.buildAreaReport(source, { targetSocialShare: 0.3, year: 2025, replaceEdited: false });
    runs.push({ label, ms: performance.now() - start, syncs: wb.syncCount, largestRequest: wb.largestRequest, largestResponse: wb.largestResponse, summary: result.summary });
  }
  if (wb.unsynced > 0) throw new Error(`${wb.unsynced} batch(es) ended with commands never synced`);
  return runs;
}

async function fileRuns(grid: (string | number)[][]): Promise<Run[]> {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet("Voorraad");
  ws.addTable({ name: "Voorraad", ref: "A1", columns: HEADERS.map((name) => ({ name })), rows: grid.slice(1) });
  const adapter = new FileWorkbookAdapter(workbook);
  const service = new WorkbookAnalysisService(adapter);
  const [source] = await adapter.listSources();
  const runs: Run[] = [];
  for (const label of ["first run", "re-run (replaces)"]) {
    const start = performance.now();
    const result = await service.buildAreaReport(source, { targetSocialShare: 0.3, year: 2025 });
    runs.push({ label, ms: performance.now() - start, syncs: null, largestRequest: null, largestResponse: null, summary: result.summary });
  }
  return runs;
}

/** Prints the section; returns the number of missed targets. */
export async function runReportBench(stock: readonly Dwelling[]): Promise<number> {
  const grid = stockGrid(stock);
  const rows = grid.length;
  const chunk = chunkRowsFor(HEADERS.length);
  const maxSyncs = Math.ceil(rows / chunk) + SYNC_MARGIN;
  let misses = 0;
  console.log("");
  console.log(`Area report (WorkbookAnalysisService.buildAreaReport) on ${(rows - 1).toLocaleString("en")} dwellings × ${HEADERS.length} columns`);
  console.log(`payload limit ${PAYLOAD_LIMIT_BYTES.toLocaleString("en")} bytes; first read chunk ${chunk.toLocaleString("en")} rows (chunkRowsFor(${HEADERS.length})); ` +
    `targets: < ${TARGET_MS} ms, syncs ≤ ceil(${rows} / ${chunk}) + ${SYNC_MARGIN} = ${maxSyncs}`);
  console.log(`${"adapter".padEnd(26)} ${"run".padEnd(18)} ${"ms".padStart(8)} ${"syncs".padStart(6)} ${"largest req".padStart(12)} ${"largest resp".padStart(12)}  verdict`);
  const print = (adapter: string, run: Run) => {
    const timeOk = run.ms < TARGET_MS;
    const syncOk = run.syncs === null || run.syncs <= maxSyncs;
    const payloadOk = run.largestRequest === null || Math.max(run.largestRequest, run.largestResponse ?? 0) <= PAYLOAD_LIMIT_BYTES;
    if (!timeOk) misses++;
    if (!syncOk) misses++;
    if (!payloadOk) misses++;
    const verdict = [`time ${timeOk ? "PASS" : "MISS"}`, run.syncs === null ? null : `syncs ${syncOk ? "PASS" : "MISS"}`, run.largestRequest === null ? null : `payload ${payloadOk ? "PASS" : "MISS"}`]
      .filter(Boolean)
      .join(", ");
    console.log(`${adapter.padEnd(26)} ${run.label.padEnd(18)} ${run.ms.toFixed(0).padStart(8)} ${String(run.syncs ?? "-").padStart(6)} ${mb(run.largestRequest).padStart(12)} ${mb(run.largestResponse).padStart(12)}  ${verdict}`);
  };
  try {
    for (const run of await officeRuns(grid)) print("Office.js (payload fake)", run);
  } catch (error) {
    misses++;
    console.log(`Office.js (payload fake): MISS: failed (${(error as Error).message})`);
  }
  try {
    const runs = await fileRuns(grid);
    for (const run of runs) print("ExcelJS (file adapter)", run);
    console.log(`  ${runs[0].summary}`);
  } catch (error) {
    misses++;
    console.log(`ExcelJS (file adapter): MISS: failed (${(error as Error).message})`);
  }
  return misses;
}
