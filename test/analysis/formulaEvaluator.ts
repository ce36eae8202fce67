/**
 * Evaluates the formulas of a ReportSheet the way Excel would: references are resolved to the Excel-shaped value of
 * the referenced cells (a column as [[v], [v], ...], an empty cell as null, one cell as its value, a spill X8# as its
 * anchor's formula computes it), the built-in functions by miniExcel.ts, custom functions from the registry. Only the
 * reference forms the reports write are understood: Table[Column], Table[[Column]], 'Sheet'!$A$1:$A$9, 'Sheet'!$A$1,
 * A1 and $A$1:$B$9 (cells of the report itself), X8# (a spill in the report).
 */
import { evaluateFormula, type Value } from "./miniExcel";
import type { CellValue } from "../../src/core/mapping/cells";
import { formulaBody } from "../../src/core/report/formulaText";
import type { FormulaPart, ReportCell, ReportSheet } from "../../src/core/report/reportSheet";

export interface TableDef {
  name: string;
  sheetName: string;
  /** 1-based sheet row of the header; 0-based sheet column of the first column. */
  headerRow: number;
  firstColumn: number;
  /** 1-based sheet row of the last data row. */
  lastRow: number;
}

export interface EvalWorkbook {
  /** sheet name → values, row 0 = sheet row 1, column 0 = A. */
  sheets: Record<string, CellValue[][]>;
  tables: TableDef[];
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** An empty cell: null (what Excel passes for it on current builds; an expression sees it as 0, "" or FALSE). */
const blank = (v: CellValue | undefined): CellValue => (v === undefined ? null : v);

export function resolveArgument(text: string, book: EvalWorkbook, report: ReportSheet): unknown {
  if (text === "") return null; // an omitted argument (f(a,,c)), as Excel passes it
  let m = /^"(.*)"$/s.exec(text);
  if (m) return m[1].replace(/""/g, '"');
  m = /^([A-Za-z_][\w.]*)\[\[?(.+?)\]?\]$/.exec(text);
  if (m) {
    const table = book.tables.find((t) => t.name === m![1]);
    if (!table) throw new Error(`unknown table ${m[1]}`);
    const header = m[2].replace(/'(.)/g, "$1");
    const grid = book.sheets[table.sheetName];
    const c = grid[table.headerRow - 1].findIndex((h, i) => i >= table.firstColumn && h === header);
    if (c < 0) throw new Error(`unknown column ${header}`);
    const out: unknown[][] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) out.push([blank(grid[r - 1]?.[c])]);
    return out;
  }
  m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(text);
  if (m) {
    const grid = book.sheets[m[1].replace(/''/g, "'")];
    const c1 = column(m[2]);
    const r1 = Number(m[3]);
    if (m[4] === undefined) return blank(grid[r1 - 1]?.[c1]);
    const c2 = column(m[4]);
    const r2 = Number(m[5]);
    const out: unknown[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: unknown[] = [];
      for (let c = c1; c <= c2; c++) row.push(blank(grid[r - 1]?.[c]));
      out.push(row);
    }
    return out;
  }
  m = /^([A-Z]+)(\d+)$/.exec(text);
  if (m) return report.rows[Number(m[2]) - 1]?.[column(m[1])]?.value ?? "";
  throw new Error(`cannot resolve argument ${text}`);
}

/**
 * The block a spill reference "X8#" stands for, as Excel computes it: the anchor's formula evaluated (once per report),
 * or, for an anchor without a formula, the anchor and the spilled cells right of and below it.
 */
function spillBlock(anchor: string, book: EvalWorkbook, report: ReportSheet, locale: "nl" | "en"): unknown {
  const m = /^([A-Z]+)(\d+)#$/.exec(anchor);
  if (!m) throw new Error(`not a spill reference: ${anchor}`);
  const row = Number(m[2]) - 1;
  const col = column(m[1]);
  const cell = report.rows[row]?.[col];
  if (cell?.formula) {
    let byReport = spills.get(book);
    if (!byReport) spills.set(book, (byReport = new WeakMap()));
    let cache = byReport.get(report);
    if (!cache) byReport.set(report, (cache = new Map()));
    if (!cache.has(anchor)) cache.set(anchor, evaluate(cell.formula, book, report, undefined, locale));
    return cache.get(anchor);
  }
  let width = 1;
  while (report.rows[row]?.[col + width]?.spilled) width++;
  let height = 1;
  while (report.rows[row + height]?.[col]?.spilled) height++;
  return Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => report.rows[row + i]?.[col + j]?.value ?? null));
}
/** Evaluated spills per workbook and report (a count block is read by several formulas). */
const spills = new WeakMap<EvalWorkbook, WeakMap<ReportSheet, Map<string, unknown>>>();

/** A range on the report sheet itself, "$X$8:$Y$20", as rows of values. */
function ownRange(text: string, report: ReportSheet): unknown[][] {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(text)!;
  const out: unknown[][] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) {
    const row: unknown[] = [];
    for (let c = column(m[1]); c <= column(m[3]); c++) row.push(report.rows[r - 1]?.[c]?.value ?? null);
    out.push(row);
  }
  return out;
}

/**
 * The result of a report formula as Excel would compute it: the built-in part by the small interpreter miniExcel.ts,
 * custom functions from the registry, a spill reference by evaluating its anchor. Errors are returned, not thrown.
 * `onCall` is told of every custom-function call of this formula with its arguments (not of the spills it reads).
 */
export function evaluate(
  formula: FormulaPart[],
  book: EvalWorkbook,
  report: ReportSheet,
  onCall?: (id: string, args: unknown[]) => void,
  /** The language of the function names in `formula` when it is text as written in a sheet (MENG.BY.AREA in English). */
  locale: "nl" | "en" = "nl",
): unknown {
  const text = formulaBody(formula, locale);
  try {
    return evaluateFormula(text, {
      locale,
      onCall,
      resolve: (ref) => {
        if (/#$/.test(ref)) {
          const value = spillBlock(ref, book, report, locale);
          if (value instanceof Error) throw value;
          return value as Value;
        }
        if (/^\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+$/.test(ref)) return ownRange(ref, report) as Value;
        return resolveArgument(/^\$?[A-Z]+\$?\d+$/.test(ref) ? ref.replace(/\$/g, "") : ref, book, report) as Value;
      },
    });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("miniExcel: ") && !/#(VALUE|N\/A|REF|CALC)!?/.test(error.message)) throw error;
    return error;
  }
}

/** Every formula cell with its position. */
export function formulaCells(sheet: ReportSheet): { row: number; column: number; cell: ReportCell }[] {
  const out: { row: number; column: number; cell: ReportCell }[] = [];
  sheet.rows.forEach((cells, row) => cells.forEach((cell, column) => cell?.formula && out.push({ row, column, cell })));
  return out;
}

/** The values of a block of the report (spill area), rows × columns from (row, column). */
export function block(sheet: ReportSheet, row: number, column: number, rows: number, columns: number): unknown[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => sheet.rows[row + i]?.[column + j]?.value ?? null));
}
