/**
 * Evaluates the formulas of a ReportSheet the way Excel would, for the custom-function calls: each argument reference
 * is resolved to the Excel-shaped value of the referenced cells (a column as [[v], [v], ...], one cell as its value)
 * and the function is called from the registry. Only the reference forms the reports write are understood:
 * Table[Column], Table[[Column]], 'Sheet'!$A$1:$A$9, 'Sheet'!$A$1, A1 (a cell of the report itself), "text".
 */
import { customFunctions } from "../../src/functions/registry";
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

const blank = (v: CellValue | undefined): CellValue => (v === undefined || v === null ? "" : v);

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

/** The result of a formula that is one custom-function call (or one plain reference); errors are returned, not thrown. */
export function evaluate(formula: FormulaPart[], book: EvalWorkbook, report: ReportSheet): unknown {
  if (formula.length !== 1) throw new Error(`not a single call: ${formulaBody(formula, "nl")}`);
  const part = formula[0];
  if (typeof part === "string") return resolveArgument(part, book, report);
  const args = part.args.map((arg) => {
    if (arg.length !== 1 || typeof arg[0] !== "string") throw new Error("nested argument");
    return resolveArgument(arg[0], book, report);
  });
  const fn = (customFunctions as unknown as Record<string, (...a: unknown[]) => unknown>)[part.call];
  if (!fn) throw new Error(`no custom function ${part.call}`);
  try {
    return fn(...args);
  } catch (error) {
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
