/**
 * The protected partner copy as data: every count of every table in one linked system (linkedCells.ts), jointly
 * suppressed (jointSuppression.ts) and audited (intervalAudit.ts), labels through the label policy (labelPolicy.ts),
 * counts optionally rounded to base 5. The sheets are drawn from this by src/core/report/partnerWorkbook.ts.
 *
 * Tables and their links:
 *  - area tables (areaHierarchy.ts): per level an area × segment table with the area totals; every cell of a level is
 *    the sum of the same cells of its child areas;
 *  - allocation groups (year × gemeente × check): judged = passing + failing, and the verdict as a published
 *    statement (minimum checks: "binnen norm" ⇔ passing ≥ norm × judged; voorrang: "binnen norm" ⇔ priority ≤ maximum ×
 *    judged). Groups are not linked to each other or to the stock: no totals over them are published.
 * Anything derived (shares, indices, headroom) is computed later from the published numbers only, and only when all of
 * them are visible, so it adds nothing to what the audit saw.
 */
import type { CheckLine } from "../report/allocationReport";
import { partnerCopyMessages, MIN_THRESHOLD, MAX_THRESHOLD } from "../messages/partner";
import { areaHierarchy, type AreaHierarchy, type PartnerStock } from "./areaHierarchy";
import type { AuditResult } from "./intervalAudit";
import { suppressJointly } from "./jointSuppression";
import { LabelPolicy } from "./labelPolicy";
import { LinkedCellsBuilder, type LinkedCells, type Mark, type Pattern } from "./linkedCells";

export interface ProtectionOptions {
  /** Threshold k, 3..50. */
  k: number;
  /** Leave the buurt level out. */
  wijkOnly?: boolean;
  /** Round every visible count to a multiple of 5 (CBS practice). */
  roundToFive?: boolean;
  /** Labels the user confirmed as area or gemeente names. */
  confirmedNames?: readonly string[];
}

/** Refuses a threshold outside 3..50 (0, 1 and 2 do not protect) with a Dutch message. */
export function checkThreshold(k: unknown): number {
  if (typeof k !== "number" || !Number.isInteger(k) || k < MIN_THRESHOLD || k > MAX_THRESHOLD) throw partnerCopyMessages.badThreshold(k);
  return k;
}

/** A published count: the number (rounded when asked), "<k", "x" or ".". */
export type PublishedCount = number | string;

export interface AreaTableView {
  level: AreaHierarchy["levels"][number]["name"];
  /** Published labels of the areas and of their parents ("" at the top). */
  labels: string[];
  parentLabels: string[];
  /** Cell ids per area: one per segment, then the area total. */
  cells: number[][];
}

export interface AllocationView {
  line: CheckLine;
  gemeente: string;
  /** Cell ids (passing, failing, judged) when the line has counts; statement id of the verdict, or -1. */
  cells: [number, number, number] | null;
  statement: number;
}

export interface ProtectedCopy {
  k: number;
  options: Required<ProtectionOptions>;
  cells: LinkedCells;
  pattern: Pattern;
  audit: AuditResult;
  segments: string[];
  areaTables: AreaTableView[];
  allocations: AllocationView[];
  labels: LabelPolicy;
  leftOut: number;
  dwellings: number;
  primaryCount: number;
  complementCount: number;
  withheldVerdicts: number;
}

export interface ProtectionInput {
  stock: PartnerStock | null;
  allocations: readonly CheckLine[] | null;
}

const VERDICT_SLACK = 1e-7; // the verdicts compare shares with a tolerance of this order
const STRICT = 1e-5; // "onder norm": passing − norm × judged < 0; integers keep it at least 1e-4 below 0

/** The true published value of a visible count: itself, or rounded to the nearest multiple of 5. */
export function publishedNumber(value: number, roundToFive: boolean): number {
  return roundToFive ? 5 * Math.round(value / 5) : value;
}

