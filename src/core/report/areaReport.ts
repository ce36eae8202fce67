/**
 * The area report, sheet "Mengwijzer_Wijkrapport": per buurt and per wijk the dwellings, segment shares, entropy, LQ
 * per segment and the gap to the target share of social rent; for the whole city D (social rent against the rest),
 * H and M and the scale decomposition complex → buurt → wijk; vitality per area when the input sheet exists; two
 * native charts (segment shares per area, stacked and sorted by social-rent share; the scale decomposition).
 *
 * LIVE WHERE POSSIBLE, AND CHEAP. A custom function receives its whole input on every call, and Excel on the web
 * refuses a call whose input passes 5 MB. So at most TWO calls read the full stock columns: the count blocks
 * (countBlocks.ts, to the right of everything else), rows buurt | wijk | segment | aantal and complex | buurt |
 * segment | aantal. Every index reads a block with its counts as weights, which gives the full columns' results:
 *  - per buurt ONE spill =MENG.PERGEBIED(block buurt, block segment, block aantal) (and one per wijk); the gap to the
 *    target is one built-in LET formula spilling beside it (|aandeel sociale huur − doel|, the two-category form of
 *    ½Σ|P−Q|), reading the target from cell B3 so the user can change it in the sheet;
 *  - city-wide =MENG.DISSIMILARITEIT(..., "sociale huur", , aantal), =MENG.THEIL(...), =MENG.MUTUELEINFORMATIE(...)
 *    and one =MENG.SCHAAL(fine, coarse, segment, aantal) spill per level;
 *  - beside them (issue 14, inferenceSections.ts) =MENG.TOEVAL and =MENG.INTERVAL spills over the buurt block, and,
 *    when the user chose an earlier stock, =MENG.VERANDERING over a static count block of that stock and the buurt
 *    block, with a static Dutch sentence per part; the per-area tables carry the local score and the contribution to M;
 *  - vitality: per input row the three point functions, VITALITEIT and VITALITEIT.OORDEEL over scalar cells.
 * Static (with a Dutch note "statisch: ..." beside the block): everything when the segment is derived (no column to
 * refer to); the chart data blocks (a spill is ordered by name, the chart by social-rent share).
 *
 * Every cell's `value` is computed by the core with the same functions (byArea, dissimilarity, theil, mutual
 * information, scaleDecomposition, the vitality points), so the preview shows values and tests compare them with the
 * custom functions on the same columns.
 */
import { rowTexts } from "../messages/rows";
import { writeRowsRead, writeSkippedRows } from "./rowAccountBlock";
import { compareLabels, byAreaOf, type AreaTable } from "../indices/byArea";
import { tabulate, type Contingency } from "../indices/contingency";
import { dissimilarityOf } from "../indices/dissimilarity";
import { mutualInformationOf } from "../indices/mutualInformation";
import { decomposeNested, scaleDecomposition, type ScaleDecomposition } from "../indices/scaleDecomposition";
import { theilOf } from "../indices/theil";
import { countText } from "../countText";
import { areaKeyFigures, type KeyFigure } from "./keyFigures";
import { labelKey, type Label } from "../labels";
import { columnLetters } from "../mapping/cells";
import type { ReportChartData } from "./chartData";
import { absoluteRange, call, stringLiteral } from "./formulaText";
import type { FormulaPart, ReportSheet } from "./reportSheet";
import { COUNT_FORMAT, INDEX_FORMAT, SHARE_FORMAT, SheetGrid, attempt, finiteOrNull } from "./sheetGrid";
import type { StockColumns } from "./stockColumns";
import { VITALITY_COLUMNS, VITALITY_SHEET, vitalityValues, type VitalityInput } from "./vitalityInput";
import { writeChanceSection, writeChangeSection, type EarlierStock } from "./inferenceSections";
import { writeVitalitySection } from "./vitalitySection";
import type { VitalityData } from "../vitality/vitalitySummary";
import { writeCountBlocks, type CountBlocks, type CountColumns } from "./countBlocks";

