/**
 * Argument coercion for the custom functions, in one place (as HyperFormula does): what Excel passes becomes the typed
 * columns and scalars the core expects, and anything unusable becomes a MengError with a Dutch message.
 *
 * What Excel passes: a range argument is a 2-D array of cell values (number, string, boolean); an omitted optional
 * argument is null or undefined; a scalar argument is the value itself. Blank cells arrive in three forms, all read as
 * blank: null (current builds), "" (from a formula ="" and some exports, also text of only spaces) and, on some desktop
 * builds, 0 for a range argument of type any (office-js issues 4702 and 5262). A 0 is read as blank only where 0 cannot
 * be a value: area codes, category labels in a column of text labels, years, dates, household sizes, yes/no in a
 * column of words (docs/functies.md, "Lege cellen"). Because the metadata allows custom data for type any
 * (allowCustomDataForDataTypeAny), a cell can also arrive as an object: plainArguments unwraps those first.
 */
import { MengError } from "../core/errors";
import { plainNumber } from "../core/numberText";
import { isBlankOrZero, readAmount, readRichCell, readYesNo } from "../core/cellReaders";
import type { Label } from "../core/labels";
import { messages } from "../core/messages";
import { findNorm, suggestNormNames } from "../core/norms/names";
import { overrideValueProblem } from "../core/norms/overrides";
import type { NormOverride } from "../core/norms/resolveNorm";
import { EMPTY_LOOKUP, ValueLookup, valueMapFromGrid } from "../core/readers/valueMap";
import type { ValueField } from "../core/readers/vocabulary";

export type Cell = number | string | boolean | null | undefined;
export type Grid = Cell[][];

/** The invocation object Excel appends (address, parameterAddresses): an object without a cell value `type`. */
function isCellObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === "string";
}

function invocationOf(args: readonly unknown[]): CustomFunctions.Invocation | null {
  const last = args[args.length - 1];
  return typeof last === "object" && last !== null && !Array.isArray(last) && !isCellObject(last) ? (last as CustomFunctions.Invocation) : null;
}

/** How a message names cell k (0-based) of a range argument: its sheet row when Excel gave the address, else its place. */
function cellNamer(name: string, grid: unknown[][], address: unknown): (r: number, c: number) => string {
  const width = grid[0]?.length ?? 0;
  const oneColumn = width === 1;
  const oneRow = grid.length === 1;
  const length = oneColumn ? grid.length : oneRow ? width : 0;
  const labels = length > 0 ? sheetRowLabels(address, length) : null;
  return (r, c) => {
    const k = oneColumn ? r : oneRow ? c : -1;
    if (labels && k >= 0) return oneColumn ? `Rij ${labels[k]} (in '${name}')` : `Cel ${labels[k]} (in '${name}')`;
    if (k >= 0) return `Cel ${k + 1} van '${name}'`;
    return `Rij ${r + 1}, kolom ${c + 1} van '${name}'`;
  };
}

/** A rich cell as a plain one, or the error that names it. */
function plainCell(cell: object, where: () => string): Cell {
  const reading = readRichCell(cell);
  if (reading.kind === "value") return reading.value;
  if (reading.kind === "error") throw messages.cells.errorInCell(where(), reading.code);
  throw messages.cells.unreadableDataType(where(), reading.typeName);
}

/**
 * Every argument with rich cell values replaced by plain ones (an error cell or an unreadable value throws a MengError
 * naming the cell). Grids without objects, the usual case, are returned as they are: one pass, no copy.
 */
export function plainArguments(args: readonly unknown[], names: readonly string[]): unknown[] {
  const invocation = invocationOf(args);
  const addresses = invocation?.parameterAddresses;
  const out = args.slice();
  for (let i = 0; i < out.length; i++) {
    const arg = out[i];
    if (arg === invocation && invocation !== null) continue;
    const name = names[i] ?? `argument ${i + 1}`;
    if (isCellObject(arg)) {
      out[i] = plainCell(arg, () => `'${name}'`);
    } else if (Array.isArray(arg)) {
      const grid = (arg.length > 0 && !Array.isArray(arg[0]) ? [arg] : arg) as unknown[][];
      let copy: unknown[][] | null = null;
      for (let r = 0; r < grid.length; r++) {
        const row = grid[r];
        if (!Array.isArray(row)) continue;
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (typeof cell !== "object" || cell === null) continue;
          if (copy === null) copy = grid.map((x) => (Array.isArray(x) ? x.slice() : x));
          copy[r][c] = plainCell(cell, () => cellNamer(name, grid, addresses?.[i])(r, c));
        }
      }
      if (copy !== null) out[i] = grid === arg ? copy : copy[0];
    }
  }
  return out;
}

