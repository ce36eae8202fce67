/**
 * The partner-safe copy as report sheets (a new workbook the corporation may hand to the municipality): the area
 * tables per buurt, wijk and gemeente (with the total), the allocation groups per year × gemeente × check, the
 * checklist per area, and "Over deze kopie". No row-level data, no income, household, age, VHE or address columns, no
 * formulas, no links.
 *
 * PROTECTION (src/core/partner/protectedCopy.ts): all tables are suppressed together, over their links (buurt ⊂ wijk ⊂
 * gemeente, judged = passing + failing, verdicts), and audited by linear programming before anything is written; a copy
 * that fails the audit is not made. Labels go through the label policy (labelPolicy.ts). Shares, indices and headroom
 * are computed from the published numbers only, and only when all of them are visible.
 *
 * THE CHECK (`checkPartnerSheets`) runs as well, as a second and independent line: src/core/partner's
 * checkPartnerCopy on every sheet (unknown or personal columns, small counts, values of the source rows' personal
 * fields), with this module's few extra headers whitelisted, plus: no formula and no link in any cell.
 */
import type { CellValue } from "../mapping/cells";
import { isBlankCell } from "../mapping/cells";
import { checkPartnerCopy, type CopyCheck, type CopyFinding, type PersonalValues } from "../partner/partnerCopy";
import type { PartnerStock } from "../partner/areaHierarchy";
import { normalisedEntropy } from "../indices/entropy";
import { protectCopy, publishedCell, type ProtectedCopy, type ProtectionOptions } from "../partner/protectedCopy";
import { SOCIAL_RENT } from "./areaReport";
import { CHECK_LABELS, type CheckLine } from "./allocationReport";
import type { ReportCell, ReportSheet } from "./reportSheet";
import type { RowAccount } from "../rows/rowAccount";
import { rowTexts } from "../messages/rows";
import { VITALITY_PARTNER_HEADERS, VITALITY_PARTNER_SHEET, vitalityPartnerReadme, vitalityPartnerRows } from "./partnerVitality";
import { summariseVitality, type VitalityData } from "../vitality/vitalitySummary";
import { AREA_LEVELS, STATUS_REMOVED } from "../vitality/vitalitySheet";
import { partnerPolicyTexts } from "../messages/partner";

export const PARTNER_FILE_NAME = "Mengwijzer partnerkopie.xlsx";
export const ABOUT_SHEET = "Over deze kopie";

export interface ChecklistLine {
  area: string;
  part: string;
  item: string;
  status: string;
  owner: string | null;
}

