/**
 * Cross-check of our custom functions against an independent reference (./referenceIndices.ts, written from
 * /shared/domain/indices.md only). Our functions are called the way Excel calls them: through the registry, with 2-D
 * column ranges ([[v],[v],...]) and a weights column. Absolute tolerance 1e-9.
 *
 * Data: the public reference sets (schools00 of R `segregation`, Elbers; GeoDa's Sacramento tracts used by
 * pysal/segregation), committed under test/core/fixtures (copies of the project's shared public data), so they always
 * run. The fast-check random stocks always run too.
 *
 * Where the spec defines no value (0/0 cases, e.g. Theil's H with one category), the reference says "unspecified"
 * and the test only records what ours does; the summary printed at the end lists those behaviours.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { customFunctions } from "../../src/functions/registry";
import { mulberry32, weightedIndex } from "../../scripts/seededRandom";
import * as ref from "./referenceIndices";
import type { Cell, Outcome } from "./referenceIndices";

const TOL = 1e-9;
const RUNS = 250;
// Fixed seed so CI is repeatable; FC_SEED=<n> (or FC_SEED=random) explores other stocks. An unseeded run once found
// SCALE's within share 9e-7 off the reference for weights from 0.25 to 91,333 (floating-point cancellation, own issue).
const SEED = process.env.FC_SEED === "random" ? Date.now() : Number(process.env.FC_SEED ?? 20261127);

// ---------------------------------------------------------------------------------------------------------------
// Calling ours like Excel
// ---------------------------------------------------------------------------------------------------------------

type AnyFn = (...args: unknown[]) => unknown;

function fnOf(id: string): AnyFn {
  const fn = (customFunctions as Record<string, unknown>)[id];
  if (typeof fn !== "function") {
    throw new Error(`custom function id ${id} is not registered in src/functions/registry.ts (yet); cannot cross-check it`);
  }
  return fn as AnyFn;
}

const col = (cells: readonly Cell[]): Cell[][] => cells.map((c) => [c]);

type Ours = { ok: true; value: unknown } | { ok: false; code: string; message: string };

function callOurs(id: string, args: unknown[]): Ours {
  const fn = fnOf(id);
  try {
    const value = fn(...args);
    if (value && typeof value === "object" && !Array.isArray(value) && "code" in value) {
      const e = value as { code: string; message?: string };
      return { ok: false, code: String(e.code), message: String(e.message ?? "") };
    }
    return { ok: true, value };
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    if (typeof err?.code === "string") return { ok: false, code: err.code, message: String(err.message ?? "") };
    return { ok: false, code: "JS-EXCEPTION", message: String(err?.message ?? e) };
  }
}

function describeOurs(o: Ours): string {
  return o.ok ? JSON.stringify(o.value) : `${o.code} (${o.message})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics: max |ours − ref| per data set and index, and behaviours where the spec is silent
// ---------------------------------------------------------------------------------------------------------------

interface Stat {
  maxDiff: number;
  compared: number;
  errorsAgreed: number;
}
const stats = new Map<string, Stat>();
const unspecifiedSeen = new Map<string, number>();

function stat(dataset: string, index: string): Stat {
  const key = `${dataset}\t${index}`;
  let s = stats.get(key);
  if (!s) {
    s = { maxDiff: 0, compared: 0, errorsAgreed: 0 };
    stats.set(key, s);
  }
  return s;
}

function noteUnspecified(dataset: string, index: string, why: string, ours: string): void {
  const key = `${dataset}\t${index}\t${why}\t→ ours: ${ours.slice(0, 160)}`;
  unspecifiedSeen.set(key, (unspecifiedSeen.get(key) ?? 0) + 1);
}

const EXCEL_ERROR_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#REF!", "#NAME?"]);

/** Compare one scalar; returns a mismatch text or null. */
function compareValue(dataset: string, index: string, ctx: string, ours: Ours, expected: Outcome): string | null {
  const s = stat(dataset, index);
  if (expected.kind === "unspecified") {
    noteUnspecified(dataset, index, expected.why, ours.ok ? `value ${String(ours.value)}` : ours.code);
    // indices.md gives no value here, but what ours gives must still be usable: a finite number or an Excel error,
    // never NaN or a crash.
    if (ours.ok && !(typeof ours.value === "number" && Number.isFinite(ours.value))) return `${index} ${ctx}: unspecified case, ours ${describeOurs(ours)} is not a finite number`;
    if (!ours.ok && !EXCEL_ERROR_CODES.has(ours.code)) return `${index} ${ctx}: unspecified case, ours ${describeOurs(ours)} is not an Excel error`;
    return null;
  }
  if (expected.kind === "error") {
    if (!ours.ok && ours.code === expected.code) {
      s.errorsAgreed++;
      return null;
    }
    return `${index} ${ctx}: reference ${expected.code} (${expected.why}), ours ${describeOurs(ours)}`;
  }
  if (!ours.ok) return `${index} ${ctx}: reference ${expected.value}, ours ${describeOurs(ours)}`;
  if (typeof ours.value !== "number") return `${index} ${ctx}: reference ${expected.value}, ours non-number ${describeOurs(ours)}`;
  const diff = Math.abs(ours.value - expected.value);
  s.compared++;
  if (!(diff <= s.maxDiff)) s.maxDiff = Number.isNaN(diff) ? Infinity : diff;
  if (!(diff <= TOL)) return `${index} ${ctx}: reference ${expected.value}, ours ${ours.value}, |diff| ${diff}`;
  return null;
}

function numberCell(dataset: string, index: string, ctx: string, got: unknown, want: number | null, out: string[]): void {
  if (want === null) {
    noteUnspecified(dataset, index, "cell of an area with weight 0", JSON.stringify(got));
    return;
  }
  const m = compareValue(dataset, index, ctx, { ok: true, value: got }, { kind: "value", value: want });
  if (m) out.push(m);
}

