/**
 * An ATTACKER on a partner copy, written apart from the suppression code (it imports nothing from src/core/partner and
 * reads only the copy's cells): it parses the published count tables, the allocation lines and the rules in "Over
 * deze kopie", writes its own linear program over EVERY published count (visible ones too, so rounding is modelled
 * as an interval) and asks, for every hidden cell, the smallest and largest value consistent with everything
 * published. It can also attack two copies at once ("one dwelling apart").
 *
 * What it assumes an outsider knows: the marks' meaning as the copy states it ("<k" = 1..k−1, "x" = k or more,
 * "." = 0 or more, a visible non-zero number hides nothing under k), rounding to 5 when the copy says so, that a total
 * is the sum of its parts, that each buurt lies in the wijk of its "Wijk" column (and so on up), how a verdict
 * follows from the counts and the norm, and that the dwellings in the tables are the rows of the source ("Gelezen
 * rijen") minus those the copy says it left out. Shares, indices and headroom are checked apart (`derivedLeaks`):
 * they must never stand on a row whose counts are hidden.
 *
 * It can read the copy as a partner gets it (`sheetsFromWorkbook`: the .xlsx opened with ExcelJS, the table found
 * below each sheet's title and "Lees mij" block) or as the sheets in memory.
 */
import type ExcelJS from "exceljs";
import { solve, type Constraint } from "yalps";

type Cell = string | number | boolean | null;
export type Grid = Cell[][];
export interface Sheet {
  name: string;
  grid: Grid;
}

export interface HiddenCell {
  /** sheet!row!column of the hidden cell. */
  key: string;
  mark: string;
  lo: number;
  hi: number;
}

interface Rules {
  k: number;
  rounded: boolean;
}

/**
 * The sheets of a partner copy file: per worksheet, the table that starts below the title row and the "Lees mij"
 * block (the first row after the first empty row), or the whole sheet when there is no such block.
 */
export function sheetsFromWorkbook(book: ExcelJS.Workbook): Sheet[] {
  return book.worksheets.map((ws) => {
    const value = (r: number, c: number): Cell => {
      const v = ws.getCell(r, c).value;
      if (v === null || v === undefined) return null;
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
      throw new Error(`attacker: unexpected cell ${ws.name}!${ws.getCell(r, c).address}: ${JSON.stringify(v)}`);
    };
    let start = 1;
    if (value(2, 1) === "Lees mij") {
      start = 3;
      while (start <= ws.rowCount && value(start, 1) !== null) start++;
      start++;
    }
    const width = ws.columnCount;
    const grid: Grid = [];
    for (let r = start; r <= ws.rowCount; r++) grid.push(Array.from({ length: width }, (_, c) => value(r, c + 1)));
    // the header row is as wide as the table
    const used = grid[0] ? grid[0].reduce((n: number, cell, c) => (cell !== null ? c + 1 : n), 0) : 0;
    return { name: ws.name, grid: grid.map((row) => row.slice(0, Math.max(used, 1))) };
  });
}

/** Reads the rules the copy publishes about itself. */
export function readRules(sheets: Sheet[]): Rules {
  const about = sheets.find((s) => s.name === "Over deze kopie");
  const text = about ? about.grid.map((r) => String(r[0] ?? "")).join("\n") : "";
  const k = /Drempel: (\d+)\./.exec(text);
  if (!k) throw new Error("attacker: no threshold in the copy");
  return { k: Number(k[1]), rounded: /afgerond op 5/.test(text) };
}

/** The attacker's LP: variables are published cells; rows are sums, verdicts and what each mark says. */
class Program {
  readonly vars = new Map<string, { lo: number; hi: number; mark: string }>();
  readonly rows: { terms: [string, number][]; min: number; max: number }[] = [];

  variable(key: string, published: Cell, rules: Rules): string {
    if (this.vars.has(key)) return key;
    const k = rules.k;
    let lo = 0;
    let hi = Infinity;
    let mark = "visible";
    if (typeof published === "number") {
      if (!rules.rounded) lo = hi = published;
      else if (published === 0) lo = hi = 0;
      else [lo, hi] = [Math.max(k, published - 2), published + 2];
    } else if (published === `<${k}`) [lo, hi, mark] = [1, k - 1, "small"];
    else if (published === "x") [lo, hi, mark] = [k, Infinity, "x"];
    else if (published === ".") [lo, hi, mark] = [0, Infinity, "open"];
    else throw new Error(`attacker: unreadable count '${String(published)}' at ${key}`);
    this.vars.set(key, { lo, hi, mark });
    return key;
  }

