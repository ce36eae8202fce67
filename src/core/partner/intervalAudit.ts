/**
 * The audit of a partner copy: for every hidden cell, the smallest and the largest value a reader can derive by
 * linear programming from everything the copy publishes (visible numbers, the relations between tables, the meaning
 * of "<k" and "x", shown verdicts).
 *
 * PROTECTION RULE (checked per "<k" and "." cell, whatever its true value): the derived interval must cover all of
 * [1, k−1], i.e. for a "<k" cell the published numbers add nothing to what the mark itself says, and a "." cell (0 or
 * more) is never narrower than that either. A cell whose attacker interval is narrower (say "3 or 4" for a "<5") fails,
 * and so does the copy. The rule does not depend on the hidden value, so passing it tells a reader nothing: a rule
 * that let truly-0 "." cells be narrow would let a reader conclude "narrow, so 0" and use that against the others
 * (jointSuppression.ts publishes such a 0 as 0 instead). Why not [0, k−1] for ".": a "." that is the only segment of a
 * "<k" area equals that area's count, so it can never be 0; requiring 0 would refuse copies that disclose nothing.
 * "x" cells hold k or more and are not sensitive; their intervals are reported.
 *
 * SOLVER: YALPS (npm `yalps`, MIT), a dense simplex in plain TypeScript. Chosen over HiGHS-wasm and GLPK because
 *  - the copy is made in the browser preview and in the Office task pane: YALPS bundles as ordinary JavaScript, with no
 *    .wasm asset to ship, no asynchronous start-up, no 'wasm-unsafe-eval' in an add-in's content security policy, and
 *    ~20 kB instead of megabytes; glpk.js is GPL-3.0 (copyleft, not for this MIT product);
 *  - the LPs are small: only hidden cells are variables, and the system splits into independent components (one
 *    component is usually a few buurten of one wijk), so a dense tableau of tens of columns suffices;
 *  - the audit does not have to trust the solver: each bound it reports comes with the solution that attains it, and
 *    that solution is checked against every constraint here (`checkWitness`). A solver slip can therefore only make
 *    an interval look narrower (more suppression), never wider (a false pass).
 */
import { solve, type Constraint, type Model } from "yalps";
import { isHidden, isSensitive, type LinkedCells, type Mark, type Pattern } from "./linkedCells";

export interface CellInterval {
  cell: number;
  mark: Mark;
  /** Smallest value a reader can derive (LP relaxation). */
  lo: number;
  /** Largest; Infinity when unbounded. */
  hi: number;
  /** Both bounds were attained by a solution that satisfies every constraint. */
  verified: boolean;
  /** For "<k" and "." cells: lo ≤ 1 and hi ≥ k−1 (and verified). Always true for "x" cells. */
  pass: boolean;
}

export interface AuditResult {
  k: number;
  intervals: CellInterval[];
  pass: boolean;
  /** Independent LP components and solves, for the report and the benchmark. */
  components: number;
  solves: number;
}

const FEASIBILITY = 1e-6;
const PASS_TOLERANCE = 1e-6;

/** Groups hidden cells that share a relation or a shown statement (union–find); each group is audited alone. */
export function hiddenComponents(cells: LinkedCells, pattern: Pattern): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as number;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y) as number;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  pattern.marks.forEach((mark, id) => {
    if (isHidden(mark)) parent.set(id, id);
  });
  const join = (ids: number[]) => {
    for (let i = 1; i < ids.length; i++) {
      const a = find(ids[0]);
      const b = find(ids[i]);
      if (a !== b) parent.set(a, b);
    }
  };
  for (const relation of cells.relations) join([relation.total, ...relation.parts].filter((id) => parent.has(id)));
  cells.statements.forEach((statement, s) => {
    if (pattern.statementShown[s]) join(statement.terms.map(([id]) => id).filter((id) => parent.has(id)));
  });
  const groups = new Map<number, number[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b));
}

interface LinearRow {
  terms: [number, number][];
  min: number;
  max: number;
}

/** The constraints on one component's hidden cells: relations and shown statements, visible cells moved to the bounds. */
function componentRows(cells: LinkedCells, pattern: Pattern, members: ReadonlySet<number>): LinearRow[] {
  const rows: LinearRow[] = [];
  const hidden = (id: number) => isHidden(pattern.marks[id]);
  for (const relation of cells.relations) {
    const all: [number, number][] = [[relation.total, -1], ...relation.parts.map((p): [number, number] => [p, 1])];
    if (!all.some(([id]) => members.has(id))) continue;
    let constant = 0;
    const terms: [number, number][] = [];
    for (const [id, c] of all) {
      if (hidden(id)) terms.push([id, c]);
      else constant += c * cells.values[id];
    }
    rows.push({ terms, min: -constant, max: -constant });
  }
  cells.statements.forEach((statement, s) => {
    if (!pattern.statementShown[s]) return;
    if (!statement.terms.some(([id]) => members.has(id))) return;
    let constant = 0;
    const terms: [number, number][] = [];
    for (const [id, c] of statement.terms) {
      if (hidden(id)) terms.push([id, c]);
      else constant += c * cells.values[id];
    }
    rows.push({ terms, min: statement.min - constant, max: statement.max - constant });
  });
  return rows;
}

