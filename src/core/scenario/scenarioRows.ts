/**
 * Reading a scenario table (sheet Mengwijzer_Scenario, or the range passed to MENG.SCENARIO.VOORRAAD): one row per
 * intervention with the columns gebied | ingreep | van | naar | aantal | aantal na | jaar (| toelichting). Every row is
 * checked on its own here (the cells, the area and segments against the stock); whether there are enough dwellings
 * to sell, demolish or liberalise is checked when the rows are applied in order (applyScenario.ts).
 *
 * Decisions:
 * - A row whose first seven cells are all blank is not a row (a table often ends in empty rows); the note column alone
 *   does not make a row.
 * - A first row that reads "gebied", "ingreep" is the header and skipped, so a whole table with its header can be passed.
 * - Labels match as everywhere in Mengwijzer (case and surrounding spaces do not count, CBS codes in any spelling);
 *   segments also through the built-in vocabulary and the user's value mapping ("DAEB" → sociale huur), and are shown
 *   in the stock's spelling when the stock has them.
 * - Nieuwbouw may name an area the stock does not have (a new neighbourhood): allowed, with a "let op" so a typo is
 *   seen. Every other intervention needs dwellings that are there: an area that is neither in the stock nor built by
 *   a nieuwbouw row is an error.
 * - A segment in 'van' that the stock does not have but the vocabulary knows is not an error here: an earlier row may
 *   build it; the order check then says how many there are.
 */
import { isBlankCell } from "../cellReaders";
import { displayLabel, labelKey } from "../labels";
import { scenarioRowTexts as texts } from "../messages/scenario";
import { plainNumber } from "../numberText";
import { cellDisplay, readSegmentCell } from "../readers/fieldReaders";
import { EMPTY_LOOKUP, type ValueLookup } from "../readers/valueMap";
import { INTERVENTION_SHAPE, readIntervention, type InterventionKind } from "./interventions";
import { indexOf, type SegmentTable } from "./segmentTable";

/** Column headers of the scenario table, in order. */
export const SCENARIO_HEADERS = ["gebied", "ingreep", "van", "naar", "aantal", "aantal na", "jaar", "toelichting"] as const;
/** Columns a scenario range must have (the note column is optional). */
export const SCENARIO_REQUIRED_COLUMNS = 7;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const SOCIAL_RENT_SEGMENT = "sociale huur";
const DEFAULT_SALE_TARGET = "koop";

export interface ScenarioRow {
  /** Row number shown to the user (sheet row, or 1-based position in the range). */
  readonly row: number;
  /** Area label: the stock's spelling, or the new area's display form. */
  readonly area: string;
  readonly kind: InterventionKind;
  /** Segment dwellings leave (stock spelling), or null for nieuwbouw. */
  readonly from: string | null;
  /** Segment dwellings arrive in, or null for sloop. */
  readonly to: string | null;
  /** Dwellings taken from `from` (or built, for nieuwbouw). */
  readonly count: number;
  /** Dwellings arriving in `to`: `count`, or 'aantal na' for samenvoegen/splitsen, 0 for sloop. */
  readonly countAfter: number;
  readonly year: number;
}

export interface ScenarioProblem {
  readonly row: number;
  /** "fout": the row is left out; "let op": the row counts, but check it. */
  readonly severity: "fout" | "let op";
  readonly message: string;
}

export interface ScenarioReading {
  /** Rows without an error, in table order. */
  readonly rows: ScenarioRow[];
  readonly problems: ScenarioProblem[];
  /** Rows with content (header and blank rows not counted). */
  readonly rowsRead: number;
  /** Areas named only by nieuwbouw rows (not in the stock), in order of appearance. */
  readonly newAreas: string[];
  /** Segments named by rows that the stock does not have, in order of appearance. */
  readonly newSegments: string[];
}

export interface ReadScenarioOptions {
  /** Row number of grid row 0 (the sheet row), so messages name the row the user sees. Default 1. */
  firstRow?: number;
  /** Years before this one are an error (the plan starts at the stock's year). */
  startYear?: number;
  /** The user's value mapping, for segment words. */
  values?: ValueLookup;
}

type Resolved = { label: string } | { problem: string };