  sum(total: string, parts: string[]): void {
    if (parts.length === 0) return;
    this.rows.push({ terms: [[total, -1], ...parts.map((p): [string, number] => [p, 1])], min: 0, max: 0 });
  }

  range(key: string): [number, number] {
    const fixed = (v: string) => {
      const b = this.vars.get(v) as { lo: number; hi: number };
      return b.lo === b.hi ? b.lo : null;
    };
    if (fixed(key) !== null) return [fixed(key) as number, fixed(key) as number];
    const model = (direction: "minimize" | "maximize") => {
      const constraints: [string, Constraint][] = [];
      const coefficients = new Map<string, [string, number][]>();
      for (const [v, { lo, hi }] of this.vars) {
        if (lo === hi) continue; // a known number: folded into the rows below
        coefficients.set(v, [[`bound:${v}`, 1]]);
        constraints.push([`bound:${v}`, Number.isFinite(hi) ? { min: lo, max: hi } : { min: lo }]);
      }
      this.rows.forEach((row, r) => {
        let constant = 0;
        const terms: [string, number][] = [];
        for (const [v, c] of row.terms) {
          const f = fixed(v);
          if (f === null) terms.push([v, c]);
          else constant += c * f;
        }
        if (terms.length === 0) return;
        const min = row.min - constant;
        const max = row.max - constant;
        constraints.push([`row:${r}`, min === max ? { equal: min } : { ...(Number.isFinite(min) ? { min } : {}), ...(Number.isFinite(max) ? { max } : {}) }]);
        for (const [v, c] of terms) coefficients.get(v)?.push([`row:${r}`, c]);
      });
      coefficients.get(key)?.push(["goal", 1]);
      return solve({ direction, objective: "goal", constraints, variables: [...coefficients] }, { maxPivots: 200_000 });
    };
    const low = model("minimize");
    const high = model("maximize");
    if (low.status === "infeasible" || high.status === "infeasible") throw new Error("attacker: the copy contradicts its own rules");
    return [low.status === "optimal" ? low.result : -Infinity, high.status === "optimal" ? high.result : Infinity];
  }
}