export const AREA_REPORT_SHEET = "Mengwijzer_Wijkrapport";
export const SOCIAL_RENT = "sociale huur";
export const DEFAULT_TARGET_SOCIAL_SHARE = 0.3;
/** More buurten than this (with wijken present): the shares chart shows wijken, else it is unreadable. */
export const MAX_CHART_AREAS = 60;
/** Labels of the MENG.SCHAAL spill, in its order. */
export const SCALE_LABELS = ["M totaal", "M tussen grove gebieden", "M binnen grove gebieden", "aandeel binnen"] as const;
/** The target-share cell (B3), absolute, read by the gap formulas. */
export const TARGET_CELL = "$B$3";
export const TARGET_ROW = 2;
/**
 * Columns reserved per area table: a PERGEBIED spill is 3 + 2K wide and grows when a new segment appears in the data;
 * room for four segments (the usual set) keeps the gap column beside it free of a #SPILL! when one is added later.
 */
export const RESERVED_BLOCK_WIDTH = 5 + 2 * 4;
/** First row of the count blocks (title; header below, then the spill). */
export const COUNT_BLOCK_TOP = 5;

export interface AreaReportInput {
  columns: StockColumns;
  /** Dutch description of the source, e.g. "tabel Voorraad (blad Voorraad)". */
  sourceLabel: string;
  targetSocialShare: number;
  vitality: VitalityInput | null;
  /** The input table the pane made (issue 16); when given it is used instead of `vitality` (the older hand-made sheet). */
  vitalityTable?: VitalityData | null;
  /** An earlier stock to show the change since (issue 14); null or absent: the section says how to choose one. */
  earlier?: EarlierStock | null;
}

export interface AreaReport {
  sheet: ReportSheet;
  /** D, H, the share of social rent and the buurten below the target, for the pane's summary card. */
  figures: KeyFigure[];
  charts: ReportChartData[];
  warnings: string[];
  summary: string;
  buurten: AreaTable;
  wijken: AreaTable | null;
}

const STATIC_SEGMENT = (year: number) =>
  `statisch: het segment is afgeleid met MENG.SEGMENT (normen ${year}) omdat de voorraad geen segmentkolom heeft; maak het rapport opnieuw als de voorraad verandert.`;
const STATIC_TRANSLATED =
  "statisch: de segmentkolom bevat woorden die Mengwijzer vertaalt (bijvoorbeeld DAEB → sociale huur) of die u in de waardenkoppeling koppelde; live formules zouden de woorden zelf tellen. Maak het rapport opnieuw als de voorraad verandert.";
const STATIC_WIJK =
  "statisch: de wijk is afgeleid uit de buurtcode (CBS: WK + de cijfers 3 t/m 8 van BU...), want de voorraad heeft geen wijkcode-kolom; maak het rapport opnieuw als de voorraad verandert.";
const STATIC_CHART = "statisch: gegevens voor de grafiek, gesorteerd op aandeel sociale huur (een live tabel is op naam gesorteerd); maak het rapport opnieuw als de voorraad verandert.";

/** Header texts of a MENG.PERGEBIED spill. */
export function byAreaHeader(table: AreaTable): string[] {
  return ["gebied", "aantal", ...table.groups.map((g) => `aandeel ${g}`), "entropie", ...table.groups.map((g) => `LQ ${g}`), "lokale score", "bijdrage aan M"];
}

/** Index of the social-rent group in a table, or -1. */
export function socialIndex(groups: readonly string[]): number {
  return groups.findIndex((g) => labelKey(g) === SOCIAL_RENT);
}

function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The stock tabulated once: buurt × segment (shared by the per-buurt table and D, H and M), and wijk × segment. */
interface StockTables {
  buurtTable: Contingency;
  buurten: AreaTable;
  wijken: AreaTable | null;
  /** Why the wijk table could not be made, when a wijk column exists. */
  wijkError: string | null;
}

