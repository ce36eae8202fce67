/**
 * The partner-safe variant of the scenario report (issue 15), for a workbook the corporation hands to the municipality:
 * aggregates only, no formulas, no links, small counts hidden by the partner-copy rules (partnerWorkbook.ts,
 * src/core/partner/suppression.ts).
 *
 * SHEETS. "Scenario per gebied": per area the dwellings and social-rent dwellings before and after, the share of social
 * rent, the social-rent dwellings available per year and the low-income households housed fewer, and the number of
 * interventions. "Scenario hele voorraad": the same for the whole stock, before and after each year. "Toelichting":
 * the paragraphs of the report for the whole stock and for each area whose figures are shown, and what was hidden.
 *
 * SUPPRESSION, conservative and per area row: an area is hidden whole ("<k") when any of its segment counts, before or
 * after the plan, is 1..k-1 (not only the two counts shown: the paragraph's entropy and the shares depend on all of
 * them, and the full partner copy shows them all). Every figure of a hidden row is derived from its counts (lettings =
 * rate × social rent; low-income households from the lettings), so the whole row goes. When exactly one row is hidden,
 * the column totals would give it back: the visible row with the fewest dwellings is hidden too ("x"), as the
 * complementary suppression of the full partner copy does. City-wide D, H and M are left out: with hidden areas each
 * would be one more equation on the hidden counts (the same reason the full copy hides an area's indices).
 * A stock of fewer than k dwellings gives no copy at all.
 */
import { labelKey } from "../labels";
import { checkPartnerCopy, type PersonalValues } from "../partner/partnerCopy";
import { checkK, complementText, isSmallCount, suppressedText, type SafeValue } from "../partner/suppression";
import type { ScenarioEvaluation } from "../scenario/evaluateScenario";
import { housingEffects } from "../scenario/evaluateScenario";
import type { AreaFigures, StateFigures } from "../scenario/scenarioFigures";
import { SOCIAL_RENT_SEGMENT } from "../scenario/scenarioRows";
import type { ReportCell, ReportSheet } from "./reportSheet";
import type { PartnerCheck, PartnerFinding } from "./partnerWorkbook";
import { areaParagraph } from "./scenarioSentences";
import { messages } from "../messages";

export const SCENARIO_PARTNER_FILE_NAME = "Mengwijzer scenario partnerkopie.xlsx";

/** Headers of these sheets beyond src/core/partner's whitelist ("Gebied", "Aantal: …", "Aandeel: …", "Toelichting"). */
const EXTRA_HEADERS: ReadonlyMap<string, "text" | "aggregate"> = new Map([
  ["Vrijkomend per jaar vóór", "aggregate"],
  ["Vrijkomend per jaar na", "aggregate"],
  ["Lage inkomens per jaar minder", "aggregate"],
  ["Ingrepen", "aggregate"],
  ["Stand", "text"],
  ["Vrijkomend per jaar", "aggregate"],
]);

