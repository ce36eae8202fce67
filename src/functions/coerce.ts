/**
 * Argument coercion for the custom functions, in one place (as HyperFormula does): what Excel passes becomes the typed
 * columns and scalars the core expects, and anything unusable becomes a MengError with a Dutch message.
 *
 * What Excel passes: a range argument is a 2-D array of cell values (number, string, boolean; an empty cell is "" or
 * null); an omitted optional argument is null or undefined; a scalar argument is the value itself.
 */
import { MengError } from "../core/errors";
import type { Label } from "../core/labels";
import { messages } from "../core/messages";

export type Cell = number | string | boolean | null | undefined;
export type Grid = Cell[][];

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
  if (typeof cell === "string") return cell.trim() === "" ? null : cell;
  if (typeof cell === "boolean") return cell ? "WAAR" : "ONWAAR";
  return String(cell);
}

export function toLabels(value: unknown, name: string): Label[] {
  return toColumn(value, name).map(toLabel);
}

/**
 * A cell as a number: numbers as they are; text that is a plain number ("12", "12.5", "12,5", " 3 ") is read as that
 * number, since exports often store numbers as text. Anything else (blank, words, booleans) is NaN.
 */
export function toNumber(cell: Cell): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== "string") return NaN;
  const text = cell.trim();
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) return NaN;
  return Number(text.replace(",", "."));
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

/** An optional scalar number; `undefined` when omitted, #VALUE! when present but not a number. */
export function toOptionalNumber(value: unknown, name: string): number | undefined {
  const cell = Array.isArray(value) ? toColumn(value, name)[0] : (value as Cell);
  if (isOmitted(cell)) return undefined;
  const n = toNumber(cell);
  if (Number.isNaN(n)) throw messages.indices.notANumber(name, cell);
  return n;
}

export { MengError };
