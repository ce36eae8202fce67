/**
 * The allocation report, sheet "Mengwijzer_Toewijzing": per year and gemeente the priority indicator, the income check
 * and the fit check (rules.md §1–3, §10) with share, norm, verdict and headroom, and the rows outside the income or fit
 * norm listed with a link to the row in the source table.
 *
 * Each check runs over its own legal base, with the same core functions as MENG.VOORRANG.TOETS,
 * MENG.TOEWIJZING.INKOMEN and MENG.TOEWIJZING.PASSEND:
 * - income: allocations of DAEB dwellings (the mapped "soort woning", when there is one) with a kale huur at or below
 *   the huurgrens of the year (the mapped rent, when there is one); the rows left out are counted per check line;
 * - fit: households under the passend income limit, derived from income, household size and age; a mapped
 *   "huurtoeslaggerechtigd" column is an explicit override per row;
 * - priority: an indicator (the legal cap binds the gemeente's verordening), over the designated categories and with
 *   the verordening's percentage when the caller gives them (AllocationReportOptions).
 *
 * STATIC. The checks are grouped per year × gemeente; live formulas would need one FILTER()-based call per group and
 * check over the whole columns, which is the pattern that makes Excel recalculate for minutes. The sheet says so; the
 * user rebuilds it from the task pane. For a live check in a cell, MENG.VOORRANG.TOETS / MENG.TOEWIJZING.INKOMEN /
 * MENG.TOEWIJZING.PASSEND remain available (docs/functies.md).
 *
 * Headroom ("ruimte"): for the priority quota as MENG.VOORRANG.TOETS gives it, ⌊maximum × toewijzingen⌋ − voorrang
 * (how many more priority allocations fit; negative = too many). For the income and fit checks, which set a minimum
 * share: voldoet − ⌈norm × beoordeeld⌉ (how many of the passing allocations could have failed with the verdict still
 * "binnen norm"; negative = that many short).
 *
 * The rows listed carry no personal values (no income, no household size): only check, year, gemeente, the source row
 * (a link) and the reason.
 */
import { countText } from "../countText";
import type { CalendarDate } from "../allocation/calendarDate";
import { MAX_LISTED_ROWS } from "../allocation/checkRows";
import type { DateField } from "../allocation/fields";
import { fitCheck, type FitCheckResult } from "../allocation/fitCheck";
import { incomeCheck, type IncomeCheckResult } from "../allocation/incomeCheck";
import type { DwellingKind } from "../allocation/dwellingKind";
import { priorityCheck, type PriorityCheckResult } from "../allocation/priorityQuota";
import { compareLabels } from "../indices/byArea";
import { cellText, isBlankCell } from "../mapping/cells";
import type { AllocationRole } from "../mapping/columnRoles";
import type { ColumnMapping } from "../mapping/headerDetection";
import type { LocatedTable } from "../mapping/tableLocator";
import { amountField, numberField, yesNoFields } from "../cellFields";
import { readDateCell } from "../readers/fieldReaders";
import { readGroundColumn } from "../readers/groundColumn";
import { ValueLookup, type ValueMap } from "../readers/valueMap";
import { ReasonTally, RowAccount } from "../rows/rowAccount";
import { rowTexts } from "../messages/rows";
import { writeNotCounted, writeRowsRead, writeSkippedRows } from "./rowAccountBlock";
import type { DateSystem } from "../cellReaders";
import type { ReportSheet } from "./reportSheet";
import { COUNT_FORMAT, SHARE_FORMAT, SheetGrid } from "./sheetGrid";
import { columnReferencer, type SourcePlace } from "./sourceReference";

export const ALLOCATION_REPORT_SHEET = "Mengwijzer_Toewijzing";
export const NO_MUNICIPALITY = "(geen gemeente)";

export type CheckKind = "voorrang" | "inkomen" | "passend";

export const CHECK_LABELS: Record<CheckKind, string> = {
  voorrang: "Voorrang (indicatie t.o.v. maximum)",
  inkomen: "Inkomen (toewijzingsnorm)",
  passend: "Passend toewijzen",
};

