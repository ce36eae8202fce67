/**
 * Renders a report formula (FormulaPart[], reportSheet.ts) as the text an adapter writes with Range.formulas:
 * "=" + the parts, each custom-function call as MENG.NAME(arg1,arg2,...) with the name in the language of the metadata
 * Excel loaded (Dutch names by default, English names in the English display languages; customFunctionIds.ts). Everything else stays in invariant (en-US)
 * syntax: commas between arguments, "." as the decimal point, English names of built-in functions (Excel translates
 * those itself; it does not translate custom-function names, office-js issue 891).
 *
 * Parts never carry the leading "=": formulaText adds it.
 *
 * @example
 * formulaText([{ call: "SHARE", args: [["Voorraad[Segment]"], [stringLiteral("sociale huur")]] }], "nl")
 * //=> '=MENG.AANDEEL(Voorraad[Segment],"sociale huur")'
 * formulaText([{ call: "SHARE", args: [["Voorraad[Segment]"], [stringLiteral("sociale huur")]] }], "en")
 * //=> '=MENG.SHARE(Voorraad[Segment],"sociale huur")'
 */
import { qualifiedFunctionName } from "./customFunctionIds";
import type { FormulaPart } from "./reportSheet";

/** The formula body without "=". */
export function formulaBody(parts: readonly FormulaPart[], locale: "nl" | "en"): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else out += `${qualifiedFunctionName(part.call, locale)}(${part.args.map((arg) => formulaBody(arg, locale)).join(",")})`;
  }
  return out;
}

/** The formula text for Range.formulas: "=" + body. */
export function formulaText(parts: readonly FormulaPart[], locale: "nl" | "en"): string {
  return `=${formulaBody(parts, locale)}`;
}

/** A text constant in a formula: in double quotes, inner quotes doubled ('a "b"' → '"a ""b"""'). */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A number constant in invariant syntax (never a decimal comma). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Geen eindig getal: ${value}`);
  return String(value);
}

/** A sheet name as it prefixes a reference: always quoted, inner quotes doubled ("Mijn blad" → "'Mijn blad'"). */
export function quotedSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** An absolute A1 reference on a sheet: 'Voorraad'!$F$5:$F$104 (or one cell when the rows are equal). */
export function absoluteRange(sheetName: string, column: string, firstRow: number, lastRow: number, lastColumn = column): string {
  const start = `$${column}$${firstRow}`;
  const end = `$${lastColumn}$${lastRow}`;
  return `${quotedSheetName(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

/**
 * A structured reference to one data column of a table: Voorraad[Buurtcode]. A header with other characters than
 * letters, digits, spaces and "_" is written in double brackets, with the special characters [ ] # ' escaped by "'"
 * (Excel's rule for column specifiers).
 */
export function structuredColumnRef(tableName: string, header: string): string {
  if (/^[\p{L}\p{N}_ ]+$/u.test(header) && header.trim() === header) return `${tableName}[${header}]`;
  return `${tableName}[[${header.replace(/(['#[\]])/g, "'$1")}]]`;
}

/** One custom-function call as a formula part. */
export function call(id: Extract<FormulaPart, { call: string }>["call"], ...args: (string | FormulaPart[])[]): FormulaPart {
  return { call: id, args: args.map((arg) => (typeof arg === "string" ? [arg] : arg)) };
}
