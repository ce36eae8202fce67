/**
 * Vitality section of `npm run bench` (issue 16): making the input sheet from the 100,000-dwelling synthetic stock
 * (one row per buurt), then the update for the next year (a row per buurt appended, formulas and validation over every
 * row), then the area report reading the table back, through
 *   (a) OfficeWorkbookAdapter on the payload-limit fake (every sync and request measured),
 *   (b) FileWorkbookAdapter (ExcelJS, the browser preview).
 * Targets: each step < 5 s; every request under the payload budget (half of Excel on the web's 5 MB).
 */
import { Workbook } from "exceljs";
import { performance } from "perf_hooks";
import { WorkbookAnalysisService } from "../src/analysis/WorkbookAnalysisService";
import { FileWorkbookAdapter } from "../src/workbook/FileWorkbookAdapter";
import { OfficeWorkbookAdapter } from "../src/workbook/OfficeWorkbookAdapter";
import { PAYLOAD_BUDGET_BYTES } from "../src/workbook/payloadLimit";
import type { AnalysisWorkbook } from "../src/workbook/AnalysisWorkbook";
import { FakeWorkbook, installFakeExcel } from "../test/workbook/fakeExcel";
import type { Dwelling } from "./generateStock";

const TARGET_MS = 5000;
const HEADERS = ["VHE-nummer", "Wijkcode", "Buurtcode", "Segment"];

interface Step {
  label: string;
  ms: number;
  syncs: number | null;
  largestRequest: number | null;
  summary: string;
}

async function steps(service: WorkbookAnalysisService, adapter: AnalysisWorkbook, wb: FakeWorkbook | null): Promise<Step[]> {
  const [source] = (await adapter.listSources()).filter((s) => s.tableName === "Voorraad");
  const out: Step[] = [];
  const measure = async (label: string, run: () => Promise<string>) => {
    wb?.resetCounters();
    const start = performance.now();
    const summary = await run();
    out.push({ label, ms: performance.now() - start, syncs: wb?.syncCount ?? null, largestRequest: wb?.largestRequest ?? null, summary });
  };
  await measure("make (2025)", async () => (await service.prepareVitalitySheet(source, { level: "buurt", year: 2025, normYear: 2025 })).summary);
  await measure("update (2026)", async () => (await service.prepareVitalitySheet(source, { level: "buurt", year: 2026, normYear: 2025 })).summary);
  await measure("area report", async () => (await service.buildAreaReport(source, { targetSocialShare: 0.3, year: 2025 })).summary);
  return out;
}

export async function runVitalityBench(stock: readonly Dwelling[]): Promise<number> {
  const grid: (string | number)[][] = [HEADERS, ...stock.map((d) => [d.vheNummer, d.wijkcode, d.buurtcode, d.segment])];
  const buurten = new Set(stock.map((d) => d.buurtcode)).size;
  let misses = 0;
  console.log("");
  console.log(`Vitality input sheet (prepareVitalitySheet) on ${stock.length.toLocaleString("en")} dwellings, ${buurten} buurten; targets: < ${TARGET_MS} ms per step, every request < ${PAYLOAD_BUDGET_BYTES.toLocaleString("en")} bytes`);
  const print = (adapter: string, step: Step) => {
    const timeOk = step.ms < TARGET_MS;
    const payloadOk = step.largestRequest === null || step.largestRequest < PAYLOAD_BUDGET_BYTES;
    if (!timeOk) misses++;
    if (!payloadOk) misses++;
    const mb = step.largestRequest === null ? "-" : `${(step.largestRequest / 1_000_000).toFixed(2)} MB`;
    console.log(`${adapter.padEnd(26)} ${step.label.padEnd(14)} ${step.ms.toFixed(0).padStart(7)} ms ${String(step.syncs ?? "-").padStart(5)} syncs ${mb.padStart(9)}  time ${timeOk ? "PASS" : "MISS"}${step.largestRequest === null ? "" : `, payload ${payloadOk ? "PASS" : "MISS"}`}`);
  };
  try {
    const wb = new FakeWorkbook();
    wb.addTable("Voorraad", "Voorraad", grid);
    installFakeExcel(wb, { displayLanguage: "nl-NL" });
    const adapter = new OfficeWorkbookAdapter();
    for (const step of await steps(new WorkbookAnalysisService(adapter), adapter, wb)) print("Office.js (payload fake)", step);
  } catch (error) {
    misses++;
    console.log(`Office.js (payload fake): MISS: failed (${(error as Error).message})`);
  }
  try {
    const workbook = new Workbook();
    workbook.addWorksheet("Voorraad").addTable({ name: "Voorraad", ref: "A1", columns: HEADERS.map((name) => ({ name })), rows: grid.slice(1) });
    const adapter = new FileWorkbookAdapter(workbook);
    const run = await steps(new WorkbookAnalysisService(adapter), adapter, null);
    for (const step of run) print("ExcelJS (file adapter)", step);
    console.log(`  ${run[1].summary}`);
  } catch (error) {
    misses++;
    console.log(`ExcelJS (file adapter): MISS: failed (${(error as Error).message})`);
  }
  return misses;
}
