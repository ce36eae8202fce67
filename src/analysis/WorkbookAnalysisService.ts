/**
 * The AnalysisService over an AnalysisWorkbook (Office.js or ExcelJS adapter): find the data, remember the confirmed
 * mapping, build the area and allocation reports and the partner-safe copy. All computing is in the pure core
 * (src/core/report); this class reads, orders the steps, reports progress and writes.
 *
 * Decisions:
 * - findSources reads only the first HEAD_ROWS rows of each source (a range source over the top of the table), enough
 *   for locating the header (within 30 rows) and for the 200-row value sample of the column detection; the reports
 *   read everything, in chunks, with progress and cancel.
 * - The confirmed mapping is stored per source (sheet + table name) with writeSetting and the mappingCodec; a stored
 *   mapping is applied with restoreMapping, so it survives inserted or moved columns.
 * - The edited-sheet check comes first, before the long read: the pane can ask "Vervangen?" at once.
 * - Nothing is written before everything is computed, and the signal is checked once more right before writing; the
 *   adapter writes only Mengwijzer_* sheets (temp sheet, then swap), so a failure or cancel leaves the user's sheets
 *   and the previous report untouched.
 * - The vitality input sheet (Mengwijzer_Vitaliteit) is made and updated by prepareVitalitySheet (vitalitySteps.ts,
 *   issue 16); the report, the checklist marker and the partner copy read its table. A hand-made sheet of the older
 *   layout (src/core/report/vitalityInput.ts) is still read by the report.
 * - The partner copy is recomputed from the sources (not from the report sheets, which the user may have edited),
 *   checked with checkPartnerSheets against the source rows' personal values, and only then written. Its year and
 *   target come with the call (the user's choice in the pane), never from an earlier report or the calendar.
 */
import { countText } from "../core/countText";
import type { AllocationReportChoiceOptions, AnalysisService, AreaReportOptions, CallOptions, ChartData, PartnerCopyOptions, Progress, ReportResult, ScenarioCheckResult, ScenarioSettings, SourceProposal, ValueOverview } from "./AnalysisService";
import { EditedSheetError, ScenarioProblemsError, SkippedRowsError } from "./AnalysisService";
import { tabulate } from "../core/indices/contingency";
import { labelKey } from "../core/labels";
import { historyFromLines } from "../core/scenario/allocationHistory";
import { evaluateScenario, type ScenarioEvaluation } from "../core/scenario/evaluateScenario";
import { SCENARIO_HEADERS, SOCIAL_RENT_SEGMENT, scenarioGrid } from "../core/scenario/scenarioRows";
import { segmentTableOf } from "../core/scenario/segmentTable";
import { dwellingsOf } from "../core/scenario/dwellingNouns";
import { DEFAULT_LOW_INCOME_SHARE, DEFAULT_SOCIAL_TURNOVER, LOW_INCOME_SOURCE, TURNOVER_SOURCE, turnoverFromHistory, turnoverRates } from "../core/scenario/turnover";
import { SCENARIO_REPORT_SHEET, SCENARIO_SHEET, SCENARIO_TABLE, buildScenarioReport, type ScenarioSettingSources } from "../core/report/scenarioReport";
import type { StockColumns } from "../core/report/stockColumns";
import { SCENARIO_PARTNER_FILE_NAME, buildScenarioPartnerSheets, checkScenarioPartnerSheets } from "../core/report/scenarioPartner";
import { ValueLookup, normaliseValueMap, valueMapRows, valueMapFromGrid, type ValueMap } from "../core/readers/valueMap";
import { summariseValues } from "../core/readers/valueSummary";
import { VALUE_FIELDS, VALUE_FIELD_NAMES, type ValueField } from "../core/readers/vocabulary";
import type { RowAccount } from "../core/rows/rowAccount";
import type { ReportSheet } from "../core/report/reportSheet";
import type { AnalysisWorkbook, DataSource } from "../workbook/AnalysisWorkbook";
import { isMengError } from "../core/errors";
import type { CellValue } from "../workbook/WorkbookAdapter";
import type { ChecklistRepository } from "../core/checklist/ChecklistRepository";
import { PARTS } from "../core/checklist/types";
import {
  assignRole,
  detectColumns,
  locateTable,
  mapSheet,
  parseMapping,
  restoreMapping,
  serializeMapping,
  toStoredMapping,
  roleLabel,
  type ColumnMapping,
  type ColumnRole,
  type LocatedTable,
  type SheetKind,
} from "../core/mapping";
import { collectPersonalValues, type PersonalValues } from "../core/partner/partnerCopy";
import type { PartnerStock } from "../core/partner/areaHierarchy";
import { checkThreshold } from "../core/partner/protectedCopy";
import { AREA_REPORT_SHEET, DEFAULT_TARGET_SOCIAL_SHARE, buildAreaReport } from "../core/report/areaReport";
import type { EarlierStock } from "../core/report/inferenceSections";
import { ALLOCATION_REPORT_SHEET, analyseAllocations, buildAllocationReport } from "../core/report/allocationReport";
import {
  ALLOCATION_CHOICE_SETTING,
  DEFAULT_ALLOCATION_CHOICE,
  allocationOptionsOf,
  parseAllocationChoice,
  serializeAllocationChoice,
  type AllocationChoice,
} from "../core/allocation/allocationChoice";
import { PARTNER_FILE_NAME, buildPartnerSheets, checkPartnerSheets, describeFinding, type ChecklistLine } from "../core/report/partnerWorkbook";
import { allocationKeyFigures } from "../core/report/keyFigures";
import { stockColumns, toLabel } from "../core/report/stockColumns";
import { VITALITY_COLUMNS, VITALITY_SHEET, readVitalitySheet, type VitalityInput } from "../core/report/vitalityInput";
import type { SourcePlace } from "../core/report/sourceReference";
import { asInputTables, distinctAreas, prepareVitalitySheet, readVitalityData } from "./vitalitySteps";
import type { AreaLevel } from "../core/vitality/vitalitySheet";
import { summariseVitality, type AreaVitality, type VitalityData } from "../core/vitality/vitalitySummary";

