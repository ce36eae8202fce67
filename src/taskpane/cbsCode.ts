import { foldText } from "../core/checklist/foldText";
import { AREA_CODE_LENGTHS, normaliseAreaCode, type AreaLevel } from "../core/readers/areaCode";

/**
 * Loose check of CBS area codes typed by a user. CBS codes carry a prefix and a fixed length; letters are allowed in
 * the digits part because fictional and future codes use them, so we never check that part is numeric.
 */
const CODE_LENGTHS: Readonly<Record<string, number>> = AREA_CODE_LENGTHS as Record<AreaLevel, number>;

/** Uppercased, trimmed code; spaces inside are removed (people paste "BU 0268 0501"); the core's one reading. */
export const normaliseCbsCode = normaliseAreaCode;

/** A Dutch error for the field, or null when the code is empty (optional) or plausible. */
export function cbsCodeError(input: string): string | null {
  const code = normaliseCbsCode(input);
  if (code === "") return null;
  const prefix = code.slice(0, 2);
  const expected = CODE_LENGTHS[prefix];
  if (expected === undefined) {
    return "Een CBS-code begint met BU (buurt), WK (wijk) of GM (gemeente).";
  }
  const rest = code.slice(2);
  if (!/^[0-9A-Z]*$/.test(rest)) {
    return "Gebruik na het voorvoegsel alleen cijfers of letters.";
  }
  if (rest.length !== expected) {
    const kind = prefix === "BU" ? "buurtcode" : prefix === "WK" ? "wijkcode" : "gemeentecode";
    return `Een ${kind} heeft ${expected} tekens na ${prefix}, bijvoorbeeld ${example(prefix)}; u typte er ${rest.length}.`;
  }
  return null;
}

function example(prefix: string): string {
  return prefix === "BU" ? "BU02680501" : prefix === "WK" ? "WK026805" : "GM0268";
}

/** Dutch error for the area name, or null. Names compare as the table does (case, accents, spacing ignored). */
export function areaNameError(input: string, existing: readonly string[]): string | null {
  const name = input.trim();
  if (name === "") return "Geef het gebied een naam.";
  if (name.length > 100) return "Gebruik een naam van hoogstens 100 tekens.";
  const key = foldText(name);
  if (existing.some((n) => foldText(n) === key)) {
    return `Er is al een gebied met de naam '${name}'.`;
  }
  return null;
}