/** What the mark says of a hidden cell. */
export function markBounds(mark: Mark, k: number): [number, number] {
  if (mark === "small") return [1, k - 1];
  if (mark === "open") return [0, Infinity];
  return [k, Infinity];
}

/** The value a sensitive cell must be able to reach downwards (see the protection rule). */
export function requiredLow(mark: Mark): number {
  return isSensitive(mark) ? 1 : -Infinity;
}

function checkWitness(solution: Map<number, number>, members: readonly number[], rows: LinearRow[], pattern: Pattern, k: number): boolean {
  const at = (id: number) => solution.get(id) ?? markBounds(pattern.marks[id], k)[0];
  for (const id of members) {
    const [lo, hi] = markBounds(pattern.marks[id], k);
    const x = at(id);
    if (x < lo - FEASIBILITY || x > hi + FEASIBILITY) return false;
  }
  for (const row of rows) {
    const sum = row.terms.reduce((s, [id, c]) => s + c * at(id), 0);
    if (sum < row.min - FEASIBILITY || sum > row.max + FEASIBILITY) return false;
  }
  return true;
}

function toConstraint(min: number, max: number): Constraint {
  if (min === max) return { equal: min };
  const out: { min?: number; max?: number } = {};
  if (Number.isFinite(min)) out.min = min;
  if (Number.isFinite(max)) out.max = max;
  return out;
}

/**
 * Audits one component: min and max of each of its hidden cells. The LP works on y = x − (lower bound of the mark), so
 * that only the "<k" cells need an upper-bound row (YALPS keeps every bound as a tableau row; this halves the rows).
 */
export function auditComponent(
  cells: LinkedCells,
  pattern: Pattern,
  members: readonly number[],
  k: number,
  options: { only?: (id: number) => boolean } = {},
): { intervals: CellInterval[]; solves: number } {
  const memberSet = new Set(members);
  const rows = componentRows(cells, pattern, memberSet);
  const lower = new Map<number, number>(members.map((id) => [id, markBounds(pattern.marks[id], k)[0]]));
  const constraints: [string, Constraint][] = rows.map((row, r) => {
    const shift = row.terms.reduce((s, [id, c]) => s + c * (lower.get(id) as number), 0);
    return [`r${r}`, toConstraint(row.min - shift, row.max - shift)];
  });
  for (const id of members) {
    const [lo, hi] = markBounds(pattern.marks[id], k);
    if (Number.isFinite(hi)) constraints.push([`b${id}`, { max: hi - lo }]);
  }
  const coefficients = new Map<number, [string, number][]>();
  for (const id of members) coefficients.set(id, Number.isFinite(markBounds(pattern.marks[id], k)[1]) ? [[`b${id}`, 1]] : []);
  rows.forEach((row, r) => {
    for (const [id, c] of row.terms) coefficients.get(id)?.push([`r${r}`, c]);
  });
  let solves = 0;
  const optimise = (target: number, direction: "minimize" | "maximize"): { value: number; verified: boolean } => {
    const model: Model<number, string> = {
      direction,
      objective: "objective",
      constraints,
      variables: members.map((id): [number, [string, number][]] => [id, id === target ? [...(coefficients.get(id) ?? []), ["objective", 1]] : coefficients.get(id) ?? []]),
    };
    solves++;
    const solution = solve(model, { includeZeroVariables: true, maxPivots: 100_000 });
    if (solution.status === "unbounded") return { value: direction === "maximize" ? Infinity : -Infinity, verified: true };
    if (solution.status !== "optimal") return { value: cells.values[target], verified: false };
    const values = new Map<number, number>(solution.variables.map(([id, y]) => [id, y + (lower.get(id) as number)]));
    const value = solution.result + (lower.get(target) as number);
    const verified = checkWitness(values, members, rows, pattern, k) && Math.abs((values.get(target) ?? 0) - value) <= FEASIBILITY;
    return { value, verified };
  };
  const audited = options.only ? members.filter(options.only) : members;
  const intervals: CellInterval[] = audited.map((id) => {
    const mark = pattern.marks[id];
    const low = optimise(id, "minimize");
    const high = optimise(id, "maximize");
    const verified = low.verified && high.verified;
    const pass = !isSensitive(mark) || (verified && low.value <= requiredLow(mark) + PASS_TOLERANCE && high.value >= k - 1 - PASS_TOLERANCE);
    return { cell: id, mark, lo: low.value, hi: high.value, verified, pass };
  });
  return { intervals, solves };
}

/** Audits every hidden cell of a copy (or those `only` selects). */
export function auditPattern(cells: LinkedCells, pattern: Pattern, k: number, only?: (id: number) => boolean): AuditResult {
  const components = hiddenComponents(cells, pattern);
  const intervals: CellInterval[] = [];
  let solves = 0;
  for (const members of components) {
    if (only && !members.some(only)) continue;
    const result = auditComponent(cells, pattern, members, k, { only });
    intervals.push(...result.intervals);
    solves += result.solves;
  }
  intervals.sort((a, b) => a.cell - b.cell);
  return { k, intervals, pass: intervals.every((i) => i.pass), components: components.length, solves };
}
