/**
 * Independent reference implementation of the mix and segregation indices of /shared/domain/indices.md, written only
 * from the formulas there (Duncan & Duncan 1955; Theil 1972; Reardon & Firebaugh 2002; Massey & Denton 1988;
 * Mora & Ruiz-Castillo 2011). Deliberately naive: plain Maps, one loop per Σ, no shared tricks with src/core/indices.
 *
 * Every function takes the raw cell columns the way the custom function gets them (already flattened) and returns an
 * Outcome:
 * - value: the number the spec defines;
 * - error: an Excel error the spec prescribes (#DIV/0! for no usable row, #N/A for a group that does not occur,
 *   #VALUE! for bad sizes or weights);
 * - unspecified: the spec gives no value (e.g. 0/0 because all weight is zero); the cross-check only logs what ours does.
 */

export type Cell = number | string | boolean | null | undefined;

export type Outcome =
  | { kind: "value"; value: number }
  | { kind: "error"; code: "#VALUE!" | "#N/A" | "#DIV/0!"; why: string }
  | { kind: "unspecified"; why: string };

export type TableOutcome =
  | { kind: "table"; table: ByAreaTable }
  | { kind: "error"; code: "#VALUE!" | "#N/A" | "#DIV/0!"; why: string }
  | { kind: "unspecified"; why: string };

/** A reference failure carried as an exception inside this module and turned into an Outcome at the edge. */
class RefStop extends Error {
  constructor(
    readonly outcome: Exclude<Outcome, { kind: "value" }>,
  ) {
    super(outcome.why);
  }
}

function fail(code: "#VALUE!" | "#N/A" | "#DIV/0!", why: string): never {
  throw new RefStop({ kind: "error", code, why });
}

function unspecified(why: string): never {
  throw new RefStop({ kind: "unspecified", why });
}

function run(body: () => number): Outcome {
  try {
    const value = body();
    if (!Number.isFinite(value)) return { kind: "unspecified", why: `not finite: ${value}` };
    return { kind: "value", value };
  } catch (e) {
    if (e instanceof RefStop) return e.outcome;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading cells
// ---------------------------------------------------------------------------------------------------------------

export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return cell.trim() === "";
  return false;
}

/** The text of a label cell, trimmed. Numbers as written. */
export function labelText(cell: Cell): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "WAAR" : "ONWAAR";
  return String(cell);
}

/** "Category matching ignores case and surrounding spaces." */
export function fold(cell: Cell): string {
  return labelText(cell).toLowerCase();
}

/** A weight: a number, or a number stored as text. Negative or non-numeric → #VALUE! naming the row. */
function readWeight(cell: Cell, row: number): number {
  let w: number;
  if (typeof cell === "number") {
    w = cell;
  } else if (typeof cell === "string" && /^\s*[+-]?(\d+(\.\d+)?|\.\d+)\s*$/.test(cell)) {
    w = Number(cell.trim());
  } else {
    fail("#VALUE!", `weight in row ${row} is not a number: ${String(cell)}`);
  }
  if (!Number.isFinite(w)) fail("#VALUE!", `weight in row ${row} is not a number`);
  if (w < 0) fail("#VALUE!", `weight in row ${row} is negative`);
  return w;
}

/** The contingency table t_im (weights summed), built the obvious way. */
export interface Counts {
  /** t[area][category] */
  t: Map<string, Map<string, number>>;
  areaTotal: Map<string, number>;
  catTotal: Map<string, number>;
  T: number;
  areaNames: Map<string, string>;
  catNames: Map<string, string>;
  usableRows: number;
}

const ONE_AREA = "\u0000all";