// ---------------------------------------------------------------------------------------------------------------
// Per-index checks (shared by the data sets and the random stocks)
// ---------------------------------------------------------------------------------------------------------------

interface Stock {
  areas: Cell[];
  cats: Cell[];
  weights: Cell[] | null;
}

const weightsArg = (s: Stock): Cell[][] | null => (s.weights ? col(s.weights) : null);

function checkShare(ds: string, s: Stock, group: Cell): string | null {
  const ours = callOurs("SHARE", [col(s.cats), group, weightsArg(s)]);
  return compareValue(ds, "SHARE", `group=${JSON.stringify(group)}`, ours, ref.refShare(s.cats, group, s.weights));
}

function checkEntropy(ds: string, s: Stock, k: number | null): string | null {
  const ours = callOurs("ENTROPY", [col(s.cats), weightsArg(s), k]);
  return compareValue(ds, "ENTROPY", `K=${k}`, ours, ref.refEntropy(s.cats, s.weights, k));
}

function checkSimpson(ds: string, s: Stock): string | null {
  const ours = callOurs("SIMPSON", [col(s.cats), weightsArg(s)]);
  return compareValue(ds, "SIMPSON", "", ours, ref.refSimpson(s.cats, s.weights));
}

function checkTargetGap(ds: string, s: Stock, tc: Cell[], tq: Cell[]): string | null {
  const ours = callOurs("TARGET_GAP", [col(s.cats), col(tc), col(tq), weightsArg(s)]);
  return compareValue(ds, "TARGET_GAP", `target=${JSON.stringify(tc)}:${JSON.stringify(tq)}`, ours, ref.refTargetGap(s.cats, tc, tq, s.weights));
}

function checkD(ds: string, s: Stock, a: Cell, b: Cell): string | null {
  const ours = callOurs("DISSIMILARITY", [col(s.areas), col(s.cats), a, b, weightsArg(s)]);
  return compareValue(ds, "DISSIMILARITY", `a=${JSON.stringify(a)} b=${JSON.stringify(b)}`, ours, ref.refDissimilarity(s.areas, s.cats, a, b, s.weights));
}

function checkDM(ds: string, s: Stock, label = ""): string | null {
  const ours = callOurs("DISSIMILARITY_MULTI", [col(s.areas), col(s.cats), weightsArg(s)]);
  return compareValue(ds, "DISSIMILARITY_MULTI", label, ours, ref.refDissimilarityMulti(s.areas, s.cats, s.weights));
}

function checkTheil(ds: string, s: Stock, label = ""): string | null {
  const ours = callOurs("THEIL", [col(s.areas), col(s.cats), weightsArg(s)]);
  return compareValue(ds, "THEIL", label, ours, ref.refTheil(s.areas, s.cats, s.weights));
}

function checkM(ds: string, s: Stock, label = ""): string | null {
  const ours = callOurs("MUTUAL_INFO", [col(s.areas), col(s.cats), weightsArg(s)]);
  return compareValue(ds, "MUTUAL_INFO", label, ours, ref.refMutualInfo(s.areas, s.cats, s.weights));
}

function checkIsolation(ds: string, s: Stock, x: Cell): string | null {
  const ours = callOurs("ISOLATION", [col(s.areas), col(s.cats), x, weightsArg(s)]);
  return compareValue(ds, "ISOLATION", `x=${JSON.stringify(x)}`, ours, ref.refIsolation(s.areas, s.cats, x, s.weights));
}

function checkExposure(ds: string, s: Stock, x: Cell, y: Cell): string | null {
  const ours = callOurs("EXPOSURE", [col(s.areas), col(s.cats), x, y, weightsArg(s)]);
  return compareValue(ds, "EXPOSURE", `x=${JSON.stringify(x)} y=${JSON.stringify(y)}`, ours, ref.refExposure(s.areas, s.cats, x, y, s.weights));
}

function checkLQ(ds: string, s: Stock, area: Cell, group: Cell): string | null {
  const ours = callOurs("LOCATION_QUOTIENT", [col(s.areas), col(s.cats), area, group, weightsArg(s)]);
  return compareValue(ds, "LOCATION_QUOTIENT", `area=${JSON.stringify(area)} group=${JSON.stringify(group)}`, ours, ref.refLocationQuotient(s.areas, s.cats, area, group, s.weights));
}

/** SCALE spills [label, value] × 4: M total, between, within, within share. Returns mismatches. */
function checkScale(ds: string, fine: Cell[], coarse: Cell[], cats: Cell[], weights: Cell[] | null, label = ""): string[] {
  const out: string[] = [];
  const ours = callOurs("SCALE", [col(fine), col(coarse), col(cats), weights ? col(weights) : null]);
  const want = ref.refScale(fine, coarse, cats, weights);
  if (want.kind === "unspecified") {
    noteUnspecified(ds, "SCALE", want.why, describeOurs(ours));
    return out;
  }
  if (want.kind === "error") {
    const m = compareValue(ds, "SCALE", label, ours, want);
    if (m) out.push(m);
    return out;
  }
  if (!ours.ok) return [`SCALE ${label}: reference ${JSON.stringify(want.values)}, ours ${describeOurs(ours)}`];
  const grid = ours.value as unknown[][];
  if (!Array.isArray(grid) || grid.length !== 4 || grid.some((r) => !Array.isArray(r) || r.length !== 2)) {
    return [`SCALE ${label}: expected a 4×2 block, got ${JSON.stringify(grid)}`];
  }
  const labels = grid.map((r) => r[0]);
  if (labels.some((l) => typeof l !== "string" || l.trim() === "") || new Set(labels).size !== 4) {
    out.push(`SCALE ${label}: first column should hold 4 distinct labels, got ${JSON.stringify(labels)}`);
  }
  const parts: [string, number | null][] = [
    ["SCALE.total", want.values.total],
    ["SCALE.between", want.values.between],
    ["SCALE.within", want.values.within],
    ["SCALE.withinShare", want.values.withinShare],
  ];
  parts.forEach(([name, v], r) => {
    if (v === null) {
      noteUnspecified(ds, name, "M total = 0 (within/total = 0/0)", JSON.stringify(grid[r][1]));
      return;
    }
    const m = compareValue(ds, name, label, { ok: true, value: grid[r][1] }, { kind: "value", value: v });
    if (m) out.push(m);
  });
  return out;
}

