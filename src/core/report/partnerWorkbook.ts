/**
 * The partner-safe copy as report sheets (a new workbook the corporation may hand to the municipality): the area
 * report's aggregates per buurt and per wijk, the allocation verdicts per year × gemeente, and the checklist per area.
 * No row-level data, no income, household, age, VHE or address columns, no formulas, no links.
 *
 * SUPPRESSION (threshold k, default 5): every cell that describes fewer than k dwellings or allocations reads "<k".
 *  - Area sheets: src/core/partner (suppression.ts, partnerCopy.ts) — primary and complementary suppression of the
 *    counts, and every share, LQ, entropy and target gap derived from a hidden count.
 *  - Allocation verdicts: a year × gemeente × check with 1..k-1 judged allocations is hidden whole (also its verdict);
 *    otherwise, when the passing or the failing allocations number 1..k-1, the share and the headroom are hidden (with
 *    the count judged, either one gives the small count back). The norm is the public legal norm and stays.
 *  - Checklist: item, status and eigenaar per area — aggregate by nature (the area's own choices). Left out: the
 *    toelichting (free text that may hold remarks about tenants), who changed it (a person's name) and when.
 *
 * THE CHECK (`checkPartnerSheets`) runs before anything is written: src/core/partner's checkPartnerCopy on every sheet
 * (unknown or personal columns, small counts, values of the source rows' personal fields), with this module's few
 * extra headers whitelisted, plus: no formula and no link in any cell.
 */
import type { AreaTable } from "../indices/byArea";
import type { CellValue } from "../mapping/cells";
import { isBlankCell } from "../mapping/cells";
import { areaReportFromAreaTable } from "../partner/fromByArea";
import { buildPartnerCopy, checkPartnerCopy, type CopyCheck, type CopyFinding, type PersonalValues } from "../partner/partnerCopy";
import { checkK, complementText, isSmallCount, suppressedText, type SafeValue } from "../partner/suppression";
import type { AreaReport as PartnerAreaReport } from "../partner/suppression";
import { SOCIAL_RENT, socialIndex } from "./areaReport";
import { CHECK_LABELS, type CheckLine } from "./allocationReport";
import type { ReportCell, ReportSheet } from "./reportSheet";
import type { RowAccount } from "../rows/rowAccount";
import { rowTexts } from "../messages/rows";
import { VITALITY_PARTNER_HEADERS, VITALITY_PARTNER_SHEET, vitalityPartnerReadme, vitalityPartnerRows } from "./partnerVitality";
import { summariseVitality, type VitalityData } from "../vitality/vitalitySummary";

export const PARTNER_FILE_NAME = "Mengwijzer partnerkopie.xlsx";

export interface ChecklistLine {
  area: string;
  part: string;
  item: string;
  status: string;
  owner: string | null;
}

export interface PartnerInput {
  k: number;
  buurten: AreaTable | null;
  wijken: AreaTable | null;
  targetSocialShare: number;
  allocations: CheckLine[] | null;
  checklist: ChecklistLine[] | null;
  /** The row accounts of the sources the copy was made from ("Voorraad", "Toewijzingen"): shown first, by reason only. */
  rowAccounts?: { source: string; account: RowAccount }[];
  /** The vitality input table (issue 16): its per-area scores go in as one sheet. */
  vitality?: VitalityData | null;
}

export const ROWS_SHEET = "Gelezen rijen";
export const ROWS_READ_REASON = "rijen gelezen";
export const ROWS_TOTAL_REASON = "rijen in de bron";

/** Headers of this module's sheets beyond src/core/partner's whitelist, with how their numbers are read. */
const EXTRA_HEADERS: ReadonlyMap<string, "text" | "aggregate"> = new Map([
  ["Jaar", "aggregate"],
  ["Gemeente", "text"],
  ["Toets", "text"],
  ["Norm", "aggregate"],
  ["Oordeel", "text"],
  ["Ruimte", "aggregate"],
  ["Onderdeel", "text"],
  ["Item", "text"],
  ["Status", "text"],
  ["Eigenaar", "text"],
  ["Bron", "text"],
  ["Reden", "text"],
  ["Aantal rijen", "aggregate"],
  ...VITALITY_PARTNER_HEADERS,
]);