export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A range given as one column or one row, flattened in sheet order. A single value counts as a 1×1 range. */
export function toColumn(value: unknown, name: string): Cell[] {
  if (!Array.isArray(value)) return [value as Cell];
  const rows = value as unknown[];
  if (rows.length === 0) return [];
  if (!Array.isArray(rows[0])) return rows as Cell[];
  const grid = rows as Cell[][];
  const width = grid[0].length;
  if (width === 1) return grid.map((row) => row[0]);
  if (grid.length === 1) return grid[0].slice();
  throw messages.indices.notOneColumn(name);
}

/** Cell as a label: trimmed text, numbers as written, booleans as WAAR/ONWAAR; blank → null. */
export function toLabel(cell: Cell): Label {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return isBlankText(cell) ? null : cell;
  if (typeof cell === "boolean") return cell ? "WAAR" : "ONWAAR";
  return String(cell);
}

/** Blank text (empty or only white space). Fast path: text starting with a printable ASCII character is not blank. */
function isBlankText(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === "";
}

/**
 * Area codes or names (a column of `gebieden`): as toLabels, and a 0 is blank (no area is called 0; it is how some
 * desktop builds pass an empty cell).
 */
export function toAreaLabels(value: unknown, name: string): Label[] {
  const labels = toLabels(value, name);
  const cells = toColumn(value, name);
  for (let r = 0; r < labels.length; r++) if (cells[r] === 0) labels[r] = null;
  return labels;
}

/**
 * Category labels (`categorieën`, `toewijzingsgronden`, ...): as toLabels; in a column that also holds text labels a
 * numeric 0 is blank (an empty cell passed as 0), while in a column of numeric codes 0 stays the category "0".
 */
export function toCategoryLabels(value: unknown, name: string): Label[] {
  const labels = toLabels(value, name);
  const cells = toColumn(value, name);
  let hasText = false;
  for (let r = 0; r < cells.length && !hasText; r++) hasText = typeof cells[r] === "string" && labels[r] !== null;
  if (hasText) for (let r = 0; r < labels.length; r++) if (cells[r] === 0) labels[r] = null;
  return labels;
}

export function toLabels(value: unknown, name: string): Label[] {
  // Fast path for the usual one-column range: read the cells in place, without an intermediate column array.
  if (Array.isArray(value) && value.length > 0 && Array.isArray(value[0]) && (value[0] as unknown[]).length === 1) {
    const grid = value as Cell[][];
    const labels: Label[] = new Array(grid.length);
    for (let r = 0; r < grid.length; r++) labels[r] = toLabel(grid[r][0]);
    return labels;
  }
  const cells = toColumn(value, name);
  const labels: Label[] = new Array(cells.length);
  for (let r = 0; r < cells.length; r++) labels[r] = toLabel(cells[r]);
  return labels;
}

/**
 * A cell as a number: numbers as they are; text that is a plain number ("12", "12.5", "12,5", " 3 ") is read as that
 * number, since exports often store numbers as text. Anything else (blank, words, booleans) is NaN.
 */
export function toNumber(cell: Cell): number {
  return plainNumber(cell);
}

/** The optional weights column, checked to be as long as the column it weighs. */
export function toWeights(value: unknown, length: number, againstName: string): { weights: Float64Array; raw: Cell[] } | null {
  if (isOmitted(value)) return null;
  const raw = toColumn(value, "gewichten");
  if (raw.length !== length) throw messages.indices.sizeMismatch(againstName, length, "gewichten", raw.length);
  return { weights: Float64Array.from(raw, toNumber), raw };
}

/** Two columns that must be of equal length. */
export function requireSameSize(nameA: string, a: readonly unknown[], nameB: string, b: readonly unknown[]): void {
  if (a.length !== b.length) throw messages.indices.sizeMismatch(nameA, a.length, nameB, b.length);
}

/** A required scalar text argument (e.g. a group name). */
export function toRequiredText(value: unknown, name: string): string {
  const cell = Array.isArray(value) ? toColumn(value, name)[0] : (value as Cell);
  const label = toLabel(cell);
  if (label === null) throw messages.indices.missingArgument(name);
  return label;
}