/** One check of one year × gemeente, reduced to what the report and the partner copy show. */
export interface CheckLine {
  check: CheckKind;
  year: number;
  municipality: string;
  /** Allocations judged (for the quota: allocations in scope). */
  judged: number;
  /** Passing: within the income limit, fitting, or (quota) with priority. */
  passing: number;
  share: number | null;
  norm: number | null;
  verdict: string;
  headroom: number | null;
  notRead: number;
  /** Rows of this year × gemeente outside the check's base (rent above the huurgrens, not DAEB, above the passend
   * income limit, outside the designated categories). */
  outsideBase: number;
  /** Priority only: additional priority allocations that would still fit on top (null: no bound, or another check). */
  additionalRoom: number | null;
  /** Dutch error text when the check could not run (e.g. no norms for the year). */
  error: string | null;
  /** Why the check is "niet te beoordelen" (e.g. no ground recognised), else null or absent. */
  reason?: string | null;
}

export interface FailingRow {
  check: CheckKind;
  year: number;
  municipality: string;
  sheetRow: number;
}

/** Rows of one year × gemeente that a check left out of its base, for one reason. */
export interface LeftOutRows {
  check: CheckKind;
  year: number;
  municipality: string;
  reason: string;
  sheetRows: number[];
}

export interface AllocationAnalysis {
  lines: CheckLine[];
  /** Rows outside each check's legal base, by reason (the report lists them). */
  leftOut: LeftOutRows[];
  failing: FailingRow[];
  /** Checks that could not run for want of a column, with the missing column labels. */
  missing: Partial<Record<CheckKind, string[]>>;
  /** Rows whose date could not be read (not placed in a year). */
  undated: number;
  rowCount: number;
  /** Rows read (placed in a year) and skipped, with the reasons. */
  account: RowAccount;
  /** Rows read, but not counted in a check: a blank or unrecognised ground, grouped by value. */
  notCounted: ReasonTally;
  /** True when the ground column was read as yes/no (ja = voorrang). */
  groundYesNo: boolean;
}

/** Choices a user makes for the allocation report; every field is optional. */
export interface AllocationReportOptions {
  /** The huisvestingsverordening's own priority percentage (0..1); default the legal maximum of the year. */
  priorityMaximum?: number;
  /** The dwelling categories the verordening designates; default all allocations. */
  designated?: readonly DwellingKind[];
  /** The free allocation room is widened to 15% in prestatieafspraken (income norm 85%). */
  widenedFreeRoom?: boolean;
  /** The workbook's date system, for date serials (AnalysisWorkbook.dateSystem); default 1900. */
  dateSystem?: DateSystem;
  /** The user's value mapping (src/core/readers/valueMap.ts). */
  values?: ValueMap | null;
}

export interface AllocationReport {
  sheet: ReportSheet;
  analysis: AllocationAnalysis;
  warnings: string[];
  summary: string;
}

const REASONS: Record<Exclude<CheckKind, "voorrang">, string> = {
  inkomen: "inkomen boven de inkomensgrens",
  passend: "kale huur boven de aftoppingsgrens",
};

function ceilOfProduct(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= 1e-9 * Math.max(1, Math.abs(x)) ? nearest : Math.ceil(x);
}

