/**
 * The vitality input sheet's steps for the AnalysisService (issue 16), over a workbook that is also an
 * InputTableWorkbook: make the sheet from the stock's areas, or update it (append new areas and years, mark removed
 * areas), and read it back for the area report, the checklist marker and the partner copy. All decisions are in the
 * core (src/core/vitality); this module reads, orders the writes and words the outcome.
 *
 * Order of an update: status marks first (row indices are those just read), then the new rows below the table, then
 * the table is read again and its computed columns and validation are made complete (formulas in Excel, values in a
 * file written by the preview). Input cells are never written.
 */
import { countText } from "../core/countText";
import { displayLabel, labelKey, type Label } from "../core/labels";
import { messages } from "../core/messages";
import type { CellValue } from "../core/mapping/cells";
import { parseTopLeft } from "../core/mapping/cells";
import type { ReportCell } from "../core/report/reportSheet";
import { compareLabels } from "../core/indices/byArea";
import {
  DEFAULT_SHEET_THRESHOLD,
  explanationLines,
  HEADER_ROW,
  THRESHOLD_ROW,
  VITALITY_SHEET,
  VITALITY_TABLE,
  vitalityColumns,
  type AreaLevel,
  type InputColumn,
} from "../core/vitality/vitalitySheet";
import { computedColumnValues, planVitalityUpdate, readThreshold, readVitalityTable, rowInTableOrder, vitalityOutcome, type VitalityRead } from "../core/vitality/vitalityTable";
import type { VitalityData } from "../core/vitality/vitalitySummary";
import type { InputTableSpec, InputTableWorkbook } from "../workbook/InputTableWorkbook";
import type { SheetBlock } from "../workbook/WorkbookAdapter";

export interface VitalitySheetResult {
  sheetName: string;
  summary: string;
  warnings: string[];
}

/** The workbook as an InputTableWorkbook, or null when it cannot make input sheets. */
export function asInputTables(workbook: object): (InputTableWorkbook & { readSheetBlock?(name: string): Promise<SheetBlock | null> }) | null {
  const w = workbook as Partial<InputTableWorkbook>;
  return typeof w.createInputTable === "function" && typeof w.refreshInputTable === "function" && typeof w.readTable === "function"
    ? (workbook as InputTableWorkbook)
    : null;
}

/** The distinct areas of a column, each in its first shown spelling, sorted by name. */
export function distinctAreas(labels: readonly Label[]): string[] {
  const seen = new Map<string, string>();
  for (const label of labels) {
    if (label === null) continue;
    const key = labelKey(label);
    if (!seen.has(key)) seen.set(key, displayLabel(label));
  }
  return [...seen.values()].sort(compareLabels);
}

function aboveBlock(): ReportCell[][] {
  return explanationLines().map((line, r) => {
    if (r === 0) return [{ value: line.label, bold: true }];
    if (r === THRESHOLD_ROW) return [{ value: line.label, bold: true }, { value: DEFAULT_SHEET_THRESHOLD }, { value: line.text }];
    return [{ value: line.label, bold: true }, { value: line.text }];
  });
}

/** The spec, with the headers as the table has them now (the user may have changed their case). */
export function vitalitySpec(read?: VitalityRead, headers?: readonly string[]): InputTableSpec {
  const columns: InputColumn[] = vitalityColumns().map((c) => {
    const at = read?.positions.get(c.key);
    return at !== undefined && headers ? { ...c, header: headers[at] } : c;
  });
  return { sheetName: VITALITY_SHEET, tableName: VITALITY_TABLE, above: aboveBlock(), headerRow: HEADER_ROW, columns };
}

/** The threshold cell (B3 of the sheet) from the sheet's used block; the default when absent or blank. */
export function thresholdOf(block: SheetBlock | null): number {
  if (!block) return DEFAULT_SHEET_THRESHOLD;
  const start = parseTopLeft(block.address) ?? { row: 1, column: 0 };
  const cell: CellValue = block.values[THRESHOLD_ROW + 1 - start.row]?.[1 - start.column] ?? null;
  return readThreshold(cell, DEFAULT_SHEET_THRESHOLD);
}