/** An optional scalar text argument (e.g. a group name or a method); `undefined` when omitted. */
export function toOptionalText(value: unknown, name: string): string | undefined {
  const cell = Array.isArray(value) ? toColumn(value, name)[0] : (value as Cell);
  return toLabel(cell) ?? undefined;
}

/** An optional scalar number; `undefined` when omitted, #VALUE! when present but not a number. */
export function toOptionalNumber(value: unknown, name: string): number | undefined {
  const cell = Array.isArray(value) ? toColumn(value, name)[0] : (value as Cell);
  if (isOmitted(cell)) return undefined;
  const n = toNumber(cell);
  if (Number.isNaN(n)) throw messages.indices.notANumber(name, cell);
  return n;
}

export { MengError };

// ---- Vitality and allocation inputs: single cells, yes/no cells, amounts, dates, years, parameter addresses ----


/** True when a scalar argument was given a range of more than one cell. */
export function isMultiCell(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (value.length > 1) return true;
  return Array.isArray(value[0]) && (value[0] as unknown[]).length > 1;
}

/** The one cell of a scalar argument (a 1×1 range counts as its cell). */
export function toScalarCell(value: unknown): Cell {
  if (!Array.isArray(value)) return value as Cell;
  const first = (value as unknown[])[0];
  return (Array.isArray(first) ? first[0] : first) as Cell;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Sheet row labels for the cells of a range argument, from the address Excel passes with @requiresParameterAddresses
 * (e.g. "Toewijzingen!$D$2:$D$250", "'Blad 1'!D2:D250", "D:D"). A column gives its row numbers ("2", "3", ...); a single
 * row gives cell references ("D2", "E2", ...). Null when there is no usable address (outside Excel, an array constant,
 * a block) or when its size does not match `length`: callers then fall back to positions within the range.
 */
export function sheetRowLabels(address: unknown, length: number): string[] | null {
  if (typeof address !== "string" || address.trim() === "") return null;
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  const m = /^([A-Za-z]{1,3})?(\d+)?(?::([A-Za-z]{1,3})?(\d+)?)?$/.exec(ref);
  if (!m || (!m[1] && !m[2])) return null;
  const hasColon = ref.includes(":");
  const firstCol = m[1] ? columnNumber(m[1]) : 1;
  const lastCol = !hasColon ? firstCol : m[3] ? columnNumber(m[3]) : m[1] ? firstCol : 16_384;
  const firstRow = m[2] ? Number(m[2]) : 1;
  const lastRow = !hasColon ? firstRow : m[4] ? Number(m[4]) : m[2] ? firstRow : 1_048_576;
  const rows = lastRow - firstRow + 1;
  const cols = lastCol - firstCol + 1;
  if (rows < 1 || cols < 1) return null;
  if (cols === 1 && rows === length) return Array.from({ length }, (_, i) => String(firstRow + i));
  if (rows === 1 && cols === length) return Array.from({ length }, (_, i) => `${columnLetters(firstCol + i)}${firstRow}`);
  return null;
}

// ---- Norms (MENG.NORM, MENG.SEGMENT, MENG.BETAALBAREKOOP and the checks that take a `normen` range) ----

/** Plausible calendar years; an Excel date serial (45658) or a two-digit year is not one. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function asYear(cell: Cell): number | undefined {
  const n = toNumber(cell);
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : undefined;
}

/**
 * An optional year argument: `undefined` when omitted, blank or 0 (no year 0; an empty cell some builds pass as 0);
 * #VALUE! when it is not a whole calendar year (e.g. a date).
 */
export function toOptionalRuleYear(value: unknown, name: string): number | undefined {
  const cell = Array.isArray(value) ? toColumn(value, name)[0] : (value as Cell);
  if (isBlankOrZero(cell)) return undefined;
  const year = asYear(cell);
  if (year === undefined) throw messages.norms.badYear(name, cell);
  return year;
}

/** A required year argument (see toOptionalRuleYear). */
export function toRequiredRuleYear(value: unknown, name: string): number {
  const year = toOptionalRuleYear(value, name);
  if (year === undefined) throw messages.norms.yearRequired(name);
  return year;
}

/** A row of the `normen` range with nothing in it; 0 counts as empty (no norm is named 0, no year is 0). */
function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((cell) => isBlankOrZero(cell));
}

/**
 * The optional `normen` range: columns naam, jaar, waarde and optionally bron, one override per row. A first row whose
 * jaar and waarde cells are both text (and whose naam is not a norm) is a header and skipped; blank rows are skipped.
 * A broken row (no name, an unknown norm, a year that is not a whole calendar year, a value that is not a number or out
 * of range, the same norm and year twice) is #VALUE! naming its row within the range. Omitted → null.
 */
