/**
 * The allocation report, sheet "Mengwijzer_Toewijzing": per year and gemeente the priority quota, the income check and
 * the fit check (rules.md §1–3, §10) with share, norm, verdict and headroom, and the rows outside the income or fit
 * norm listed with a link to the row in the source table.
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
import { fitCheck } from "../allocation/fitCheck";
import { incomeCheck } from "../allocation/incomeCheck";
import type { AllocationCheckResult } from "../allocation/shareVerdict";
import { priorityCheck, type PriorityCheckResult } from "../allocation/priorityQuota";
import { compareLabels } from "../indices/byArea";
import { cellText, isBlankCell } from "../mapping/cells";
import type { AllocationRole } from "../mapping/columnRoles";
import type { ColumnMapping } from "../mapping/headerDetection";
import type { LocatedTable } from "../mapping/tableLocator";
import { amountField, dateField, flagField, numberField } from "../cellFields";
import type { ReportSheet } from "./reportSheet";
import { COUNT_FORMAT, SHARE_FORMAT, SheetGrid } from "./sheetGrid";
import { columnReferencer, type SourcePlace } from "./sourceReference";

export const ALLOCATION_REPORT_SHEET = "Mengwijzer_Toewijzing";
export const NO_MUNICIPALITY = "(geen gemeente)";

export type CheckKind = "voorrang" | "inkomen" | "passend";

export const CHECK_LABELS: Record<CheckKind, string> = {
  voorrang: "Voorrang (maximum)",
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
  /** Dutch error text when the check could not run (e.g. no norms for the year). */
  error: string | null;
}

export interface FailingRow {
  check: CheckKind;
  year: number;
  municipality: string;
  sheetRow: number;
}

