/**
 * What the task pane's "Analyses" tab asks for: find the data, confirm the column mapping, build the area report, the
 * allocation report and the partner-safe copy. Implemented over an AnalysisWorkbook (src/workbook/AnalysisWorkbook.ts),
 * so the same UI runs in Excel and in the browser preview. Long calls report progress and can be cancelled.
 */
import type { ColumnMapping, ColumnRole, SheetKind } from "../core/mapping";
import type { KeyFigure } from "../core/report/keyFigures";
import type { DataSource } from "../workbook/AnalysisWorkbook";
import type { SourceReads } from "./SourceReads";
import type { FieldValues } from "../core/readers/valueSummary";
import type { ValueMap } from "../core/readers/valueMap";
import type { RowAccountSummary } from "../core/rows/rowAccount";
import type { AreaLevel } from "../core/vitality/vitalitySheet";
import type { AreaVitality } from "../core/vitality/vitalitySummary";
import type { AllocationChoice } from "../core/allocation/allocationChoice";
import type { ScenarioProblem } from "../core/scenario/scenarioRows";

export interface Progress {
  /** Dutch description of the current step, e.g. "Voorraad lezen: 40.000 van 100.000 rijen". */
  step: string;
  /** 0..1, or null when unknown. */
  fraction: number | null;
}

export interface CallOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /** The reads of this run: a source already read by an earlier step of the same run is not read again. */
  reads?: SourceReads;
}

export interface SourceProposal {
  source: DataSource;
  kind: SheetKind;
  /** Header texts of the located table, by column index. */
  headers: string[];
  mapping: ColumnMapping;
  /** True when this mapping was stored in the workbook earlier (confirmed by a user). */
  fromStorage: boolean;
  /** Dutch remarks: header row found at row N, blank rows skipped, a stored column was renamed ... */
  remarks: string[];
  /** The value mapping stored with the column mapping (empty when none). */
  values: ValueMap;
}

/** The categorical values of a whole source and how its rows are read, for the pane's value mapping. */
export interface ValueOverview {
  /** Per categorical column: every distinct value with its exact count over all rows, unknown values first. */
  fields: FieldValues[];
  /** Rows read and skipped (with reasons) as the report would read them with this value mapping. */
  rows: RowAccountSummary;
  /** The value mapping this overview was made with. */
  values: ValueMap;
}

export interface AreaReportOptions {
  /** Target share of social rent, default 0.30. */
  targetSocialShare: number;
  /** Year whose norms classify dwellings when the segment column is missing (derived with MENG.SEGMENT). */
  year: number;
  /** An earlier stock in the same workbook: the report then shows the change since it (issue 14). */
  earlier?: DataSource | null;
}

/** The allocation report's legal options (issue 10): the verordening's percentage, designated categories, widened free room. */
export interface AllocationReportChoiceOptions {
  /** The user's choice, as kept with the workbook (src/core/allocation/allocationChoice.ts); absent = the defaults. */
  allocation?: AllocationChoice;
}

/**
 * What the partner copy is made of. The year and the target are the ones the user chose in the pane, passed on every
 * call: never taken from an earlier report or the calendar.
 */
export interface PartnerCopyOptions {
  /** Minimum group size, 3..50 (default 5): cells that describe fewer read "<k"; 0, 1 and 2 are refused. */
  threshold: number;
  /** Only wijken, no buurten. */
  wijkOnly?: boolean;
  /** Round visible counts to a multiple of 5. */
  roundToFive?: boolean;
  /** Labels the user confirmed as area or gemeente names (others that are not CBS codes become "gebied 1", ...). */
  confirmedNames?: string[];
  /** Year whose norms classify dwellings when the stock has no segment column. */
  year: number;
  /** Target share of social rent (0..1), for the gap column. */
  targetSocialShare: number;
  stock?: DataSource;
  allocations?: DataSource;
  /** The allocation report's options, so the copy's verdicts are those of the report. */
  allocation?: AllocationChoice;
}

