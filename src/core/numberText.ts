/**
 * The one reading of a cell as a plain number, shared by the custom functions' coercion and the core's sheet readers:
 * numbers as they are; text that is a plain number ("12", "12.5", "12,5", " 3 ") as that number, since exports often
 * store numbers as text. Anything else (blank, words, booleans, thousands separators) is NaN.
 *
 * @example
 * plainNumber(" 12,5 ") //=> 12.5
 * plainNumber("1.250,00") //=> NaN (amounts with thousands separators are read by cellReaders.readAmount)
 */
export function plainNumber(cell: unknown): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== "string") return NaN;
  const text = cell.trim();
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) return NaN;
  return Number(text.replace(",", "."));
}
