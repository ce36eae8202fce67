/**
 * Benchmark of issue 15: a 200-row scenario on the 100,000-dwelling benchmark stock, target < 1 s in Node.
 *  - MENG.SCENARIO.VOORRAAD (SCENARIO_STOCK) called the way Excel calls it: the stock's buurt and segment columns
 *    (2-D ranges) and the 200-row scenario range with its header; includes reading the ranges, tabulating, checking
 *    and applying every row.
 *  - The full evaluation the scenario report makes (evaluateScenario): the same plus every figure per area and for the
 *    whole stock (shares, entropy, gap, D, H, M, lettings) before, after each year of the plan and at the end.
 * The scenario (scenarioPlan) is generated with the project's seeded PRNG and is valid by construction: it tracks the
 * counts so no row takes more dwellings than there are; the benchmark checks that no row was refused.
 */
import { performance } from "perf_hooks";
import { customFunctions } from "../src/functions/registry";
import { readColumns } from "../src/functions/segregationFunctions";
import { tabulate } from "../src/core/indices/contingency";
import { evaluateScenario } from "../src/core/scenario/evaluateScenario";
import { segmentTableOf } from "../src/core/scenario/segmentTable";
import { SCENARIO_HEADERS } from "../src/core/scenario/scenarioRows";
import { column, mulberry32, type Dwelling } from "./generateStock";

const TARGET_MS = 1000;
const ROWS = 200;

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

/** A plan of `rows` interventions over 2026–2035 on the stock's buurten, each one possible when its turn comes. */
export function scenarioPlan(stock: readonly Dwelling[], rows = ROWS, seed = 15): unknown[][] {
  const rand = mulberry32(seed);
  const counts = new Map<string, number>();
  const key = (b: string, s: string) => `${b}\u0000${s}`;
  for (const d of stock) {
    const s = d.segment.trim().toLowerCase();
    counts.set(key(d.buurtcode, s), (counts.get(key(d.buurtcode, s)) ?? 0) + 1);
  }
  const buurten = [...new Set(stock.map((d) => d.buurtcode))];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const take = (b: string, s: string, n: number) => {
    const have = counts.get(key(b, s)) ?? 0;
    if (have < n) return false;
    counts.set(key(b, s), have - n);
    return true;
  };
  const add = (b: string, s: string, n: number) => counts.set(key(b, s), (counts.get(key(b, s)) ?? 0) + n);
  const plan: unknown[][] = [[...SCENARIO_HEADERS]];
  // years ascending, so tracking the counts in generation order is the order the plan is applied in
  for (let k = 0; plan.length <= rows; k++) {
    const year = 2026 + Math.floor(((plan.length - 1) * 10) / rows);
    const b = pick(buurten);
    const n = 1 + Math.floor(rand() * 8);
    const kind = pick(["verkoop", "sloop", "nieuwbouw", "liberalisatie", "samenvoegen", "splitsen"] as const);
    const row = planRow(kind, b, n, year, take, add);
    if (row) plan.push([...row, `bench ${k}`]);
  }
  return plan;
}

/** One row of the plan when the intervention is possible now (the counts are updated), else null. */
function planRow(
  kind: "verkoop" | "sloop" | "nieuwbouw" | "liberalisatie" | "samenvoegen" | "splitsen",
  b: string,
  n: number,
  year: number,
  take: (b: string, s: string, n: number) => boolean,
  add: (b: string, s: string, n: number) => void,
): unknown[] | null {
  switch (kind) {
    case "verkoop":
      if (!take(b, "sociale huur", n)) return null;
      add(b, "koop", n);
      return [b, kind, "sociale huur", "koop", n, null, year];
    case "sloop":
      return take(b, "sociale huur", n) ? [b, kind, "sociale huur", null, n, null, year] : null;
    case "nieuwbouw":
      add(b, "middenhuur", n * 3);
      return [b, kind, null, "middenhuur", n * 3, null, year];
    case "liberalisatie":
      if (!take(b, "sociale huur", n)) return null;
      add(b, "vrije sector huur", n);
      return [b, kind, null, "vrije sector huur", n, null, year];
    case "samenvoegen":
      if (!take(b, "sociale huur", 2 * n)) return null;
      add(b, "sociale huur", n);
      return [b, kind, "sociale huur", null, 2 * n, n, year];
    case "splitsen":
      if (!take(b, "koop", n)) return null;
      add(b, "koop", 2 * n);
      return [b, kind, "koop", null, n, 2 * n, year];
  }
}

export function runScenarioBench(stock: readonly Dwelling[]): number {
  const registry = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown[][]>;
  const buurt = column(stock, "buurtcode");
  const segment = column(stock, "segment");
  const plan = scenarioPlan(stock);
  console.log("");
  console.log(`Scenario (issue 15): ${(plan.length - 1).toLocaleString("en")} scenario rows over 2026–2035 on ${stock.length.toLocaleString("en")} dwellings`);
  const evaluate = () => {
    // the columns read as the functions read them (blank cells skipped, spellings folded)
    const c = readColumns(buurt, segment, null);
    const table = segmentTableOf(tabulate(c.areas, c.categories, null));
    return evaluateScenario(table, plan);
  };
  const check = evaluate();
  let misses = 0;
  if (!check.valid || check.applied.applied.length !== plan.length - 1) {
    misses++;
    console.log(`MISS: the generated plan has row problems (${check.problems[0]?.message ?? "rows not applied"})`);
  }
  const cases: [label: string, fn: () => unknown][] = [
    ["SCENARIO_STOCK (function, 200 rows)", () => registry.SCENARIO_STOCK(buurt, segment, plan)],
    ["evaluateScenario (all figures)", evaluate],
  ];
  console.log(`${"what".padEnd(38)} ${"median ms".padStart(9)} ${"min ms".padStart(8)}  target`);
  for (const [label, fn] of cases) {
    const t = time(fn, 2, 11);
    const pass = t.median < TARGET_MS;
    if (!pass) misses++;
    console.log(`${label.padEnd(38)} ${t.median.toFixed(2).padStart(9)} ${t.min.toFixed(2).padStart(8)}  < ${TARGET_MS} ms ${pass ? "PASS" : "MISS"}`);
  }
  console.log(`  (${check.years.length} plan years, ${check.table.areas.length} buurten, ${check.table.segments.length} segments; D before ${check.before.d.value?.toFixed(4)}, at the end ${check.end.d.value?.toFixed(4)})`);
  return misses;
}