/** Rows read per source for a mapping proposal. */
export const HEAD_ROWS = 230;
/** Rows read from the vitality input sheet. */
export const VITALITY_MAX_ROWS = 2000;
export const MAPPING_SETTING_PREFIX = "mengwijzer.mapping.";
/** The sheet with the value mapping as rows veld | waarde | gelezen als, for the functions' `waarden` argument. */
export const VALUES_SHEET = "Mengwijzer_Waarden";
/** Rows of Mengwijzer_Waarden read back when another source's mapping is written. */
const VALUES_SHEET_ROWS = 2000;
/** Categorical fields per kind of source. */
const FIELDS_OF: Record<SheetKind, readonly ValueField[]> = {
  stock: ["ownership", "segment"],
  allocations: ["allocationGround", "rentAllowanceEligible"],
};

export interface WorkbookAnalysisServiceOptions {
  /** The checklist, for the partner copy; without it the copy has no checklist sheet. */
  checklist?: ChecklistRepository;
}

interface Resolved {
  table: LocatedTable;
  mapping: ColumnMapping;
  fromStorage: boolean;
  remarks: string[];
  /** The stored value mapping ({} when none). */
  values: ValueMap;
}

function abortError(): Error {
  const error = new Error("Geannuleerd.");
  error.name = "AbortError";
  return error;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

const nl = (n: number) => n.toLocaleString("nl-NL");

/** The first cell and the box of an A1 address ("A1:K100", "Voorraad!$A$1:$K$100"). */
function parseAddress(address: string): { left: string; top: number; right: string; bottom: number } | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
  if (!m) return null;
  return { left: m[1].toUpperCase(), top: Number(m[2]), right: (m[3] ?? m[1]).toUpperCase(), bottom: Number(m[4] ?? m[2]) };
}

function topLeftOf(source: DataSource): string {
  const box = parseAddress(source.address);
  return box ? `${box.left}${box.top}` : "A1";
}

/** The first `rows` rows of a source, as a range source. */
export function headOf(source: DataSource, rows: number): DataSource {
  const box = parseAddress(source.address);
  if (!box || source.rowCount <= rows) return source;
  return {
    kind: "range",
    sheetName: source.sheetName,
    address: `${box.left}${box.top}:${box.right}${box.top + rows - 1}`,
    rowCount: rows,
    columnCount: source.columnCount,
  };
}

export function mappingSettingKey(source: DataSource): string {
  return `${MAPPING_SETTING_PREFIX}${source.sheetName}|${source.tableName ?? ""}`;
}

function placeOf(source: DataSource): SourcePlace {
  return source.kind === "table" && source.tableName ? { sheetName: source.sheetName, tableName: source.tableName } : { sheetName: source.sheetName };
}

function sourceLabel(source: DataSource): string {
  return source.kind === "table" && source.tableName ? `tabel ${source.tableName} (blad ${source.sheetName})` : `blad ${source.sheetName}`;
}

export class WorkbookAnalysisService implements AnalysisService {
  constructor(
    private readonly workbook: AnalysisWorkbook,
    private readonly options: WorkbookAnalysisServiceOptions = {},
  ) {}

  async findSources(options: CallOptions = {}): Promise<SourceProposal[]> {
    const sources = await this.workbook.listSources();
    const proposals: SourceProposal[] = [];
    for (let i = 0; i < sources.length; i++) {
      throwIfAborted(options.signal);
      const source = sources[i];
      this.report(options, `Gegevens zoeken: ${source.sheetName} (${i + 1} van ${sources.length})`, i / Math.max(1, sources.length));
      const cells = await this.workbook.readSource(headOf(source, HEAD_ROWS), { signal: options.signal });
      let resolved: Resolved;
      try {
        resolved = await this.resolve(source, cells, null, source);
      } catch (error) {
        if (isMengError(error)) continue; // no header row: not a data table
        throw error; // e.g. the stored mapping could not be read: the user must hear it, not see "0 sources"
      }
      proposals.push(this.proposal(source, resolved));
    }
    this.report(options, `${countText(proposals.length, "gegevensbron", "gegevensbronnen")} gevonden`, 1);
    return proposals;
  }