function sheetOf(name: string, rows: SafeValue[][], formats: (string | undefined)[], readme: string[]): ReportSheet {
  return {
    name,
    readme,
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

/** Which area rows are hidden: "small" (a count 1..k-1 before or after) or "complement"; by area label. */
export function hiddenAreas(before: readonly AreaFigures[], after: readonly AreaFigures[], k: number): Map<string, "small" | "complement"> {
  const hidden = new Map<string, "small" | "complement">();
  before.forEach((b, i) => {
    const a = after[i];
    if ([...b.counts, ...a.counts, b.count, a.count].some((x) => isSmallCount(x, k))) hidden.set(b.area, "small");
  });
  if (hidden.size === 1) {
    // the totals minus the visible rows would give the one hidden row back: hide the smallest visible row too
    const candidates = before.map((b, i) => ({ area: b.area, size: Math.max(b.count, after[i].count) })).filter((x) => !hidden.has(x.area) && x.size > 0);
    candidates.sort((x, y) => x.size - y.size);
    if (candidates.length > 0) hidden.set(candidates[0].area, "complement");
  }
  return hidden;
}

export function buildScenarioPartnerSheets(e: ScenarioEvaluation, threshold: number): ReportSheet[] {
  const k = checkK(threshold);
  if (isSmallCount(e.before.total.count, k) || isSmallCount(e.end.total.count, k)) throw messages.scenario.tooSmallForPartners(k);
  const social = e.table.segments.findIndex((s) => labelKey(s) === SOCIAL_RENT_SEGMENT);
  const socialOf = (a: { counts: number[] }) => (social >= 0 ? a.counts[social] : 0);
  const hidden = hiddenAreas(e.before.areas, e.end.areas, k);
  const housing = new Map(housingEffects(e, e.end).areas.map((a) => [a.area, a.effect]));
  const interventions = new Map<string, number>();
  for (const row of e.applied.applied) interventions.set(labelKey(row.area), (interventions.get(labelKey(row.area)) ?? 0) + 1);
  const target = e.settings.targetSocialShare;

  const perArea: SafeValue[][] = [[
    "Gebied", "Aantal: woningen vóór", "Aantal: woningen na", "Aantal: sociale huur vóór", "Aantal: sociale huur na",
    "Aandeel: sociale huur vóór", "Aandeel: sociale huur na", "Vrijkomend per jaar vóór", "Vrijkomend per jaar na", "Lage inkomens per jaar minder", "Ingrepen",
  ]];
  e.before.areas.forEach((b, i) => {
    const a = e.end.areas[i];
    const why = hidden.get(b.area);
    const count = interventions.get(labelKey(b.area)) ?? 0;
    if (why) {
      const mark = why === "small" ? suppressedText(k) : complementText();
      perArea.push([b.area, ...Array<SafeValue>(9).fill(mark), count]);
      return;
    }
    const h = housing.get(b.area)!;
    perArea.push([b.area, b.count, a.count, socialOf(b), socialOf(a), b.socialShare, a.socialShare, h.lettingsBefore, h.lettingsAfter, h.lowIncomeFewer, count]);
  });
  const total = housingEffects(e, e.end).total;
  perArea.push(["Totaal", e.before.total.count, e.end.total.count, socialOf(e.before.total), socialOf(e.end.total), e.before.total.socialShare, e.end.total.socialShare, total.lettingsBefore, total.lettingsAfter, total.lowIncomeFewer, e.applied.applied.length]);

  const states: StateFigures[] = [e.before, ...e.years];
  const whole: SafeValue[][] = [["Stand", "Aantal: woningen", "Aantal: sociale huur", "Aandeel: sociale huur", "Vrijkomend per jaar", "Lage inkomens per jaar minder"]];
  for (const s of states) {
    const h = housingEffects(e, s).total;
    whole.push([s.year === null ? "vóór" : `na ${s.year}`, s.total.count, socialOf(s.total), s.total.socialShare, s.total.socialLettings, s.year === null ? 0 : h.lowIncomeFewer]);
  }

  const notes: string[] = [
    areaParagraph("De hele voorraad", [], e.before.total, e.end.total, total, target, "de voorraad"),
  ];
  const byArea = new Map<string, typeof e.applied.applied>();
  for (const row of e.applied.applied) byArea.set(labelKey(row.area), [...(byArea.get(labelKey(row.area)) ?? []), row]);
  e.before.areas.forEach((b, i) => {
    const rows = byArea.get(labelKey(b.area));
    if (!rows) return;
    if (hidden.has(b.area)) notes.push(`${b.area}: de cijfers van dit gebied zijn afgeschermd (kleine aantallen).`);
    else notes.push(areaParagraph(b.area, rows, b, e.end.areas[i], housing.get(b.area)!, target));
  });
  notes.push(
    `Mutatiegraad sociale huur: ${Math.round((e.settings.turnover.get(labelKey(SOCIAL_RENT_SEGMENT)) ?? 0) * 1000) / 10}% per jaar; aandeel lage inkomens: ${Math.round(e.settings.lowIncomeShare * 1000) / 10}%.`,
    `Een gebied waarvan een aantal woningen (vóór of na, in welk segment ook) onder ${k} ligt, staat helemaal als '<${k}'; '${complementText()}' = afgeschermd om een ander afgeschermd gebied te beschermen. D, H en M van de hele stad staan er niet in: met afgeschermde gebieden zouden ze iets over die gebieden verraden.`,
  );
  const readme = (lines: string[]) => [...lines, "Er staan geen gegevens over personen of afzonderlijke woningen in."];
  const LET = "0.0";
  return [
    sheetOf("Scenario per gebied", perArea, [undefined, "0", "0", "0", "0", "0.0%", "0.0%", LET, LET, LET, "0"], readme([
      "Per gebied: woningen en sociale huurwoningen vóór en na het scenario, vrijkomende sociale huurwoningen per jaar",
      `en hoeveel huishoudens met een laag inkomen er per jaar minder een woning kunnen krijgen. Kleine aantallen staan als '<${k}'.`,
    ])),
    sheetOf("Scenario hele voorraad", whole, [undefined, "0", "0", "0.0%", LET, LET], readme(["De hele voorraad vóór het scenario en na elk jaar ervan."])),
    sheetOf("Toelichting", [["Toelichting"], ...notes.map((n) => [n])], [], readme(["Wat het scenario doet, per gebied, en wat er is afgeschermd."])),
  ];
}

/** The partner check (src/core/partner) on these sheets, with their extra headers allowed; plus no formula or link. */
export function checkScenarioPartnerSheets(sheets: readonly ReportSheet[], personal: PersonalValues, k: number): PartnerCheck {
  const grids = sheets.map((sheet) => sheet.rows.map((row) => row.map((cell) => cell.value)));
  const core = checkPartnerCopy(grids, personal, { k });
  const findings: PartnerFinding[] = core.findings.filter((finding) => {
    const header = grids[finding.sheet]?.[0]?.[finding.column];
    const extra = typeof header === "string" ? EXTRA_HEADERS.get(header) : undefined;
    if (!extra) return true;
    if (finding.kind === "unknownColumn") return false;
    if (finding.kind === "personalValue" && finding.row > 0 && typeof finding.value === "number" && extra === "aggregate") return false;
    return true;
  });
  sheets.forEach((sheet, s) => sheet.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (cell.formula) findings.push({ kind: "formula", sheet: s, row: r, column: c, value: cell.value });
    if (cell.link) findings.push({ kind: "link", sheet: s, row: r, column: c, value: cell.value });
  })));
  return { ok: findings.length === 0, findings };
}