/** Runs the three checks per year × gemeente on a located allocations table; date serials are read in the workbook's `options.dateSystem` (1900 unless given). */
export function analyseAllocations(table: LocatedTable, mapping: ColumnMapping, options: AllocationReportOptions = {}): AllocationAnalysis {
  const lookup = new ValueLookup(options.values ?? null);
  const col = (role: AllocationRole | "age"): number | null => mapping.roles[role]?.columnIndex ?? null;
  const dateColumn = col("allocationDate");
  const municipalityColumn = col("municipality");
  const missing: Partial<Record<CheckKind, string[]>> = {};
  const need = (check: CheckKind, roles: [AllocationRole, string][]) => {
    const absent = roles.filter(([role]) => col(role) === null).map(([, label]) => label);
    if (absent.length > 0) missing[check] = absent;
  };
  need("voorrang", [["allocationGround", "toewijzingsgrond"], ["allocationDate", "datum toewijzing"]]);
  need("inkomen", [["householdIncome", "huishoudinkomen"], ["householdSize", "huishoudgrootte"], ["allocationDate", "datum toewijzing"]]);
  need("passend", [["allocationRent", "kale huur"], ["householdSize", "huishoudgrootte"], ["allocationDate", "datum toewijzing"]]);
  if (!missing.passend && col("householdIncome") === null && col("rentAllowanceEligible") === null) {
    missing.passend = ["huishoudinkomen (of huurtoeslaggerechtigd)"];
  }
  if (options.designated && options.designated.length > 0 && col("dwellingKind") === null) {
    missing.voorrang = [...(missing.voorrang ?? []), "soort woning (voor de aangewezen categorieën)"];
  }

  // group rows by year × gemeente
  const groups = new Map<string, { year: number; municipality: string; rows: number[]; dates: CalendarDate[] }>();
  let undated = 0;
  const account = new RowAccount(table.rows.length);
  const notCounted = new ReasonTally();
  const groundColumn = col("allocationGround");
  const grounds = groundColumn === null ? null : readGroundColumn(table.rows.map((row) => row.cells[groundColumn]), lookup);
  if (dateColumn !== null) {
    table.rows.forEach((row, r) => {
      const date = readDateCell(row.cells[dateColumn], options.dateSystem ?? 1900);
      if (date.kind !== "value") {
        undated++;
        if (date.kind === "blank") account.skip("blankDate", null, row.sheetRow);
        else account.skip("unreadableDate", date.kind === "unknown" ? date.text : null, row.sheetRow);
        return;
      }
      if (grounds) {
        const ground = grounds.readings[r];
        if (ground.kind === "blank") notCounted.add("blankGround", null, row.sheetRow);
        else if (ground.kind === "unknown") notCounted.add("unknownGround", ground.text, row.sheetRow);
      }
      const municipality = municipalityColumn === null || isBlankCell(row.cells[municipalityColumn]) ? NO_MUNICIPALITY : cellText(row.cells[municipalityColumn]);
      const key = `${date.value.year}|${municipality.toLocaleLowerCase("nl-NL")}`;
      let group = groups.get(key);
      if (!group) {
        group = { year: date.value.year, municipality, rows: [], dates: [] };
        groups.set(key, group);
      }
      group.rows.push(r);
      group.dates.push(date.value);
    });
  } else {
    // without a date column no row can be placed in a year
    for (const row of table.rows) account.skip("blankDate", null, row.sheetRow);
  }
  const ordered = [...groups.values()].sort((a, b) => a.year - b.year || compareLabels(a.municipality, b.municipality));
  const lines: CheckLine[] = [];
  const failing: FailingRow[] = [];
  const leftOut: LeftOutRows[] = [];
  for (const group of ordered) {
    const cells = (column: number | null) => group.rows.map((r) => (column === null ? null : table.rows[r].cells[column]));
    const labels = group.rows.map((r) => String(table.rows[r].sheetRow));
    const dates: DateField[] = group.dates;
    const base = { check: "voorrang" as CheckKind, year: group.year, municipality: group.municipality };
    const noteLeftOut = (check: CheckKind, reason: string, rowLabels: readonly string[]) => {
      if (rowLabels.length > 0) leftOut.push({ check, year: group.year, municipality: group.municipality, reason, sheetRows: rowLabels.map(Number) });
    };
    const failed = (check: CheckKind, error: unknown): CheckLine => ({
      ...base, check, judged: 0, passing: 0, share: null, norm: null, verdict: "niet berekend", headroom: null, notRead: 0,
      outsideBase: 0, additionalRoom: null, error: error instanceof Error ? error.message : String(error), reason: null,
    });
    const texts = (column: number | null) => (column === null ? null : cells(column).map((c) => (isBlankCell(c) ? null : cellText(c))));
    if (!missing.voorrang) {
      try {
        const result: PriorityCheckResult = priorityCheck({
          grounds: texts(col("allocationGround")) as (string | null)[],
          readings: grounds ? group.rows.map((r) => grounds.decisive[r]) : null,
          dates, year: group.year, rowLabels: labels, maximum: options.priorityMaximum,
          kinds: texts(col("dwellingKind")), designated: options.designated ?? null,
        });
        const judgeable = result.notJudgeableReason === null;
        lines.push({ ...base, check: "voorrang", judged: result.total, passing: result.priority, share: result.share, norm: result.maximum,
          verdict: result.verdict, headroom: result.total === 0 || !judgeable ? null : result.headroom, notRead: result.rows.notRead,
          outsideBase: result.rows.notInBase, additionalRoom: result.total === 0 || !judgeable ? null : result.additionalRoom, error: null,
          reason: result.notJudgeableReason });
        noteLeftOut("voorrang", "niet in de aangewezen categorieën", result.notDesignatedLabels);
      } catch (error) {
        lines.push(failed("voorrang", error));
      }
    }
    const minimumLine = (check: "inkomen" | "passend", run: () => IncomeCheckResult | FitCheckResult) => {
      try {
        const result = run();
        const judged = result.rows.judged;
        const passing = result.rows.passing;
        lines.push({ ...base, check, judged, passing, share: result.share, norm: result.norm, verdict: result.verdict,
          headroom: result.norm === null || judged === 0 ? null : passing - ceilOfProduct(result.norm * judged), notRead: result.rows.notRead,
          outsideBase: result.rows.notInBase, additionalRoom: null, error: null, reason: null });
        for (const label of result.rows.failingLabels) failing.push({ check, year: group.year, municipality: group.municipality, sheetRow: Number(label) });
      } catch (error) {
        lines.push(failed(check, error));
      }
    };
    if (!missing.inkomen) {
      minimumLine("inkomen", () => {
        const result = incomeCheck({
        incomes: cells(col("householdIncome")).map(amountField), householdSizes: cells(col("householdSize")).map(numberField),
        dates, year: group.year, rowLabels: labels,
        rents: col("allocationRent") === null ? null : cells(col("allocationRent")).map(amountField),
        kinds: texts(col("dwellingKind")), widened: options.widenedFreeRoom ?? false,
        });
        noteLeftOut("inkomen", "kale huur boven de huurgrens", result.excluded.aboveRentLimitLabels);
        noteLeftOut("inkomen", "geen sociale huur (DAEB)", result.excluded.notDaebLabels);
        return result;
      });
    }
    if (!missing.passend) {
      minimumLine("passend", () => {
        const result = fitCheck({
        rents: cells(col("allocationRent")).map(amountField), householdSizes: cells(col("householdSize")).map(numberField),
        eligible: col("rentAllowanceEligible") === null ? null : yesNoFields(cells(col("rentAllowanceEligible")), lookup),
        incomes: col("householdIncome") === null ? null : cells(col("householdIncome")).map(amountField),
        ages: col("age") === null ? null : cells(col("age")).map(numberField),
        dates, year: group.year, rowLabels: labels,
        });
        noteLeftOut("passend", "inkomen boven de passend-inkomensgrens", result.base.aboveIncomeLimitLabels);
        noteLeftOut("passend", "volgens de kolom huurtoeslaggerechtigd (eigen keuze)", result.base.overriddenOutLabels);
        return result;
      });
    }
  }
  return { lines, failing, leftOut, missing, undated, rowCount: table.rows.length, account, notCounted, groundYesNo: grounds?.yesNo ?? false };
}