/** What every step of the builder reads and writes: the grid, the warnings, the stock and whether formulas are live. */
interface ReportContext {
  g: SheetGrid;
  warnings: string[];
  columns: StockColumns;
  tables: StockTables;
  live: boolean;
  /** The count blocks every live index reads (countBlocks.ts). */
  counts: CountBlocks;
}

interface ScaleLevel {
  label: string;
  result: ScaleDecomposition | null;
}

export function buildAreaReport(input: AreaReportInput): AreaReport {
  const { columns, targetSocialShare } = input;
  const ctx: ReportContext = {
    g: new SheetGrid(),
    warnings: [],
    columns,
    tables: tabulateStock(columns),
    live: !columns.segmentDerived && columns.refs.segment !== null && columns.refs.buurt !== null,
    counts: { area: null, complex: null, earlier: null },
  };
  writeHeader(ctx, input.sourceLabel, targetSocialShare);
  warnAboutStock(ctx);
  // The count blocks sit right of everything else (nothing below their spills); their place follows from the tables.
  const earlier = input.earlier ?? null;
  ctx.counts = writeCountBlocks(ctx.g, COUNT_BLOCK_TOP, countBlocksColumn(ctx.tables), {
    live: ctx.live,
    refs: columns.refs,
    buurt: columns.buurt,
    wijk: columns.wijk,
    complex: columns.complex,
    segment: columns.segment,
    earlier: earlier && { buurt: earlier.columns.buurt, segment: earlier.columns.segment },
  });
  let row = writeRowAccount(ctx, 5);
  row = writeCityIndices(ctx, row + 1);
  row = writeChanceAndChange(ctx, row, earlier);
  const scale = writeScaleBlocks(ctx, row);
  row = input.vitalityTable ? writeVitalitySection(ctx.g, scale.row, input.vitalityTable, ctx.warnings) : writeVitality(ctx, scale.row, input.vitality);
  const blockTop = row;
  const chartColumn = writeAreaBlocks(ctx, blockTop, targetSocialShare);
  if (chartColumn !== areaBlocksWidth(ctx.tables)) throw new Error("areaBlocksWidth is out of step with writeAreaBlocks");
  const charts = [writeSharesChart(ctx, blockTop, chartColumn)];
  const chartTable = chartTableOf(ctx.tables);
  charts.push(writeScaleChart(ctx, blockTop, chartColumn + chartTable.groups.length + 2, scale.levels));

  const { buurten, wijken } = ctx.tables;
  const summary = `Wijkrapport gemaakt: ${countText(buurten.rows.length, "buurt", "buurten")}${wijken ? `, ${countText(wijken.rows.length, "wijk", "wijken")}` : ""}${ctx.live ? "" : " (statisch)"}`;
  const figures = areaKeyFigures(ctx.tables.buurtTable, buurten, targetSocialShare);
  return { sheet: ctx.g.toSheet(AREA_REPORT_SHEET, [34, 14, 14]), figures, charts, warnings: ctx.warnings, summary, buurten, wijken };
}

/**
 * One pass over the stock per area level. A buurt table that cannot be made (no usable rows) stops the report; a
 * wijk table that cannot be made is reported in its block.
 */
function tabulateStock(columns: StockColumns): StockTables {
  const buurtTable = tabulate(columns.buurt, columns.segment, null);
  const wijkTable = columns.wijk ? attempt(() => byAreaOf(tabulate(columns.wijk as Label[], columns.segment, null))) : null;
  return { buurtTable, buurten: byAreaOf(buurtTable), wijken: wijkTable?.value ?? null, wijkError: wijkTable?.error ?? null };
}