  async confirmMapping(
    source: DataSource,
    kind: SheetKind,
    assignments: Partial<Record<ColumnRole, number | null>>,
    values?: ValueMap,
  ): Promise<SourceProposal> {
    const cells = await this.workbook.readSource(headOf(source, HEAD_ROWS));
    const resolved = await this.resolve(source, cells, kind, source);
    let mapping = resolved.mapping;
    for (const [role, column] of Object.entries(assignments) as [ColumnRole, number | null | undefined][]) {
      if (column === undefined) continue;
      mapping = assignRole(mapping, role, column);
    }
    // the value mapping is kept when only the columns are confirmed
    const keptValues = values ?? resolved.values;
    const stored = toStoredMapping(
      mapping,
      { sheetName: source.sheetName, headerSheetRow: resolved.table.headerSheetRow, firstSheetColumn: resolved.table.firstSheetColumn },
      keptValues,
    );
    await this.workbook.writeSetting(mappingSettingKey(source), serializeMapping(stored));
    return this.proposal(source, { ...resolved, mapping, fromStorage: true, values: stored.values ?? {} });
  }

  async inspectValues(source: DataSource, kind: SheetKind, options: CallOptions & { values?: ValueMap; year?: number } = {}): Promise<ValueOverview> {
    const resolved = await this.readAll(source, kind, kind === "stock" ? "Voorraad lezen" : "Toewijzingen lezen", options);
    const values = options.values ? normaliseValueMap(options.values) : resolved.values;
    this.report(options, "Waarden tellen", null);
    const fields = summariseValues(resolved.table, resolved.mapping, new ValueLookup(values));
    const account = this.rowAccount(resolved, kind, values, options.year ?? new Date().getFullYear(), source);
    this.report(options, `${nl(account.total)} rijen gelezen`, 1);
    return { fields, rows: account.summary(), values };
  }

  async saveValueMapping(source: DataSource, kind: SheetKind, values: ValueMap, options: { replaceEdited?: boolean } = {}): Promise<SourceProposal> {
    const clean = normaliseValueMap(values);
    await this.requireReplaceable(VALUES_SHEET, options.replaceEdited);
    const proposal = await this.confirmMapping(source, kind, {}, clean);
    await this.writeValuesSheet(kind, clean);
    return proposal;
  }

  async buildAreaReport(source: DataSource, options: AreaReportOptions & CallOptions & { replaceEdited?: boolean }): Promise<ReportResult> {
    await this.requireReplaceable(AREA_REPORT_SHEET, options.replaceEdited);
    const { table, mapping, values } = await this.readAll(source, "stock", "Voorraad lezen", options);
    if (!mapping.roles.buurtCode) throw new Error(`Geen kolom met de buurtcode gevonden in ${sourceLabel(source)}; kies de kolom bij 'Gegevens' en bevestig.`);
    const target = Number.isFinite(options.targetSocialShare) ? options.targetSocialShare : DEFAULT_TARGET_SOCIAL_SHARE;
    if (target < 0 || target > 1) throw new Error("Het doel voor het aandeel sociale huur moet tussen 0% en 100% liggen.");
    this.report(options, "Wijkrapport berekenen", null);
    const columns = stockColumns(table, mapping, { year: options.year, place: placeOf(source), values });
    const vitalityTable = await this.vitalityData();
    const vitality = vitalityTable ? null : await this.readVitality(options.signal);
    let earlier: EarlierStock | null = null;
    if (options.earlier) {
      const old = await this.readAll(options.earlier, "stock", "Eerdere voorraad lezen", options);
      if (!old.mapping.roles.buurtCode) throw new Error(`Geen kolom met de buurtcode gevonden in ${sourceLabel(options.earlier)}; kies de kolom bij 'Gegevens' en bevestig.`);
      earlier = { columns: stockColumns(old.table, old.mapping, { year: options.year, place: placeOf(options.earlier) }), sourceLabel: sourceLabel(options.earlier) };
      this.report(options, "Wijkrapport berekenen", null);
    }
    const report = buildAreaReport({ columns, sourceLabel: sourceLabel(source), targetSocialShare: target, vitality, vitalityTable, earlier });
    throwIfAborted(options.signal);
    this.report(options, "Wijkrapport schrijven", null);
    const notices = await this.workbook.writeReportSheet(report.sheet);
    this.report(options, report.summary, 1);
    return {
      sheetName: report.sheet.name,
      summary: report.summary,
      charts: report.charts as ChartData[],
      warnings: [...report.warnings, ...notices],
      rows: columns.account.summary(),
      figures: report.figures,
      chartsOnSheet: this.workbook.writesCharts,
    };
  }

  async reportsAsValues(options: CallOptions = {}): Promise<{ summary: string; warnings: string[] }> {
    const freeze = this.workbook.freezeReportSheet?.bind(this.workbook);
    if (!freeze) throw new Error("Deze werkmap kan de rapporten niet als waarden vastzetten.");
    const frozen: string[] = [];
    const warnings: string[] = [];
    for (const name of [AREA_REPORT_SHEET, ALLOCATION_REPORT_SHEET]) {
      throwIfAborted(options.signal);
      const result = await freeze(name);
      if (!result.frozen) continue;
      frozen.push(name);
      warnings.push(...result.notices);
    }
    if (frozen.length === 0) return { summary: "Er is nog geen rapport om vast te zetten: maak eerst het wijkrapport of het toewijzingsrapport.", warnings };
    return { summary: `Als waarden vastgezet: ${frozen.join(" en ")}. Deel de werkmap nu met wie Mengwijzer niet heeft.`, warnings };
  }

