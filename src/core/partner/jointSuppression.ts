/**
 * Joint secondary suppression over every table of a partner copy at once (the buurt, wijk, gemeente and total tables
 * with their hierarchy, and the allocation groups), driven by the interval audit (intervalAudit.ts).
 *
 * Heuristic, in the spirit of τ-ARGUS's hypercube/modular methods but audited exactly:
 *  1. primary: every count from 1 to k−1 is "<k", and every part of a "<k" or "." total is "." (linkedCells.ts);
 *  2. no lone hidden cell in a relation: a relation (total = Σ parts) with exactly one hidden member gives it back by
 *     subtraction, so one more member is hidden ("x"), the cheapest that can move: a count of at least 2k−1 if there is
 *     one (it can give or take k−1 and stay ≥ k), else the largest count ≥ k; zeros and small counts never;
 *  3. audit every component of hidden cells by LP; for a "<k" or "." cell whose interval is not all of [1, k−1], hide
 *     one more count in a relation of that cell (same choice as in 2; if its relations have none, any relation of its
 *     component), or withhold a shown statement (a verdict) when no count is left; a "." that is truly 0 with nothing
 *     left to hide is published as 0 (the rule lets a reader conclude that anyway); repeat 2–3 until all pass;
 *  4. publish again every "x" the audit found pinned to one value (the LP proves it adds nothing);
 *  5. the final audit, over the pattern as written, is the one reported.
 * What is minimised is the number of dwellings hidden, greedily; not a proven optimum. If even hiding everything
 * cannot pass the audit, `suppressJointly` reports failure and no copy is written.
 */
import { auditComponent, auditPattern, hiddenComponents, type AuditResult} from "./intervalAudit";
import { isHidden, isSensitive, primaryPattern, type LinkedCells, type Pattern } from "./linkedCells";

export interface JointSuppression {
  pattern: Pattern;
  audit: AuditResult;
  primaryCount: number;
  complementCount: number;
  withheldStatements: number;
  /** Rounds of audit-and-extend (step 3). */
  rounds: number;
}

const PINNED = 1e-6;
/** A safety stop: each round hides at least one more count, so this is never reached on real tables. */
const MAX_ROUNDS = 400;

