/**
 * Raw cell values as the core sees them, and the small readers the mapping and partner modules share.
 *
 * `CellValue` mirrors the adapter's type (src/workbook/WorkbookAdapter.ts), widened with `undefined` for sparse rows;
 * the core may not import the adapter, so the type is repeated here (structurally the adapter's values fit).
 */
import { isBlankCell } from "../cellReaders";
import { plainNumber } from "../numberText";

export type CellValue = string | number | boolean | null | undefined;

/** Blank: missing, null, or text that is only whitespace (the core's one definition, re-exported for the readers here). */
export { isBlankCell };

/** The cell as trimmed display text ("" for blank). */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "WAAR" : "ONWAAR";
  return String(cell).trim();
}

/** A number, or text that is a plain number; anything else is NaN (see ../numberText.ts). */
export function parseNumberText(cell: CellValue): number {
  return plainNumber(cell);
}

/** True for a row without any non-blank cell. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

/** A sheet position: 1-based row, 0-based column. */
export interface SheetPosition {
  row: number;
  column: number;
}

/**
 * Reads the top-left cell of an address: "A1", "$B$3", "Voorraad!C5", "'Mijn blad'!B2:K40". Throws a Dutch MengError
 * via the caller when unreadable (returns null here so this file stays free of the message catalogue).
 */
export function parseTopLeft(address: string): SheetPosition | null {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).split(":")[0].replace(/\$/g, "").trim();
  const match = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(local);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}

/** Column letters of a 0-based column index: 0 → "A", 27 → "AB". */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