export function toNormOverrides(value: unknown): NormOverride[] | null {
  if (isOmitted(value)) return null;
  if (!Array.isArray(value)) throw messages.norms.overrideShape(1);
  const rows = value as unknown[];
  if (rows.length === 0) return null;
  const grid: Cell[][] = Array.isArray(rows[0]) ? (rows as Cell[][]) : [rows as Cell[]];
  const width = grid[0].length;
  if (width !== 3 && width !== 4) {
    if (grid.every(isBlankRow)) return null;
    throw messages.norms.overrideShape(width);
  }

  const first = grid[0];
  const firstName = toLabel(first[0]);
  const hasHeader =
    (firstName === null || !findNorm(firstName)) &&
    !isOmitted(first[1]) && !isOmitted(first[2]) && Number.isNaN(toNumber(first[1])) && Number.isNaN(toNumber(first[2]));
  const overrides: NormOverride[] = [];
  const seen = new Map<string, number>();
  grid.forEach((row, index) => {
    const sheetRow = index + 1;
    if ((index === 0 && hasHeader) || isBlankRow(row)) return;
    const fail = (problem: string) => messages.norms.overrideRow(sheetRow, problem);

    const typed = toLabel(row[0]);
    if (typed === null) throw fail(messages.normOverrides.noName());
    const entry = findNorm(typed);
    if (!entry) throw fail(messages.normOverrides.unknownName(typed, suggestNormNames(typed)));
    const year = asYear(row[1]);
    if (year === undefined) throw fail(messages.normOverrides.badYear(row[1]));
    const amount = toNumber(row[2]);
    if (Number.isNaN(amount)) throw fail(messages.normOverrides.badValue(row[2]));
    const problem = overrideValueProblem(entry, amount);
    if (problem) throw fail(problem);

    const key = `${entry.name}|${year}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) throw messages.norms.overrideConflict(sheetRow, entry.name, year, firstRow);
    seen.set(key, sheetRow);

    const source = width === 4 ? toLabel(row[3]) : null;
    overrides.push({ name: entry.name, year, value: amount, sheetRow, ...(source !== null ? { source } : {}) });
  });
  return overrides.length > 0 ? overrides : null;
}

/** An optional money argument (rent, price): as readAmount (src/core/cellReaders.ts) reads it; `undefined` when omitted; #VALUE! for other text. */
export function toOptionalAmountArg(value: unknown, name: string): number | undefined {
  const cell = Array.isArray(value) ? toColumn(value, name)[0] : (value as Cell);
  if (isOmitted(cell)) return undefined;
  const n = readAmount(cell);
  if (Number.isNaN(n)) throw messages.indices.notANumber(name, cell);
  return n;
}

/** The `eigendom` cell as text or a boolean for the core's parseTenure; blank (also 0) → null; another number is #VALUE!. */
export function toTenureCell(value: unknown): string | boolean | null {
  const cell = Array.isArray(value) ? toColumn(value, "eigendom")[0] : (value as Cell);
  if (isBlankOrZero(cell)) return null;
  if (typeof cell === "boolean" || typeof cell === "string") return cell;
  return String(cell);
}

/** An optional WAAR/ONWAAR switch (ja/nee, 1/0 also read): `undefined` when omitted; #VALUE! for anything else. */
export function toOptionalSwitch(value: unknown, name: string): boolean | undefined {
  if (isMultiCell(value)) throw messages.vitality.badPresence(name, "een bereik van meerdere cellen");
  const cell = toScalarCell(value);
  if (isOmitted(cell)) return undefined;
  const flag = readYesNo(cell);
  if (flag === null) throw messages.vitality.badPresence(name, cell);
  return flag;
}

/**
 * The optional `waarden` range (veld | waarde | gelezen als, as on the sheet Mengwijzer_Waarden; or waarde | gelezen als
 * for this function's own field) as a lookup for the core's readers. Omitted → no mapping (built-in words only).
 */
export function toValueLookup(value: unknown, field: ValueField): ValueLookup {
  if (isOmitted(value)) return EMPTY_LOOKUP;
  const grid: Cell[][] = Array.isArray(value) ? (Array.isArray(value[0]) ? (value as Cell[][]) : [value as Cell[]]) : [[value as Cell]];
  return new ValueLookup(valueMapFromGrid(grid, field));
}