/** The choices for a scenario (issue 15); the year and target as for the area report. */
export interface ScenarioSettings {
  targetSocialShare: number;
  year: number;
  /** Turnover of social rent (0..1) the user gave; absent or null: from the allocation history, else the default. */
  socialTurnover?: number | null;
  /** Share of social-rent lettings to low-income households (0..1); absent or null: from the history, else the default. */
  lowIncomeShare?: number | null;
  /** The allocations sheet whose history gives the defaults (the pane passes the confirmed one). */
  allocations?: DataSource | null;
}

/** What checking the scenario table found. */
export interface ScenarioCheckResult {
  /** False when the workbook has no table Mengwijzer_Scenario yet. */
  exists: boolean;
  rowsRead: number;
  /** Row-level problems ("fout" and "let op"), by row. */
  problems: ScenarioProblem[];
  valid: boolean;
  summary: string;
}

/** The scenario table has rows with an error: nothing is built; the pane lists the problems by row. */
export class ScenarioProblemsError extends Error {
  constructor(readonly problems: ScenarioProblem[]) {
    const errors = problems.filter((p) => p.severity === "fout");
    super(`Het scenario heeft ${errors.length === 1 ? "een fout" : `${errors.length} fouten`}; verbeter ${errors.length === 1 ? "die" : "ze"} in het blad Mengwijzer_Scenario en probeer het opnieuw.`);
    this.name = "ScenarioProblemsError";
  }
}

export interface ChartData {
  title: string;
  /** Category labels (areas, or the parts of the decomposition). */
  labels: string[];
  /** One series per segment (stacked) or a single series. */
  series: { name: string; values: number[] }[];
  stacked: boolean;
}

export interface ReportResult {
  sheetName: string;
  /** Dutch one-line summary for the pane, e.g. "Wijkrapport gemaakt: 300 buurten, 40 wijken". */
  summary: string;
  /** The charts as data, so the preview (which cannot write Excel charts) can draw them. */
  charts: ChartData[];
  /** Dutch warnings (rows skipped, static values, ...). */
  warnings: string[];
  /** Rows read of the source and the skipped rows grouped by reason (the same as on the sheet). */
  rows?: RowAccountSummary;
  /** True when `charts` also stand on the sheet as native Excel charts (in Excel; not in the browser preview's file). */
  chartsOnSheet?: boolean;
  /** The key figures for the pane's summary card (D, H, share of social rent; the allocation verdicts). */
  figures?: KeyFigure[];
}

/** A partner copy was asked for while more than 5% of a source's rows are skipped: the pane asks first. */
export class SkippedRowsError extends Error {
  constructor(readonly sources: { source: string; rows: RowAccountSummary }[]) {
    super(
      `Er worden veel rijen overgeslagen (${sources.map((s) => `${s.source}: ${s.rows.skipped.toLocaleString("nl-NL")} van ${s.rows.total.toLocaleString("nl-NL")}`).join("; ")}); de partnerkopie gaat dan alleen over de gelezen rijen. Toch maken?`,
    );
    this.name = "SkippedRowsError";
  }
}

/** Thrown when a report sheet was edited by the user and `replaceEdited` was not set: the pane asks first. */
export class EditedSheetError extends Error {
  constructor(readonly sheetName: string) {
    super(`Het blad '${sheetName}' is na de vorige keer met de hand gewijzigd. Vervangen?`);
    this.name = "EditedSheetError";
  }
}