export function protectCopy(input: ProtectionInput, options: ProtectionOptions): ProtectedCopy {
  const k = checkThreshold(options.k);
  const resolved: Required<ProtectionOptions> = {
    k,
    wijkOnly: options.wijkOnly ?? false,
    roundToFive: options.roundToFive ?? false,
    confirmedNames: options.confirmedNames ?? [],
  };
  const labels = new LabelPolicy(resolved.confirmedNames);
  const builder = new LinkedCellsBuilder();
  const areaTables: AreaTableView[] = [];
  let segments: string[] = [];
  let leftOut = 0;
  let dwellings = 0;

  if (input.stock) {
    const tree = areaHierarchy(input.stock, (s) => labels.publish(s, "segment", "segment"), { wijkOnly: resolved.wijkOnly });
    segments = tree.segments.map((s) => labels.publish(s, "segment", "segment"));
    leftOut = tree.leftOut;
    dwellings = tree.dwellings;
    const ids: number[][][] = tree.levels.map((level) => level.nodes.map((node) => [...node.counts.map((c) => builder.cell(c)), builder.cell(node.total)]));
    tree.levels.forEach((level, l) => {
      level.nodes.forEach((_, a) => {
        const row = ids[l][a];
        builder.relate(row[row.length - 1], row.slice(0, -1));
      });
      if (l === 0) return;
      const children: number[][] = level.nodes.map(() => []);
      tree.levels[l - 1].nodes.forEach((child, c) => children[child.parent].push(c));
      level.nodes.forEach((_, a) => {
        for (let s = 0; s <= segments.length; s++) builder.relate(ids[l][a][s], children[a].map((c) => ids[l - 1][c][s]));
      });
    });
    // the grand total is published exactly elsewhere: rows in the source ("Gelezen rijen") minus the dwellings left out
    const top = ids[ids.length - 1][0];
    if (tree.dwellings < k) throw partnerCopyMessages.stockBelowThreshold(tree.dwellings, k);
    builder.publishedElsewhere(top[top.length - 1]);
    const field = { buurt: "buurt", wijk: "wijk", gemeente: "gemeente", totaal: "totaal" } as const;
    tree.levels.forEach((level, l) => {
      const publish = (label: string, name: string) =>
        name === "totaal" ? "Totaal" : labels.publish(label, name === "gemeente" ? "gemeente" : "area", field[name as keyof typeof field]);
      const parentLevel = tree.levels[l + 1];
      areaTables.push({
        level: level.name,
        labels: level.nodes.map((node) => publish(node.label, level.name)),
        parentLabels: level.nodes.map((node) => (parentLevel && node.parent >= 0 ? publish(parentLevel.nodes[node.parent].label, parentLevel.name) : "")),
        cells: ids[l],
      });
    });
  }

  const allocations: AllocationView[] = [];
  for (const line of input.allocations ?? []) {
    const gemeente = labels.publish(line.municipality, "gemeente", "gemeente (toewijzingen)");
    if (line.error || line.judged === 0) {
      allocations.push({ line, gemeente, cells: null, statement: -1 });
      continue;
    }
    const passing = builder.cell(line.passing);
    const failing = builder.cell(line.judged - line.passing);
    const judged = builder.cell(line.judged);
    builder.relate(judged, [passing, failing]);
    let statement = -1;
    if (line.norm !== null) {
      // passing − norm × judged = (1 − norm) passing − norm failing
      const terms: [number, number][] = [[passing, 1 - line.norm], [failing, -line.norm]];
      const isMaximum = line.check === "voorrang";
      const within = line.verdict === "binnen norm";
      if (isMaximum) statement = builder.state(within ? { terms, min: -Infinity, max: VERDICT_SLACK } : { terms, min: STRICT, max: Infinity });
      else statement = builder.state(within ? { terms, min: -VERDICT_SLACK, max: Infinity } : { terms, min: -Infinity, max: -STRICT });
    }
    allocations.push({ line, gemeente, cells: [passing, failing, judged], statement });
  }

  const cells = builder.build();
  const joint = suppressJointly(cells, k);
  if (!joint.audit.pass) throw partnerCopyMessages.auditFailed(joint.audit.intervals.filter((i) => !i.pass).length);
  return {
    k,
    options: resolved,
    cells,
    pattern: joint.pattern,
    audit: joint.audit,
    segments,
    areaTables,
    allocations,
    labels,
    leftOut,
    dwellings,
    primaryCount: joint.primaryCount,
    complementCount: joint.complementCount,
    withheldVerdicts: joint.withheldStatements,
  };
}

/** How a cell of the copy is published. */
export function publishedCell(copy: ProtectedCopy, id: number): PublishedCount {
  const mark: Mark = copy.pattern.marks[id];
  if (mark === "small") return `<${copy.k}`;
  if (mark === "complement") return "x";
  if (mark === "open") return ".";
  return publishedNumber(copy.cells.values[id], copy.options.roundToFive);
}
