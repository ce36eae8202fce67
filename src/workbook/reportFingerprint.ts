/**
 * Edit detection for Mengwijzer's own sheets. Right after writing a report sheet the adapter reads the sheet back
 * (formula text for formula cells, the value otherwise, from A1 to the last used cell) and stores a hash of it in the
 * workbook's settings (key `fingerprint:<sheet name>`). Later, the same read and hash differing from the stored one means
 * someone changed the sheet: reportSheetState says editedByUser and the pane asks before replacing it.
 *
 * Hashing what Excel gives back (not what was sent) makes the check immune to Excel's own normalisation of formulas
 * and numbers. Normalisation on top: numbers to 15 significant digits (what Excel keeps), empty cells and trailing empty
 * rows and columns ignored, formula text compared without spaces outside string literals and case-insensitively outside
 * them. Format-only changes (bold, widths) are not detected; a recalculated formula is not an edit (its text stays).
 *
 * Spilled cells (ReportCell.spilled: filled by a dynamic-array formula such as MENG.PERGEBIED) are left out: their
 * contents follow the data and the calculation (#BUSY! at first), so they would look like edits. The stored setting is
 * JSON: { hash, skip: A1 rectangles of the spilled cells }. An edit inside a spill area is therefore not detected (Excel
 * shows #SPILL! at the formula instead).
 */
import { boxRef, parseBox } from "./a1Address";
import type { ReportSheet } from "../core/report/reportSheet";

export type GridCell = string | number | boolean | null | undefined;

function normalizeFormula(text: string): string {
  let out = "";
  let inString = false;
  for (const ch of text) {
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (ch !== " ") out += ch.toUpperCase();
  }
  return out;
}

function normalizeCell(cell: GridCell): string {
  if (cell === null || cell === undefined || cell === "") return "";
  if (typeof cell === "number") return `n${Number(cell.toPrecision(15))}`;
  if (typeof cell === "boolean") return cell ? "b1" : "b0";
  if (cell.startsWith("=")) return `f${normalizeFormula(cell)}`;
  return `s${cell}`;
}

/** cyrb53-style 53-bit hash of a normalised grid, as a hex string. */
export function gridFingerprint(grid: readonly (readonly GridCell[])[]): string {
  // Trailing empty rows and columns do not count.
  const rows = grid.map((row) => row.map(normalizeCell));
  let lastRow = rows.length - 1;
  while (lastRow >= 0 && rows[lastRow].every((c) => c === "")) lastRow--;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  };
  for (let r = 0; r <= lastRow; r++) {
    const row = rows[r];
    let last = row.length - 1;
    while (last >= 0 && row[last] === "") last--;
    for (let c = 0; c <= last; c++) feed(`${row[c]}\u0001`);
    feed("\u0002");
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

export function fingerprintKey(sheetName: string): string {
  return `fingerprint:${sheetName}`;
}

/** The spilled cells of a report as A1 rectangles (row runs, merged downwards when equal). */
export function spillMask(sheet: ReportSheet): string[] {
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const done: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const runs: string[] = [];
    let start = -1;
    for (let c = 0; c <= cells.length; c++) {
      const spilled = c < cells.length && cells[c]?.spilled === true;
      if (spilled && start < 0) start = c;
      if (!spilled && start >= 0) {
        runs.push(`${start + 1}:${c}`);
        start = -1;
      }
    }
    for (const [key, box] of [...open]) {
      if (!runs.includes(key)) {
        done.push(boxRef(box));
        open.delete(key);
      }
    }
    for (const run of runs) {
      const [left, right] = run.split(":").map(Number);
      const box = open.get(run);
      if (box) box.bottom = r + 1;
      else open.set(run, { top: r + 1, bottom: r + 1, left, right });
    }
  });
  for (const box of open.values()) done.push(boxRef(box));
  return done;
}

/** The grid with the cells inside `skip` blanked. */
function masked(grid: readonly (readonly GridCell[])[], skip: readonly string[]): GridCell[][] {
  const out = grid.map((row) => [...row]);
  for (const ref of skip) {
    const b = parseBox(ref);
    for (let r = b.top; r <= Math.min(b.bottom, out.length); r++) {
      const row = out[r - 1];
      for (let c = b.left; c <= Math.min(b.right, row.length); c++) row[c - 1] = null;
    }
  }
  return out;
}

/** The setting value stored after a write. */
export function encodeFingerprint(grid: readonly (readonly GridCell[])[], skip: readonly string[]): string {
  return JSON.stringify({ hash: gridFingerprint(masked(grid, skip)), skip });
}

/** Whether the sheet's current contents still match the stored setting (null: nothing stored → not ours). */
export function matchesFingerprint(stored: string | null, grid: readonly (readonly GridCell[])[]): boolean {
  if (stored === null) return false;
  try {
    const { hash, skip } = JSON.parse(stored) as { hash?: unknown; skip?: unknown };
    if (typeof hash !== "string" || !Array.isArray(skip) || !skip.every((s) => typeof s === "string")) return false;
    return hash === gridFingerprint(masked(grid, skip as string[]));
  } catch {
    return false;
  }
}
