/**
 * The extent of a sheet's data, as opposed to its used range: Excel's used range (and ExcelJS' dimensions) stretches
 * to the farthest cell that was ever touched, so 50 rows plus one stray value in XFD1048576 make a 1,048,576 × 16,384
 * range (17 billion cells). Both adapters hand the occupied blocks they know (Office.js: the areas of
 * Range.getSpecialCells; ExcelJS: runs of filled cells per row) to dataExtent, which keeps the main block only.
 *
 * Rule: blocks are grouped into bands of rows, a new band starting after an empty gap longer than both MIN_GAP and
 * the band so far (a blank line or a few inside a table never splits it; a lone cell a thousand rows further down
 * does). The band holding the most filled cells wins; inside it the same is done for columns. The result never
 * reaches past the outermost filled cell of the winning group, so a stray far cell never makes a read larger.
 */
import type { Box } from "./a1Address";

/** Empty rows (or columns) that never split a block, however small the block is. */
export const MIN_ROW_GAP = 100;
export const MIN_COLUMN_GAP = 20;

interface Group {
  from: number;
  to: number;
  weight: number;
  members: Box[];
}

function groups(boxes: readonly Box[], start: (b: Box) => number, end: (b: Box) => number, minGap: number): Group[] {
  const sorted = [...boxes].sort((a, b) => start(a) - start(b));
  const out: Group[] = [];
  for (const box of sorted) {
    const last = out[out.length - 1];
    const weight = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    const gap = last ? start(box) - last.to - 1 : Infinity;
    if (last && gap <= Math.max(minGap, last.to - last.from + 1)) {
      last.to = Math.max(last.to, end(box));
      last.weight += weight;
      last.members.push(box);
    } else {
      out.push({ from: start(box), to: end(box), weight, members: [box] });
    }
  }
  return out;
}

function heaviest(list: Group[]): Group | null {
  let best: Group | null = null;
  for (const g of list) if (!best || g.weight > best.weight) best = g; // ties: the first (topmost / leftmost)
  return best;
}

/** The main block of data among the filled blocks; null when there are none. */
export function dataExtent(filled: readonly Box[]): Box | null {
  const band = heaviest(groups(filled, (b) => b.top, (b) => b.bottom, MIN_ROW_GAP));
  if (!band) return null;
  const columns = heaviest(groups(band.members, (b) => b.left, (b) => b.right, MIN_COLUMN_GAP));
  if (!columns) return null;
  let top = Infinity;
  let bottom = -Infinity;
  for (const b of columns.members) {
    top = Math.min(top, b.top);
    bottom = Math.max(bottom, b.bottom);
  }
  return { top, bottom, left: columns.from, right: columns.to };
}

/**
 * Runs of filled columns in one row as boxes (1-based row and columns, ascending), so the grouping above works on a
 * few boxes per row instead of one per cell.
 */
export function rowRuns(row: number, filledColumns: readonly number[]): Box[] {
  const runs: Box[] = [];
  for (const c of filledColumns) {
    const last = runs[runs.length - 1];
    if (last && c === last.right + 1) last.right = c;
    else runs.push({ top: row, bottom: row, left: c, right: c });
  }
  return runs;
}