export function suppressJointly(cells: LinkedCells, k: number): JointSuppression {
  const pattern = primaryPattern(cells, k);
  const primaryCount = pattern.marks.filter(isSensitive).length;
  const relationsOf: number[][] = cells.values.map(() => []);
  cells.relations.forEach((relation, r) => {
    relationsOf[relation.total].push(r);
    for (const p of relation.parts) relationsOf[p].push(r);
  });
  const statementsOf: number[][] = cells.values.map(() => []);
  cells.statements.forEach((statement, s) => {
    for (const [id] of statement.terms) statementsOf[id].push(s);
  });
  const membersOf = (r: number) => [cells.relations[r].total, ...cells.relations[r].parts];
  const fixed = new Set(cells.alwaysVisible);

  /** The visible member of a relation to hide next, or null. */
  const candidate = (r: number): number | null => {
    let best: number | null = null;
    let bestCost = Infinity;
    for (const id of membersOf(r)) {
      if (isHidden(pattern.marks[id]) || fixed.has(id)) continue;
      const v = cells.values[id];
      if (v < k) continue;
      // enough slack to move k−1 either way: cost = v; otherwise prefer the largest (cost grows as v shrinks)
      const cost = v >= 2 * k - 1 ? v : 1e12 - v;
      if (cost < bestCost) {
        bestCost = cost;
        best = id;
      }
    }
    return best;
  };
  const hide = (id: number, dirty: Set<number>) => {
    pattern.marks[id] = "complement";
    dirty.add(id);
  };

  /** Step 2 until no relation has a lone hidden member. */
  const closeLoneCells = (dirty: Set<number>) => {
    const queue: number[] = [];
    const queued = new Set<number>();
    const enqueueOf = (id: number) => {
      for (const r of relationsOf[id]) {
        if (!queued.has(r)) {
          queued.add(r);
          queue.push(r);
        }
      }
    };
    if (dirty.size === 0) pattern.marks.forEach((m, id) => isHidden(m) && enqueueOf(id));
    else for (const id of dirty) enqueueOf(id);
    while (queue.length > 0) {
      const r = queue.shift() as number;
      queued.delete(r);
      const hiddenCount = membersOf(r).filter((id) => isHidden(pattern.marks[id])).length;
      if (hiddenCount !== 1) continue;
      const pick = candidate(r);
      if (pick === null) continue;
      hide(pick, dirty);
      enqueueOf(pick);
    }
  };

  const all = new Set<number>();
  closeLoneCells(all);

  // Step 3: audit components; extend around failing cells. Hiding one more count or withholding a statement only
  // relaxes the system (an equation becomes a bound), so a cell's interval can only widen: a cell that passed keeps
  // passing, and only cells that have not passed yet are solved again (publishing a 0 is the exception, see below).
  const settled = new Set<number>();
  let rounds = 0;
  for (;;) {
    rounds++;
    const dirty = new Set<number>();
    let anyFailure = false;
    for (const members of hiddenComponents(cells, pattern)) {
      const open = (id: number) => isSensitive(pattern.marks[id]) && !settled.has(id);
      if (!members.some(open)) continue;
      const { intervals } = auditComponent(cells, pattern, members, k, { only: open });
      for (const interval of intervals) if (interval.pass) settled.add(interval.cell);
      const failing = intervals.filter((i) => !i.pass);
      if (failing.length === 0) continue;
      anyFailure = true;
      // One more hidden count per failing cell (the same pick may serve several). A "." that is truly 0 and has no
      // count left to hide around it is published as 0 instead: the copy's rule says a "." that is not 0 keeps 1..k−1
      // possible, so a reader who finds it narrower knows it is 0 anyway. Publishing a number tightens the system,
      // so the cells of this component that passed are audited again.
      let extended = false;
      for (const interval of failing) {
        if (extend(interval.cell, members, dirty)) extended = true;
        else if (interval.mark === "open" && cells.values[interval.cell] === 0) {
          pattern.marks[interval.cell] = "visible";
          dirty.add(interval.cell);
          for (const id of members) settled.delete(id);
          extended = true;
        }
      }
      if (!extended || rounds > MAX_ROUNDS) {
        return { pattern, audit: auditPattern(cells, pattern, k), primaryCount, complementCount: countComplements(pattern), withheldStatements: countWithheld(pattern), rounds };
      }
    }
    if (!anyFailure) break;
    closeLoneCells(dirty);
  }

  function extend(cell: number, members: readonly number[], dirty: Set<number>): boolean {
    for (const r of relationsOf[cell]) {
      const pick = candidate(r);
      if (pick !== null) {
        hide(pick, dirty);
        return true;
      }
    }
    for (const id of members) {
      for (const r of relationsOf[id]) {
        const pick = candidate(r);
        if (pick !== null) {
          hide(pick, dirty);
          return true;
        }
      }
    }
    for (const id of members) {
      for (const s of statementsOf[id]) {
        if (pattern.statementShown[s]) {
          pattern.statementShown[s] = false;
          dirty.add(id);
          return true;
        }
      }
    }
    return false;
  }

  // Step 4: publish pinned complements again (the full audit finds them), then step 5: the audit that is reported.
  const before = auditPattern(cells, pattern, k, (id) => pattern.marks[id] === "complement");
  for (const interval of before.intervals) {
    if (interval.mark === "complement" && interval.verified && interval.hi - interval.lo <= PINNED) pattern.marks[interval.cell] = "visible";
  }
  const audit = auditPattern(cells, pattern, k);
  return { pattern, audit, primaryCount, complementCount: countComplements(pattern), withheldStatements: countWithheld(pattern), rounds };
}

function countComplements(pattern: Pattern): number {
  return pattern.marks.filter((m) => m === "complement").length;
}

function countWithheld(pattern: Pattern): number {
  return pattern.statementShown.filter((shown) => !shown).length;
}