export const JUDGED_HEADER = "Aantal: beoordeelde toewijzingen";
export const PASSING_SHARE_HEADER = "Aandeel: voldoet";

/** The "Lees mij" lines of each partner sheet: what it shows, and that nothing in it is about a person. */
const NOTHING_PERSONAL = "Er staan geen gegevens over personen of afzonderlijke woningen in.";
const HIDDEN = (k: number) => `Aantallen onder ${k} staan als '<${k}'; het blad Toelichting zegt waarom.`;
function areaReadme(level: "buurt" | "wijk", kind: string, k: number): string[] {
  const per = level === "buurt" ? "Per buurt" : "Per wijk";
  const what: Record<string, string[]> = {
    aantallen: [`${per} het aantal woningen, in totaal en per segment.`],
    aandelen: [`${per} het aandeel van elk segment in de woningen van dat gebied.`],
    indices: [
      `${per} de entropie: 0 = één segment, 1 = alle segmenten even groot.`,
      "LQ per segment: 1 = zoveel als in de hele stad. Afstand tot doel: voor sociale huur.",
    ],
  };
  return [...(what[kind] ?? [`${per}: ${kind}.`]), HIDDEN(k), NOTHING_PERSONAL];
}

function sheetOf(name: string, rows: SafeValue[][], formats: (string | undefined)[] = [], readme?: string[]): ReportSheet {
  return {
    name,
    ...(readme ? { readme } : {}),
    rows: rows.map((row, r) =>
      row.map((value, c): ReportCell => {
        const cell: ReportCell = { value };
        if (r === 0) cell.bold = true;
        else if (typeof value === "number" && formats[c]) cell.numberFormat = formats[c];
        return cell;
      }),
    ),
    charts: [],
  };
}

function areaSheets(table: AreaTable, level: "buurt" | "wijk", k: number, target: number): { sheets: ReportSheet[]; notes: string[] } {
  const report: PartnerAreaReport = areaReportFromAreaTable(table, { unit: "woningen", level, dimension: "segment" });
  const m = socialIndex(table.groups);
  const withGap: PartnerAreaReport = {
    ...report,
    rows: report.rows.map((row, i) => ({
      ...row,
      metrics: { ...row.metrics, ...(m >= 0 ? { targetGap: Math.abs(table.rows[i].shares[m] - target) } : {}) },
    })),
  };
  const copy = buildPartnerCopy(withGap, { k });
  const prefix = level === "buurt" ? "Buurten" : "Wijken";
  const sheets: ReportSheet[] = [];
  const notes: string[] = [];
  for (const sheet of copy.sheets) {
    if (sheet.name === "Toelichting") {
      notes.push(...sheet.rows.slice(1).map((row) => String(row[0] ?? "")));
      continue;
    }
    const format = sheet.name === "Aantallen" ? "0" : sheet.name === "Aandelen" ? "0.0%" : "0.000";
    const kind = sheet.name.toLowerCase();
    sheets.push(sheetOf(`${prefix} ${kind}`, sheet.rows, sheet.rows[0].map((_, c) => (c === 0 ? undefined : format)), areaReadme(level, kind, k)));
  }
  return { sheets, notes };
}

/** One allocation line with its small-group suppression applied. */
export function safeAllocationLine(line: CheckLine, k: number): SafeValue[] {
  const hide = suppressedText(k);
  const head: SafeValue[] = [line.year, line.municipality, CHECK_LABELS[line.check]];
  if (line.error) return [...head, null, null, line.norm, "niet berekend", null];
  if (isSmallCount(line.judged, k)) return [...head, hide, hide, line.norm, hide, hide];
  const smallPart = isSmallCount(line.passing, k) || isSmallCount(line.judged - line.passing, k);
  return [
    ...head,
    line.judged,
    smallPart ? hide : line.share,
    line.norm,
    line.verdict,
    smallPart ? hide : line.headroom,
  ];
}

/**
 * The first sheet: per source the rows read, the rows in the source and the skipped rows by reason (no values, no row
 * numbers: those belong to the corporation's own report). Counts of rows are not about a group of people, so they are
 * not suppressed.
 */