function writeHeader(ctx: ReportContext, sourceLabel: string, targetSocialShare: number): void {
  const { g, columns } = ctx;
  g.text(0, 0, "Mengwijzer – wijkrapport", true);
  g.text(1, 0, "Bron");
  g.text(1, 1, `${sourceLabel}: ${rowTexts.rowsRead(columns.account.read, columns.account.total)}`);
  g.text(TARGET_ROW, 0, "Doel: aandeel sociale huur");
  g.value(TARGET_ROW, 1, targetSocialShare, "0%");
  g.text(TARGET_ROW, 2, "Pas dit doel hier aan: de kolommen 'afstand tot doel' rekenen mee.");
  g.text(3, 0, "Segment");
  g.text(3, 1, columns.segmentDerived ? STATIC_SEGMENT(columns.year) : columns.segmentTranslated ? STATIC_TRANSLATED : "uit de segmentkolom van de voorraad (live)");
  g.text(4, 0, "Live en statisch");
  g.text(4, 1, "Cellen met een MENG-formule rekenen mee als de voorraad verandert; waar 'statisch' staat, zijn het waarden van het moment van maken: maak het rapport dan opnieuw via het taakvenster.");
}

/** Warnings about the stock itself: derived columns and skipped rows. */
function warnAboutStock(ctx: ReportContext): void {
  const { columns, warnings } = ctx;
  if (columns.wijkDerived) warnings.push("Geen wijkcode-kolom: de wijk is afgeleid uit de buurtcode; de wijkcijfers zijn statisch.");
  if (columns.segmentDerived) warnings.push(`Geen segmentkolom: het segment is afgeleid uit eigendom, WWS-punten en kale huur (normen ${columns.year}); het rapport is statisch.`);
  if (columns.segmentTranslated) warnings.push("De segmentkolom bevat woorden die Mengwijzer vertaalt; het rapport is statisch.");
}

/** Rows read of the source and the skipped rows by reason (rowAccountBlock.ts); returns the next free row. */
function writeRowAccount(ctx: ReportContext, top: number): number {
  writeRowsRead(ctx.g, top, ctx.columns.account);
  return writeSkippedRows(ctx.g, top + 1, ctx.columns.account, ctx.columns.referencer, ctx.warnings);
}

/** D, H and M over the buurten, all from the one buurt × segment table; returns the next free row. */
function writeCityIndices(ctx: ReportContext, top: number): number {
  const { g, tables, live } = ctx;
  const area = ctx.counts.area;
  const [b, s, w] = area ? [area.first, area.segment, area.count] : ["", "", ""];
  let row = top;
  g.text(row, 0, "Hele stad", true);
  row++;
  const cityIndex = (label: string, formula: FormulaPart[], compute: () => number) => {
    const result = attempt(compute);
    g.text(row, 0, label);
    if (live) g.formula(row, 1, formula, finiteOrNull(result.value), INDEX_FORMAT);
    else g.value(row, 1, finiteOrNull(result.value), INDEX_FORMAT);
    if (!live) g.text(row, 2, "statisch: zie Segment hierboven.");
    else if (result.error) g.text(row, 2, result.error);
    if (result.error) ctx.warnings.push(`${label}: ${result.error}`);
    row++;
  };
  cityIndex("Dissimilariteit D (sociale huur t.o.v. de rest, over buurten)", [call("DISSIMILARITY", b, s, stringLiteral(SOCIAL_RENT), "", w)],
    () => dissimilarityOf(tables.buurtTable, SOCIAL_RENT, null));
  cityIndex("Theil H (segmenten over buurten)", [call("THEIL", b, s, w)], () => theilOf(tables.buurtTable));
  cityIndex("Mutuele informatie M (nats, over buurten)", [call("MUTUAL_INFO", b, s, w)], () => mutualInformationOf(tables.buurtTable));
  return row + 1;
}