/** The category a BY_AREA header names: the longest reference category whose folded key occurs in the header. */
function headerCategory(header: unknown, categories: string[]): string | null {
  if (typeof header !== "string") return null;
  const h = header.trim().toLowerCase();
  let best: string | null = null;
  for (const c of categories) if (h.includes(c) && (best === null || c.length > best.length)) best = c;
  return best;
}

/** BY_AREA: every cell of the spilled table (header checked and read, rows matched by area). */
function checkByArea(ds: string, s: Stock, label = ""): string[] {
  const out: string[] = [];
  const ours = callOurs("BY_AREA", [col(s.areas), col(s.cats), weightsArg(s)]);
  const want = ref.refByArea(s.areas, s.cats, s.weights);
  if (want.kind === "unspecified") {
    noteUnspecified(ds, "BY_AREA", want.why, describeOurs(ours));
    return out;
  }
  if (want.kind === "error") {
    const m = compareValue(ds, "BY_AREA", label, ours, want);
    return m ? [m] : [];
  }
  if (!ours.ok) return [`BY_AREA ${label}: reference table, ours ${describeOurs(ours)}`];
  const grid = ours.value as unknown[][];
  const t = want.table;
  const K = t.categories.length;
  const width = 2 + K + 1 + K + 2; // ..., LQ per category, lokale score, bijdrage aan M
  if (!Array.isArray(grid) || grid.length < 1) return [`BY_AREA ${label}: not a table: ${JSON.stringify(grid)}`];
  const header = grid[0];
  if (!Array.isArray(header) || header.length !== width) {
    return [`BY_AREA ${label}: header should have ${width} cells (gebied, aantal, ${K} shares, entropie, ${K} LQ, lokale score, bijdrage aan M), got ${JSON.stringify(header)} for categories ${JSON.stringify(t.categories)}`];
  }
  if (header.some((h) => typeof h !== "string" || h.trim() === "")) out.push(`BY_AREA ${label}: header has a non-text cell: ${JSON.stringify(header)}`);
  // shares block 2..2+K-1, entropy at 2+K, LQ block 3+K..2+2K
  const shareCol = new Map<string, number>();
  const lqCol = new Map<string, number>();
  for (let j = 0; j < K; j++) {
    const cs = headerCategory(header[2 + j], t.categories);
    const cl = headerCategory(header[3 + K + j], t.categories);
    if (cs === null || shareCol.has(cs)) out.push(`BY_AREA ${label}: share header ${JSON.stringify(header[2 + j])} names no (new) category`);
    else shareCol.set(cs, 2 + j);
    if (cl === null || lqCol.has(cl)) out.push(`BY_AREA ${label}: LQ header ${JSON.stringify(header[3 + K + j])} names no (new) category`);
    else lqCol.set(cl, 3 + K + j);
  }
  const entropyHeader = String(header[2 + K]).toLowerCase();
  if (!entropyHeader.includes("entrop")) out.push(`BY_AREA ${label}: column ${2 + K} should be the entropy, header ${JSON.stringify(header[2 + K])}`);
  if (headerCategory(header[2 + K], t.categories) !== null) out.push(`BY_AREA ${label}: entropy header names a category: ${JSON.stringify(header[2 + K])}`);
  if (out.length > 0) return out;

  const body = grid.slice(1);
  if (body.length !== t.rows.length) out.push(`BY_AREA ${label}: ${body.length} area rows, reference ${t.rows.length}`);
  const byKey = new Map<string, unknown[]>();
  for (const row of body) {
    const key = ref.fold(row[0] as Cell);
    if (byKey.has(key)) out.push(`BY_AREA ${label}: area ${JSON.stringify(row[0])} listed twice`);
    byKey.set(key, row);
  }
  for (const r of t.rows) {
    const row = byKey.get(r.key);
    if (!row) {
      out.push(`BY_AREA ${label}: area ${r.key} missing`);
      continue;
    }
    if (row.length !== width) out.push(`BY_AREA ${label}: row of ${r.key} has ${row.length} cells`);
    numberCell(ds, "BY_AREA.count", `${label} area=${r.key}`, row[1], r.count, out);
    for (const c of t.categories) {
      numberCell(ds, "BY_AREA.share", `${label} area=${r.key} cat=${c}`, row[shareCol.get(c)!], r.shares.get(c)!, out);
      numberCell(ds, "BY_AREA.LQ", `${label} area=${r.key} cat=${c}`, row[lqCol.get(c)!], r.lq.get(c)!, out);
    }
    numberCell(ds, "BY_AREA.entropy", `${label} area=${r.key}`, row[2 + K], r.entropy, out);
    numberCell(ds, "BY_AREA.local", `${label} area=${r.key}`, row[3 + 2 * K], r.local, out);
    numberCell(ds, "BY_AREA.contribution", `${label} area=${r.key}`, row[4 + 2 * K], r.contribution, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Public data sets
// ---------------------------------------------------------------------------------------------------------------

// The public data sets are committed (test/core/fixtures/README.md says where they come from): these cases always run.
const dataDir = path.resolve(__dirname, "../core/fixtures");

function readCsv(file: string): Record<string, string>[] {
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
  const head = lines[0].split(",");
  return lines.slice(1).map((l) => {
    const cells = l.split(",");
    const rec: Record<string, string> = {};
    head.forEach((h, j) => (rec[h] = cells[j]));
    return rec;
  });
}


interface DataSet {
  name: string;
  stock: Stock;
  /** alternative area columns for D_M / H / M / BY_AREA */
  otherAreas: [string, Cell[]][];
  /** [fine, coarse, label] */
  scales: [Cell[], Cell[], string][];
  /** subsets of rows (one area each) for the composition indices */
  subsets: [string, Stock][];
  groups: string[];
  lqAreas: Cell[];
}

function subsetBy(stock: Stock, key: Cell[], wanted: string): Stock {
  const idx = key.map((k, i) => (k === wanted ? i : -1)).filter((i) => i >= 0);
  return {
    areas: idx.map((i) => stock.areas[i]),
    cats: idx.map((i) => stock.cats[i]),
    weights: stock.weights ? idx.map((i) => stock.weights![i]) : null,
  };
}

function loadSchools(dir: string): DataSet {
  const rows = readCsv(path.join(dir, "schools00_long.csv"));
  const stock: Stock = { areas: rows.map((r) => r.school), cats: rows.map((r) => r.race), weights: rows.map((r) => Number(r.n)) };
  const district = rows.map((r) => r.district);
  const state = rows.map((r) => r.state);
  const districts = [...new Set(district)];
  const schools = [...new Set(stock.areas as string[])];
  return {
    name: "schools00",
    stock,
    otherAreas: [
      ["district", district],
      ["state", state],
    ],
    scales: [
      [stock.areas, district, "school in district"],
      [stock.areas, state, "school in state"],
      [district, state, "district in state"],
    ],
    subsets: [
      ["all rows", stock],
      ...[...new Set(state)].map((s): [string, Stock] => [`state ${s}`, subsetBy(stock, state, s)]),
      ...districts.filter((_, i) => i % 10 === 0).map((d): [string, Stock] => [`district ${d}`, subsetBy(stock, district, d)]),
      ...schools.filter((_, i) => i % 50 === 0).map((s): [string, Stock] => [`school ${s}`, subsetBy(stock, stock.areas, s)]),
    ],
    groups: [...new Set(stock.cats as string[])],
    lqAreas: schools.filter((_, i) => i % 25 === 0), // every LQ cell is also checked through BY_AREA
  };
}

function loadSacramento(dir: string): DataSet {
  const rows = readCsv(path.join(dir, "sacramento_tracts_long.csv"));
  const stock: Stock = { areas: rows.map((r) => r.area), cats: rows.map((r) => r.group), weights: rows.map((r) => Number(r.count)) };
  const county = rows.map((r) => r.area.slice(0, 5));
  const block = rows.map((r) => r.area.slice(0, 8));
  const tracts = [...new Set(stock.areas as string[])];
  return {
    name: "sacramento",
    stock,
    otherAreas: [["tract prefix (8)", block]],
    scales: [
      [stock.areas, county, "tract in county"],
      [stock.areas, block, "tract in 8-digit prefix"],
      [block, county, "prefix in county"],
    ],
    subsets: [
      ["all rows", stock],
      ...tracts.filter((_, i) => i % 20 === 0).map((t): [string, Stock] => [`tract ${t}`, subsetBy(stock, stock.areas, t)]),
    ],
    groups: [...new Set(stock.cats as string[])],
    lqAreas: tracts.filter((_, i) => i % 4 === 0), // every LQ cell is also checked through BY_AREA
  };
}

function expectNoMismatch(list: (string | null)[]): void {
  const bad = list.filter((m): m is string => m !== null);
  if (bad.length > 0) throw new Error(`${bad.length} mismatch(es):\n${bad.slice(0, 25).join("\n")}`);
}

const dataSets: (() => DataSet)[] = [() => loadSchools(dataDir), () => loadSacramento(dataDir)];

for (const load of dataSets) {
  let d: DataSet;
  const name = load === dataSets[0] ? "schools00" : "sacramento";
  describe(`public data: ${name}`, () => {
    beforeAll(() => {
      d = load();
    });

    test("SHARE", () => {
      const m: (string | null)[] = [];
      for (const [lbl, s] of d.subsets) for (const g of [...d.groups, " " + d.groups[0].toUpperCase() + " ", "geen groep"]) { const r = checkShare(d.name, s, g); m.push(r && `${lbl}: ${r}`); }
      expectNoMismatch(m);
    });

    test("ENTROPY (K observed and given)", () => {
      const m: (string | null)[] = [];
      for (const [lbl, s] of d.subsets) for (const k of [null, 1, 5, 6, 8]) { const r = checkEntropy(d.name, s, k); m.push(r && `${lbl}: ${r}`); }
      expectNoMismatch(m);
    });

    test("SIMPSON", () => {
      const m: (string | null)[] = [];
      for (const [lbl, s] of d.subsets) { const r = checkSimpson(d.name, s); m.push(r && `${lbl}: ${r}`); }
      expectNoMismatch(m);
    });

    test("TARGET_GAP", () => {
      const g = d.groups;
      const targets: [Cell[], Cell[]][] = [
        [g, g.map(() => 1 / g.length)],
        [g.slice(0, 2).map((x) => ` ${x.toUpperCase()} `), [0.3, 0.7]],
        [[g[0], "bestaat niet"], [0.5, 0.5]],
        [[g[g.length - 1]], [1]],
      ];
      const m: (string | null)[] = [];
      for (const [lbl, s] of d.subsets) for (const [tc, tq] of targets) { const r = checkTargetGap(d.name, s, tc, tq); m.push(r && `${lbl}: ${r}`); }
      expectNoMismatch(m);
    });

    test("DISSIMILARITY (every group vs all others, every ordered pair)", () => {
      const m: (string | null)[] = [];
      for (const a of d.groups) {
        m.push(checkD(d.name, d.stock, a, null));
        for (const b of d.groups) if (b !== a) m.push(checkD(d.name, d.stock, a, b));
      }
      m.push(checkD(d.name, d.stock, "geen groep", null));
      expectNoMismatch(m);
    });

    test("DISSIMILARITY_MULTI", () => {
      const m = [checkDM(d.name, d.stock, "finest areas"), ...d.otherAreas.map(([lbl, a]) => checkDM(d.name, { ...d.stock, areas: a }, lbl))];
      expectNoMismatch(m);
    });

    test("THEIL", () => {
      const m = [checkTheil(d.name, d.stock, "finest areas"), ...d.otherAreas.map(([lbl, a]) => checkTheil(d.name, { ...d.stock, areas: a }, lbl))];
      expectNoMismatch(m);
    });

    test("MUTUAL_INFO", () => {
      const m = [checkM(d.name, d.stock, "finest areas"), ...d.otherAreas.map(([lbl, a]) => checkM(d.name, { ...d.stock, areas: a }, lbl))];
      expectNoMismatch(m);
    });

    test("ISOLATION (every group)", () => {
      expectNoMismatch([...d.groups.map((x) => checkIsolation(d.name, d.stock, x)), checkIsolation(d.name, d.stock, "geen groep")]);
    });

    test("EXPOSURE (every ordered pair)", () => {
      const m: (string | null)[] = [];
      for (const x of d.groups) for (const y of d.groups) if (x !== y) m.push(checkExposure(d.name, d.stock, x, y));
      expectNoMismatch(m);
    });

    test("LOCATION_QUOTIENT (areas × groups)", () => {
      const m: (string | null)[] = [];
      for (const a of d.lqAreas) for (const g of d.groups) m.push(checkLQ(d.name, d.stock, a, g));
      expectNoMismatch(m);
    });

    test("SCALE", () => {
      const m: string[] = [];
      for (const [fine, coarse, lbl] of d.scales) m.push(...checkScale(d.name, fine, coarse, d.stock.cats, d.stock.weights, lbl));
      expectNoMismatch(m);
    });

    test("BY_AREA (every cell)", () => {
      const m: string[] = [...checkByArea(d.name, d.stock, "finest areas")];
      for (const [lbl, a] of d.otherAreas) m.push(...checkByArea(d.name, { ...d.stock, areas: a }, lbl));
      expectNoMismatch(m);
    });
  });
}


// ---------------------------------------------------------------------------------------------------------------
// Random stocks (fast-check)
// ---------------------------------------------------------------------------------------------------------------

const CATS = ["Sociale huur", "Middenhuur", "Vrije sector", "Koop", "Leegstand", "Ëxtra"];
const AREAS = ["BU0363AF01", "Wijk Noord", "centrum", "Buurt 7", "Oost", "Zuid-West"];
const COARSE = ["WK01", "wk02", "Stadsdeel Oost"];

/** Messy spelling of a label: case changed, spaces around. */
function messyArb(labels: string[]): fc.Arbitrary<string> {
  return fc
    .record({
      base: fc.constantFrom(...labels),
      mode: fc.integer({ min: 0, max: 3 }),
      flips: fc.integer({ min: 0, max: 1023 }),
      lead: fc.integer({ min: 0, max: 2 }),
      trail: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ base, mode, flips, lead, trail }) => {
      let s = base;
      if (mode === 1) s = base.toLowerCase();
      if (mode === 2) s = base.toUpperCase();
      if (mode === 3) s = [...base].map((ch, i) => ((flips >> i % 10) & 1 ? ch.toUpperCase() : ch.toLowerCase())).join("");
      return " ".repeat(lead) + s + " ".repeat(trail);
    });
}

const blankArb: fc.Arbitrary<Cell> = fc.constantFrom<Cell>("", null, "   ", undefined);

const weightArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => n / 4) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => String(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => ` ${n / 8} `) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000_000 }) },
);