  async prepareVitalitySheet(
    source: DataSource,
    options: CallOptions & { level: AreaLevel; year: number; normYear: number },
  ): Promise<{ sheetName: string; summary: string; warnings: string[] }> {
    const inputTables = asInputTables(this.workbook);
    if (!inputTables) throw new Error("Deze werkmap kan geen invoerblad maken.");
    const { table, mapping, values } = await this.readAll(source, "stock", "Voorraad lezen", options);
    if (!mapping.roles.buurtCode) throw new Error(`Geen kolom met de buurtcode gevonden in ${sourceLabel(source)}; kies de kolom bij 'Gegevens' en bevestig.`);
    const columns = stockColumns(table, mapping, { year: options.normYear, place: placeOf(source), values });
    const labels = options.level === "wijk" ? columns.wijk : columns.buurt;
    if (!labels) throw new Error(`De voorraad heeft geen wijkcode-kolom (en de buurtcodes zijn geen CBS-codes waaruit de wijk volgt): kies 'buurt', of wijs bij 'Gegevens' de wijkcode-kolom aan.`);
    throwIfAborted(options.signal);
    this.report(options, "Invoerblad vitaliteit schrijven", null);
    const result = await prepareVitalitySheet(inputTables, async (name) => (await this.workbook.reportSheetState(name)).exists, distinctAreas(labels), options.level, options.year);
    this.report(options, result.summary, 1);
    return result;
  }

  async vitalityOverview(): Promise<AreaVitality[] | null> {
    const data = await this.vitalityData();
    return data ? summariseVitality(data) : null;
  }

  async readAllocationChoice(): Promise<{ choice: AllocationChoice; problem: string | null }> {
    return parseAllocationChoice(await this.workbook.readSetting(ALLOCATION_CHOICE_SETTING));
  }

  async saveAllocationChoice(choice: AllocationChoice): Promise<void> {
    await this.workbook.writeSetting(ALLOCATION_CHOICE_SETTING, serializeAllocationChoice(choice));
  }

  async buildAllocationReport(source: DataSource, options: AllocationReportChoiceOptions & CallOptions & { replaceEdited?: boolean }): Promise<ReportResult> {
    await this.requireReplaceable(ALLOCATION_REPORT_SHEET, options.replaceEdited);
    const { table, mapping, values } = await this.readAll(source, "allocations", "Toewijzingen lezen", options);
    this.report(options, "Toewijzingen toetsen", null);
    const dateSystem = this.workbook.dateSystem ? await this.workbook.dateSystem() : 1900;
    const choice = allocationOptionsOf(options.allocation ?? DEFAULT_ALLOCATION_CHOICE);
    const report = buildAllocationReport(table, mapping, placeOf(source), sourceLabel(source), { values, dateSystem, ...choice });
    throwIfAborted(options.signal);
    this.report(options, "Toewijzingsrapport schrijven", null);
    const notices = await this.workbook.writeReportSheet(report.sheet);
    this.report(options, report.summary, 1);
    return {
      sheetName: report.sheet.name,
      summary: report.summary,
      charts: [],
      warnings: [...report.warnings, ...notices],
      rows: report.analysis.account.summary(),
      figures: allocationKeyFigures(report.analysis.lines),
    };
  }

  async showSheet(sheetName: string): Promise<{ shown: boolean }> {
    // Only Mengwijzer's own report sheets: the pane never selects (or names) a user's sheet.
    if (sheetName !== AREA_REPORT_SHEET && sheetName !== ALLOCATION_REPORT_SHEET) throw new Error(`'${sheetName}' is geen rapportblad van Mengwijzer.`);
    return { shown: await this.workbook.activateSheet(sheetName) };
  }