/** Issue 14: random baseline and intervals beside D, H, M, then the change since an earlier stock; returns the next free row. */
function writeChanceAndChange(ctx: ReportContext, top: number, earlier: EarlierStock | null): number {
  const { area, earlier: before } = ctx.counts;
  const chance = writeChanceSection(ctx.g, top, ctx.columns, area && { areas: area.first, categories: area.segment, weights: area.count }, ctx.tables.buurtTable);
  const changeArgs = area && before && { areas: before.first, categories: before.segment, weights: before.count };
  const change = writeChangeSection(ctx.g, chance.row, ctx.columns, earlier, changeArgs && area && {
    earlier: changeArgs,
    now: { areas: area.first, categories: area.segment, weights: area.count },
  });
  ctx.warnings.push(...chance.warnings, ...change.warnings);
  return change.row;
}

/** The two scale decompositions (complex → buurt, buurt → wijk); returns the next free row and the levels computed. */
function writeScaleBlocks(ctx: ReportContext, top: number): { row: number; levels: ScaleLevel[] } {
  const { columns } = ctx;
  const refs = columns.refs;
  const levels: ScaleLevel[] = [];
  let row = top;
  row = writeScaleBlock(ctx, row, levels, {
    title: "Schaalontleding complex → buurt",
    fine: columns.complex, fineRef: refs.complex, coarse: columns.buurt, coarseRef: refs.buurt, counts: ctx.counts.complex,
    missing: "niet berekend: de voorraad heeft geen complexnummer-kolom.",
  });
  row = writeScaleBlock(ctx, row, levels, {
    title: "Schaalontleding buurt → wijk",
    fine: columns.buurt, fineRef: refs.buurt, coarse: columns.wijk, coarseRef: refs.wijk, counts: ctx.counts.area,
    missing: "niet berekend: de voorraad heeft geen wijkcode-kolom.",
    // Every usable buurt row has a wijk: the fine table is the buurt table already made.
    table: columns.wijk && everyRowNested(columns.buurt, columns.wijk, columns.segment) ? ctx.tables.buurtTable : undefined,
  });
  return { row, levels };
}

/** True when every row counted in the buurt table also has a coarse area (so nothing is left out of the decomposition). */
function everyRowNested(fine: readonly Label[], coarse: readonly Label[], categories: readonly Label[]): boolean {
  for (let r = 0; r < fine.length; r++) if (fine[r] !== null && categories[r] !== null && coarse[r] === null) return false;
  return true;
}

function writeScaleBlock(
  ctx: ReportContext,
  top: number,
  levels: ScaleLevel[],
  level: {
    title: string;
    fine: Label[] | null;
    fineRef: string | null;
    coarse: Label[] | null;
    coarseRef: string | null;
    /** The count block with the fine and coarse codes in its first two columns. */
    counts: CountColumns | null;
    missing: string;
    table?: Contingency;
  },
): number {
  const { g, live, columns } = ctx;
  const { title, fine, fineRef, coarse, coarseRef } = level;
  let row = top;
  g.text(row, 0, title, true);
  if (!fine || !coarse) {
    g.text(row, 1, level.missing);
    return row + 2;
  }
  const table = level.table;
  const result = attempt(() => (table ? decomposeNested(table, fine, coarse, columns.segment) : scaleDecomposition(fine, coarse, columns.segment, null)));
  const d = result.value;
  levels.push({ label: title.replace(/^Schaalontleding /, ""), result: d });
  const counts = level.counts;
  const blockLive = live && fineRef !== null && coarseRef !== null && counts !== null;
  if (!blockLive) g.text(row, 1, live ? STATIC_WIJK : "statisch: zie Segment hierboven.");
  if (result.error) {
    g.text(row, 2, result.error);
    ctx.warnings.push(`${title}: ${result.error}`);
  }
  row++;
  const values = d ? [d.total, d.between, d.within, d.withinShare] : [null, null, null, null];
  SCALE_LABELS.forEach((label, k) => {
    const format = k === 3 ? SHARE_FORMAT : INDEX_FORMAT;
    if (blockLive && k === 0) {
      g.formula(row, 0, [call("SCALE", counts.first, counts.second, counts.segment, counts.count)], label);
    } else if (blockLive) {
      g.spilled(row, 0, label);
    } else {
      g.text(row, 0, label);
    }
    if (blockLive) g.spilled(row, 1, finiteOrNull(values[k]), format);
    else g.value(row, 1, finiteOrNull(values[k]), format);
    row++;
  });
  return row + 1;
}