interface RandomRow {
  area: Cell;
  cat: Cell;
  w: Cell;
  coarseBreak: boolean;
}

const rowArb: fc.Arbitrary<RandomRow> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ area: messyArb(AREAS) as fc.Arbitrary<Cell>, cat: messyArb(CATS) as fc.Arbitrary<Cell>, w: weightArb, coarseBreak: fc.constant(false) }) },
  // blank rows: area, category or both blank; the weight cell of a blank row is blank or a number
  { weight: 1, arbitrary: fc.record({ area: blankArb, cat: blankArb, w: fc.constantFrom<Cell>("", null, 3), coarseBreak: fc.constant(false) }) },
  { weight: 1, arbitrary: fc.record({ area: messyArb(AREAS) as fc.Arbitrary<Cell>, cat: blankArb, w: fc.constantFrom<Cell>("", null, 2), coarseBreak: fc.constant(false) }) },
  // blank area, category given: skipped by the area indices, but a usable row for SHARE/ENTROPY/SIMPSON/TARGET_GAP
  // (they have no area column), so its weight is a valid one
  { weight: 1, arbitrary: fc.record({ area: blankArb, cat: messyArb(CATS) as fc.Arbitrary<Cell>, w: weightArb, coarseBreak: fc.constant(false) }) },
);

