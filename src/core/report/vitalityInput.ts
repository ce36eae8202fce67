/**
 * The older, hand-made vitality input sheet (sheet "Mengwijzer_Vitaliteit" without the table the pane makes, see
 * ../vitality/vitalitySheet.ts), still read so a workbook made before issue 16 keeps its report: one row per area,
 * header in row 1 and the columns in this order (A to G):
 *
 *   gebied | leefbaarheid | wijkraad | wijkregisseur | overlastmaat | grens_laag | grens_hoog
 *
 * leefbaarheid = Leefbaarometer class 1..9; wijkraad and wijkregisseur WAAR/ONWAAR (ja/nee, 1/0); overlastmaat and the
 * two thresholds numbers (rules.md §7). The report computes the three points, the score and the verdict per row with
 * live formulas over these cells.
 */
import type { CellValue } from "../mapping/cells";
import { cellText, isBlankRow, parseNumberText } from "../mapping/cells";
import { livabilityPoints } from "../vitality/livabilityPoints";
import { organisationPoints } from "../vitality/organisationPoints";
import { resiliencePoints } from "../vitality/resiliencePoints";
import { vitalityFlag } from "../vitality/vitalityFlag";
import { vitalityScore } from "../vitality/vitalityScore";
import { readYesNo } from "../cellReaders";

import { VITALITY_SHEET } from "../vitality/vitalitySheet";

export { VITALITY_SHEET };
export const VITALITY_HEADERS = ["gebied", "leefbaarheid", "wijkraad", "wijkregisseur", "overlastmaat", "grens_laag", "grens_hoog"] as const;
/** Sheet columns of the inputs, in the order of VITALITY_HEADERS. */
export const VITALITY_COLUMNS = ["A", "B", "C", "D", "E", "F", "G"] as const;

export interface VitalityRow {
  /** 1-based sheet row. */
  sheetRow: number;
  cells: CellValue[];
}

export interface VitalityInput {
  sheetName: string;
  rows: VitalityRow[];
}

/** Reads the input sheet's values (row 0 = sheet row 1 = header): every non-blank row below the header. */
export function readVitalitySheet(values: readonly (readonly CellValue[])[], sheetName = VITALITY_SHEET): VitalityInput {
  const rows: VitalityRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = VITALITY_HEADERS.map((_, c) => values[r]?.[c] ?? null);
    if (!isBlankRow(cells)) rows.push({ sheetRow: r + 1, cells });
  }
  return { sheetName, rows };
}

export interface VitalityValues {
  area: string;
  livability: number | null;
  organisation: number | null;
  resilience: number | null;
  score: number | null;
  flag: string | null;
  /** Dutch messages of what could not be computed. */
  problems: string[];
}

function tryPoints(compute: () => number, problems: string[]): number | null {
  try {
    return compute();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** The core's points, score and verdict for one input row (what the live formulas show). */
export function vitalityValues(row: VitalityRow): VitalityValues {
  const [area, klasse, council, director, nuisance, low, high] = row.cells;
  const problems: string[] = [];
  const livability = tryPoints(() => livabilityPoints(parseNumberText(klasse)), problems);
  const organisation = tryPoints(() => {
    const a = readYesNo(council);
    const b = readYesNo(director);
    if (a === null || b === null) throw new Error(`rij ${row.sheetRow}: wijkraad en wijkregisseur moeten WAAR of ONWAAR zijn`);
    return organisationPoints(a, b);
  }, problems);
  const resilience = tryPoints(() => resiliencePoints(parseNumberText(nuisance), parseNumberText(low), parseNumberText(high)), problems);
  let score: number | null = null;
  let flag: string | null = null;
  if (livability !== null && organisation !== null && resilience !== null) {
    score = vitalityScore(livability, organisation, resilience);
    flag = vitalityFlag(score);
  }
  return { area: cellText(area), livability, organisation, resilience, score, flag, problems };
}
