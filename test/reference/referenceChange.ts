/**
 * Independent reference implementation of issue 14's methods, written from the formulas only (Elbers 2021 for the
 * Shapley and Karmel–Maclachlan decompositions of ΔM; Theil 1972 for local scores; the hypergeometric law for the
 * random baseline). Deliberately naive and different in shape from src/core/indices: tables are Maps keyed by label,
 * IPF fits rows first and stops on the change of the cells, the expected values enumerate the hypergeometric
 * probabilities from exact binomial coefficients (log-gamma by summing logs), and the Shapley value is computed as the
 * average over the orders in which the factors switch from snapshot A to B. It shares no code with the core.
 */

export type Table = Map<string, Map<string, number>>; // area → category → count

export function tableFrom(rows: [string, string, number][]): Table {
  const t: Table = new Map();
  for (const [area, cat, n] of rows) {
    if (!(n > 0)) continue;
    const a = area.trim().toLowerCase();
    const c = cat.trim().toLowerCase();
    if (!t.has(a)) t.set(a, new Map());
    t.get(a)!.set(c, (t.get(a)!.get(c) ?? 0) + n);
  }
  return t;
}

function cats(t: Table): Set<string> {
  const s = new Set<string>();
  for (const row of t.values()) for (const [c, n] of row) if (n > 0) s.add(c);
  return s;
}

function sum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** M = Σ_i Σ_m (t_im/T) ln(t_im T / (t_i T_m)). */
export function refM(t: Table): number {
  const T = sum([...t.values()].map((r) => sum(r.values())));
  const Tm = new Map<string, number>();
  for (const row of t.values()) for (const [c, n] of row) Tm.set(c, (Tm.get(c) ?? 0) + n);
  let m = 0;
  for (const row of t.values()) {
    const ti = sum(row.values());
    for (const [c, n] of row) if (n > 0) m += (n / T) * Math.log((n * T) / (ti * Tm.get(c)!));
  }
  return m;
}

/** H = M / E, E = −Σ P_m ln P_m. */
export function refH(t: Table): number {
  const T = sum([...t.values()].map((r) => sum(r.values())));
  const Tm = new Map<string, number>();
  for (const row of t.values()) for (const [c, n] of row) Tm.set(c, (Tm.get(c) ?? 0) + n);
  let e = 0;
  for (const n of Tm.values()) if (n > 0) e -= (n / T) * Math.log(n / T);
  return refM(t) / e;
}

/** Local score of every area: L_i = Σ_m p_m|i ln(p_m|i / P_m), with p_i = t_i / T. */
export function refLocal(t: Table): Map<string, { p: number; ls: number }> {
  const T = sum([...t.values()].map((r) => sum(r.values())));
  const Tm = new Map<string, number>();
  for (const row of t.values()) for (const [c, n] of row) Tm.set(c, (Tm.get(c) ?? 0) + n);
  const out = new Map<string, { p: number; ls: number }>();
  for (const [a, row] of t) {
    const ti = sum(row.values());
    let ls = 0;
    for (const [c, n] of row) if (n > 0) ls += (n / ti) * Math.log(n / ti / (Tm.get(c)! / T));
    out.set(a, { p: ti / T, ls });
  }
  return out;
}

// ---- the common table ----

interface Common {
  areas: string[];
  cats: string[];
  a: Table; // observed, zeros included
  b: Table;
  fill: number;
}

export function common(a: Table, b: Table): Common {
  let cs = [...cats(a)].filter((c) => cats(b).has(c));
  const present = (t: Table, area: string, within: string[]) => within.some((c) => (t.get(area)?.get(c) ?? 0) > 0);
  const areas = [...a.keys()].filter((x) => b.has(x) && present(a, x, cs) && present(b, x, cs));
  cs = cs.filter((c) => areas.some((x) => (a.get(x)!.get(c) ?? 0) > 0) && areas.some((x) => (b.get(x)!.get(c) ?? 0) > 0));
  const restrict = (t: Table): Table => new Map(areas.map((x) => [x, new Map(cs.map((c) => [c, t.get(x)!.get(c) ?? 0]))]));
  let smallest = Infinity;
  for (const t of [a, b]) for (const row of t.values()) for (const n of row.values()) if (n > 0) smallest = Math.min(smallest, n);
  const fill = 1e-10 > smallest ? smallest / 1000 : 1e-10;
  return { areas, cats: cs, a: restrict(a), b: restrict(b), fill };
}