export function readScenario(grid: readonly (readonly unknown[])[], stock: SegmentTable, options: ReadScenarioOptions = {}): ReadScenarioResult {
  const firstRow = options.firstRow ?? 1;
  const lookup = options.values ?? EMPTY_LOOKUP;
  const areaIndex = indexOf(stock.areas);
  const segmentIndex = indexOf(stock.segments);
  const rows: ScenarioRow[] = [];
  const problems: ScenarioProblem[] = [];
  let rowsRead = 0;
  // areas a nieuwbouw row brings: later rows may sell or demolish there (the order check counts what is built)
  const plannedAreas = indexOf(
    grid.filter((cells) => !isBlankCell(cells[0]) && !isBlankCell(cells[1]) && readIntervention(cellDisplay(cells[1])) === "nieuwbouw").map((cells) => cellDisplay(cells[0])),
  );

  const segmentOf = (cell: unknown, column: string): Resolved => {
    const text = cellDisplay(cell);
    const inStock = segmentIndex.find(text);
    if (inStock >= 0) return { label: stock.segments[inStock] };
    const reading = readSegmentCell(cell, lookup);
    if (reading.kind !== "value") return { problem: texts.unknownSegment(column, text) };
    const known = segmentIndex.find(reading.value);
    if (known >= 0) return { label: stock.segments[known] };
    return { label: reading.value };
  };

  grid.forEach((cells, r) => {
    const row = firstRow + r;
    const cell = (c: number) => cells[c];
    const blank = (c: number) => isBlankCell(cell(c));
    if ([0, 1, 2, 3, 4, 5, 6].every(blank)) return;
    if (r === 0 && labelKey(cellDisplay(cell(0))) === "gebied" && labelKey(cellDisplay(cell(1))) === "ingreep") return;
    rowsRead++;
    const errors: string[] = [];
    const notes: string[] = [];

    // ingreep
    let kindRead: InterventionKind | "samenvoegen of splitsen" | null = null;
    if (blank(1)) errors.push(texts.blankIntervention());
    else {
      kindRead = readIntervention(cellDisplay(cell(1)));
      if (kindRead === null) errors.push(texts.unknownIntervention(cellDisplay(cell(1))));
    }

    // aantal
    const count = readCount(cell(4), errors);

    // aantal na: decides samenvoegen or splitsen when the row says both
    let countAfter: number | null = null;
    const needsAfter = kindRead === "samenvoegen of splitsen" || (kindRead !== null && INTERVENTION_SHAPE[kindRead].countAfter);
    if (kindRead !== null && !needsAfter && !blank(5)) errors.push(texts.countAfterNotAllowed(kindRead));
    if (needsAfter) {
      if (blank(5)) errors.push(texts.countAfterRequired(kindRead === "splitsen" ? "splitsen" : "samenvoegen"));
      else {
        const x = plainNumber(cell(5));
        if (!(Number.isInteger(x) && x >= 1)) errors.push(texts.badCountAfter(cellDisplay(cell(5))));
        else countAfter = x;
      }
    }
    let kind: InterventionKind | null = kindRead === "samenvoegen of splitsen" ? null : kindRead;
    if (kindRead === "samenvoegen of splitsen" && count !== null && countAfter !== null) {
      kind = countAfter < count ? "samenvoegen" : "splitsen";
    }
    if (kind === "samenvoegen" && count !== null && countAfter !== null && countAfter >= count) errors.push(texts.mergeNotFewer(count, countAfter));
    if (kind === "splitsen" && count !== null && countAfter !== null && countAfter <= count) errors.push(texts.splitNotMore(count, countAfter));

    // gebied
    let area: string | null = null;
    if (blank(0)) errors.push(texts.blankArea());
    else {
      const text = cellDisplay(cell(0));
      const a = areaIndex.find(text);
      if (a >= 0) area = stock.areas[a];
      else if (kind === "nieuwbouw") {
        area = displayLabel(text);
        notes.push(texts.newArea(area));
      } else if (plannedAreas.find(text) >= 0) area = plannedAreas.display[plannedAreas.find(text)];
      else errors.push(texts.unknownArea(text));
    }

    // van, naar
    let from: string | null = null;
    let to: string | null = null;
    if (kind !== null) {
      const shape = INTERVENTION_SHAPE[kind];
      if (!shape.takes && !blank(2)) errors.push(texts.fromNotAllowed());
      if (!shape.adds && !blank(3)) errors.push(texts.toNotAllowed());
      if (shape.takes) {
        const fromCell = blank(2) ? (kind === "liberalisatie" ? SOCIAL_RENT_SEGMENT : null) : cell(2);
        if (fromCell === null) errors.push(texts.fromRequired(kind));
        else {
          const resolved = segmentOf(fromCell, "van");
          if ("problem" in resolved) errors.push(resolved.problem);
          else from = resolved.label;
        }
      }
      if (shape.adds) {
        const toCell = !blank(3) ? cell(3) : kind === "verkoop" ? DEFAULT_SALE_TARGET : shape.countAfter ? from : null;
        // samenvoegen/splitsen without 'naar' keep the segment of 'van' (already reported when that is missing)
        if (toCell === null) {
          if (!shape.countAfter) errors.push(texts.toRequired(kind));
        } else {
          const resolved = segmentOf(toCell, "naar");
          if ("problem" in resolved) errors.push(resolved.problem);
          else to = resolved.label;
        }
      }
      if ((kind === "verkoop" || kind === "liberalisatie") && from !== null && to !== null && labelKey(from) === labelKey(to)) {
        errors.push(texts.sameSegment(kind, from));
      }
    }

    // jaar
    let year: number | null = null;
    if (blank(6)) errors.push(texts.blankYear());
    else {
      const y = plainNumber(cell(6));
      if (!(Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR)) errors.push(texts.badYear(cellDisplay(cell(6)), MIN_YEAR, MAX_YEAR));
      else if (options.startYear !== undefined && y < options.startYear) errors.push(texts.yearBeforeStart(y, options.startYear));
      else year = y;
    }

    for (const message of errors) problems.push({ row, severity: "fout", message });
    for (const message of notes) problems.push({ row, severity: "let op", message });
    if (errors.length > 0 || kind === null || area === null || count === null || year === null) return;
    const shape = INTERVENTION_SHAPE[kind];
    rows.push({
      row,
      area,
      kind,
      from: shape.takes ? from : null,
      to: shape.adds ? to : null,
      count,
      countAfter: !shape.adds ? 0 : shape.countAfter ? (countAfter as number) : count,
      year,
    });
  });
  // what the valid rows add to the stock's lists (nieuwbouw in a new area, a segment the stock lacks)
  const newAreas = distinct(rows.map((r) => r.area).filter((a) => areaIndex.find(a) < 0));
  const newSegments = distinct(rows.flatMap((r) => [r.from, r.to]).filter((s): s is string => s !== null && segmentIndex.find(s) < 0));
  return { rows, problems, rowsRead, newAreas, newSegments };
}

