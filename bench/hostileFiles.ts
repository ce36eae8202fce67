/**
 * Time and memory to refuse or open hostile .xlsx files through the file adapter (what the browser preview does):
 * `npx tsx bench/hostileFiles.ts` (also run by `npm run bench`). Each file is made first (in this process), written to
 * a temporary file, then opened in a fresh Node process that reports its wall time and its peak resident memory
 * (process.resourceUsage().maxRSS), so one file's garbage never counts against another.
 * Targets (issue 12): refused or opened in under 2 s and under 300 MB peak RSS. A MISS is printed, the exit code is 0.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stockGrid } from "../test/analysis/stockFixture";
import { excelLikePackage, rowXml, SharedStrings, sheetXml } from "../test/hostile/excelLikePackage";
import { lyingZipBomb, rowPastExcel, strayCellStock, zipBomb } from "../test/hostile/hostileWorkbooks";

/** An ordinary, honest stock of `rows` rows × 12 columns (for the measurement behind PACKAGE_LIMITS, `--large`). */
async function largeStock(rows: number): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const grid = stockGrid({ rows, seed: 1 });
  const xml = function* () {
    yield sheetXml("").split("<sheetData>")[0] + "<sheetData>";
    let chunk = "";
    for (let i = 0; i < grid.length; i++) {
      chunk += rowXml(i + 1, grid[i] as (string | number | null)[], strings);
      if (chunk.length > 1_000_000) {
        yield chunk;
        chunk = "";
      }
    }
    yield chunk + "</sheetData></worksheet>";
  };
  return excelLikePackage({ strings, sheets: [{ name: "Voorraad", xml }] });
}

const TARGET_MS = 2_000;
const TARGET_RSS_MB = 300;

/** Runs in the child: open, list sources and read the first one, as "Alles maken" would. */
const CHILD = `
const { readFileSync } = require("node:fs");
const { performance } = require("node:perf_hooks");
const { FileWorkbookAdapter } = require("./src/workbook/FileWorkbookAdapter");
(async () => {
  const bytes = readFileSync(process.argv[process.argv.length - 1]);
  const start = performance.now();
  let outcome;
  try {
    const adapter = await FileWorkbookAdapter.fromBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sources = await adapter.listSources();
    const rows = sources.length ? await adapter.readSource(sources[0]) : [];
    outcome = "opened, read " + rows.length + " rows × " + (rows[0] ? rows[0].length : 0) + " columns";
  } catch (error) {
    outcome = "refused: " + error.message;
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, outcome }));
})();
`;

/** Resolves with the number of missed targets. */
export async function runHostileBench(): Promise<number> {
  let misses = 0;
  const dir = mkdtempSync(join(tmpdir(), "mengwijzer-hostile-"));
  try {
    const files: [string, () => Promise<Uint8Array>][] = [
      ["stray cell in XFD1048576 (50 stock rows)", () => strayCellStock(50)],
      ["zip bomb, 200 MB sheet", () => zipBomb(200)],
      ["lying zip bomb, 60 MB sheet declared as 1 KB", () => lyingZipBomb(60)],
      ["row 1,048,577", () => rowPastExcel()],
      // Not hostile, and not held to the targets: what an allowed big file costs (npx tsx bench/hostileFiles.ts --large).
      ...(process.argv.includes("--large") ? [["info: honest stock, 100,000 rows × 12 columns", () => largeStock(100_000)] as [string, () => Promise<Uint8Array>]] : []),
    ];
    console.log("\nHostile files through FileWorkbookAdapter (fresh process each; peak RSS includes Node itself):");
    for (const [label, make] of files) {
      const bytes = await make();
      const path = join(dir, "file.xlsx");
      writeFileSync(path, bytes);
      const out = execFileSync(process.execPath, ["--import", "tsx", "-e", CHILD, path], { cwd: join(__dirname, ".."), encoding: "utf8", maxBuffer: 1 << 24 });
      const { ms, rssMb, outcome } = JSON.parse(out.trim().split("\n").pop()!) as { ms: number; rssMb: number; outcome: string };
      const info = label.startsWith("info:");
      const ok = info || (ms < TARGET_MS && rssMb < TARGET_RSS_MB);
      if (!ok) misses++;
      console.log(`  ${info ? "    " : ok ? "ok  " : "MISS"} ${label} (${(bytes.length / 1024).toFixed(1)} KiB): ${ms.toFixed(0)} ms, peak RSS ${rssMb.toFixed(0)} MB — ${outcome.slice(0, 110)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return misses;
}

if (require.main === module) void runHostileBench();