interface RandomCase {
  stock: Stock;
  rows: RandomRow[];
  coarseOf: Map<string, string>;
  breakNesting: boolean;
}

const caseArb: fc.Arbitrary<RandomCase> = fc
  .record({
    rows: fc.oneof(
      { weight: 1, arbitrary: fc.array(rowArb, { minLength: 1, maxLength: 8 }) },
      { weight: 3, arbitrary: fc.array(rowArb, { minLength: 1, maxLength: 60, size: "max" }) },
    ),
    weighted: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    parents: fc.array(fc.constantFrom(...COARSE), { minLength: AREAS.length, maxLength: AREAS.length }),
    breakNesting: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  })
  .map(({ rows, weighted, parents, breakNesting }) => {
    const coarseOf = new Map<string, string>();
    AREAS.forEach((a, i) => coarseOf.set(a.toLowerCase(), parents[i]));
    return {
      rows,
      stock: { areas: rows.map((r) => r.area), cats: rows.map((r) => r.cat), weights: weighted ? rows.map((r) => r.w) : null },
      coarseOf,
      breakNesting,
    };
  });

const groupArb = fc.oneof({ weight: 10, arbitrary: messyArb(CATS) }, { weight: 1, arbitrary: fc.constant("Geen groep") });

function prop<T>(arb: fc.Arbitrary<T>, check: (v: T) => string | string[] | null): void {
  fc.assert(
    fc.property(arb, (v) => {
      const r = check(v);
      const list = r === null ? [] : Array.isArray(r) ? r : [r];
      if (list.length > 0) throw new Error(list.slice(0, 10).join("\n"));
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

const R = "random";

describe("random stocks (fast-check)", () => {
  test("SHARE", () => prop(fc.tuple(caseArb, groupArb), ([c, g]) => checkShare(R, c.stock, g)));
  test("ENTROPY (K observed)", () => prop(caseArb, (c) => checkEntropy(R, c.stock, null)));
  test("ENTROPY (K given ≥ observed)", () =>
    prop(fc.tuple(caseArb, fc.integer({ min: 0, max: 3 })), ([c, extra]) => {
      // ENTROPY has no area column: a category is observed when its cell is not blank and its total weight > 0
      const w = (i: number): number => (c.stock.weights === null ? 1 : Number(String(c.stock.weights[i]).trim()));
      const totals = new Map<string, number>();
      c.stock.cats.forEach((x, i) => {
        if (!ref.isBlank(x)) totals.set(ref.fold(x), (totals.get(ref.fold(x)) ?? 0) + w(i));
      });
      const observed = [...totals.values()].filter((t) => t > 0).length;
      return checkEntropy(R, c.stock, Math.max(1, observed + extra));
    }));
  test("ENTROPY (K given below observed: unspecified, behaviour recorded)", () =>
    prop(fc.tuple(caseArb, fc.integer({ min: 0, max: 3 })), ([c, k]) => checkEntropy(R, c.stock, k)));
  test("SIMPSON", () => prop(caseArb, (c) => checkSimpson(R, c.stock)));
  test("TARGET_GAP", () =>
    prop(
      fc.tuple(caseArb, fc.uniqueArray(fc.constantFrom(...CATS), { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }), fc.boolean()),
      ([c, targetCats, parts, shout]) => {
        const sum = targetCats.reduce((acc, _, i) => acc + parts[i], 0);
        const tq = targetCats.map((_, i) => parts[i] / sum);
        const tc = targetCats.map((t) => (shout ? ` ${t.toUpperCase()}` : t));
        return checkTargetGap(R, c.stock, tc, tq);
      },
    ));
  test("DISSIMILARITY (b = all others, and b given)", () =>
    prop(fc.tuple(caseArb, groupArb, fc.option(groupArb, { nil: null })), ([c, a, b]) => (b !== null && ref.fold(a) === ref.fold(b) ? null : checkD(R, c.stock, a, b))));
  test("DISSIMILARITY_MULTI", () => prop(caseArb, (c) => checkDM(R, c.stock)));
  test("THEIL", () => prop(caseArb, (c) => checkTheil(R, c.stock)));
  test("MUTUAL_INFO", () => prop(caseArb, (c) => checkM(R, c.stock)));
  test("ISOLATION", () => prop(fc.tuple(caseArb, groupArb), ([c, x]) => checkIsolation(R, c.stock, x)));
  test("EXPOSURE", () => prop(fc.tuple(caseArb, groupArb, groupArb), ([c, x, y]) => checkExposure(R, c.stock, x, y)));
  test("LOCATION_QUOTIENT", () => prop(fc.tuple(caseArb, messyArb(AREAS), groupArb), ([c, a, g]) => checkLQ(R, c.stock, a, g)));
  test("SCALE", () =>
    prop(caseArb, (c) => {
      const coarse: Cell[] = c.rows.map((r, i) => {
        if (ref.isBlank(r.area)) return i % 2 === 0 ? r.area : COARSE[0];
        if (i % 7 === 5) return ""; // a fine unit with a blank coarse unit: row skipped
        const parent = c.coarseOf.get(ref.fold(r.area))!;
        // messy spelling of the coarse unit too; optionally break the nesting on one row
        const spelled = i % 3 === 0 ? ` ${parent.toUpperCase()} ` : parent;
        return c.breakNesting && i === c.rows.length - 1 ? (parent === COARSE[0] ? COARSE[1] : COARSE[0]) : spelled;
      });
      return checkScale(R, c.stock.areas, coarse, c.stock.cats, c.stock.weights);
    }));
  test("BY_AREA", () => prop(caseArb, (c) => checkByArea(R, c.stock)));
});

// ---------------------------------------------------------------------------------------------------------------
// Edge cases of indices.md ("Edge cases every function must treat the same way"), for every index
// ---------------------------------------------------------------------------------------------------------------

type AnyOutcome = Outcome | ref.ScaleOutcome | ref.TableOutcome;

const perIndex: Record<string, { ours: (s: Stock) => Ours; ref: (s: Stock) => AnyOutcome }> = {
  SHARE: { ours: (s) => callOurs("SHARE", [col(s.cats), "x", weightsArg(s)]), ref: (s) => ref.refShare(s.cats, "x", s.weights) },
  ENTROPY: { ours: (s) => callOurs("ENTROPY", [col(s.cats), weightsArg(s), null]), ref: (s) => ref.refEntropy(s.cats, s.weights, null) },
  SIMPSON: { ours: (s) => callOurs("SIMPSON", [col(s.cats), weightsArg(s)]), ref: (s) => ref.refSimpson(s.cats, s.weights) },
  TARGET_GAP: {
    ours: (s) => callOurs("TARGET_GAP", [col(s.cats), col(["x", "y"]), col([0.5, 0.5]), weightsArg(s)]),
    ref: (s) => ref.refTargetGap(s.cats, ["x", "y"], [0.5, 0.5], s.weights),
  },
  DISSIMILARITY: { ours: (s) => callOurs("DISSIMILARITY", [col(s.areas), col(s.cats), "x", null, weightsArg(s)]), ref: (s) => ref.refDissimilarity(s.areas, s.cats, "x", null, s.weights) },
  DISSIMILARITY_MULTI: { ours: (s) => callOurs("DISSIMILARITY_MULTI", [col(s.areas), col(s.cats), weightsArg(s)]), ref: (s) => ref.refDissimilarityMulti(s.areas, s.cats, s.weights) },
  THEIL: { ours: (s) => callOurs("THEIL", [col(s.areas), col(s.cats), weightsArg(s)]), ref: (s) => ref.refTheil(s.areas, s.cats, s.weights) },
  MUTUAL_INFO: { ours: (s) => callOurs("MUTUAL_INFO", [col(s.areas), col(s.cats), weightsArg(s)]), ref: (s) => ref.refMutualInfo(s.areas, s.cats, s.weights) },
  ISOLATION: { ours: (s) => callOurs("ISOLATION", [col(s.areas), col(s.cats), "x", weightsArg(s)]), ref: (s) => ref.refIsolation(s.areas, s.cats, "x", s.weights) },
  EXPOSURE: { ours: (s) => callOurs("EXPOSURE", [col(s.areas), col(s.cats), "x", "y", weightsArg(s)]), ref: (s) => ref.refExposure(s.areas, s.cats, "x", "y", s.weights) },
  LOCATION_QUOTIENT: { ours: (s) => callOurs("LOCATION_QUOTIENT", [col(s.areas), col(s.cats), "a", "x", weightsArg(s)]), ref: (s) => ref.refLocationQuotient(s.areas, s.cats, "a", "x", s.weights) },
  SCALE: { ours: (s) => callOurs("SCALE", [col(s.areas), col(s.areas), col(s.cats), weightsArg(s)]), ref: (s) => ref.refScale(s.areas, s.areas, s.cats, s.weights) },
  BY_AREA: { ours: (s) => callOurs("BY_AREA", [col(s.areas), col(s.cats), weightsArg(s)]), ref: (s) => ref.refByArea(s.areas, s.cats, s.weights) },
};

const AREA_INDICES = new Set(["DISSIMILARITY", "DISSIMILARITY_MULTI", "THEIL", "MUTUAL_INFO", "ISOLATION", "EXPOSURE", "LOCATION_QUOTIENT", "SCALE", "BY_AREA"]);

describe("edge cases of indices.md, every index", () => {
  const base: Stock = { areas: ["a", "a", "b", "b", "c"], cats: ["x", "y", "x", "y", "y"], weights: [1, 2, 3, 4, 5] };
  const withWeight = (r: number, w: Cell): Stock => ({ ...base, weights: base.weights!.map((x, i) => (i === r ? w : x)) });
  const cases: { name: string; stock: Stock; areaOnly?: boolean; mentions?: string[] }[] = [
    { name: "weights shorter than categories", stock: { ...base, weights: [1, 2, 3, 4] }, mentions: ["5", "4"] },
    { name: "areas shorter than categories", stock: { ...base, areas: ["a", "a", "b", "b"] }, areaOnly: true, mentions: ["4", "5"] },
    { name: "negative weight in row 3", stock: withWeight(2, -1), mentions: ["3"] },
    { name: "text weight in row 2", stock: withWeight(1, "veel"), mentions: ["2"] },
    { name: "boolean weight in row 4", stock: withWeight(3, true), mentions: ["4"] },
    { name: "blank weight in usable row 2", stock: withWeight(1, ""), mentions: ["2"] },
    { name: "number stored as text (' 2,0 ' is not in the spec; '2' is)", stock: withWeight(1, "2") },
    { name: "no usable row (all categories blank)", stock: { ...base, cats: ["", " ", null, undefined, ""] } },
    { name: "no usable row (all areas blank)", stock: { ...base, areas: ["", " ", null, undefined, ""] }, areaOnly: true },
    { name: "only rows of weight 0", stock: { ...base, weights: [0, 0, 0, 0, 0] } },
    { name: "negative weight on a skipped (blank) row", stock: { areas: [...base.areas, ""], cats: [...base.cats, ""], weights: [...base.weights!, -4] } },
  ];
  for (const id of Object.keys(perIndex)) {
    test(id, () => {
      const problems: string[] = [];
      for (const c of cases) {
        if (c.areaOnly && !AREA_INDICES.has(id)) continue;
        const ours = perIndex[id].ours(c.stock);
        const want = perIndex[id].ref(c.stock);
        if (want.kind === "unspecified") {
          noteUnspecified("edge", id, `${c.name}: ${want.why}`, describeOurs(ours));
          continue;
        }
        if (want.kind === "error") {
          const m = compareValue("edge", id, c.name, ours, want);
          if (m) problems.push(m);
          else if (!ours.ok && c.mentions && !c.mentions.every((x) => ours.message.includes(x))) {
            problems.push(`${id} ${c.name}: message should name ${c.mentions.join(" and ")}: "${ours.message}"`);
          }
          continue;
        }
        if (!ours.ok) problems.push(`${id} ${c.name}: reference gives a result, ours ${describeOurs(ours)}`);
        else if (want.kind === "value") {
          const m = compareValue("edge", id, c.name, ours, want);
          if (m) problems.push(m);
        }
      }
      expectNoMismatch(problems);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// A real-sized synthetic stock: 100,000 dwellings (one row each, no weights) in 400 buurten in 40 wijken, and the same
// stock aggregated to (buurt, segment, count) rows with weights: both must match the reference (and so each other).
// ---------------------------------------------------------------------------------------------------------------

interface BigStock {
  expanded: Stock;
  expandedWijk: Cell[];
  aggregated: Stock;
  aggregatedWijk: Cell[];
}

function bigStock(): BigStock {
  const rnd = mulberry32(20260101);
  const segments = ["Sociale huur", "Middenhuur", "Vrije sector", "Koop"];
  const areas: Cell[] = [];
  const cats: Cell[] = [];
  const wijk: Cell[] = [];
  const agg = new Map<string, { buurt: string; wijk: string; seg: string; n: number }>();
  for (let w = 0; w < 40; w++) {
    const wijkMix = segments.map(() => 0.2 + rnd());
    for (let b = 0; b < 10; b++) {
      const mix = wijkMix.map((x) => x * (0.3 + rnd() * rnd() * 3));
      const size = 50 + Math.floor(rnd() * 450);
      const buurt = `BU${String(w).padStart(2, "0")}${String(b).padStart(2, "0")}`;
      for (let d = 0; d < size; d++) {
        const m = weightedIndex(rnd, mix);
        const blank = rnd() < 0.01;
        const messy = rnd() < 0.05;
        areas.push(blank && rnd() < 0.5 ? "" : messy ? ` ${buurt.toLowerCase()} ` : buurt);
        cats.push(blank ? "  " : messy ? segments[m].toUpperCase() + " " : segments[m]);
        wijk.push(`WK${String(w).padStart(2, "0")}`);
        if (!blank) {
          const key = `${buurt}|${m}`;
          const e = agg.get(key) ?? { buurt, wijk: `WK${String(w).padStart(2, "0")}`, seg: segments[m], n: 0 };
          e.n++;
          agg.set(key, e);
        }
      }
    }
  }
  const rows = [...agg.values()];
  return {
    expanded: { areas, cats, weights: null },
    expandedWijk: wijk,
    aggregated: { areas: rows.map((r) => r.buurt), cats: rows.map((r) => r.seg), weights: rows.map((r) => r.n) },
    aggregatedWijk: rows.map((r) => r.wijk),
  };
}

describe("real-sized synthetic stock (100k dwellings; expanded and aggregated)", () => {
  let big: BigStock;
  beforeAll(() => {
    big = bigStock();
  });
  const groups = ["Sociale huur", "Middenhuur", "Vrije sector", "Koop"];
  for (const form of ["expanded", "aggregated"] as const) {
    test(`${form}: every index`, () => {
      const s = big[form];
      const wijk = form === "expanded" ? big.expandedWijk : big.aggregatedWijk;
      const ds = `synthetic-${form}`;
      const m: (string | null)[] = [];
      for (const g of [...groups, "geen"]) m.push(checkShare(ds, s, g));
      for (const k of [null, 4, 6]) m.push(checkEntropy(ds, s, k));
      m.push(checkSimpson(ds, s));
      m.push(checkTargetGap(ds, s, ["sociale huur", "middenhuur", "koop"], [0.4, 0.35, 0.25]));
      for (const a of groups) {
        m.push(checkD(ds, s, a, null));
        for (const b of groups) if (a !== b) m.push(checkD(ds, s, a, b), checkExposure(ds, s, a, b));
        m.push(checkIsolation(ds, s, a));
        for (const area of ["BU0000", "bu3909", "BU2105"]) m.push(checkLQ(ds, s, area, a));
      }
      m.push(checkDM(ds, s, "buurt"), checkTheil(ds, s, "buurt"), checkM(ds, s, "buurt"));
      m.push(checkDM(ds, { ...s, areas: wijk }, "wijk"), checkTheil(ds, { ...s, areas: wijk }, "wijk"), checkM(ds, { ...s, areas: wijk }, "wijk"));
      m.push(...checkScale(ds, s.areas, wijk, s.cats, s.weights, "buurt in wijk"));
      m.push(...checkByArea(ds, s, "buurt"), ...checkByArea(ds, { ...s, areas: wijk }, "wijk"));
      expectNoMismatch(m);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------------------------

afterAll(() => {
  const lines = [...stats.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, s]) => `${k}\tmax|diff| ${s.maxDiff.toExponential(2)}\tvalues ${s.compared}\terrors agreed ${s.errorsAgreed}`);
  const unspec = [...unspecifiedSeen.entries()].map(([k, n]) => `${k}\t×${n}`);
  const text = `dataset\tindex\tmax|diff|\n${lines.join("\n")}\n\nunspecified by indices.md (ours recorded):\n${unspec.join("\n")}\n`;
  try {
    fs.writeFileSync(path.join(os.tmpdir(), "mengwijzer-reference-crosscheck.txt"), text);
  } catch {
    // the summary file is a convenience only
  }
  console.log(text);
});