export interface AnalysisService {
  /** Sources with a proposed (or stored) mapping, stock and allocation sheets alike. */
  findSources(options?: CallOptions): Promise<SourceProposal[]>;
  /** Stores the user's confirmed or corrected mapping in the workbook (with the value mapping when given). */
  confirmMapping(source: DataSource, kind: SheetKind, assignments: Partial<Record<ColumnRole, number | null>>, values?: ValueMap): Promise<SourceProposal>;
  /**
   * Reads the whole source and counts its categorical values; `values` (a draft) replaces the stored value mapping for
   * this overview, `year` is the norms year for derived segments.
   */
  inspectValues(source: DataSource, kind: SheetKind, options?: CallOptions & { values?: ValueMap; year?: number }): Promise<ValueOverview>;
  /**
   * Stores the value mapping with the source's column mapping and writes it to the sheet Mengwijzer_Waarden (for the
   * functions' `waarden` argument). A Mengwijzer_Waarden the user edited is only replaced with `replaceEdited`.
   */
  saveValueMapping(source: DataSource, kind: SheetKind, values: ValueMap, options?: { replaceEdited?: boolean }): Promise<SourceProposal>;
  buildAreaReport(source: DataSource, options: AreaReportOptions & CallOptions & { replaceEdited?: boolean }): Promise<ReportResult>;
  buildAllocationReport(source: DataSource, options: AllocationReportChoiceOptions & CallOptions & { replaceEdited?: boolean }): Promise<ReportResult>;
  /** The allocation report's options stored with the workbook (the default when none; `problem` when unreadable). */
  readAllocationChoice(): Promise<{ choice: AllocationChoice; problem: string | null }>;
  /** Stores the allocation report's options with the workbook. */
  saveAllocationChoice(choice: AllocationChoice): Promise<void>;
  /**
   * Makes the partner-safe workbook from the sources and the checklist, with the year and target the user chose,
   * jointly suppressed and audited (see src/core/partner); `warnings` lists the labels that were replaced by a neutral
   * label, and why. Throws SkippedRowsError when more than 5% of a source's rows are skipped, unless `acceptSkipped`.
   */
  makePartnerCopy(options: CallOptions & PartnerCopyOptions & { acceptSkipped?: boolean }): Promise<{ fileName: string; summary: string; warnings: string[] }>;
  /**
   * "Rapport als waarden": freezes the report sheets of this workbook to values, their formulas listed as text beside
   * them, for sharing the workbook with someone without Mengwijzer (docs/analyses.md). Making a report again brings
   * its live formulas back.
   */
  reportsAsValues?(options?: CallOptions): Promise<{ summary: string; warnings: string[] }>;
  /**
   * Makes the vitality input sheet (Mengwijzer_Vitaliteit) with one row per area of the stock at `level` for `year`,
   * or updates it: new areas and years are appended, areas no longer in the stock are marked; what the user typed is
   * never changed (issue 16). `normYear` classifies dwellings when the stock has no segment column.
   */
  prepareVitalitySheet?(source: DataSource, options: CallOptions & { level: AreaLevel; year: number; normYear: number }): Promise<{ sheetName: string; summary: string; warnings: string[] }>;
  /** Per area the latest vitality score (for the checklist's marker); null when there is no input table. */
  vitalityOverview?(): Promise<AreaVitality[] | null>;
  /**
   * Selects one of Mengwijzer's report sheets for the user. `shown` is false where there is no sheet to show (the
   * browser preview): the sheet is then made the workbook's active sheet, so the file opens on it.
   */
  showSheet(sheetName: string): Promise<{ shown: boolean }>;
  /** Makes the sheet Mengwijzer_Scenario with an empty table to fill in by hand (never replaces an existing one). */
  createScenarioSheet?(): Promise<{ created: boolean; summary: string }>;
  /** Reads the scenario table and the stock and checks every row (unknown area, more sold than present, ...). */
  checkScenario?(stock: DataSource, options: ScenarioSettings & CallOptions): Promise<ScenarioCheckResult>;
  /**
   * Builds Mengwijzer_Scenario_Rapport; throws ScenarioProblemsError when a row has an error, EditedSheetError when the
   * report sheet was edited and `replaceEdited` is not set.
   */
  buildScenarioReport?(stock: DataSource, options: ScenarioSettings & CallOptions & { replaceEdited?: boolean }): Promise<ReportResult & { paragraphs: string[] }>;
  /** The partner-safe variant of the scenario report as a separate workbook (threshold k as for the partner copy). */
  makeScenarioPartnerCopy?(stock: DataSource, options: ScenarioSettings & CallOptions & { threshold: number }): Promise<{ fileName: string; summary: string; warnings: string[] }>;
}