/** How many source rows a "left out" line names before it summarises the rest. */
const LEFT_OUT_ROWS_SHOWN = 20;

export const ALLOCATION_HEADERS = [
  "jaar", "gemeente", "toets", "beoordeeld", "voldoet", "aandeel", "norm", "oordeel", "ruimte", "niet gelezen", "buiten grondslag",
  "extra voorrang die nog past",
];

/** What each check counts, in the words the sheet uses (one line per check). */
function baseDescriptions(mapping: ColumnMapping, options: AllocationReportOptions): string[] {
  const has = (role: AllocationRole | "age") => mapping.roles[role] !== undefined;
  const incomeBase = has("allocationRent") || has("dwellingKind")
    ? `alleen toewijzingen van DAEB-woningen met een kale huur tot en met de huurgrens van het jaar (gefilterd op ${[has("allocationRent") ? "kale huur" : "", has("dwellingKind") ? "soort woning" : ""].filter(Boolean).join(" en ")})`
    : "alle toewijzingen: er is geen kolom kale huur of soort woning, dus niet gefilterd op DAEB-woningen tot de huurgrens";
  const incomeNorm = options.widenedFreeRoom ? "norm 85% (vrije ruimte verruimd naar 15%)" : "norm 92,5% (vrije ruimte 7,5%)";
  const fitBase = has("householdIncome")
    ? `huishoudens met een inkomen tot de passend-inkomensgrens (naar huishoudgrootte${has("age") ? " en AOW-leeftijd" : "; zonder leeftijdskolom telt een inkomen tussen de AOW- en de gewone grens als niet gelezen"})${has("rentAllowanceEligible") ? "; de kolom huurtoeslaggerechtigd gaat per rij voor (eigen keuze)" : ""}`
    : "huishoudens met 'ja' in de kolom huurtoeslaggerechtigd (er is geen inkomenskolom om de doelgroep uit af te leiden)";
  const priorityBase = `indicatie, geen wettelijke toets: de grens geldt voor wat de huisvestingsverordening mag reserveren in de aangewezen categorieën, over de hele gemeente of regio. Hier: ${
    options.designated && options.designated.length > 0 ? `alleen ${options.designated.join(", ")}` : "alle toewijzingen"
  }, maximum ${options.priorityMaximum !== undefined ? `${String(options.priorityMaximum * 100).replace(".", ",")}% (verordening)` : "50% (wet)"}. Urgentie, statushouders, mantelzorg en uitstroom tellen mee als toewijzing, niet als voorrang; 'voorrang' zonder reden wordt niet geraden`;
  return [
    `${CHECK_LABELS.inkomen}: ${incomeBase}; ${incomeNorm}.`,
    `${CHECK_LABELS.passend}: ${fitBase}.`,
    `${CHECK_LABELS.voorrang}: ${priorityBase}.`,
  ];
}