function rowsSheet(accounts: readonly { source: string; account: RowAccount }[], notes: string[]): ReportSheet {
  const rows: SafeValue[][] = [["Bron", "Reden", "Aantal rijen"]];
  for (const { source, account } of accounts) {
    rows.push([source, ROWS_READ_REASON, account.read], [source, ROWS_TOTAL_REASON, account.total]);
    for (const reason of account.byReason()) rows.push([source, `overgeslagen: ${reason.text}`, reason.count]);
    notes.push(`${source}: ${rowTexts.rowsRead(account.read, account.total)}.${account.needsWarning ? ` ${rowTexts.skippedWarning(account.skipped, account.total, false)}` : ""}`);
  }
  return sheetOf(ROWS_SHEET, rows, [undefined, undefined, "0"], [
    "Per bron: hoeveel rijen zijn gelezen, hoeveel rijen de bron heeft,",
    "en waarom rijen zijn overgeslagen (alleen de reden en het aantal).",
  ]);
}

/** The "rijen gelezen N van M" line of a source, put at the top of each sheet made from it. */
function rowsReadLine(accounts: readonly { source: string; account: RowAccount }[] | undefined, source: string): string | null {
  const found = accounts?.find((a) => a.source === source);
  return found ? `${source}: ${rowTexts.rowsRead(found.account.read, found.account.total)}.` : null;
}

/** Puts the source's rows-read line first in the "Lees mij" block of the sheets made from it. */
function withRowsRead(sheet: ReportSheet, line: string | null): ReportSheet {
  return line === null ? sheet : { ...sheet, readme: [line, ...(sheet.readme ?? [])] };
}

export function buildPartnerSheets(input: PartnerInput): ReportSheet[] {
  const k = checkK(input.k);
  const sheets: ReportSheet[] = [];
  const notes: string[] = [];
  if (input.rowAccounts && input.rowAccounts.length > 0) sheets.push(rowsSheet(input.rowAccounts, notes));
  const stockLine = rowsReadLine(input.rowAccounts, "Voorraad");
  for (const [table, level] of [[input.buurten, "buurt"], [input.wijken, "wijk"]] as const) {
    if (!table || table.rows.length === 0) continue;
    const part = areaSheets(table, level, k, input.targetSocialShare);
    sheets.push(...part.sheets.map((sheet) => withRowsRead(sheet, stockLine)));
    notes.push(...part.notes.filter((n) => !notes.includes(n)));
  }
  if (input.allocations && input.allocations.length > 0) {
    const rows: SafeValue[][] = [["Jaar", "Gemeente", "Toets", JUDGED_HEADER, PASSING_SHARE_HEADER, "Norm", "Oordeel", "Ruimte"]];
    for (const line of input.allocations) rows.push(safeAllocationLine(line, k));
    sheets.push(
      withRowsRead(
        sheetOf("Toewijzingen", rows, [undefined, undefined, undefined, "0", "0.0%", "0.0%", undefined, "0"], [
          "Per jaar, gemeente en toets: het aantal beoordeelde toewijzingen,",
          "het deel dat aan de norm voldoet, de wettelijke norm en het oordeel.",
          HIDDEN(k),
          NOTHING_PERSONAL,
        ]),
        rowsReadLine(input.rowAccounts, "Toewijzingen"),
      ),
    );
    notes.push(
      `Toewijzingen: per jaar, gemeente en toets. Een groep van minder dan ${k} toewijzingen staat als '<${k}'; als minder dan ${k} toewijzingen wel of niet aan de norm voldoen, staan het aandeel en de ruimte als '<${k}'. De norm is de wettelijke norm van het jaar.`,
    );
  }
  const vitality = input.vitality ? summariseVitality(input.vitality) : [];
  if (vitality.length > 0) {
    const formats = [undefined, undefined, "0", "0", "0", "0", "0", undefined, "0", "+0;-0;0"];
    sheets.push(sheetOf(VITALITY_PARTNER_SHEET, vitalityPartnerRows(vitality), formats, vitalityPartnerReadme(input.vitality!.threshold)));
    notes.push("Vitaliteit: per gebied de punten, de score en het oordeel van het laatste jaar en de verandering sinds het jaar ervoor; het zijn oordelen over gebieden, niet over personen, en ze zijn niet afgeschermd. De invoer erachter (overlastmaat, grenzen) staat er niet in.");
  }
  if (input.checklist && input.checklist.length > 0) {
    const rows: SafeValue[][] = [["Gebied", "Onderdeel", "Item", "Status", "Eigenaar"]];
    for (const line of input.checklist) rows.push([line.area, line.part, line.item, line.status, line.owner]);
    sheets.push(
      sheetOf("Checklist", rows, [], [
        "Per gebied de instrumenten van de checklist, met status en eigenaar.",
        "Toelichtingen en namen staan er niet in: die kunnen persoonlijke opmerkingen bevatten.",
      ]),
    );
    notes.push("Checklist: per gebied het instrument, de status en de eigenaar. De toelichtingen en wie iets wijzigde staan er niet in: die kunnen persoonlijke opmerkingen bevatten.");
  }
  notes.push(`Doel voor de afstand tot doel: ${Math.round(input.targetSocialShare * 1000) / 10}% ${SOCIAL_RENT}.`);
  notes.push(`'${complementText()}' = verborgen om een andere verborgen cel te beschermen.`);
  sheets.push(sheetOf("Toelichting", [["Toelichting"], ...notes.map((n) => [n])], [], ["Uitleg bij de bladen van deze kopie: wat er verborgen is en waarom.", NOTHING_PERSONAL]));
  return sheets;
}