  async makePartnerCopy(
    options: CallOptions & PartnerCopyOptions & { acceptSkipped?: boolean },
  ): Promise<{ fileName: string; summary: string; warnings: string[] }> {
    const k = checkThreshold(options.threshold);
    const { year, targetSocialShare: target } = options;
    if (!Number.isInteger(year)) throw new Error("Kies een jaar voor de normen; de partnerkopie gebruikt het jaar dat u kiest.");
    if (!(target >= 0 && target <= 1)) throw new Error("Het doel voor het aandeel sociale huur moet tussen 0% en 100% liggen.");
    let stock = options.stock;
    let allocations = options.allocations;
    if (!stock || !allocations) {
      const proposals = await this.findSources({ signal: options.signal });
      const pick = (kind: SheetKind) => proposals.find((p) => p.kind === kind && p.fromStorage) ?? proposals.find((p) => p.kind === kind);
      stock ??= pick("stock")?.source;
      allocations ??= pick("allocations")?.source;
    }
    if (!stock && !allocations) throw new Error("Geen voorraad of toewijzingen gevonden om een partnerkopie van te maken.");
    const personal: PersonalValues = {};
    const addPersonal = (more: PersonalValues) => {
      for (const [field, values] of Object.entries(more) as [keyof PersonalValues, readonly CellValue[]][]) {
        personal[field] = [...(personal[field] ?? []), ...values];
      }
    };
    let partnerStock: PartnerStock | null = null;
    const rowAccounts: { source: string; account: RowAccount }[] = [];
    if (stock) {
      const { table, mapping, values } = await this.readAll(stock, "stock", "Voorraad lezen", options);
      addPersonal(collectPersonalValues(table.rows.map((r) => r.cells), mapping));
      if (mapping.roles.buurtCode) {
        const columns = stockColumns(table, mapping, { year, place: placeOf(stock), values });
        const gemeenteColumn = mapping.roles.municipalityCode?.columnIndex;
        partnerStock = {
          buurt: columns.buurt,
          wijk: columns.wijk,
          gemeente: gemeenteColumn === undefined ? null : table.rows.map((row) => toLabel(row.cells[gemeenteColumn])),
          segment: columns.segment,
        };
        rowAccounts.push({ source: "Voorraad", account: columns.account });
      }
    }
    let lines = null;
    if (allocations) {
      const { table, mapping, values } = await this.readAll(allocations, "allocations", "Toewijzingen lezen", options);
      addPersonal(collectPersonalValues(table.rows.map((r) => r.cells), mapping));
      const analysis = analyseAllocations(table, mapping, {
        values,
        dateSystem: this.workbook.dateSystem ? await this.workbook.dateSystem() : 1900,
        ...allocationOptionsOf(options.allocation ?? DEFAULT_ALLOCATION_CHOICE),
      });
      lines = analysis.lines;
      rowAccounts.push({ source: "Toewijzingen", account: analysis.account });
    }
    const heavy = rowAccounts.filter((a) => a.account.needsWarning);
    if (heavy.length > 0 && !options.acceptSkipped) throw new SkippedRowsError(heavy.map((a) => ({ source: a.source, rows: a.account.summary() })));
    const checklist = await this.checklistLines();
    throwIfAborted(options.signal);
    this.report(options, "Partnerkopie samenstellen en controleren", null);
    const vitality = await this.vitalityData();
    const { sheets, copy, labelNotes } = buildPartnerSheets({
      options: { k, wijkOnly: options.wijkOnly ?? false, roundToFive: options.roundToFive ?? false, confirmedNames: options.confirmedNames ?? [] },
      stock: partnerStock,
      targetSocialShare: target,
      allocations: lines,
      checklist,
      rowAccounts,
      vitality,
    });
    const check = checkPartnerSheets(sheets, personal, k);
    if (!check.ok) {
      const first = check.findings.slice(0, 3).map((f) => describeFinding(sheets, f)).join("; ");
      throw new Error(`De partnerkopie is niet gemaakt: de controle vond ${countText(check.findings.length, "probleem", "problemen")}: ${first}.`);
    }
    throwIfAborted(options.signal);
    const warnings = await this.workbook.createPartnerWorkbook(sheets, PARTNER_FILE_NAME);
    const audit = copy.audit;
    const summary = `Partnerkopie gemaakt: ${countText(sheets.length, "blad", "bladen")}; ${countText(audit.intervals.length, "cel", "cellen")} verborgen en gecontroleerd (${audit.pass ? "geslaagd" : "niet geslaagd"})`;
    this.report(options, summary, 1);
    const read = rowAccounts.map((a) => `${a.source}: rijen gelezen ${nl(a.account.read)} van ${nl(a.account.total)}`);
    return { fileName: PARTNER_FILE_NAME, summary, warnings: [...read, ...labelNotes, ...warnings] };
  }

  async createScenarioSheet(): Promise<{ created: boolean; summary: string }> {
    const { readTable, createTable } = this.workbook;
    if (!readTable || !createTable) throw new Error("Deze werkmap kan geen scenariotabel maken.");
    if (await readTable.call(this.workbook, SCENARIO_TABLE)) {
      return { created: false, summary: `De tabel ${SCENARIO_TABLE} bestaat al; vul daar uw ingrepen in.` };
    }
    if ((await this.workbook.reportSheetState(SCENARIO_SHEET)).exists) {
      throw new Error(`Er is al een blad '${SCENARIO_SHEET}' zonder de tabel ${SCENARIO_TABLE}. Geef dat blad een andere naam of verwijder het, en probeer het opnieuw.`);
    }
    await createTable.call(this.workbook, SCENARIO_SHEET, SCENARIO_TABLE, [...SCENARIO_HEADERS], []);
    return {
      created: true,
      summary: `Blad ${SCENARIO_SHEET} gemaakt. Vul per ingreep een rij in: gebied, ingreep (verkoop, sloop, nieuwbouw, liberalisatie, samenvoegen of splitsen), van, naar, aantal, aantal na (alleen bij samenvoegen en splitsen) en jaar.`,
    };
  }

  async checkScenario(stock: DataSource, options: ScenarioSettings & CallOptions): Promise<ScenarioCheckResult> {
    const input = await this.scenarioInput(stock, options);
    if (!input) return { exists: false, rowsRead: 0, problems: [], valid: false, summary: `Er is nog geen tabel ${SCENARIO_TABLE}: maak die eerst met 'Scenariotabel maken'.` };
    const e = input.evaluation;
    const errors = e.rowsWithErrors;
    const summary = errors > 0
      ? `Scenario gecontroleerd: ${countText(e.reading.rowsRead, "rij", "rijen")}, ${countText(errors, "rij", "rijen")} met een fout.`
      : `Scenario gecontroleerd: ${countText(e.reading.rowsRead, "rij", "rijen")}, geen fouten.`;
    return { exists: true, rowsRead: e.reading.rowsRead, problems: e.problems, valid: e.valid, summary };
  }