export function buildAllocationReport(
  table: LocatedTable,
  mapping: ColumnMapping,
  place: SourcePlace,
  sourceLabel: string,
  options: AllocationReportOptions = {},
): AllocationReport {
  const analysis = analyseAllocations(table, mapping, options);
  const referencer = columnReferencer(place, table);
  const warnings: string[] = [];
  const g = new SheetGrid();
  g.text(0, 0, "Mengwijzer – toewijzingen", true);
  g.text(1, 0, "Bron");
  g.text(1, 1, `${sourceLabel}: ${rowTexts.rowsRead(analysis.account.read, analysis.account.total)}`);
  g.text(2, 0, "Statisch");
  g.text(2, 1, "statisch: uitkomsten van het moment van maken, per jaar en gemeente; maak het rapport opnieuw via het taakvenster als de toewijzingen veranderen.");
  g.text(3, 0, "Ruimte");
  g.text(3, 1, "Voorrang: zoveel toewijzingen hadden bij gelijk aantal toewijzingen nog met voorrang gekund (⌊maximum × toewijzingen⌋ − voorrang); 'extra voorrang die nog past' = zoveel voorrangstoewijzingen passen er nog bovenop (⌊(maximum × toewijzingen − voorrang)/(1 − maximum)⌋). Negatief: zoveel te veel. Inkomen en passend: zoveel toewijzingen hadden nog buiten de norm mogen vallen (negatief: zoveel te weinig binnen de norm).");
  writeRowsRead(g, 4, analysis.account);
  let row = 5;
  if (analysis.groundYesNo) g.text(row++, 0, "Toewijzingsgrond: de kolom is gelezen als voorrang ja/nee (ja = met voorrang, nee = regulier).");
  g.text(row++, 0, "Grondslag", true);
  for (const text of baseDescriptions(mapping, options)) g.text(row++, 0, text);
  for (const [check, labels] of Object.entries(analysis.missing) as [CheckKind, string[]][]) {
    const text = `${CHECK_LABELS[check]}: niet berekend, kolom ontbreekt: ${labels.join(", ")}.`;
    g.text(row++, 0, text);
    warnings.push(text);
  }
  if (analysis.undated > 0) {
    const text = `${countText(analysis.undated, "rij", "rijen")} zonder leesbare datum toewijzing: niet in een jaar te plaatsen en niet meegeteld.`;
    g.text(row++, 0, text);
    warnings.push(text);
  }
  row = writeSkippedRows(g, row + 1, analysis.account, referencer, warnings);
  row = writeNotCounted(g, row + 1, analysis.notCounted, referencer);
  row++;
  ALLOCATION_HEADERS.forEach((h, c) => g.text(row, c, h, true));
  row++;
  for (const line of analysis.lines) {
    g.value(row, 0, line.year);
    g.text(row, 1, line.municipality);
    g.text(row, 2, CHECK_LABELS[line.check]);
    g.value(row, 3, line.judged, COUNT_FORMAT);
    g.value(row, 4, line.passing, COUNT_FORMAT);
    g.value(row, 5, line.share, SHARE_FORMAT);
    g.value(row, 6, line.norm, SHARE_FORMAT);
    g.text(row, 7, line.verdict, line.verdict !== "binnen norm");
    g.value(row, 8, line.headroom, COUNT_FORMAT);
    g.value(row, 9, line.notRead, COUNT_FORMAT);
    g.value(row, 10, line.outsideBase, COUNT_FORMAT);
    g.value(row, 11, line.additionalRoom, COUNT_FORMAT);
    if (line.error) {
      g.text(row, 12, line.error);
      warnings.push(`${CHECK_LABELS[line.check]} ${line.year} ${line.municipality}: ${line.error}`);
    } else if (line.reason) {
      g.text(row, 12, line.reason);
      warnings.push(`${CHECK_LABELS[line.check]} ${line.year} ${line.municipality}: ${line.verdict}: ${line.reason}`);
    }
    row++;
  }
  row++;
  g.text(row++, 0, "Toewijzingen buiten de norm", true);
  const listed = analysis.failing.slice(0, MAX_LISTED_ROWS);
  if (listed.length === 0) {
    g.text(row++, 0, "Geen.");
  } else {
    ["toets", "jaar", "gemeente", "bronrij", "reden"].forEach((h, c) => g.text(row, c, h, true));
    row++;
    for (const failing of listed) {
      g.text(row, 0, CHECK_LABELS[failing.check]);
      g.value(row, 1, failing.year);
      g.text(row, 2, failing.municipality);
      const link = referencer.rowLink(failing.sheetRow);
      g.set(row, 3, { value: `rij ${failing.sheetRow}`, link });
      g.text(row, 4, REASONS[failing.check as Exclude<CheckKind, "voorrang">]);
      row++;
    }
    if (analysis.failing.length > listed.length) g.text(row++, 0, `… en nog ${countText(analysis.failing.length - listed.length, "rij", "rijen")}.`);
  }
  row++;
  g.text(row++, 0, "Niet meegeteld: buiten de grondslag van de toets", true);
  if (analysis.leftOut.length === 0) {
    g.text(row++, 0, "Geen.");
  } else {
    ["toets", "jaar", "gemeente", "reden", "aantal", "bronrijen"].forEach((h, c) => g.text(row, c, h, true));
    row++;
    for (const left of analysis.leftOut) {
      g.text(row, 0, CHECK_LABELS[left.check]);
      g.value(row, 1, left.year);
      g.text(row, 2, left.municipality);
      g.text(row, 3, left.reason);
      g.value(row, 4, left.sheetRows.length, COUNT_FORMAT);
      const shown = left.sheetRows.slice(0, LEFT_OUT_ROWS_SHOWN).join("; ");
      g.text(row, 5, left.sheetRows.length > LEFT_OUT_ROWS_SHOWN ? `${shown}; … (en nog ${left.sheetRows.length - LEFT_OUT_ROWS_SHOWN})` : shown);
      row++;
    }
  }
  const groups = new Set(analysis.lines.map((l) => `${l.year}|${l.municipality}`)).size;
  const below = analysis.lines.filter((l) => l.verdict === "onder norm" || l.verdict === "boven norm").length;
  const unassessable = analysis.lines.filter((l) => l.verdict === "niet te beoordelen").length;
  const summary = `Toewijzingsrapport gemaakt: ${countText(groups, "combinatie", "combinaties")} van jaar en gemeente, ${countText(below, "toets", "toetsen")} buiten de norm${unassessable > 0 ? `, ${countText(unassessable, "toets", "toetsen")} niet te beoordelen` : ""}, ${countText(analysis.failing.length, "rij", "rijen")} buiten de norm`;
  return { sheet: g.toSheet(ALLOCATION_REPORT_SHEET, [26, 18, 26]), analysis, warnings, summary };
}