function filled(t: Table, fill: number): Table {
  return new Map([...t].map(([x, row]) => [x, new Map([...row].map(([c, n]) => [c, n > 0 ? n : fill]))]));
}

function areaShares(t: Table): Map<string, number> {
  const T = sum([...t.values()].map((r) => sum(r.values())));
  return new Map([...t].map(([x, row]) => [x, sum(row.values()) / T]));
}

function catShares(t: Table): Map<string, number> {
  const T = sum([...t.values()].map((r) => sum(r.values())));
  const out = new Map<string, number>();
  for (const row of t.values()) for (const [c, n] of row) out.set(c, (out.get(c) ?? 0) + n / T);
  return out;
}

/**
 * IPF, rows first, until no cell changes by more than 1e-13 (relative) in a full sweep. Throws NotConverged when a
 * fitted cell is so close to 0 that plain IPF would need millions of sweeps: such cases are checked apart, by the
 * properties that define the fit (margins and odds ratios), not by this reference.
 */
export class NotConverged extends Error {}
export function refIpf(seed: Table, rowTarget: Map<string, number>, catTarget: Map<string, number>): Table {
  let t: Table = new Map([...seed].map(([x, row]) => [x, new Map(row)]));
  for (let sweep = 0; sweep < 3000; sweep++) {
    let change = 0;
    const T = sum([...t.values()].map((r) => sum(r.values())));
    for (const [x, row] of t) {
      const f = rowTarget.get(x)! / (sum(row.values()) / T);
      for (const [c, n] of row) row.set(c, n * f);
    }
    const T2 = sum([...t.values()].map((r) => sum(r.values())));
    const colShare = new Map<string, number>();
    for (const row of t.values()) for (const [c, n] of row) colShare.set(c, (colShare.get(c) ?? 0) + n / T2);
    const next: Table = new Map();
    for (const [x, row] of t) {
      const r = new Map<string, number>();
      for (const [c, n] of row) {
        const v = n * (catTarget.get(c)! / colShare.get(c)!);
        change = Math.max(change, Math.abs(v - n) / v);
        r.set(c, v);
      }
      next.set(x, r);
    }
    t = next;
    if (change < 1e-13) return t;
  }
  throw new NotConverged("reference IPF did not converge");
}

export interface RefTerms {
  first: number;
  second: number;
  additions: number;
  removals: number;
  categories: number;
  areas: number;
  interaction?: number;
  structural: number;
}

/**
 * Shapley: v(g, u, s) with g = category margin, u = area margin, s = structure. First the two "players" margins and
 * structure (average of both orders), then within the margins the two players categories and areas, each averaged
 * over both orders and over both structures and both values of the other margin (Elbers 2021, eq. for ΔM).
 */
export function refShapley(A: Table, B: Table, index: (t: Table) => number): RefTerms {
  const c = common(A, B);
  const fa = filled(c.a, c.fill);
  const fb = filled(c.b, c.fill);
  const margin = { A: { u: areaShares(fa), g: catShares(fa) }, B: { u: areaShares(fb), g: catShares(fb) } };
  const v = (g: "A" | "B", u: "A" | "B", s: "A" | "B"): number => {
    if (g === s && u === s) return index(s === "A" ? c.a : c.b);
    return index(refIpf(s === "A" ? fa : fb, margin[u].u, margin[g].g));
  };
  const AB = ["A", "B"] as const;
  // categories: switch g from A to B, averaged over u ∈ {A, B} and s ∈ {A, B}
  let categories = 0;
  let areas = 0;
  for (const x of AB) for (const s of AB) {
    categories += (v("B", x, s) - v("A", x, s)) / 4;
    areas += (v(x, "B", s) - v(x, "A", s)) / 4;
  }
  const structural = ((v("A", "A", "B") - v("A", "A", "A")) + (v("B", "B", "B") - v("B", "B", "A"))) / 2;
  return {
    first: index(A),
    second: index(B),
    additions: index(B) - v("B", "B", "B"),
    removals: v("A", "A", "A") - index(A),
    categories,
    areas,
    structural,
  };
}