function count(areas: Cell[] | null, categories: Cell[], weights: Cell[] | null): Counts {
  if (areas && areas.length !== categories.length) fail("#VALUE!", `sizes ${areas.length} and ${categories.length}`);
  if (weights && weights.length !== categories.length) fail("#VALUE!", `sizes ${categories.length} and ${weights.length}`);
  const c: Counts = {
    t: new Map(),
    areaTotal: new Map(),
    catTotal: new Map(),
    T: 0,
    areaNames: new Map(),
    catNames: new Map(),
    usableRows: 0,
  };
  for (let r = 0; r < categories.length; r++) {
    const catCell = categories[r];
    const areaCell = areas ? areas[r] : "x";
    if (isBlank(catCell) || isBlank(areaCell)) continue; // blank area or category: row skipped
    const w = weights ? readWeight(weights[r], r + 1) : 1;
    // "Weights let a user pass aggregated rows ...; the result must equal the expanded form": a row of weight 0
    // expands to no dwelling at all, so it is read as absent (its area or category does not occur through it).
    if (w === 0) continue;
    const a = areas ? fold(areaCell) : ONE_AREA;
    const m = fold(catCell);
    if (!c.areaNames.has(a)) c.areaNames.set(a, labelText(areaCell));
    if (!c.catNames.has(m)) c.catNames.set(m, labelText(catCell));
    if (!c.t.has(a)) c.t.set(a, new Map());
    const row = c.t.get(a)!;
    row.set(m, (row.get(m) ?? 0) + w);
    c.areaTotal.set(a, (c.areaTotal.get(a) ?? 0) + w);
    c.catTotal.set(m, (c.catTotal.get(m) ?? 0) + w);
    c.T += w;
    c.usableRows++;
  }
  // No usable row → #DIV/0!; only rows of weight 0 is the same range in expanded form (no dwelling at all).
  if (c.usableRows === 0) fail("#DIV/0!", "no usable row (or only weight 0)");
  return c;
}

function tim(c: Counts, area: string, cat: string): number {
  return c.t.get(area)?.get(cat) ?? 0;
}

/** Categories observed: total weight > 0 (rows of weight 0 are not counted at all, see count()). */
function observedCategories(c: Counts): string[] {
  return [...c.catTotal.keys()];
}

function xlnx(x: number): number {
  return x === 0 ? 0 : x * Math.log(x);
}

// ---------------------------------------------------------------------------------------------------------------
// Composition of one area
// ---------------------------------------------------------------------------------------------------------------

/** SHARE: P_m; 0 for a group that does not occur. */
export function refShare(categories: Cell[], group: Cell, weights: Cell[] | null): Outcome {
  return run(() => {
    const c = count(null, categories, weights);
    return (c.catTotal.get(fold(group)) ?? 0) / c.T;
  });
}

/** ENTROPY: −Σ P ln P / ln K, K observed (total weight > 0) or given; K ≤ 1 → 0. */
export function refEntropy(categories: Cell[], weights: Cell[] | null, k: number | null): Outcome {
  return run(() => {
    const c = count(null, categories, weights);
    const observed = observedCategories(c).length;
    // indices.md does not say what a K smaller than the number observed means: literally "K ≤ 1 → 0" would give 0 for
    // K = 1, and K = 2..observed−1 would give values above 1 (outside the stated range 0..1). Left unspecified here.
    if (k !== null && k < observed) unspecified(`K given < K observed; ${k <= 1 ? "K given ≤ 1: literal spec 0" : "K given ≥ 2: literal formula > 1"}`);
    const K = k ?? observed;
    if (K <= 1) return 0;
    let sum = 0;
    for (const m of c.catTotal.keys()) {
      const P = c.catTotal.get(m)! / c.T;
      sum -= xlnx(P);
    }
    return sum / Math.log(K);
  });
}

/** SIMPSON: 1 − Σ P². */
export function refSimpson(categories: Cell[], weights: Cell[] | null): Outcome {
  return run(() => {
    const c = count(null, categories, weights);
    let sum = 0;
    for (const m of c.catTotal.keys()) {
      const P = c.catTotal.get(m)! / c.T;
      sum += P * P;
    }
    return 1 - sum;
  });
}