export type ReadScenarioResult = ScenarioReading;

function distinct(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((label) => !seen.has(labelKey(label)) && seen.add(labelKey(label)) !== undefined);
}

/** 'aantal': a whole number ≥ 1, or null with the reason added to `errors`. */
function readCount(cell: unknown, errors: string[]): number | null {
  if (isBlankCell(cell)) {
    errors.push(texts.blankCount());
    return null;
  }
  const x = plainNumber(cell);
  if (Number.isNaN(x)) errors.push(texts.badCount(cellDisplay(cell)));
  else if (x < 0) errors.push(texts.negativeCount(x));
  else if (x === 0) errors.push(texts.zeroCount());
  else if (!Number.isInteger(x)) errors.push(texts.fractionCount(x));
  else return x;
  return null;
}

/**
 * The rows of a scenario table in the column order readScenario expects, found by header (case and spaces do not
 * count, so a user may reorder the columns); a header that is not found is taken from its usual position.
 */
export function scenarioGrid(headers: readonly string[], rows: readonly (readonly unknown[])[]): unknown[][] {
  const keys = headers.map((h) => labelKey(String(h ?? "")));
  const at = SCENARIO_HEADERS.map((name, k) => {
    const found = keys.indexOf(labelKey(name));
    return found >= 0 ? found : k;
  });
  return rows.map((row) => at.map((c) => row[c] ?? null));
}