/** The vitality block: one row of point formulas per input row, or how to add the input sheet; returns the next free row. */
function writeVitality(ctx: ReportContext, top: number, vitality: VitalityInput | null): number {
  const { g } = ctx;
  let row = top;
  g.text(row, 0, "Vitaliteit", true);
  row++;
  if (!vitality || vitality.rows.length === 0) {
    g.text(row, 0, `Nog geen invoer. Maak het invoerblad '${VITALITY_SHEET}' in het taakvenster (Analyses, Vitaliteit), vul het in en maak daarna het rapport opnieuw.`);
    return row + 2;
  }
  ["gebied", "punten leefbaarheid", "punten organisatiekracht", "punten veerkracht", "vitaliteitsscore", "oordeel"].forEach((h, c) => g.text(row, c, h, true));
  row++;
  for (const input of vitality.rows) {
    const v = vitalityValues(input);
    const ref = (k: number) => absoluteRange(vitality.sheetName, VITALITY_COLUMNS[k], input.sheetRow, input.sheetRow);
    g.formula(row, 0, [ref(0)], v.area);
    g.formula(row, 1, [call("LIVABILITY_POINTS", ref(1))], v.livability);
    g.formula(row, 2, [call("ORGANISATION_POINTS", ref(2), ref(3))], v.organisation);
    g.formula(row, 3, [call("RESILIENCE_POINTS", ref(4), ref(5), ref(6))], v.resilience);
    g.formula(row, 4, [call("VITALITY", a1(row, 1), a1(row, 2), a1(row, 3))], v.score);
    g.formula(row, 5, [call("VITALITY_FLAG", a1(row, 4))], v.flag);
    if (v.problems.length > 0) {
      g.text(row, 6, v.problems.join(" "));
      ctx.warnings.push(`Vitaliteit ${v.area || `rij ${input.sheetRow}`}: ${v.problems.join(" ")}`);
    }
    row++;
  }
  return row + 1;
}

/**
 * The per-buurt and per-wijk tables side by side from `top` (a spill may grow downwards, so nothing sits below it);
 * returns the first free column to their right.
 */
function writeAreaBlocks(ctx: ReportContext, top: number, target: number): number {
  const { g, tables, columns } = ctx;
  const blocks: AreaBlock[] = [];
  let column = 0;
  blocks.push({ title: "Per buurt", table: tables.buurten, ref: columns.refs.buurt, countColumn: "first", column });
  column += blockWidth(tables.buurten) + 2;
  if (tables.wijken) {
    blocks.push({ title: "Per wijk", table: tables.wijken, ref: columns.refs.wijk, countColumn: "second", column });
    column += blockWidth(tables.wijken) + 2;
  } else {
    g.text(top, column, "Per wijk", true);
    g.text(top + 1, column, tables.wijkError ?? "niet berekend: de voorraad heeft geen wijkcode-kolom.");
    column += 3;
  }
  for (const block of blocks) writeAreaBlock(g, block, top, ctx.counts.area, target);
  return column;
}

/** Columns the area blocks take (what writeAreaBlocks returns), known before they are written. */
function areaBlocksWidth(tables: StockTables): number {
  return blockWidth(tables.buurten) + 2 + (tables.wijken ? blockWidth(tables.wijken) + 2 : 3);
}

