/**
 * The scenario report, sheet "Mengwijzer_Scenario_Rapport" (issue 15): what a plan of sales, demolition, new build,
 * liberalisation, merging and splitting does to the mix AND to who can still be housed, side by side.
 *
 * From the top: the settings (target, turnover, low-income share, each with where it comes from); one plain Dutch
 * paragraph for the whole stock and one per area with interventions, each stating the mix effect and the housing
 * effect (scenarioSentences.ts); the whole stock before, after each year of the plan and the change (shares, entropy,
 * gap, D, H, M, social-rent dwellings, lettings per year, low-income households housed fewer); per area before → end;
 * per area with interventions per year; the interventions applied; two native charts (share of social rent and
 * lettings per year, before and after, per area with interventions).
 *
 * LIVE AND STATIC. Every table is static: the values of the moment the report was made (a plan evaluated per year has
 * no single formula to refer to). Beside them, when the stock has a live segment column, one live block: the stock
 * after the plan as =MENG.SCENARIO.VOORRAAD(buurt, segment, Mengwijzer_Scenario[#All]) and D, H and M over its spill,
 * so a change in the scenario table shows at once in those figures. The file/preview path freezes everything to values
 * (valuesOnly.ts), as for the other reports.
 */
import { countText } from "../countText";
import { rowTexts } from "../messages/rows";
import type { ScenarioEvaluation } from "../scenario/evaluateScenario";
import { endCounts, housingEffects } from "../scenario/evaluateScenario";
import type { MixFigures, StateFigures } from "../scenario/scenarioFigures";
import type { ScenarioRow } from "../scenario/scenarioRows";
import { SOCIAL_RENT_SEGMENT } from "../scenario/scenarioRows";
import { compareLabels } from "../indices/byArea";
import { labelKey } from "../labels";
import type { ReportChartData } from "./chartData";
import { call, stringLiteral } from "./formulaText";
import { columnLetters } from "../mapping/cells";
import type { ReportSheet } from "./reportSheet";
import { COUNT_FORMAT, INDEX_FORMAT, SHARE_FORMAT, SheetGrid, finiteOrNull } from "./sheetGrid";
import { areaParagraph } from "./scenarioSentences";
import type { StockColumns } from "./stockColumns";

export const SCENARIO_REPORT_SHEET = "Mengwijzer_Scenario_Rapport";
export const SCENARIO_SHEET = "Mengwijzer_Scenario";
export const SCENARIO_TABLE = "Mengwijzer_Scenario";
const LETTINGS_FORMAT = "0.0";
/** Rows left empty under the paragraphs for the charts (the Office adapter makes a chart 9 columns × 20 rows). */
const CHART_BAND_ROWS = 21;
/** First column of the chart data blocks and the live block, right of the widest table. */
const DATA_COLUMN = 15;

export interface ScenarioSettingSources {
  /** Where the turnover rate comes from (Dutch, e.g. the default's source or "uw toewijzingen 2022–2024"). */
  turnover: string;
  lowIncome: string;
}

export interface ScenarioReportInput {
  evaluation: ScenarioEvaluation;
  columns: StockColumns;
  sourceLabel: string;
  sources: ScenarioSettingSources;
}

export interface ScenarioReport {
  sheet: ReportSheet;
  charts: ReportChartData[];
  warnings: string[];
  summary: string;
  /** The paragraphs, whole stock first (also for the pane). */
  paragraphs: string[];
}

const STATIC_NOTE =
  "De tabellen en zinnen zijn waarden van het moment van maken: maak het rapport opnieuw via het taakvenster als de voorraad of het scenario verandert.";

/** Applied rows per area key. */
function rowsByArea(rows: readonly ScenarioRow[]): Map<string, ScenarioRow[]> {
  const out = new Map<string, ScenarioRow[]>();
  for (const row of rows) {
    const key = labelKey(row.area);
    out.set(key, [...(out.get(key) ?? []), row]);
  }
  return out;
}