  async buildScenarioReport(stock: DataSource, options: ScenarioSettings & CallOptions & { replaceEdited?: boolean }): Promise<ReportResult & { paragraphs: string[] }> {
    await this.requireReplaceable(SCENARIO_REPORT_SHEET, options.replaceEdited);
    const input = await this.scenarioInput(stock, options);
    if (!input) throw new Error(`Er is nog geen tabel ${SCENARIO_TABLE}: maak die eerst met 'Scenariotabel maken' en vul uw ingrepen in.`);
    if (!input.evaluation.valid) throw new ScenarioProblemsError(input.evaluation.problems);
    this.report(options, "Scenariorapport berekenen", null);
    const report = buildScenarioReport({ evaluation: input.evaluation, columns: input.columns, sourceLabel: sourceLabel(stock), sources: input.sources });
    throwIfAborted(options.signal);
    this.report(options, "Scenariorapport schrijven", null);
    const notices = await this.workbook.writeReportSheet(report.sheet);
    this.report(options, report.summary, 1);
    return {
      sheetName: report.sheet.name,
      summary: report.summary,
      charts: report.charts as ChartData[],
      warnings: [...report.warnings, ...notices],
      rows: input.columns.account.summary(),
      paragraphs: report.paragraphs,
    };
  }

  async makeScenarioPartnerCopy(stock: DataSource, options: ScenarioSettings & CallOptions & { threshold: number }): Promise<{ fileName: string; summary: string; warnings: string[] }> {
    // the same threshold rule as the partner copy (3..50: a count of 1 or 2 points at one or two households)
    const k = checkThreshold(options.threshold);
    const input = await this.scenarioInput(stock, options);
    if (!input) throw new Error(`Er is nog geen tabel ${SCENARIO_TABLE}: maak die eerst met 'Scenariotabel maken' en vul uw ingrepen in.`);
    if (!input.evaluation.valid) throw new ScenarioProblemsError(input.evaluation.problems);
    this.report(options, "Partnerversie van het scenario samenstellen en controleren", null);
    const sheets = buildScenarioPartnerSheets(input.evaluation, k);
    const { table, mapping } = await this.readAll(stock, "stock", "Voorraad lezen", options);
    const check = checkScenarioPartnerSheets(sheets, collectPersonalValues(table.rows.map((r) => r.cells), mapping), k);
    if (!check.ok) {
      const first = check.findings.slice(0, 3).map((f) => describeFinding(sheets, f)).join("; ");
      throw new Error(`De partnerversie is niet gemaakt: de controle vond ${countText(check.findings.length, "probleem", "problemen")}: ${first}.`);
    }
    throwIfAborted(options.signal);
    const warnings = await this.workbook.createPartnerWorkbook(sheets, SCENARIO_PARTNER_FILE_NAME);
    const summary = `Partnerversie van het scenario gemaakt: ${countText(sheets.length, "blad", "bladen")}, gebieden met aantallen onder ${k} afgeschermd`;
    this.report(options, summary, 1);
    return { fileName: SCENARIO_PARTNER_FILE_NAME, summary, warnings };
  }

  /**
   * The stock, the scenario table and the settings, evaluated; null when the workbook has no scenario table. The
   * turnover and low-income share come from the user, else from the allocation history (allocationHistory.ts, the
   * running calendar year left out as incomplete), else from the documented defaults (turnover.ts).
   */
  private async scenarioInput(stock: DataSource, options: ScenarioSettings & CallOptions): Promise<{ evaluation: ScenarioEvaluation; columns: StockColumns; sources: ScenarioSettingSources } | null> {
    const readTable = this.workbook.readTable;
    if (!readTable) throw new Error("Deze werkmap kan de scenariotabel niet lezen.");
    const snapshot = await readTable.call(this.workbook, SCENARIO_TABLE);
    if (!snapshot) return null;
    const target = options.targetSocialShare;
    if (!(target >= 0 && target <= 1)) throw new Error("Het doel voor het aandeel sociale huur moet tussen 0% en 100% liggen.");
    const { table, mapping, values } = await this.readAll(stock, "stock", "Voorraad lezen", options);
    if (!mapping.roles.buurtCode) throw new Error(`Geen kolom met de buurtcode gevonden in ${sourceLabel(stock)}; kies de kolom bij 'Gegevens' en bevestig.`);
    this.report(options, "Scenario controleren", null);
    const columns = stockColumns(table, mapping, { year: options.year, place: placeOf(stock), values });
    const segments = segmentTableOf(tabulate(columns.buurt, columns.segment, null));
    const socialDwellings = segments.counts.reduce((sum, x, i) => (labelKey(segments.segments[i % segments.segments.length]) === SOCIAL_RENT_SEGMENT ? sum + x : sum), 0);
    let turnover = options.socialTurnover ?? null;
    let lowIncome = options.lowIncomeShare ?? null;
    const sources: ScenarioSettingSources = {
      turnover: turnover !== null ? "door u opgegeven" : TURNOVER_SOURCE,
      lowIncome: lowIncome !== null ? "door u opgegeven" : LOW_INCOME_SOURCE,
    };
    if ((turnover === null || lowIncome === null) && options.allocations) {
      const allocations = await this.readAll(options.allocations, "allocations", "Toewijzingen lezen", options);
      const analysis = analyseAllocations(allocations.table, allocations.mapping, { values: allocations.values, dateSystem: this.workbook.dateSystem ? await this.workbook.dateSystem() : 1900 });
      const history = historyFromLines(analysis.lines);
      const current = new Date().getFullYear();
      const rate = turnoverFromHistory(history.lettingsByYear, socialDwellings, [current]);
      const years = rate.years.map((y) => y.year);
      if (turnover === null && rate.rate !== null && rate.rate <= 1) {
        turnover = rate.rate;
        const perYear = rate.lettingsPerYear.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
        const span = `${years[0]}${years.length > 1 ? `–${years[years.length - 1]}` : ""}`;
        sources.turnover = `uit ${sourceLabel(options.allocations)}: toewijzingen per jaar gemiddeld ${perYear} (${span}, het lopende jaar niet meegeteld), gedeeld door ${dwellingsOf(socialDwellings, SOCIAL_RENT_SEGMENT)}`;
      }
      if (lowIncome === null && history.lowIncome) {
        lowIncome = history.lowIncome.passing / history.lowIncome.judged;
        sources.lowIncome = `uit ${sourceLabel(options.allocations)}: ${nl(history.lowIncome.passing)} van ${nl(history.lowIncome.judged)} toewijzingen binnen de inkomensgrens`;
      }
    }
    const evaluation = evaluateScenario(segments, scenarioGrid(snapshot.headers, snapshot.rows), {
      targetSocialShare: target,
      turnover: turnoverRates([[SOCIAL_RENT_SEGMENT, turnover ?? DEFAULT_SOCIAL_TURNOVER]]),
      lowIncomeShare: lowIncome ?? DEFAULT_LOW_INCOME_SHARE,
      firstRow: snapshot.firstSheetRow,
      values: new ValueLookup(values),
    });
    return { evaluation, columns, sources };
  }