/** First column of the count blocks: right of the area blocks and the two chart data blocks, one empty column between. */
function countBlocksColumn(tables: StockTables): number {
  // shares chart data: label + one column per group; a gap; scale chart data: 3 columns; a gap
  return areaBlocksWidth(tables) + 1 + chartTableOf(tables).groups.length + 1 + 3 + 1;
}

/** The table the shares chart shows: wijken when there are too many buurten to read, else buurten. */
function chartTableOf(tables: StockTables): AreaTable {
  return tables.wijken && tables.buurten.rows.length > MAX_CHART_AREAS ? tables.wijken : tables.buurten;
}

/** Static data block and native chart of the segment shares per area, sorted by social-rent share. */
function writeSharesChart(ctx: ReportContext, top: number, column: number): ReportChartData {
  const { g } = ctx;
  const chartTable = chartTableOf(ctx.tables);
  const chartLevel = chartTable === ctx.tables.wijken ? "wijk" : "buurt";
  const sorted = sortBySocialShare(chartTable);
  g.text(top, column, `Grafiek: segmenten per ${chartLevel}`, true);
  g.text(top, column + 1, STATIC_CHART);
  const dataTop = top + 1;
  g.text(dataTop, column, chartLevel, true);
  chartTable.groups.forEach((group, m) => g.text(dataTop, column + 1 + m, group, true));
  sorted.forEach((areaRow, i) => {
    g.text(dataTop + 1 + i, column, areaRow.area);
    areaRow.shares.forEach((x, m) => g.value(dataTop + 1 + i, column + 1 + m, finiteOrNull(x), SHARE_FORMAT));
  });
  const title = `Segmenten per ${chartLevel} (gesorteerd op aandeel sociale huur)`;
  if (sorted.length > 0 && chartTable.groups.length > 0) {
    g.charts.push({
      kind: "stackedBar",
      title,
      dataBlock: { firstRow: dataTop, firstColumn: column, rowCount: sorted.length + 1, columnCount: chartTable.groups.length + 1 },
      anchor: { row: 0, column: 4 },
    });
  }
  return {
    title,
    labels: sorted.map((r) => r.area),
    series: chartTable.groups.map((group, m) => ({ name: group, values: sorted.map((r) => finiteOrNull(r.shares[m]) ?? 0) })),
    stacked: true,
  };
}

/** Static data block and native chart of the scale decomposition (between and within per level). */
function writeScaleChart(ctx: ReportContext, top: number, column: number, levels: ScaleLevel[]): ReportChartData {
  const { g } = ctx;
  g.text(top, column, "Grafiek: schaalontleding", true);
  g.text(top, column + 1, "statisch: gegevens voor de grafiek; maak het rapport opnieuw als de voorraad verandert.");
  const dataTop = top + 1;
  g.text(dataTop, column, "niveau", true);
  g.text(dataTop, column + 1, "tussen", true);
  g.text(dataTop, column + 2, "binnen", true);
  levels.forEach((level, i) => {
    g.text(dataTop + 1 + i, column, level.label);
    g.value(dataTop + 1 + i, column + 1, finiteOrNull(level.result?.between), INDEX_FORMAT);
    g.value(dataTop + 1 + i, column + 2, finiteOrNull(level.result?.within), INDEX_FORMAT);
  });
  const title = "Schaalontleding van M: tussen en binnen";
  if (levels.length > 0) {
    g.charts.push({
      kind: "stackedBar",
      title,
      dataBlock: { firstRow: dataTop, firstColumn: column, rowCount: levels.length + 1, columnCount: 3 },
      anchor: { row: 0, column: 12 },
    });
  }
  return {
    title,
    labels: levels.map((l) => l.label),
    series: [
      { name: "tussen", values: levels.map((l) => finiteOrNull(l.result?.between) ?? 0) },
      { name: "binnen", values: levels.map((l) => finiteOrNull(l.result?.within) ?? 0) },
    ],
    stacked: true,
  };
}