export interface AllocationAnalysis {
  lines: CheckLine[];
  failing: FailingRow[];
  /** Checks that could not run for want of a column, with the missing column labels. */
  missing: Partial<Record<CheckKind, string[]>>;
  /** Rows whose date could not be read (not placed in a year). */
  undated: number;
  rowCount: number;
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

/** Runs the three checks per year × gemeente on a located allocations table. */
export function analyseAllocations(table: LocatedTable, mapping: ColumnMapping): AllocationAnalysis {
  const col = (role: AllocationRole): number | null => mapping.roles[role]?.columnIndex ?? null;
  const dateColumn = col("allocationDate");
  const municipalityColumn = col("municipality");
  const missing: Partial<Record<CheckKind, string[]>> = {};
  const need = (check: CheckKind, roles: [AllocationRole, string][]) => {
    const absent = roles.filter(([role]) => col(role) === null).map(([, label]) => label);
    if (absent.length > 0) missing[check] = absent;
  };
  need("voorrang", [["allocationGround", "toewijzingsgrond"], ["allocationDate", "datum toewijzing"]]);
  need("inkomen", [["householdIncome", "huishoudinkomen"], ["householdSize", "huishoudgrootte"], ["allocationDate", "datum toewijzing"]]);
  need("passend", [["allocationRent", "kale huur"], ["householdSize", "huishoudgrootte"], ["rentAllowanceEligible", "huurtoeslaggerechtigd"], ["allocationDate", "datum toewijzing"]]);

  // group rows by year × gemeente
  const groups = new Map<string, { year: number; municipality: string; rows: number[]; dates: CalendarDate[] }>();
  let undated = 0;
  if (dateColumn !== null) {
    table.rows.forEach((row, r) => {
      const date = dateField(row.cells[dateColumn]);
      if (date === "blank" || date === "unreadable") {
        undated++;
        return;
      }
      const municipality = municipalityColumn === null || isBlankCell(row.cells[municipalityColumn]) ? NO_MUNICIPALITY : cellText(row.cells[municipalityColumn]);
      const key = `${date.year}|${municipality.toLocaleLowerCase("nl-NL")}`;
      let group = groups.get(key);
      if (!group) {
        group = { year: date.year, municipality, rows: [], dates: [] };
        groups.set(key, group);
      }
      group.rows.push(r);
      group.dates.push(date);
    });
  }
  const ordered = [...groups.values()].sort((a, b) => a.year - b.year || compareLabels(a.municipality, b.municipality));
  const lines: CheckLine[] = [];
  const failing: FailingRow[] = [];
  for (const group of ordered) {
    const cells = (column: number | null) => group.rows.map((r) => (column === null ? null : table.rows[r].cells[column]));
    const labels = group.rows.map((r) => String(table.rows[r].sheetRow));
    const dates: DateField[] = group.dates;
    const base = { check: "voorrang" as CheckKind, year: group.year, municipality: group.municipality };
    const failed = (check: CheckKind, error: unknown): CheckLine => ({
      ...base, check, judged: 0, passing: 0, share: null, norm: null, verdict: "niet berekend", headroom: null, notRead: 0,
      error: error instanceof Error ? error.message : String(error),
    });
    if (!missing.voorrang) {
      try {
        const result: PriorityCheckResult = priorityCheck({
          grounds: cells(col("allocationGround")).map((c) => (isBlankCell(c) ? null : cellText(c))),
          dates, year: group.year, rowLabels: labels,
        });
        lines.push({ ...base, check: "voorrang", judged: result.total, passing: result.priority, share: result.share, norm: result.maximum,
          verdict: result.verdict, headroom: result.total === 0 ? null : result.headroom, notRead: result.rows.notRead, error: null });
      } catch (error) {
        lines.push(failed("voorrang", error));
      }
    }
    const minimumLine = (check: "inkomen" | "passend", run: () => AllocationCheckResult) => {
      try {
        const result = run();
        const judged = result.rows.judged;
        const passing = result.rows.passing;
        lines.push({ ...base, check, judged, passing, share: result.share, norm: result.norm, verdict: result.verdict,
          headroom: result.norm === null || judged === 0 ? null : passing - ceilOfProduct(result.norm * judged), notRead: result.rows.notRead, error: null });
        for (const label of result.rows.failingLabels) failing.push({ check, year: group.year, municipality: group.municipality, sheetRow: Number(label) });
      } catch (error) {
        lines.push(failed(check, error));
      }
    };
    if (!missing.inkomen) {
      minimumLine("inkomen", () => incomeCheck({
        incomes: cells(col("householdIncome")).map(amountField), householdSizes: cells(col("householdSize")).map(numberField),
        dates, year: group.year, rowLabels: labels,
      }));
    }
    if (!missing.passend) {
      minimumLine("passend", () => fitCheck({
        rents: cells(col("allocationRent")).map(amountField), householdSizes: cells(col("householdSize")).map(numberField),
        eligible: cells(col("rentAllowanceEligible")).map(flagField), dates, year: group.year, rowLabels: labels,
      }));
    }
  }
  return { lines, failing, missing, undated, rowCount: table.rows.length };
}

export const ALLOCATION_HEADERS = ["jaar", "gemeente", "toets", "beoordeeld", "voldoet", "aandeel", "norm", "oordeel", "ruimte", "niet gelezen"];

export function buildAllocationReport(table: LocatedTable, mapping: ColumnMapping, place: SourcePlace, sourceLabel: string): AllocationReport {
  const analysis = analyseAllocations(table, mapping);
  const referencer = columnReferencer(place, table);
  const warnings: string[] = [];
  const g = new SheetGrid();
  g.text(0, 0, "Mengwijzer – toewijzingen", true);
  g.text(1, 0, "Bron");
  g.text(1, 1, `${sourceLabel}: ${countText(analysis.rowCount, "rij", "rijen")}`);
  g.text(2, 0, "Statisch");
  g.text(2, 1, "statisch: uitkomsten van het moment van maken, per jaar en gemeente; maak het rapport opnieuw via het taakvenster als de toewijzingen veranderen.");
  g.text(3, 0, "Ruimte");
  g.text(3, 1, "Voorrang: zoveel toewijzingen met voorrang passen nog binnen het maximum. Inkomen en passend: zoveel toewijzingen hadden nog buiten de norm mogen vallen (negatief: zoveel te weinig binnen de norm).");
  let row = 4;
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
    if (line.error) {
      g.text(row, 10, line.error);
      warnings.push(`${CHECK_LABELS[line.check]} ${line.year} ${line.municipality}: ${line.error}`);
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
  const groups = new Set(analysis.lines.map((l) => `${l.year}|${l.municipality}`)).size;
  const below = analysis.lines.filter((l) => l.verdict === "onder norm" || l.verdict === "boven norm").length;
  const summary = `Toewijzingsrapport gemaakt: ${countText(groups, "combinatie", "combinaties")} van jaar en gemeente, ${countText(below, "toets", "toetsen")} buiten de norm, ${countText(analysis.failing.length, "rij", "rijen")} buiten de norm`;
  return { sheet: g.toSheet(ALLOCATION_REPORT_SHEET, [26, 18, 26]), analysis, warnings, summary };
}