  // ---- steps ------------------------------------------------------------------------------------------------------

  private report(options: CallOptions, step: string, fraction: number | null): void {
    options.onProgress?.({ step, fraction } satisfies Progress);
  }

  private async requireReplaceable(sheetName: string, replaceEdited: boolean | undefined): Promise<void> {
    const state = await this.workbook.reportSheetState(sheetName);
    if (state.exists && state.editedByUser && !replaceEdited) throw new EditedSheetError(sheetName);
  }

  private async readAll(source: DataSource, kind: SheetKind, label: string, options: CallOptions): Promise<Resolved> {
    throwIfAborted(options.signal);
    if (options.reads) return options.reads.once(source, kind, () => this.readAndResolve(source, kind, label, options));
    return this.readAndResolve(source, kind, label, options);
  }

  private async readAndResolve(source: DataSource, kind: SheetKind, label: string, options: CallOptions): Promise<Resolved> {
    const cells = await this.workbook.readSource(source, {
      signal: options.signal,
      onProgress: (p) => this.report(options, `${label}: ${nl(p.rowsRead)} van ${nl(p.rowsTotal)} rijen`, p.rowsTotal > 0 ? p.rowsRead / p.rowsTotal : null),
    });
    throwIfAborted(options.signal);
    return this.resolve(source, cells, kind, null);
  }

  /** The row account of a whole source, as its report reads it. */
  private rowAccount(resolved: Resolved, kind: SheetKind, values: ValueMap, year: number, source: DataSource): RowAccount {
    if (kind === "stock") return stockColumns(resolved.table, resolved.mapping, { year, place: placeOf(source), values }).account;
    return analyseAllocations(resolved.table, resolved.mapping, { values }).account;
  }

  /**
   * Writes Mengwijzer_Waarden: this kind's fields from `values`, the other kind's rows as the sheet had them (so a stock
   * and an allocations mapping live side by side).
   */
  private async writeValuesSheet(kind: SheetKind, values: ValueMap): Promise<void> {
    const own = new Set<ValueField>(FIELDS_OF[kind]);
    let kept: ValueMap = {};
    const state = await this.workbook.reportSheetState(VALUES_SHEET);
    if (state.exists) {
      const source: DataSource = { kind: "range", sheetName: VALUES_SHEET, address: `A1:C${VALUES_SHEET_ROWS}`, rowCount: VALUES_SHEET_ROWS, columnCount: 3 };
      try {
        kept = valueMapFromGrid(await this.workbook.readSource(source), "ownership");
      } catch {
        kept = {}; // an unreadable sheet is replaced by the stored mapping
      }
    }
    const merged: ValueMap = {};
    for (const field of VALUE_FIELDS) {
      const entries = own.has(field) ? values[field] : kept[field];
      if (entries && entries.length > 0) merged[field] = entries;
    }
    await this.workbook.writeReportSheet(valuesSheet(merged));
  }

  /**
   * Locates the table and applies the stored mapping (when of the wanted kind), else detects one. `head` is the whole
   * source when `cells` are only its first rows: the remarks then give exact counts from the source's size, never the
   * head's.
   */
  private async resolve(source: DataSource, cells: CellValue[][], kind: SheetKind | null, head: DataSource | null): Promise<Resolved> {
    const topLeft = topLeftOf(source);
    const stored = await this.storedMapping(source);
    const remarks: string[] = [];
    const partial = head !== null && head.rowCount > cells.length;
    const describe = (table: LocatedTable) => describeTable(table, partial ? head : null);
    if (stored && (kind === null || stored.kind === kind)) {
      const table = locateTable(cells, topLeft);
      const restored = restoreMapping(stored, table.headers);
      if (restored.moved.length > 0) remarks.push(`Verplaatste kolommen teruggevonden: ${restored.moved.map(roleLabel).join(", ")}.`);
      if (restored.lost.length > 0) remarks.push(`Niet meer gevonden (kies opnieuw): ${restored.lost.map(roleLabel).join(", ")}.`);
      return { table, mapping: restored.mapping, fromStorage: true, remarks: [...describe(table), ...remarks], values: stored.values ?? {} };
    }
    if (kind === null) {
      const proposal = mapSheet(cells, topLeft);
      return { table: proposal.table, mapping: proposal.mapping, fromStorage: false, remarks: describe(proposal.table), values: {} };
    }
    const table = locateTable(cells, topLeft);
    const sample = table.rows.slice(0, 200).map((row) => row.cells);
    return { table, mapping: detectColumns(table.headers, kind, sample), fromStorage: false, remarks: describe(table), values: {} };
  }