/** Adds one copy's tables to the program, every variable prefixed with `tag`. Returns the hidden cells. */
function addCopy(program: Program, sheets: Sheet[], tag: string): string[] {
  const rules = readRules(sheets);
  const levels = ["Buurten", "Wijken", "Gemeenten"];
  const tables = levels
    .map((level) => ({ level, sheet: sheets.find((s) => s.name === `${level} aantallen`) }))
    .filter((t): t is { level: string; sheet: Sheet } => t.sheet !== undefined);
  // rows of every table: label → [total var, segment vars], keyed by segment header
  type Row = { label: string; parent: string | null; cells: Map<string, string> };
  const rowsByLevel = new Map<string, Row[]>();
  for (const { level, sheet } of tables) {
    const header = sheet.grid[0].map((h) => String(h));
    const parentColumn = header.findIndex((h) => h === "Wijk" || h === "Gemeente");
    const rows: Row[] = [];
    sheet.grid.slice(1).forEach((line, r) => {
      const cells = new Map<string, string>();
      header.forEach((h, c) => {
        if (h === "Aantal" || h.startsWith("Aantal: ")) cells.set(h, program.variable(`${tag}${sheet.name}!${r + 1}!${c}`, line[c], rules));
      });
      rows.push({ label: String(line[0]), parent: parentColumn >= 0 ? String(line[parentColumn] ?? "") : null, cells });
      const segments = [...cells.keys()].filter((h) => h !== "Aantal");
      program.sum(cells.get("Aantal") as string, segments.map((h) => cells.get(h) as string));
    });
    rowsByLevel.set(level, rows);
  }
  // hierarchy: each row's parent column names a row of the next table; a "Totaal" row sums the others
  tables.forEach(({ level }, t) => {
    const rows = rowsByLevel.get(level) as Row[];
    const next = tables[t + 1];
    const areaRows = rows.filter((r) => r.label !== "Totaal");
    if (next) {
      for (const parent of rowsByLevel.get(next.level) as Row[]) {
        if (parent.label === "Totaal") continue;
        const children = areaRows.filter((r) => r.parent === parent.label);
        for (const [h, v] of parent.cells) program.sum(v, children.map((c) => c.cells.get(h) as string));
      }
    }
    const total = rows.find((r) => r.label === "Totaal");
    if (total) for (const [h, v] of total.cells) program.sum(v, areaRows.map((c) => c.cells.get(h) as string));
  });
  // the grand total: rows in the source ("Gelezen rijen") minus the dwellings the copy says it left out
  const rowsSheet = sheets.find((s) => s.name === "Gelezen rijen");
  const inSource = rowsSheet?.grid.find((r) => r[0] === "Voorraad" && r[1] === "rijen in de bron")?.[2];
  const topTable = [...tables].reverse()[0];
  if (typeof inSource === "number" && topTable) {
    const about = sheets.find((s) => s.name === "Over deze kopie");
    const leftOut = about?.grid.map((r) => /Niet meegeteld: (\d+)/.exec(String(r[0] ?? ""))).find((m) => m)?.[1];
    const rows = rowsByLevel.get(topTable.level) as Row[];
    const grand = rows.find((r) => r.label === "Totaal") ?? (rows.length === 1 ? rows[0] : undefined);
    if (grand) program.rows.push({ terms: [[grand.cells.get("Aantal") as string, 1]], min: inSource - Number(leftOut ?? 0), max: inSource - Number(leftOut ?? 0) });
  }
  // allocation lines: judged = passing + failing; the verdict as an inequality on the counts
  const allocations = sheets.find((s) => s.name === "Toewijzingen");
  if (allocations) {
    const header = allocations.grid[0].map((h) => String(h));
    const col = (name: string) => header.indexOf(name);
    allocations.grid.slice(1).forEach((line, r) => {
      const judgedCell = line[col("Aantal: beoordeelde toewijzingen")];
      if (judgedCell === null || judgedCell === 0) return;
      const v = (name: string) => program.variable(`${tag}Toewijzingen!${r + 1}!${col(name)}`, line[col(name)], rules);
      const judged = v("Aantal: beoordeelde toewijzingen");
      const passing = v("Aantal: voldoet");
      const failing = v("Aantal: voldoet niet");
      program.sum(judged, [passing, failing]);
      const norm = line[col("Norm")];
      const verdict = String(line[col("Oordeel")]);
      if (typeof norm !== "number") return;
      const terms: [string, number][] = [[passing, 1 - norm], [failing, -norm]];
      const maximum = String(line[col("Toets")]).startsWith("Voorrang");
      // the integer gap: passing − norm × judged is a multiple of 1/10000 for a norm with four decimals
      if (verdict === "binnen norm") program.rows.push(maximum ? { terms, min: -Infinity, max: 0 } : { terms, min: 0, max: Infinity });
      else if (verdict === "onder norm") program.rows.push({ terms, min: -Infinity, max: -1e-4 });
      else if (verdict === "boven norm") program.rows.push({ terms, min: 1e-4, max: Infinity });
    });
  }
  return [...program.vars.entries()].filter(([key, v]) => key.startsWith(tag) && v.mark !== "visible").map(([key]) => key);
}

/**
 * Numbers derived from counts (shares, indices, the allocation share and headroom) that stand on a row where a count
 * they follow from is hidden: each would give the attacker an equation the audit did not see. Returns "sheet!row!col".
 */
