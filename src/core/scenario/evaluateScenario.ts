/**
 * A scenario from start to end: read and check the rows (scenarioRows.ts), apply them year by year
 * (applyScenario.ts), and compute the figures before, after each year and at the end (scenarioFigures.ts), with the
 * housing effect (turnover.ts). This is the one entry the custom function, the report and the benchmark use.
 *
 * Rows with an error are left out of the figures and listed in `problems` (sorted by row); `valid` is false then. The
 * custom function refuses an invalid scenario (#VALUE! with the first problem); the pane and the report show every
 * problem by row and build nothing until they are fixed, so no figure silently leaves out a row.
 */
import { labelKey } from "../labels";
import { DEFAULT_TARGET_SOCIAL_SHARE } from "../report/areaReport";
import type { ValueLookup } from "../readers/valueMap";
import { applyScenario, type AppliedScenario } from "./applyScenario";
import { categoryCountOf, stateFigures, type StateFigures } from "./scenarioFigures";
import { SOCIAL_RENT_SEGMENT, readScenario, type ScenarioProblem, type ScenarioReading } from "./scenarioRows";
import type { SegmentTable } from "./segmentTable";
import { DEFAULT_LOW_INCOME_SHARE, DEFAULT_SOCIAL_TURNOVER, checkShare, housingEffect, type HousingEffect, type TurnoverRates } from "./turnover";


export interface ScenarioOptions {
  /** Target share of social rent for the gap (default 0.30, as the area report). */
  targetSocialShare?: number;
  /** Turnover per segment (labelKey → rate); default: social rent DEFAULT_SOCIAL_TURNOVER. */
  turnover?: TurnoverRates;
  /** Share of social-rent lettings to low-income households (default DEFAULT_LOW_INCOME_SHARE). */
  lowIncomeShare?: number;
  /** Years before this one are an error. */
  startYear?: number;
  /** Only rows up to and including this year count (the function's tot_jaar). */
  untilYear?: number;
  /** Sheet row of grid row 0. */
  firstRow?: number;
  values?: ValueLookup;
}

export interface AreaHousing {
  readonly area: string;
  readonly effect: HousingEffect;
}

export interface ScenarioEvaluation {
  readonly reading: ScenarioReading;
  readonly applied: AppliedScenario;
  /** Every problem, by row (errors and notes). */
  readonly problems: ScenarioProblem[];
  /** Rows with at least one error. */
  readonly rowsWithErrors: number;
  readonly valid: boolean;
  /** Segments and areas of the figures (the stock's plus the scenario's new ones). */
  readonly table: SegmentTable;
  readonly before: StateFigures;
  /** One state per year of the plan, ascending. */
  readonly years: StateFigures[];
  /** The last year's state, or `before` when no row applies. */
  readonly end: StateFigures;
  readonly settings: { targetSocialShare: number; turnover: TurnoverRates; lowIncomeShare: number; categoryCount: number };
}

export function defaultTurnover(): TurnoverRates {
  return new Map([[labelKey(SOCIAL_RENT_SEGMENT), DEFAULT_SOCIAL_TURNOVER]]);
}

export interface ScenarioOutcome {
  readonly reading: ScenarioReading;
  readonly applied: AppliedScenario;
  readonly problems: ScenarioProblem[];
  readonly rowsWithErrors: number;
  readonly valid: boolean;
}

/** Read, check and apply the rows, without the figures (what MENG.SCENARIO.VOORRAAD needs). */
export function runScenario(stock: SegmentTable, grid: readonly (readonly unknown[])[], options: ScenarioOptions = {}): ScenarioOutcome {
  const reading = readScenario(grid, stock, { firstRow: options.firstRow, startYear: options.startYear, values: options.values });
  const applied = applyScenario(stock, reading, options.untilYear);
  const problems = [...reading.problems, ...applied.problems].sort((a, b) => a.row - b.row || (a.severity === b.severity ? 0 : a.severity === "fout" ? -1 : 1));
  const rowsWithErrors = new Set(problems.filter((p) => p.severity === "fout").map((p) => p.row)).size;
  return { reading, applied, problems, rowsWithErrors, valid: rowsWithErrors === 0 };
}

/** The counts at the end of the (applied) plan: the last year's table, or the stock's when no row applies. */
export function endCounts(applied: AppliedScenario): Float64Array {
  return applied.years.length > 0 ? applied.years[applied.years.length - 1].counts : applied.table.counts;
}

export function evaluateScenario(stock: SegmentTable, grid: readonly (readonly unknown[])[], options: ScenarioOptions = {}): ScenarioEvaluation {
  const targetSocialShare = checkShare("doel sociale huur", options.targetSocialShare ?? DEFAULT_TARGET_SOCIAL_SHARE);
  const lowIncomeShare = checkShare("aandeel lage inkomens", options.lowIncomeShare ?? DEFAULT_LOW_INCOME_SHARE);
  const turnover = options.turnover ?? defaultTurnover();
  const { reading, applied, problems, rowsWithErrors } = runScenario(stock, grid, options);
  const { table } = applied;
  const categoryCount = categoryCountOf(table.segments.length, [table.counts, ...applied.years.map((y) => y.counts)]);
  const settings = { categoryCount, targetSocialShare, turnover };
  const before = stateFigures(table, table.counts, null, settings);
  const years = applied.years.map((y) => stateFigures(table, y.counts, y.year, settings));
  return {
    reading,
    applied,
    problems,
    rowsWithErrors,
    valid: rowsWithErrors === 0,
    table,
    before,
    years,
    end: years.length > 0 ? years[years.length - 1] : before,
    settings: { ...settings, lowIncomeShare },
  };
}

/** The housing effect of a state against the state before, per area (in the state's order) and in total. */
export function housingEffects(evaluation: ScenarioEvaluation, state: StateFigures): { areas: AreaHousing[]; total: HousingEffect } {
  const share = evaluation.settings.lowIncomeShare;
  const beforeByArea = new Map(evaluation.before.areas.map((a) => [a.area, a]));
  return {
    areas: state.areas.map((a) => ({ area: a.area, effect: housingEffect(beforeByArea.get(a.area)?.socialLettings ?? 0, a.socialLettings, share) })),
    total: housingEffect(evaluation.before.total.socialLettings, state.total.socialLettings, share),
  };
}