/** Columns of an area table including the gap column, with room for a spill that grows (RESERVED_BLOCK_WIDTH). */
function blockWidth(table: AreaTable): number {
  return Math.max(byAreaHeader(table).length, RESERVED_BLOCK_WIDTH) + 1;
}

/** Areas by social-rent share, highest first; ties by name. Without social rent: by name. */
export function sortBySocialShare(table: AreaTable): AreaTable["rows"] {
  const m = socialIndex(table.groups);
  return [...table.rows].sort((a, b) => (m >= 0 ? b.shares[m] - a.shares[m] : 0) || compareLabels(a.area, b.area));
}

interface AreaBlock {
  title: string;
  table: AreaTable;
  ref: string | null;
  /** The area's column in the buurt count block. */
  countColumn: "first" | "second";
  column: number;
}

function writeAreaBlock(
  g: SheetGrid,
  block: AreaBlock,
  top: number,
  counts: CountColumns | null,
  target: number,
): void {
  const { table, column } = block;
  const header = byAreaHeader(table);
  const K = table.groups.length;
  g.text(top, column, block.title, true);
  const blockLive = counts !== null && block.ref !== null;
  if (!blockLive) g.text(top, column + 1, counts !== null ? STATIC_WIJK : "statisch: zie Segment bovenaan.");
  const head = top + 1;
  const put = (r: number, c: number, value: string | number | null, format?: string) => {
    if (blockLive) g.spilled(r, c, value, format);
    else if (typeof value === "string") g.text(r, c, value, r === head);
    else g.value(r, c, value, format);
  };
  header.forEach((h, c) => {
    if (counts !== null && blockLive && c === 0) g.formula(head, column, [call("BY_AREA", counts[block.countColumn], counts.segment, counts.count)], h);
    else put(head, column + c, h);
  });
  table.rows.forEach((areaRow, i) => {
    const r = head + 1 + i;
    put(r, column, areaRow.area);
    put(r, column + 1, areaRow.count, COUNT_FORMAT);
    areaRow.shares.forEach((x, m) => put(r, column + 2 + m, finiteOrNull(x), SHARE_FORMAT));
    put(r, column + 2 + K, finiteOrNull(areaRow.entropy), INDEX_FORMAT);
    areaRow.lq.forEach((x, m) => put(r, column + 3 + K + m, finiteOrNull(x), INDEX_FORMAT));
    put(r, column + 3 + 2 * K, finiteOrNull(areaRow.localScore), INDEX_FORMAT);
    put(r, column + 4 + 2 * K, finiteOrNull(areaRow.contribution), INDEX_FORMAT);
  });
  // gap to the target: one LET formula spilling beside the table
  const gapColumn = column + Math.max(header.length, RESERVED_BLOCK_WIDTH);
  const m = socialIndex(table.groups);
  const gaps = table.rows.map((areaRow) => (m >= 0 ? Math.abs(areaRow.shares[m] - target) : null));
  const gapHeader = "afstand tot doel";
  if (blockLive) {
    const anchor = `${a1(head, column)}#`;
    // LET names are words: "c" and "r" are not valid names in Excel (they clash with R1C1 references).
    const formula = `LET(tabel,${anchor},aandeel,INDEX(tabel,0,MATCH(${stringLiteral(`aandeel ${SOCIAL_RENT}`)},INDEX(tabel,1,0),0)),IF(ISNUMBER(aandeel),ABS(aandeel-${TARGET_CELL}),${stringLiteral(gapHeader)}))`;
    g.formula(head, gapColumn, [formula], gapHeader);
    gaps.forEach((x, i) => g.spilled(head + 1 + i, gapColumn, finiteOrNull(x), SHARE_FORMAT));
  } else {
    g.text(head, gapColumn, gapHeader, true);
    gaps.forEach((x, i) => g.value(head + 1 + i, gapColumn, finiteOrNull(x), SHARE_FORMAT));
  }
}