export function buildScenarioReport(input: ScenarioReportInput): ScenarioReport {
  const { evaluation: e, columns, sources } = input;
  const g = new SheetGrid();
  const warnings: string[] = [];
  const target = e.settings.targetSocialShare;
  const applied = e.applied.applied;
  const byArea = rowsByArea(applied);
  const touched = e.end.areas.filter((a) => byArea.has(labelKey(a.area))).map((a) => a.area);
  const years = e.years.map((y) => y.year as number);

  // header and settings
  g.text(0, 0, "Mengwijzer – scenariorapport", true);
  g.text(1, 0, "Voorraad");
  g.text(1, 1, `${input.sourceLabel}: ${rowTexts.rowsRead(columns.account.read, columns.account.total)}`);
  g.text(2, 0, "Scenario");
  g.text(2, 1, years.length === 0
    ? `tabel ${SCENARIO_TABLE}: nog geen ingrepen`
    : `tabel ${SCENARIO_TABLE}: ${countText(applied.length, "ingreep", "ingrepen")} in ${countText(touched.length, "gebied", "gebieden")}, ${years[0] === years[years.length - 1] ? `in ${years[0]}` : `${years[0]} t/m ${years[years.length - 1]}`}`);
  g.text(3, 0, "Doel: aandeel sociale huur");
  g.value(3, 1, target, "0%");
  g.text(4, 0, "Mutatiegraad sociale huur");
  g.value(4, 1, e.settings.turnover.get(labelKey(SOCIAL_RENT_SEGMENT)) ?? null, SHARE_FORMAT);
  g.text(4, 2, sources.turnover);
  g.text(5, 0, "Aandeel lage inkomens");
  g.value(5, 1, e.settings.lowIncomeShare, SHARE_FORMAT);
  g.text(5, 2, sources.lowIncome);
  g.text(6, 0, "Live en statisch");
  g.text(6, 1, STATIC_NOTE);
  for (const p of e.problems.filter((p) => p.severity === "let op")) warnings.push(`Scenario rij ${p.row}: ${p.message}`);

  // paragraphs: whole stock first, then each area with interventions
  let row = 8;
  g.text(row++, 0, "Wat het plan doet", true);
  const housing = housingEffects(e, e.end);
  const paragraphs: string[] = [];
  paragraphs.push(areaParagraph("De hele voorraad", [], e.before.total, e.end.total, housing.total, target, "de voorraad"));
  const beforeByArea = new Map(e.before.areas.map((a) => [labelKey(a.area), a]));
  const endByArea = new Map(e.end.areas.map((a) => [labelKey(a.area), a]));
  const effectByArea = new Map(housing.areas.map((a) => [labelKey(a.area), a.effect]));
  for (const area of touched) {
    const key = labelKey(area);
    paragraphs.push(areaParagraph(area, byArea.get(key) ?? [], beforeByArea.get(key) as MixFigures, endByArea.get(key) as MixFigures, effectByArea.get(key)!, target));
  }
  // one line each: the text runs on to the right over the empty cells (no wrapping in a narrow column)
  for (const text of paragraphs) g.text(row++, 0, text);
  row++;

  // the two native charts float over a band of empty rows below the paragraphs
  const chartRow = row;
  if (touched.length > 0) g.text(chartRow, 0, "Grafieken (in Excel; het taakvenster toont ze ook)", true);
  row += touched.length > 0 ? CHART_BAND_ROWS : 0;

  const tablesTop = row;
  row = writeWholeStock(g, row, e);
  row = writeAreasBeforeAfter(g, row + 1, e, byArea);
  row = writeAreasPerYear(g, row + 1, e, touched);
  writeInterventions(g, row + 1, applied);

  // chart data and the live block to the right of the tables (the per-area table is 13 columns wide)
  const charts = writeCharts(g, tablesTop, DATA_COLUMN, chartRow + 1, e, touched);
  writeLiveBlock(g, tablesTop, DATA_COLUMN + 8, e, columns, warnings);

  const summary = `Scenariorapport gemaakt: ${countText(applied.length, "ingreep", "ingrepen")}, ${countText(touched.length, "gebied", "gebieden")}`;
  return { sheet: g.toSheet(SCENARIO_REPORT_SHEET, [30, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), charts, warnings, summary, paragraphs };
}

/** The whole stock: before, after each year, and the change at the end; returns the next free row. */
function writeWholeStock(g: SheetGrid, top: number, e: ScenarioEvaluation): number {
  const states: StateFigures[] = [e.before, ...e.years];
  const segments = e.table.segments;
  g.text(top, 0, "Hele voorraad: vóór, per jaar van het plan en verschil", true);
  const head = top + 1;
  g.text(head, 0, "", true);
  states.forEach((s, k) => g.text(head, 1 + k, s.year === null ? "vóór" : `na ${s.year}`, true));
  const diffColumn = 1 + states.length;
  g.text(head, diffColumn, "verschil (eind − vóór)", true);
  let row = head + 1;
  const line = (label: string, pick: (s: StateFigures) => number | null, format: string, withDiff = true) => {
    g.text(row, 0, label);
    states.forEach((s, k) => g.value(row, 1 + k, finiteOrNull(pick(s)), format));
    const a = pick(e.before);
    const b = pick(e.end);
    if (withDiff && a !== null && b !== null) g.value(row, diffColumn, finiteOrNull(b - a), format);
    row++;
  };
  const housing = (s: StateFigures) => housingEffects(e, s).total;
  line("woningen", (s) => s.total.count, COUNT_FORMAT);
  segments.forEach((seg, m) => line(`aandeel ${seg}`, (s) => s.total.shares[m], SHARE_FORMAT));
  line("entropie", (s) => s.total.entropy, INDEX_FORMAT);
  line("afstand tot doel (sociale huur)", (s) => s.total.gap, SHARE_FORMAT);
  line("D sociale huur t.o.v. de rest (over gebieden)", (s) => s.d.value, INDEX_FORMAT);
  line("Theil H (over gebieden)", (s) => s.h.value, INDEX_FORMAT);
  line("mutuele informatie M (nats)", (s) => s.m.value, INDEX_FORMAT);
  const social = segments.findIndex((s) => labelKey(s) === SOCIAL_RENT_SEGMENT);
  line("sociale huurwoningen", (s) => (social >= 0 ? s.total.counts[social] : 0), COUNT_FORMAT);
  line("vrijkomende sociale huurwoningen per jaar", (s) => s.total.socialLettings, LETTINGS_FORMAT);
  line("lage inkomens per jaar minder gehuisvest (t.o.v. vóór)", (s) => housing(s).lowIncomeFewer, LETTINGS_FORMAT, false);
  for (const s of states) {
    for (const [label, v] of [["D", s.d], ["H", s.h], ["M", s.m]] as const) {
      if (v.error) g.text(row, 1, `${label} ${s.year === null ? "vóór" : `na ${s.year}`}: ${v.error}`);
      if (v.error) row++;
    }
  }
  return row + 1;
}

/** Per area: before and at the end, with the housing effect; returns the next free row. */
function writeAreasBeforeAfter(g: SheetGrid, top: number, e: ScenarioEvaluation, byArea: Map<string, ScenarioRow[]>): number {
  g.text(top, 0, "Per gebied: vóór en na het plan", true);
  const header = [
    "gebied", "woningen vóór", "woningen na", "aandeel sociale huur vóór", "aandeel sociale huur na", "entropie vóór", "entropie na",
    "afstand tot doel vóór", "afstand tot doel na", "vrijkomend per jaar vóór", "vrijkomend per jaar na", "lage inkomens per jaar minder", "ingrepen",
  ];
  header.forEach((h, c) => g.text(top + 1, c, h, true));
  const housing = new Map(housingEffects(e, e.end).areas.map((a) => [a.area, a.effect]));
  let row = top + 2;
  e.before.areas.forEach((before, i) => {
    const after = e.end.areas[i];
    const effect = housing.get(after.area)!;
    const cells: [number | string | null, string?][] = [
      [before.area], [before.count, COUNT_FORMAT], [after.count, COUNT_FORMAT],
      [before.socialShare, SHARE_FORMAT], [after.socialShare, SHARE_FORMAT], [before.entropy, INDEX_FORMAT], [after.entropy, INDEX_FORMAT],
      [before.gap, SHARE_FORMAT], [after.gap, SHARE_FORMAT], [effect.lettingsBefore, LETTINGS_FORMAT], [effect.lettingsAfter, LETTINGS_FORMAT],
      [effect.lowIncomeFewer, LETTINGS_FORMAT], [byArea.get(labelKey(before.area))?.length ?? 0, COUNT_FORMAT],
    ];
    cells.forEach(([v, format], c) => (typeof v === "string" ? g.text(row, c, v) : g.value(row, c, finiteOrNull(v), format)));
    row++;
  });
  return row + 1;
}

/** Per area with interventions, per year of the plan; returns the next free row. */
function writeAreasPerYear(g: SheetGrid, top: number, e: ScenarioEvaluation, touched: readonly string[]): number {
  g.text(top, 0, "Per gebied met ingrepen, per jaar", true);
  const header = ["gebied", "jaar", "woningen", "aandeel sociale huur", "entropie", "afstand tot doel", "vrijkomend per jaar", "lage inkomens per jaar minder"];
  header.forEach((h, c) => g.text(top + 1, c, h, true));
  let row = top + 2;
  const states = [e.before, ...e.years];
  const effects = states.map((s) => new Map(housingEffects(e, s).areas.map((a) => [a.area, a.effect])));
  for (const area of [...touched].sort(compareLabels)) {
    states.forEach((s, k) => {
      const a = s.areas.find((x) => x.area === area)!;
      const effect = effects[k].get(area)!;
      g.text(row, 0, area);
      if (s.year === null) g.text(row, 1, "vóór");
      else g.value(row, 1, s.year);
      g.value(row, 2, a.count, COUNT_FORMAT);
      g.value(row, 3, finiteOrNull(a.socialShare), SHARE_FORMAT);
      g.value(row, 4, finiteOrNull(a.entropy), INDEX_FORMAT);
      g.value(row, 5, finiteOrNull(a.gap), SHARE_FORMAT);
      g.value(row, 6, finiteOrNull(effect.lettingsAfter), LETTINGS_FORMAT);
      g.value(row, 7, finiteOrNull(effect.lowIncomeFewer), LETTINGS_FORMAT);
      row++;
    });
  }
  return row + 1;
}

/** The interventions that were applied, in the order applied; returns the next free row. */
function writeInterventions(g: SheetGrid, top: number, rows: readonly ScenarioRow[]): number {
  g.text(top, 0, "Ingrepen (in de volgorde waarin ze zijn toegepast)", true);
  ["rij in het scenario", "gebied", "ingreep", "van", "naar", "aantal", "aantal na", "jaar"].forEach((h, c) => g.text(top + 1, c, h, true));
  let row = top + 2;
  for (const r of rows) {
    g.value(row, 0, r.row);
    g.text(row, 1, r.area);
    g.text(row, 2, r.kind);
    g.value(row, 3, r.from);
    g.value(row, 4, r.to);
    g.value(row, 5, r.count, COUNT_FORMAT);
    g.value(row, 6, r.countAfter, COUNT_FORMAT);
    g.value(row, 7, r.year);
    row++;
  }
  return row + 1;
}

/** Two data blocks and native clustered bar charts: social-rent share and lettings per year, before and after. */
function writeCharts(g: SheetGrid, top: number, column: number, chartRow: number, e: ScenarioEvaluation, touched: readonly string[]): ReportChartData[] {
  const before = new Map(e.before.areas.map((a) => [a.area, a]));
  const after = new Map(e.end.areas.map((a) => [a.area, a]));
  const areas = [...touched].sort(compareLabels);
  const blocks: { title: string; header: [string, string]; pick: (a: MixFigures) => number | null; format: string }[] = [
    { title: "Aandeel sociale huur vóór en na het plan", header: ["vóór", "na"], pick: (a) => a.socialShare, format: SHARE_FORMAT },
    { title: "Vrijkomende sociale huurwoningen per jaar, vóór en na", header: ["vóór", "na"], pick: (a) => a.socialLettings, format: LETTINGS_FORMAT },
  ];
  const charts: ReportChartData[] = [];
  let col = column;
  blocks.forEach((block, b) => {
    g.text(top, col, `Grafiek: ${block.title.toLowerCase()}`, true);
    g.text(top + 1, col, "gebied", true);
    g.text(top + 1, col + 1, block.header[0], true);
    g.text(top + 1, col + 2, block.header[1], true);
    areas.forEach((area, i) => {
      g.text(top + 2 + i, col, area);
      g.value(top + 2 + i, col + 1, finiteOrNull(block.pick(before.get(area)!)), block.format);
      g.value(top + 2 + i, col + 2, finiteOrNull(block.pick(after.get(area)!)), block.format);
    });
    if (areas.length > 0) {
      g.charts.push({
        kind: "bar",
        title: block.title,
        dataBlock: { firstRow: top + 1, firstColumn: col, rowCount: areas.length + 1, columnCount: 3 },
        anchor: { row: chartRow, column: b * 9 },
      });
    }
    charts.push({
      title: block.title,
      labels: areas,
      series: block.header.map((name, s) => ({ name, values: areas.map((a) => finiteOrNull(block.pick((s === 0 ? before : after).get(a)!)) ?? 0) })),
      stacked: false,
    });
    col += 4;
  });
  return charts;
}

/**
 * The live block: =MENG.SCENARIO.VOORRAAD over the stock's columns and the scenario table, and D, H and M over its
 * spill (INDEX(spill,0,k) picks column k). Only when the stock has live buurt and segment columns.
 */
function writeLiveBlock(g: SheetGrid, top: number, column: number, e: ScenarioEvaluation, columns: StockColumns, warnings: string[]): void {
  g.text(top, column, "Voorraad na het scenario (live)", true);
  const buurt = columns.refs.buurt;
  const segment = columns.refs.segment;
  if (buurt === null || segment === null || columns.segmentDerived || columns.segmentTranslated) {
    g.text(top + 1, column, "niet live: de voorraad heeft geen segmentkolom die MENG-functies direct kunnen lezen (het segment is afgeleid of vertaald).");
    return;
  }
  const table = e.table;
  const counts = endCounts(e.applied);
  const K = table.segments.length;
  const cells: [string, string, number][] = [];
  const areaOrder = table.areas.map((_, a) => a).sort((x, y) => compareLabels(table.areas[x], table.areas[y]));
  const segmentOrder = table.segments.map((_, s) => s).sort((x, y) => compareLabels(table.segments[x], table.segments[y]));
  for (const a of areaOrder) for (const s of segmentOrder) if (counts[a * K + s] > 0) cells.push([table.areas[a], table.segments[s], counts[a * K + s]]);
  const spillTop = top + 5;
  const anchor = `${columnLetters(column)}${spillTop + 1}#`;
  const pick = (k: number) => `INDEX(${anchor},0,${k})`;
  g.text(top + 1, column, "D sociale huur na");
  g.formula(top + 1, column + 1, [call("DISSIMILARITY", pick(1), pick(2), stringLiteral(SOCIAL_RENT_SEGMENT), "", pick(3))], finiteOrNull(e.end.d.value), INDEX_FORMAT);
  g.text(top + 2, column, "Theil H na");
  g.formula(top + 2, column + 1, [call("THEIL", pick(1), pick(2), pick(3))], finiteOrNull(e.end.h.value), INDEX_FORMAT);
  g.text(top + 3, column, "M na");
  g.formula(top + 3, column + 1, [call("MUTUAL_INFO", pick(1), pick(2), pick(3))], finiteOrNull(e.end.m.value), INDEX_FORMAT);
  ["gebied", "categorie", "aantal"].forEach((h, c) => g.text(spillTop - 1, column + c, h, true));
  cells.forEach(([area, seg, n], i) => {
    const r = spillTop + i;
    if (i === 0) g.formula(r, column, [call("SCENARIO_STOCK", buurt, segment, `${SCENARIO_TABLE}[#All]`)], area);
    else g.spilled(r, column, area);
    g.spilled(r, column + 1, seg);
    g.spilled(r, column + 2, n, COUNT_FORMAT);
  });
  if (e.problems.some((p) => p.severity === "fout")) warnings.push("Het scenario heeft rijen met een fout; de live formules tonen #WAARDE! tot ze verbeterd zijn.");
}