export function derivedLeaks(sheets: Sheet[]): string[] {
  const leaks: string[] = [];
  const hidden = (v: Cell) => typeof v === "string" && (v === "x" || v === "." || v.startsWith("<"));
  for (const level of ["Buurten", "Wijken", "Gemeenten"]) {
    const counts = sheets.find((s) => s.name === `${level} aantallen`);
    if (!counts) continue;
    const countHeader = counts.grid[0].map(String);
    for (const kind of ["aandelen", "indices"]) {
      const derived = sheets.find((s) => s.name === `${level} ${kind}`);
      if (!derived) continue;
      const header = derived.grid[0].map(String);
      derived.grid.slice(1).forEach((row, r) => {
        const source = counts.grid[r + 1] ?? [];
        if (source[0] !== row[0]) {
          leaks.push(`${derived.name}!${r + 1}: row does not match '${counts.name}'`);
          return;
        }
        header.forEach((h, c) => {
          if (typeof row[c] !== "number") return;
          // a share needs its segment and the total; an index needs every count of the row
          const needs = h.startsWith("Aandeel: ") ? ["Aantal", `Aantal: ${h.slice("Aandeel: ".length)}`] : countHeader.filter((x) => x.startsWith("Aantal"));
          if (needs.some((n) => hidden(source[countHeader.indexOf(n)]))) leaks.push(`${derived.name}!${r + 1}!${c}`);
        });
      });
    }
  }
  const allocations = sheets.find((s) => s.name === "Toewijzingen");
  if (allocations) {
    const header = allocations.grid[0].map(String);
    const countColumns = header.flatMap((h, c) => (h.startsWith("Aantal") ? [c] : []));
    allocations.grid.slice(1).forEach((row, r) => {
      if (!countColumns.some((c) => hidden(row[c]))) return;
      for (const name of ["Aandeel: voldoet", "Ruimte"]) {
        const c = header.indexOf(name);
        if (c >= 0 && typeof row[c] === "number") leaks.push(`Toewijzingen!${r + 1}!${c}`);
      }
    });
  }
  return leaks;
}

/** Attacks one copy: the interval of every hidden cell. */
export function attackCopy(sheets: Sheet[]): HiddenCell[] {
  const program = new Program();
  const hidden = addCopy(program, sheets, "");
  return hidden.map((key) => {
    const [lo, hi] = program.range(key);
    return { key, mark: (program.vars.get(key) as { mark: string }).mark, lo, hi };
  });
}

/**
 * Attacks two copies of the same stock made before and after one dwelling was added (same tables, same areas):
 * every count of the second is the first's plus 0 or 1, and the grand total grew by exactly 1. Returns the intervals
 * of the hidden cells of both copies (those `only` selects, by key "A:sheet!row!column" / "B:…").
 */
export function attackTwoCopies(before: Sheet[], after: Sheet[], only?: (key: string) => boolean): HiddenCell[] {
  const program = new Program();
  const hiddenA = addCopy(program, before, "A:");
  const hiddenB = addCopy(program, after, "B:");
  const keysA = [...program.vars.keys()].filter((k) => k.startsWith("A:"));
  for (const a of keysA) {
    const b = `B:${a.slice(2)}`;
    if (!program.vars.has(b)) continue;
    program.rows.push({ terms: [[b, 1], [a, -1]], min: 0, max: 1 });
  }
  // the grand total: the last row of the top table's "Aantal"
  const top = ["Gemeenten aantallen", "Wijken aantallen", "Buurten aantallen"].find((n) => before.some((s) => s.name === n)) as string;
  const grid = (before.find((s) => s.name === top) as Sheet).grid;
  const totalRow = grid.findIndex((r) => r[0] === "Totaal");
  const row = totalRow >= 0 ? totalRow : 1;
  const column = grid[0].indexOf("Aantal");
  program.rows.push({ terms: [[`B:${top}!${row}!${column}`, 1], [`A:${top}!${row}!${column}`, -1]], min: 1, max: 1 });
  return [...hiddenA, ...hiddenB].filter((key) => !only || only(key)).map((key) => {
    const [lo, hi] = program.range(key);
    return { key, mark: (program.vars.get(key) as { mark: string }).mark, lo, hi };
  });
}

/** Whole values an interval allows. */
export function wholeValues(cell: HiddenCell): number {
  const lo = Math.ceil(cell.lo - 1e-6);
  const hi = Math.floor(cell.hi + 1e-6);
  return hi === Infinity ? Infinity : Math.max(0, hi - lo + 1);
}

/** What the attacker pins to one value. */
export function recovered(cells: HiddenCell[]): HiddenCell[] {
  return cells.filter((c) => wholeValues(c) === 1);
}

/** "<k" or "." cells the attacker narrows to less than 1..k−1 (the protection the copy promises). */
export function narrowed(cells: HiddenCell[], k: number): HiddenCell[] {
  return cells.filter((c) => {
    if (c.mark === "small") return c.lo > 1 + 1e-6 || c.hi < k - 1 - 1e-6;
    if (c.mark === "open") return c.lo > 1 + 1e-6 || c.hi < k - 1 - 1e-6;
    return false;
  });
}