  private async storedMapping(source: DataSource) {
    const text = await this.workbook.readSetting(mappingSettingKey(source));
    if (text === null) return null;
    try {
      return parseMapping(text);
    } catch {
      return null; // an unreadable stored mapping is proposed afresh
    }
  }

  private proposal(source: DataSource, resolved: Resolved): SourceProposal {
    return {
      source,
      kind: resolved.mapping.kind,
      headers: resolved.table.headers,
      mapping: resolved.mapping,
      fromStorage: resolved.fromStorage,
      remarks: resolved.remarks,
      values: resolved.values,
    };
  }

  /** The pane-made vitality table with its points (issue 16), or null when the workbook has none. */
  private async vitalityData(): Promise<VitalityData | null> {
    const inputTables = asInputTables(this.workbook);
    return inputTables ? readVitalityData(inputTables) : null;
  }

  private async readVitality(signal: AbortSignal | undefined): Promise<VitalityInput | null> {
    const source: DataSource = {
      kind: "range",
      sheetName: VITALITY_SHEET,
      address: `A1:${VITALITY_COLUMNS[VITALITY_COLUMNS.length - 1]}${VITALITY_MAX_ROWS}`,
      rowCount: VITALITY_MAX_ROWS,
      columnCount: VITALITY_COLUMNS.length,
    };
    // Absent: the report says how to add it. Present but unreadable: the error reaches the user, never "absent".
    if (!(await this.workbook.reportSheetState(VITALITY_SHEET)).exists) return null;
    const cells: CellValue[][] = await this.workbook.readSource(source, { signal });
    const input = readVitalitySheet(cells);
    return input.rows.length > 0 ? input : null;
  }

  private async checklistLines(): Promise<ChecklistLine[] | null> {
    if (!this.options.checklist) return null;
    const snapshot = await this.options.checklist.load();
    if (snapshot.areas.length === 0) return null;
    const items = new Map(snapshot.catalogue.items.map((item) => [item.id, item]));
    const partTitle = new Map(PARTS.map((p) => [p.id, p.title]));
    return snapshot.answers.map((answer) => {
      const item = items.get(answer.itemId);
      return {
        area: answer.area,
        part: item ? partTitle.get(item.part) ?? item.part : "",
        item: item?.title ?? answer.itemId,
        status: answer.status,
        owner: answer.owner,
      };
    });
  }
}

/** The sheet Mengwijzer_Waarden: header veld | waarde | gelezen als, one row per mapped value, and how to use it. */
export function valuesSheet(values: ValueMap): ReportSheet {
  const rows = valueMapRows(values);
  const cells = [
    [{ value: "veld", bold: true }, { value: "waarde", bold: true }, { value: "gelezen als", bold: true }, { value: null },
      { value: `Uw waardenkoppeling uit het taakvenster (Analyses, Waarden); wordt vervangen als u daar opslaat. Gebruik in formules, bijvoorbeeld: =MENG.SEGMENT(H5;I5;G5;2025;;;${VALUES_SHEET}!$A$1:$C$${Math.max(rows.length + 1, 200)}). Velden: ${VALUE_FIELDS.map((f) => VALUE_FIELD_NAMES[f]).join(", ")}.` }],
    ...rows.map((row) => row.map((value) => ({ value }))),
  ];
  return { name: VALUES_SHEET, rows: cells, charts: [], columnWidths: [22, 30, 18] };
}

/**
 * Remarks on the located table. With `whole` (the table was located in the first rows of that source only) the counts
 * are the source's: rows below the header in the whole source, never the rows of the part read.
 */
function describeTable(table: LocatedTable, whole: DataSource | null = null): string[] {
  const box = whole ? parseAddress(whole.address) : null;
  const remarks = [
    box && table.footerSheetRow === null
      ? `Kopregel gevonden in rij ${table.headerSheetRow}; ${countText(box.bottom - table.headerSheetRow, "rij", "rijen")} onder de kopregel (het exacte aantal gelezen rijen staat bij Waarden en op het rapport).`
      : `Kopregel gevonden in rij ${table.headerSheetRow}; ${countText(table.rows.length, "gegevensrij", "gegevensrijen")}.`,
  ];
  if (table.notesAbove.length > 0) remarks.push(`Boven de kopregel: ${table.notesAbove.join(" / ")}.`);
  const complete = !box || table.footerSheetRow !== null;
  if (table.skippedRows.length > 0) {
    remarks.push(complete ? `${countText(table.skippedRows.length, "lege rij", "lege rijen")} overgeslagen.` : "Lege rijen binnen de tabel worden overgeslagen.");
  }
  if (table.footerSheetRow !== null) remarks.push(`De tabel stopt bij de totaalregel in rij ${table.footerSheetRow}.`);
  return remarks;
}