export async function prepareVitalitySheet(
  workbook: InputTableWorkbook & { readSheetBlock?(name: string): Promise<SheetBlock | null> },
  sheetExists: (name: string) => Promise<boolean>,
  areas: readonly string[],
  level: AreaLevel,
  year: number,
): Promise<VitalitySheetResult> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw messages.vitality.badYear(year);
  if (areas.length === 0) throw messages.vitality.noAreas(level);
  const levelWord = (n: number) => countText(n, level, level === "buurt" ? "buurten" : "wijken");
  const existing = await workbook.readTable(VITALITY_TABLE);
  if (!existing) {
    if (await sheetExists(VITALITY_SHEET)) throw messages.vitality.notOurSheet();
    const spec = vitalitySpec();
    const rows = areas.map((area) => spec.columns.map((c): string | number | null => (c.key === "area" ? area : c.key === "level" ? level : c.key === "year" ? year : null)));
    const read = readVitalityTable({ headers: spec.columns.map((c) => c.header), rows, firstSheetRow: HEADER_ROW + 2 });
    const notices = await workbook.createInputTable(spec, rows, computedColumnValues(read, DEFAULT_SHEET_THRESHOLD));
    return {
      sheetName: VITALITY_SHEET,
      summary: `Invoerblad ${VITALITY_SHEET} gemaakt: ${levelWord(areas.length)} voor ${year}. Vul per gebied de invoer in; de punten, de score en het oordeel rekenen mee.`,
      warnings: notices,
    };
  }
  const read = readVitalityTable(existing);
  const plan = planVitalityUpdate(read, areas, level, year);
  const statusHeader = existing.headers[read.positions.get("status") as number];
  if (plan.statusWrites.length > 0) {
    await workbook.writeCells(VITALITY_TABLE, plan.statusWrites.map((w) => ({ row: w.index, column: statusHeader, value: w.value })));
  }
  if (plan.newRows.length > 0) {
    await workbook.appendRows(VITALITY_TABLE, plan.newRows.map((values) => rowInTableOrder(read.positions, existing.headers.length, values)));
  }
  const after = (await workbook.readTable(VITALITY_TABLE)) ?? existing;
  const afterRead = readVitalityTable(after);
  const threshold = thresholdOf(workbook.readSheetBlock ? await workbook.readSheetBlock(after.sheetName) : null);
  const notices = await workbook.refreshInputTable(vitalitySpec(afterRead, after.headers), computedColumnValues(afterRead, threshold));
  const parts = [
    plan.added.length > 0 ? `${levelWord(plan.added.length)} toegevoegd voor ${year}` : `geen nieuwe ${level === "buurt" ? "buurten" : "wijken"} voor ${year}`,
    ...(plan.removed.length > 0 ? [`${countText(plan.removed.length, "gebied", "gebieden")} gemarkeerd als '${"niet meer in de voorraad"}'`] : []),
    ...(plan.returned.length > 0 ? [`${countText(plan.returned.length, "gebied", "gebieden")} weer in de voorraad`] : []),
  ];
  return {
    sheetName: after.sheetName,
    summary: `Invoerblad bijgewerkt: ${parts.join("; ")}. Wat u typte, is niet veranderd.`,
    warnings: [...(plan.removed.length > 0 ? [`Niet meer in de voorraad: ${plan.removed.slice(0, 10).join(", ")}${plan.removed.length > 10 ? " …" : ""}.`] : []), ...notices],
  };
}

/** The table's rows with their points, for the report, the checklist and the partner copy; null when there is no table. */
export async function readVitalityData(workbook: InputTableWorkbook & { readSheetBlock?(name: string): Promise<SheetBlock | null> }): Promise<VitalityData | null> {
  const table = await workbook.readTable(VITALITY_TABLE);
  if (!table) return null;
  const read = readVitalityTable(table);
  const threshold = thresholdOf(workbook.readSheetBlock ? await workbook.readSheetBlock(table.sheetName) : null);
  return { threshold, rows: read.records.map((record) => ({ record, outcome: vitalityOutcome(record.cells, threshold) })) };
}