/** TARGET_GAP: ½ Σ |P_m − Q_m| over the union of observed and target categories; Q must sum to 1 ± 1e-9. */
export function refTargetGap(categories: Cell[], targetCats: Cell[], targetShares: Cell[], weights: Cell[] | null): Outcome {
  return run(() => {
    if (targetCats.length !== targetShares.length) fail("#VALUE!", "target sizes differ");
    const Q = new Map<string, number>();
    let sumQ = 0;
    for (let r = 0; r < targetCats.length; r++) {
      if (isBlank(targetCats[r])) continue;
      const q = readWeight(targetShares[r], r + 1);
      const key = fold(targetCats[r]);
      Q.set(key, (Q.get(key) ?? 0) + q);
      sumQ += q;
    }
    if (Math.abs(sumQ - 1) > 1e-9) fail("#VALUE!", `target shares sum to ${sumQ}`);
    const c = count(null, categories, weights);
    const all = new Set<string>([...c.catTotal.keys(), ...Q.keys()]);
    let sum = 0;
    for (const m of all) {
      const P = (c.catTotal.get(m) ?? 0) / c.T;
      sum += Math.abs(P - (Q.get(m) ?? 0));
    }
    return sum / 2;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Segregation across areas
// ---------------------------------------------------------------------------------------------------------------

function requireGroup(c: Counts, group: Cell): string {
  const g = fold(group);
  if (!c.catTotal.has(g)) fail("#N/A", `groep komt niet voor: ${String(group)}`);
  return g;
}

/** DISSIMILARITY: D = ½ Σ_i | t_ia/T_a − t_ib/T_b |, b = all other groups when not given. */
export function refDissimilarity(areas: Cell[], categories: Cell[], group: Cell, reference: Cell, weights: Cell[] | null): Outcome {
  return run(() => {
    const c = count(areas, categories, weights);
    const a = requireGroup(c, group);
    const Ta = c.catTotal.get(a)!;
    const tib = new Map<string, number>();
    let Tb = 0;
    if (isBlank(reference)) {
      for (const i of c.t.keys()) {
        const v = c.areaTotal.get(i)! - tim(c, i, a);
        tib.set(i, v);
        Tb += v;
      }
    } else {
      const b = requireGroup(c, reference);
      for (const i of c.t.keys()) {
        tib.set(i, tim(c, i, b));
        Tb += tim(c, i, b);
      }
    }
    if (Tb === 0) unspecified("reference group has total 0");
    let sum = 0;
    for (const i of c.t.keys()) sum += Math.abs(tim(c, i, a) / Ta - tib.get(i)! / Tb);
    return sum / 2;
  });
}

/** DISSIMILARITY_MULTI: D_M = Σ_i Σ_m t_i |p_im − P_m| / (2 T I), I = Σ_m P_m (1 − P_m). */
export function refDissimilarityMulti(areas: Cell[], categories: Cell[], weights: Cell[] | null): Outcome {
  return run(() => {
    const c = count(areas, categories, weights);
    let I = 0;
    for (const m of c.catTotal.keys()) {
      const P = c.catTotal.get(m)! / c.T;
      I += P * (1 - P);
    }
    if (I === 0) unspecified("I = 0 (one category)");
    let sum = 0;
    for (const i of c.t.keys()) {
      const ti = c.areaTotal.get(i)!;
      if (ti === 0) continue; // t_i · |p_im − P_m| with t_i = 0 is 0
      for (const m of c.catTotal.keys()) {
        const p = tim(c, i, m) / ti;
        const P = c.catTotal.get(m)! / c.T;
        sum += ti * Math.abs(p - P);
      }
    }
    return sum / (2 * c.T * I);
  });
}

function entropyOfWhole(c: Counts): number {
  let E = 0;
  for (const m of c.catTotal.keys()) E -= xlnx(c.catTotal.get(m)! / c.T);
  return E;
}

function entropyOfArea(c: Counts, i: string): number {
  const ti = c.areaTotal.get(i)!;
  let Ei = 0;
  for (const m of c.catTotal.keys()) Ei -= xlnx(tim(c, i, m) / ti);
  return Ei;
}

/** THEIL: H = Σ_i t_i (E − E_i) / (T E). */
export function refTheil(areas: Cell[], categories: Cell[], weights: Cell[] | null): Outcome {
  return run(() => {
    const c = count(areas, categories, weights);
    const E = entropyOfWhole(c);
    if (E === 0) unspecified("E = 0 (one category)");
    let sum = 0;
    for (const i of c.t.keys()) {
      const ti = c.areaTotal.get(i)!;
      if (ti === 0) continue;
      sum += ti * (E - entropyOfArea(c, i));
    }
    return sum / (c.T * E);
  });
}

function mutualInformation(c: Counts): number {
  // M = Σ_i Σ_m (t_im/T) ln(p_im / P_m), terms with t_im = 0 are 0.
  let M = 0;
  for (const i of c.t.keys()) {
    const ti = c.areaTotal.get(i)!;
    for (const m of c.catTotal.keys()) {
      const t = tim(c, i, m);
      if (t === 0) continue;
      const p = t / ti;
      const P = c.catTotal.get(m)! / c.T;
      M += (t / c.T) * Math.log(p / P);
    }
  }
  return M;
}

/** MUTUAL_INFO: M = Σ_i Σ_m (t_im/T) ln(p_im / P_m). */
export function refMutualInfo(areas: Cell[], categories: Cell[], weights: Cell[] | null): Outcome {
  return run(() => mutualInformation(count(areas, categories, weights)));
}

/** ISOLATION: xPx = Σ_i (t_ix/T_x)(t_ix/t_i). */
export function refIsolation(areas: Cell[], categories: Cell[], group: Cell, weights: Cell[] | null): Outcome {
  return refExposure(areas, categories, group, group, weights);
}

/** EXPOSURE: xPy = Σ_i (t_ix/T_x)(t_iy/t_i). */
export function refExposure(areas: Cell[], categories: Cell[], group: Cell, other: Cell, weights: Cell[] | null): Outcome {
  return run(() => {
    const c = count(areas, categories, weights);
    const x = requireGroup(c, group);
    const y = requireGroup(c, other);
    const Tx = c.catTotal.get(x)!;
    let sum = 0;
    for (const i of c.t.keys()) {
      const ti = c.areaTotal.get(i)!;
      const tix = tim(c, i, x);
      if (tix === 0) continue;
      sum += (tix / Tx) * (tim(c, i, y) / ti);
    }
    return sum;
  });
}

/** LOCATION_QUOTIENT: LQ_im = p_im / P_m. */
export function refLocationQuotient(areas: Cell[], categories: Cell[], area: Cell, group: Cell, weights: Cell[] | null): Outcome {
  return run(() => {
    const c = count(areas, categories, weights);
    const i = fold(area);
    const m = fold(group);
    if (!c.t.has(i)) unspecified("area does not occur");
    if (!c.catTotal.has(m)) unspecified("group does not occur");
    const ti = c.areaTotal.get(i)!;
    const Pm = c.catTotal.get(m)! / c.T;
    return tim(c, i, m) / ti / Pm;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Scale decomposition
// ---------------------------------------------------------------------------------------------------------------

export interface ScaleValues {
  total: number;
  between: number;
  within: number;
  withinShare: number | null;
}

export type ScaleOutcome =
  | { kind: "scale"; values: ScaleValues }
  | { kind: "error"; code: "#VALUE!" | "#N/A" | "#DIV/0!"; why: string }
  | { kind: "unspecified"; why: string };

/**
 * SCALE: M(fine) = M(coarse) + Σ_c (t_c/T) M_c. Each part computed directly from its own definition:
 * total = M over fine units, between = M over coarse units, within = Σ_c (t_c/T) · M over the fine units in c against
 * c's own composition. within share = within / total (null when total = 0: unspecified).
 * A fine unit under two coarse units → #VALUE!.
 */
export function refScale(fine: Cell[], coarse: Cell[], categories: Cell[], weights: Cell[] | null): ScaleOutcome {
  try {
    if (fine.length !== coarse.length) fail("#VALUE!", "fine and coarse sizes differ");
    // rows usable when fine, coarse and category are all non-blank
    const keep: number[] = [];
    for (let r = 0; r < categories.length; r++) {
      if (!isBlank(fine[r]) && !isBlank(coarse[r]) && !isBlank(categories[r])) keep.push(r);
    }
    if (coarse.length !== categories.length) fail("#VALUE!", "coarse and category sizes differ");
    if (weights && weights.length !== categories.length) fail("#VALUE!", "weight sizes differ");
    // A row needs a fine unit, a coarse unit and a category (a blank area of either kind skips the row).
    const all = pick(keep, fine, categories, weights);
    const weightOf = (r: number): number => (weights ? Number(String(weights[r]).trim()) : 1);
    // nesting: a fine unit under two coarse units is an input error. Checked on the rows that carry weight; a conflict
    // that only exists through rows of weight 0 is not defined by the spec.
    const conflict = (withZero: boolean): boolean => {
      const parentOf = new Map<string, string>();
      for (const r of keep) {
        if (!withZero && weightOf(r) === 0) continue;
        const f = fold(fine[r]);
        const cc = fold(coarse[r]);
        const known = parentOf.get(f);
        if (known !== undefined && known !== cc) return true;
        parentOf.set(f, cc);
      }
      return false;
    };
    if (conflict(false)) fail("#VALUE!", "a fine unit under two coarse units");
    if (conflict(true)) unspecified("fine unit under two coarse units only through rows of weight 0");
    const total = mutualInformation(all);
    const between = mutualInformation(pick(keep, coarse, categories, weights));
    let within = 0;
    const coarseKeys = new Set(keep.map((r) => fold(coarse[r])));
    for (const cc of coarseKeys) {
      const rows = keep.filter((r) => fold(coarse[r]) === cc);
      const sub = rowsCount(rows, fine, categories, weights);
      if (sub === null) continue; // t_c = 0: contributes 0
      within += (sub.T / all.T) * mutualInformation(sub);
    }
    return { kind: "scale", values: { total, between, within, withinShare: total === 0 ? null : within / total } };
  } catch (e) {
    if (e instanceof RefStop) return e.outcome;
    throw e;
  }
}

function pick(rows: number[], areas: Cell[], categories: Cell[], weights: Cell[] | null): Counts {
  return count(
    rows.map((r) => areas[r]),
    rows.map((r) => categories[r]),
    weights ? rows.map((r) => weights[r]) : null,
  );
}

function rowsCount(rows: number[], areas: Cell[], categories: Cell[], weights: Cell[] | null): Counts | null {
  try {
    return count(
      rows.map((r) => areas[r]),
      rows.map((r) => categories[r]),
      weights ? rows.map((r) => weights[r]) : null,
    );
  } catch (e) {
    if (e instanceof RefStop && e.outcome.kind === "error" && e.outcome.code === "#DIV/0!") return null; // t_c = 0
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// BY_AREA
// ---------------------------------------------------------------------------------------------------------------

export interface ByAreaRow {
  /** folded area key */
  key: string;
  count: number;
  /** folded category → share p_im (null when t_i = 0: unspecified) */
  shares: Map<string, number | null>;
  entropy: number | null;
  /** folded category → LQ_im (null when unspecified) */
  lq: Map<string, number | null>;
  /** local segregation score L_i = Σ_m p_im ln(p_im / P_m) (issue 14), null when t_i = 0 */
  local: number | null;
  /** p_i · L_i with p_i = t_i / T */
  contribution: number | null;
}

export interface ByAreaTable {
  /** folded keys of the categories observed in the whole range (total weight > 0) */
  categories: string[];
  rows: ByAreaRow[];
}

/**
 * BY_AREA: per area the count t_i, the shares p_im, the entropy −Σ p_im ln p_im / ln K with K of the whole range,
 * LQ_im = p_im / P_m, and (issue 14) the local score L_i = Σ_m p_im ln(p_im / P_m) with its contribution (t_i / T) L_i.
 */
export function refByArea(areas: Cell[], categories: Cell[], weights: Cell[] | null): TableOutcome {
  try {
    const c = count(areas, categories, weights);
    const cats = observedCategories(c);
    const K = cats.length;
    const rows: ByAreaRow[] = [];
    for (const i of c.t.keys()) {
      const ti = c.areaTotal.get(i)!;
      const shares = new Map<string, number | null>();
      const lq = new Map<string, number | null>();
      let H = 0;
      let L = 0;
      for (const m of cats) {
        const P = c.catTotal.get(m)! / c.T;
        if (ti === 0) {
          shares.set(m, null);
          lq.set(m, null);
        } else {
          const p = tim(c, i, m) / ti;
          shares.set(m, p);
          lq.set(m, p / P);
          H -= xlnx(p);
          if (p > 0) L += p * Math.log(p / P);
        }
      }
      const entropy = ti === 0 ? null : K <= 1 ? 0 : H / Math.log(K);
      const local = ti === 0 ? null : L;
      rows.push({ key: i, count: ti, shares, entropy, lq, local, contribution: local === null ? null : (ti / c.T) * local });
    }
    return { kind: "table", table: { categories: cats, rows } };
  } catch (e) {
    if (e instanceof RefStop) return e.outcome as TableOutcome;
    throw e;
  }
}