export type PartnerFindingKind = CopyFinding["kind"] | "formula" | "link";

export interface PartnerFinding extends Omit<CopyFinding, "kind"> {
  kind: PartnerFindingKind;
}

export interface PartnerCheck {
  ok: boolean;
  findings: PartnerFinding[];
}

/** The sheets' values as plain grids (row 0 = headers), as checkPartnerCopy reads them. */
export function partnerGrids(sheets: readonly ReportSheet[]): CellValue[][][] {
  return sheets.map((sheet) => sheet.rows.map((row) => row.map((cell) => cell.value)));
}

/** Checks the partner sheets before they are written (see the module comment). */
export function checkPartnerSheets(sheets: readonly ReportSheet[], personal: PersonalValues, k: number): PartnerCheck {
  const grids = partnerGrids(sheets);
  const core: CopyCheck = checkPartnerCopy(grids, personal, { k });
  const findings: PartnerFinding[] = core.findings.filter((finding) => {
    const header = grids[finding.sheet]?.[0]?.[finding.column];
    const extra = typeof header === "string" ? EXTRA_HEADERS.get(header) : undefined;
    if (!extra) return true;
    if (finding.kind === "unknownColumn") return false;
    if (finding.kind === "personalValue" && finding.row > 0 && typeof finding.value === "number" && extra === "aggregate") return false;
    return true;
  });
  sheets.forEach((sheet, s) =>
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula) findings.push({ kind: "formula", sheet: s, row: r, column: c, value: cell.value });
        if (cell.link) findings.push({ kind: "link", sheet: s, row: r, column: c, value: cell.value });
      }),
    ),
  );
  return { ok: findings.length === 0, findings };
}

/** Dutch one-line description of a finding, for the error the service throws. */
export function describeFinding(sheets: readonly ReportSheet[], finding: PartnerFinding): string {
  const where = `blad '${sheets[finding.sheet]?.name ?? finding.sheet}', rij ${finding.row + 1}, kolom ${finding.column + 1}`;
  const what: Record<PartnerFindingKind, string> = {
    unknownColumn: "kolom die niet in een partnerkopie mag",
    personalColumn: "kolom met persoonsgegevens",
    smallCount: "aantal onder de drempel",
    personalValue: "waarde uit de brongegevens",
    formula: "formule",
    link: "koppeling",
  };
  const value = isBlankCell(finding.value) ? "" : ` (${String(finding.value)})`;
  return `${what[finding.kind]} in ${where}${finding.kind === "personalValue" ? "" : value}`;
}