export interface PartnerInput {
  options: ProtectionOptions;
  stock: PartnerStock | null;
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

export interface PartnerSheets {
  sheets: ReportSheet[];
  copy: ProtectedCopy;
  /** Pane lines: labels replaced by a neutral label, and why. */
  labelNotes: string[];
}

/** Headers of this module's sheets beyond src/core/partner's whitelist, with how their numbers are read. */
const EXTRA_HEADERS: ReadonlyMap<string, "text" | "aggregate"> = new Map([
  ["Jaar", "aggregate"],
  ["Wijk", "text"],
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
  [ABOUT_SHEET, "text"],
]);

export const JUDGED_HEADER = "Aantal: beoordeelde toewijzingen";
export const PASSING_HEADER = "Aantal: voldoet";
export const FAILING_HEADER = "Aantal: voldoet niet";
export const PASSING_SHARE_HEADER = "Aandeel: voldoet";
export const WITHHELD_VERDICT = "verborgen";

type Value = string | number | null;

/** The "Lees mij" lines of each partner sheet: what it shows, and that nothing in it is about a person. */
const NOTHING_PERSONAL = "Er staan geen gegevens over personen of afzonderlijke woningen in.";
const HIDDEN = (k: number) => `Aantallen onder ${k} staan als '<${k}'; '${ABOUT_SHEET}' legt '<${k}', 'x' en '.' uit.`;
const PER_LEVEL = { buurt: "Per buurt", wijk: "Per wijk", gemeente: "Per gemeente", totaal: "In totaal" } as const;

function sheetOf(name: string, rows: Value[][], formats: (string | undefined)[] = [], readme?: string[]): ReportSheet {
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

const LEVEL_SHEET = { buurt: "Buurten", wijk: "Wijken", gemeente: "Gemeenten", totaal: "Totaal" } as const;
const PARENT_HEADER = { buurt: "Wijk", wijk: "Gemeente", gemeente: null, totaal: null } as const;

function areaSheets(copy: ProtectedCopy, target: number): ReportSheet[] {
  const segs = copy.segments;
  const social = segs.indexOf(SOCIAL_RENT);
  const sheets: ReportSheet[] = [];
  const tables = copy.areaTables;
  // the total row goes under the highest level's sheet
  const totalTable = tables.find((t) => t.level === "totaal");
  for (const table of tables) {
    if (table.level === "totaal") continue;
    const parentHeader = PARENT_HEADER[table.level];
    const withParent = parentHeader !== null && table.parentLabels.some((p) => p !== "" && p !== "Totaal");
    const rowsOf = [...table.cells.map((ids, a) => ({ label: table.labels[a], parent: table.parentLabels[a], ids }))];
    const isTop = tables.indexOf(table) === tables.length - (totalTable ? 2 : 1);
    if (isTop && totalTable) rowsOf.push({ label: "Totaal", parent: "", ids: totalTable.cells[0] });
    const head = (h: string[]) => ["Gebied", ...(withParent ? [parentHeader as string] : []), ...h];
    const lead = (r: { label: string; parent: string }): Value[] => [r.label, ...(withParent ? [r.parent === "Totaal" ? "" : r.parent] : [])];
    const published = rowsOf.map((r) => r.ids.map((id) => publishedCell(copy, id)));
    const prefix = LEVEL_SHEET[table.level];
    const per = PER_LEVEL[table.level];
    const readme = (what: string) => [what, HIDDEN(copy.k), NOTHING_PERSONAL];
    sheets.push(sheetOf(`${prefix} aantallen`, [
      head(["Aantal", ...segs.map((s) => `Aantal: ${s}`)]),
      ...rowsOf.map((r, i) => [...lead(r), published[i][segs.length], ...published[i].slice(0, segs.length)]),
    ], [], readme(`${per} het aantal woningen, in totaal en per segment.`)));
    // Shares and indices from the published numbers only, when every number they need is visible.
    const numeric = (v: string | number): v is number => typeof v === "number";
    const shareRows = rowsOf.map((r, i) => {
      const total = published[i][segs.length];
      return [...lead(r), ...segs.map((_, s) => (numeric(total) && total > 0 && numeric(published[i][s]) ? (published[i][s] as number) / total : null))];
    });
    sheets.push(sheetOf(`${prefix} aandelen`, [head(segs.map((s) => `Aandeel: ${s}`)), ...shareRows], [undefined, ...(withParent ? [undefined] : []), ...segs.map(() => "0.0%")],
      readme(`${per} het aandeel van elk segment; leeg als een aantal ervoor verborgen is.`)));
    const indexRows = rowsOf.map((r, i) => {
      const row = published[i];
      const complete = row.every(numeric) && (row[segs.length] as number) > 0;
      if (!complete) return [...lead(r), null, null, null];
      const counts = row.slice(0, segs.length) as number[];
      const total = counts.reduce((a, b) => a + b, 0);
      if (total <= 0) return [...lead(r), null, null, null];
      const simpson = 1 - counts.reduce((a, c) => a + (c / total) ** 2, 0);
      const gap = social >= 0 ? Math.abs(counts[social] / total - target) : null;
      return [...lead(r), normalisedEntropy(counts, total, segs.length), simpson, gap];
    });
    const f = [undefined, ...(withParent ? [undefined] : []), "0.000", "0.000", "0.000"];
    sheets.push(sheetOf(`${prefix} indices`, [head(["Entropie", "Diversiteit (Gini-Simpson)", "Doelafstand"]), ...indexRows], f,
      [`${per} de entropie (0 = één segment, 1 = alle even groot) en de diversiteit,`, "en de afstand tot het doel voor sociale huur.", HIDDEN(copy.k), NOTHING_PERSONAL]));
  }
  return sheets;
}

function allocationSheet(copy: ProtectedCopy): ReportSheet {
  const rows: Value[][] = [["Jaar", "Gemeente", "Toets", JUDGED_HEADER, PASSING_HEADER, FAILING_HEADER, PASSING_SHARE_HEADER, "Norm", "Oordeel", "Ruimte"]];
  for (const view of copy.allocations) {
    const { line } = view;
    const head: Value[] = [line.year, view.gemeente, CHECK_LABELS[line.check]];
    if (line.error) {
      rows.push([...head, null, null, null, null, line.norm, "niet berekend", null]);
      continue;
    }
    if (!view.cells) {
      rows.push([...head, 0, 0, 0, null, line.norm, line.verdict, null]);
      continue;
    }
    const [p, f, j] = view.cells.map((id) => publishedCell(copy, id));
    const allVisible = typeof p === "number" && typeof j === "number" && typeof f === "number";
    const share = allVisible && (j as number) > 0 ? (p as number) / (j as number) : null;
    const verdictShown = view.statement < 0 || copy.pattern.statementShown[view.statement];
    // headroom is exact by nature: only with every count visible and unrounded
    const headroom = allVisible && !copy.options.roundToFive ? line.headroom : null;
    rows.push([...head, j, p, f, share, line.norm, verdictShown ? line.verdict : WITHHELD_VERDICT, headroom]);
  }
  return sheetOf("Toewijzingen", rows, [undefined, undefined, undefined, "0", "0", "0", "0.0%", "0.0%", undefined, "0"], [
    "Per jaar, gemeente en toets: het aantal beoordeelde toewijzingen,",
    "hoeveel wel en niet aan de norm voldoen,",
    "de wettelijke norm en het oordeel.",
    HIDDEN(copy.k),
    NOTHING_PERSONAL,
  ]);
}

function aboutLines(copy: ProtectedCopy, input: PartnerInput, hasAllocations: boolean): string[] {
  const k = copy.k;
  const a = copy.audit;
  const count = (mark: string) => copy.pattern.marks.filter((m) => m === mark).length;
  const lines = [
    "Deze kopie bevat alleen opgetelde aantallen per gebied (en per jaar, gemeente en toets); geen gegevens over afzonderlijke woningen, huurders of huishoudens.",
    `Drempel: ${k}. '<${k}' betekent: 1 tot en met ${k - 1}. 'x' betekent: verborgen om een klein aantal elders te beschermen; het echte aantal is ${k} of meer. '.' betekent: deel van een verborgen klein totaal; het echte aantal is 0 of meer. Een 0 is echt 0.`,
    "De tabellen hangen samen (buurt ligt in wijk, wijk in gemeente; beoordeeld = voldoet + voldoet niet) en zijn samen afgeschermd, zodat ook optellen en aftrekken over tabellen heen geen verborgen aantal teruggeeft.",
    `Controle vóór het maken (lineaire programmering over alles wat in deze kopie staat en deze regels): ${a.intervals.length} verborgen cellen doorgerekend in ${a.components} samenhangende groepen; ${count("small")} keer '<${k}', ${count("open")} keer '.', ${count("complement")} keer 'x'. Regel: van elke '<${k}'-cel en elke '.'-cel moet alles van 1 tot en met ${k - 1} mogelijk blijven. Uitkomst: ${a.pass ? "geslaagd" : "niet geslaagd"} (${a.intervals.filter((i) => i.pass && i.mark !== "complement").length} van ${a.intervals.filter((i) => i.mark !== "complement").length} beschermde cellen voldoen).`,
  ];
  if (copy.options.roundToFive) lines.push("Zichtbare aantallen zijn afgerond op 5 (0 blijft 0); totalen zijn apart afgerond en hoeven daardoor niet precies op te tellen. Aandelen en indices zijn berekend uit de afgeronde aantallen.");
  if (copy.options.wijkOnly) lines.push("Op verzoek alleen wijken: de kopie bevat geen buurtcijfers.");
  if (hasAllocations) lines.push(`Toewijzingen: per jaar, gemeente en toets. Bij voorrang telt 'voldoet' de toewijzingen met voorrang. Een oordeel staat als '${WITHHELD_VERDICT}' als het samen met de norm een verborgen aantal zou verraden (${copy.withheldVerdicts} keer). De norm is de wettelijke norm van het jaar. De ruimte staat er alleen als alle aantallen van de regel zichtbaar ${copy.options.roundToFive ? "en niet afgerond " : ""}zijn.`);
  lines.push(`Aandelen, entropie, diversiteit en doelafstand (doel ${Math.round(input.targetSocialShare * 1000) / 10}% ${SOCIAL_RENT}) staan er alleen als alle aantallen waaruit ze volgen zichtbaar zijn.`);
  lines.push(`Labels: alleen CBS-codes, de vaste segmenten en door de corporatie bevestigde gebieds- en gemeentenamen; ${copy.labels.replacedCount} andere label(s) staan als neutraal label (bijvoorbeeld 'gebied 1').`);
  if (copy.leftOut > 0) lines.push(`Niet meegeteld: ${copy.leftOut} woning(en) zonder buurt, wijk, gemeente of segment.`);
  lines.push("Wie twee kopieën van een veranderende voorraad naast elkaar legt, kan soms een klein aantal terugvinden (zie de handleiding, 'Analyses'); afronden op 5 maakt dat kleiner.");
  return lines;
}

/**
 * The first sheet: per source the rows read, the rows in the source and the skipped rows by reason (no values, no row
 * numbers: those belong to the corporation's own report). Counts of rows are not about a group of people, so they are
 * not suppressed.
 */
function rowsSheet(accounts: readonly { source: string; account: RowAccount }[], notes: string[]): ReportSheet {
  const rows: Value[][] = [["Bron", "Reden", "Aantal rijen"]];
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

/** The partner sheets, protected and audited; throws (#VALUE!, Dutch) when the threshold is refused or the audit fails. */
export function buildPartnerSheets(input: PartnerInput): PartnerSheets {
  const copy = protectCopy({ stock: input.stock, allocations: input.allocations }, input.options);
  const sheets: ReportSheet[] = [];
  const rowNotes: string[] = [];
  if (input.rowAccounts && input.rowAccounts.length > 0) sheets.push(rowsSheet(input.rowAccounts, rowNotes));
  const stockLine = rowsReadLine(input.rowAccounts, "Voorraad");
  if (input.stock) sheets.push(...areaSheets(copy, input.targetSocialShare).map((sheet) => withRowsRead(sheet, stockLine)));
  const hasAllocations = !!input.allocations && input.allocations.length > 0;
  if (hasAllocations) sheets.push(withRowsRead(allocationSheet(copy), rowsReadLine(input.rowAccounts, "Toewijzingen")));
  const vitality = input.vitality ? summariseVitality(input.vitality) : [];
  const vitalityNotes: string[] = [];
  if (vitality.length > 0) {
    const shown = vitality.filter((a) => !copy.options.wijkOnly || a.level === "wijk");
    const rows = vitalityPartnerRows(shown).map((row, r) => {
      if (r === 0) return row;
      const area = shown[r - 1];
      // labels are data too: the area through the label policy, the level and the status only from their vocabularies
      const status = area.status === "" || area.status === STATUS_REMOVED ? area.status || null : null;
      if (area.status !== "" && status === null) vitalityNotes.push(partnerPolicyTexts.statusLeftOut(area.status, STATUS_REMOVED));
      return [copy.labels.publish(area.area, "area", "vitaliteit-gebied"), (AREA_LEVELS as readonly string[]).includes(area.level) ? area.level : null, ...row.slice(2, -1), status];
    });
    const formats = [undefined, undefined, "0", "0", "0", "0", "0", undefined, "0", "+0;-0;0"];
    if (shown.length > 0) sheets.push(sheetOf(VITALITY_PARTNER_SHEET, rows, formats, vitalityPartnerReadme(input.vitality!.threshold)));
  }
  if (input.checklist && input.checklist.length > 0) {
    const rows: Value[][] = [["Gebied", "Onderdeel", "Item", "Status", "Eigenaar"]];
    for (const line of input.checklist) rows.push([copy.labels.publish(line.area, "area", "checklist-gebied"), line.part, line.item, line.status, line.owner]);
    sheets.push(sheetOf("Checklist", rows, [], [
      "Per gebied de instrumenten van de checklist, met status en eigenaar.",
      "Toelichtingen en namen staan er niet in: die kunnen persoonlijke opmerkingen bevatten.",
    ]));
  }
  const about = [...rowNotes, ...aboutLines(copy, input, hasAllocations)];
  if (vitality.length > 0) about.push("Vitaliteit: per gebied de punten, de score en het oordeel van het laatste jaar en de verandering sinds het jaar ervoor; het zijn oordelen over gebieden, niet over personen, en ze zijn niet afgeschermd. De invoer erachter (overlastmaat, grenzen) staat er niet in.");
  if (input.checklist && input.checklist.length > 0) about.push("Checklist: per gebied het instrument, de status en de eigenaar. De toelichtingen en wie iets wijzigde staan er niet in: die kunnen persoonlijke opmerkingen bevatten.");
  sheets.push(sheetOf(ABOUT_SHEET, [[ABOUT_SHEET], ...about.map((line) => [line])], [], ["Wat er verborgen is, waarom, en de uitkomst van de controle.", NOTHING_PERSONAL]));
  return { sheets, copy, labelNotes: [...copy.labels.notes, ...vitalityNotes] };
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