/** Karmel–Maclachlan: A adjusted towards B (both margins by IPF; each margin alone by one scaling). */
export function refKarmelMaclachlan(A: Table, B: Table, index: (t: Table) => number): RefTerms {
  const c = common(A, B);
  const fa = filled(c.a, c.fill);
  const fb = filled(c.b, c.fill);
  const both = index(refIpf(fa, areaShares(fb), catShares(fb)));
  const ga = catShares(fa);
  const gb = catShares(fb);
  const ua = areaShares(fa);
  const ub = areaShares(fb);
  const scaled = (f: (x: string, cat: string) => number): Table =>
    new Map([...fa].map(([x, row]) => [x, new Map([...row].map(([cat, n]) => [cat, n * f(x, cat)]))]));
  const onlyCats = index(scaled((_x, cat) => gb.get(cat)! / ga.get(cat)!));
  const onlyAreas = index(scaled((x) => ub.get(x)! / ua.get(x)!));
  const base = index(c.a);
  return {
    first: index(A),
    second: index(B),
    additions: index(B) - index(c.b),
    removals: base - index(A),
    categories: onlyCats - base,
    areas: onlyAreas - base,
    interaction: both - base - (onlyCats - base) - (onlyAreas - base),
    structural: index(c.b) - both,
  };
}

// ---- random baseline: exact expectation by enumerating the hypergeometric law ----

/** ln n! by summing logs (a growing table; exact up to the rounding of the sum). */
const logFact: number[] = [0];
function logFactorial(n: number): number {
  for (let j = logFact.length; j <= n; j++) logFact.push(logFact[j - 1] + Math.log(j));
  return logFact[n];
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/** Binomial probability P(X = x), X ~ Bin(n, p). */
export function refBinomialPmf(n: number, p: number, x: number): number {
  return Math.exp(logChoose(n, x) + x * Math.log(p) + (n - x) * Math.log1p(-p));
}

/** E[f(X)], X ~ Hyp(N, K, n): P(x) = C(K, x) C(N − K, n − x) / C(N, n), summed over the whole support. */
export function refHyperExpect(N: number, K: number, n: number, f: (x: number) => number): number {
  const lo = Math.max(0, n + K - N);
  const hi = Math.min(n, K);
  const denom = logChoose(N, n);
  let e = 0;
  for (let x = lo; x <= hi; x++) e += Math.exp(logChoose(K, x) + logChoose(N - K, n - x) - denom) * f(x);
  return e;
}

/** Expected M, H, D_M (or D of `group` against the rest) under random allocation with the table's margins. */
export function refExpected(t: Table, group: string | null): { m: number; h: number; d: number } {
  const T = sum([...t.values()].map((r) => sum(r.values())));
  const Tm = new Map<string, number>();
  for (const row of t.values()) for (const [c, n] of row) Tm.set(c, (Tm.get(c) ?? 0) + n);
  let e = 0;
  let I = 0;
  for (const n of Tm.values()) {
    e -= (n / T) * Math.log(n / T);
    I += (n / T) * (1 - n / T);
  }
  let m = 0;
  let dm = 0;
  let d = 0;
  for (const row of t.values()) {
    const ti = sum(row.values());
    for (const [c, Tc] of Tm) {
      // M's term for this cell: (X/T) ln(X T / (t_i T_m))
      m += refHyperExpect(T, Tc, ti, (x) => (x > 0 ? (x / T) * Math.log((x * T) / (ti * Tc)) : 0));
      dm += refHyperExpect(T, Tc, ti, (x) => Math.abs(x - (ti * Tc) / T));
      if (group !== null && c === group) {
        d += refHyperExpect(T, Tc, ti, (x) => 0.5 * Math.abs(x / Tc - (ti - x) / (T - Tc)));
      }
    }
  }
  return { m, h: m / e, d: group === null ? dm / (2 * T * I) : d };
}
