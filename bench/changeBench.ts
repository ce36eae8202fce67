/**
 * Benchmark of issue 14's functions, called the way Excel calls them (2-D column ranges), after warm-up:
 *  - MENG.VERANDERING (CHANGE), Shapley and Karmel–Maclachlan, on two snapshots of 100,000 rows each (two synthetic
 *    stocks with different seeds: partly the same buurten, partly added and removed ones). Target < 200 ms.
 *  - MENG.INTERVAL (CONFIDENCE_INTERVAL) with 500 bootstrap draws on 100,000 rows. Target < 2 s.
 *  - MENG.LOKALESEGREGATIE and MENG.TOEVAL on 100,000 rows. Target < 50 ms, as the other index functions.
 * Each timing includes reading the ranges and building the area × category table. Returns the number of misses.
 */
import { performance } from "perf_hooks";
import { customFunctions } from "../src/functions/registry";
import { column, generateStock, type Dwelling } from "./generateStock";

type AnyFunction = (...args: unknown[]) => unknown;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function time(fn: () => unknown, warmup: number, runs: number): { median: number; min: number } {
  for (let k = 0; k < warmup; k++) fn();
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), min: Math.min(...samples) };
}

export function runChangeBench(stock: readonly Dwelling[]): number {
  const later = generateStock({ dwellings: stock.length, buurten: 310, seed: 20250101 });
  const registry = customFunctions as unknown as Record<string, AnyFunction>;
  const b1 = column(stock, "buurtcode");
  const s1 = column(stock, "segment");
  const b2 = column(later, "buurtcode");
  const s2 = column(later, "segment");
  const shared = new Set(stock.map((d) => d.buurtcode));
  const common = new Set(later.map((d) => d.buurtcode).filter((b) => shared.has(b))).size;
  console.log("");
  console.log(`Change and inference (issue 14): snapshot 1 ${stock.length.toLocaleString("en")} rows / ${shared.size} buurten, ` +
    `snapshot 2 ${later.length.toLocaleString("en")} rows / ${new Set(later.map((d) => d.buurtcode)).size} buurten, ${common} buurten in both`);
  const cases: [label: string, fn: () => unknown, target: number, warmup: number, runs: number][] = [
    ["CHANGE shapley (2 × 100k rows)", () => registry.CHANGE(b1, s1, b2, s2), 200, 3, 15],
    ["CHANGE km (2 × 100k rows)", () => registry.CHANGE(b1, s1, b2, s2, null, null, "km"), 200, 3, 15],
    ["CONFIDENCE_INTERVAL 500 draws", () => registry.CONFIDENCE_INTERVAL(b1, s1, null, null, 500), 2000, 2, 7],
    ["LOCAL_SEGREGATION", () => registry.LOCAL_SEGREGATION(b1, s1), 50, 5, 31],
    ["RANDOM_BASELINE (D_M, H, M)", () => registry.RANDOM_BASELINE(b1, s1), 50, 5, 31],
  ];
  let misses = 0;
  console.log(`${"function".padEnd(32)} ${"median ms".padStart(9)} ${"min ms".padStart(8)}  target`);
  for (const [label, fn, target, warmup, runs] of cases) {
    try {
      fn();
    } catch (error) {
      misses++;
      console.log(`${label.padEnd(32)} MISS: failed (${(error as Error).message})`);
      continue;
    }
    const t = time(fn, warmup, runs);
    const pass = t.median < target;
    if (!pass) misses++;
    console.log(`${label.padEnd(32)} ${t.median.toFixed(2).padStart(9)} ${t.min.toFixed(2).padStart(8)}  < ${target} ms ${pass ? "PASS" : "MISS"}`);
  }
  return misses;
}
