/**
 * The user's value mapping: for a categorical field, what a value the built-in vocabulary does not know (or reads
 * differently from how this corporation means it) is read as, e.g. eigendom "Eigen bezit" → huur. The pane stores it
 * in the workbook with the column mapping (mappingCodec.ts) and writes it to the sheet Mengwijzer_Waarden, whose rows
 * (veld | waarde | gelezen als) the MENG functions take as their optional `waarden` range (`valueMapFromGrid`).
 *
 * A mapped value wins over the built-in vocabulary, so a user can also correct a built-in reading.
 */
import { messages } from "../messages";
import { READINGS, VALUE_FIELDS, VALUE_FIELD_NAMES, valueKey, type ValueField } from "./vocabulary";

export interface ValueMapEntry {
  /** The value as written in the source (first spelling seen). */
  value: string;
  /** One of READINGS[field]. */
  reading: string;
}

export type ValueMap = Partial<Record<ValueField, ValueMapEntry[]>>;

/** Fast lookup over a ValueMap: field → value key → reading. */
export class ValueLookup {
  private readonly byField = new Map<ValueField, Map<string, string>>();

  constructor(map: ValueMap | null | undefined) {
    if (!map) return;
    for (const field of VALUE_FIELDS) {
      const entries = map[field];
      if (!entries || entries.length === 0) continue;
      const keyed = new Map<string, string>();
      for (const entry of entries) keyed.set(valueKey(entry.value), entry.reading);
      this.byField.set(field, keyed);
    }
  }

  get(field: ValueField, text: string): string | undefined {
    return this.byField.get(field)?.get(valueKey(text));
  }

  get isEmpty(): boolean {
    return this.byField.size === 0;
  }
}

export const EMPTY_LOOKUP = new ValueLookup(null);

/** Why an entry is not valid, or null. */
export function entryProblem(field: ValueField, entry: { value: unknown; reading: unknown }): string | null {
  if (typeof entry.value !== "string" || entry.value.trim() === "") return "de waarde is leeg";
  if (typeof entry.reading !== "string" || !READINGS[field].includes(entry.reading.trim().toLocaleLowerCase("nl-NL"))) {
    return `'${String(entry.reading)}' is geen lezing voor ${VALUE_FIELD_NAMES[field]} (kies uit: ${READINGS[field].join(", ")})`;
  }
  return null;
}

/** The field of a Dutch field name ("eigendom", "toewijzingsgrond", ...), or null. */
export function fieldOfName(name: string): ValueField | null {
  const key = valueKey(name);
  return VALUE_FIELDS.find((field) => valueKey(VALUE_FIELD_NAMES[field]) === key) ?? null;
}

/** Checks and normalises a map (readings in lower case, one entry per value key, the last one winning). */
export function normaliseValueMap(map: ValueMap): ValueMap {
  const out: ValueMap = {};
  for (const field of VALUE_FIELDS) {
    const entries = map[field];
    if (!entries) continue;
    const byKey = new Map<string, ValueMapEntry>();
    for (const entry of entries) {
      const problem = entryProblem(field, entry);
      if (problem) throw messages.rows.badValueEntry(VALUE_FIELD_NAMES[field], String(entry.value), problem);
      byKey.set(valueKey(entry.value), { value: entry.value.trim(), reading: entry.reading.trim().toLocaleLowerCase("nl-NL") });
    }
    if (byKey.size > 0) out[field] = [...byKey.values()];
  }
  return out;
}

type GridCell = string | number | boolean | null | undefined;

function text(cell: GridCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "WAAR" : "ONWAAR";
  return String(cell).trim();
}

/**
 * A `waarden` range as a ValueMap: three columns veld | waarde | gelezen als (as on the sheet Mengwijzer_Waarden), or
 * two columns waarde | gelezen als for `defaultField` only. A first row that is a header ("veld", "waarde") is skipped,
 * as are blank rows; rows of other fields are kept (the function uses only its own). A broken row is #VALUE! naming its
 * row within the range.
 */
export function valueMapFromGrid(grid: readonly (readonly GridCell[])[], defaultField: ValueField): ValueMap {
  const map: ValueMap = {};
  if (grid.length === 0) return map;
  const width = grid[0].length;
  if (width !== 2 && width !== 3) throw messages.rows.valueRangeShape(width);
  grid.forEach((row, index) => {
    const cells = row.map(text);
    if (cells.every((c) => c === "")) return;
    const [fieldText, value, reading] = width === 3 ? cells : [VALUE_FIELD_NAMES[defaultField], cells[0], cells[1]];
    if (index === 0 && ["veld", "waarde"].includes(valueKey(width === 3 ? fieldText : value))) return;
    const field = fieldOfName(fieldText);
    if (!field) throw messages.rows.valueRangeRow(index + 1, `'${fieldText}' is geen veld (kies uit: ${VALUE_FIELDS.map((f) => VALUE_FIELD_NAMES[f]).join(", ")})`);
    const problem = entryProblem(field, { value, reading });
    if (problem) throw messages.rows.valueRangeRow(index + 1, problem);
    (map[field] ??= []).push({ value, reading: reading.toLocaleLowerCase("nl-NL") });
  });
  return map;
}

/** The rows of the Mengwijzer_Waarden sheet (without header), field by field in a fixed order. */
export function valueMapRows(map: ValueMap): [string, string, string][] {
  const rows: [string, string, string][] = [];
  for (const field of VALUE_FIELDS) for (const entry of map[field] ?? []) rows.push([VALUE_FIELD_NAMES[field], entry.value, entry.reading]);
  return rows;
}
