/**
 * The area report's vitality section over the input table the pane made (issue 16; vitalitySheet.ts): per area the
 * latest year's three points, score and oordeel, and the change since its previous year; the areas at or above the
 * threshold first (vitalitySummary.ts).
 *
 * Live but cheap, and safe when the user sorts the input table: per area ONE built-in XMATCH finds its row in the
 * table by (gebied, niveau, jaar), in a helper column at the right; the points, score and oordeel are INDEX into the
 * table's columns at that row (structured references, so moved columns and the user's own columns do not matter).
 * No custom function is called here: the table's own formulas computed the points. The order of the areas is that of
 * the moment the report was made (a note says so).
 */
import { structuredColumnRef } from "./formulaText";
import type { SheetGrid } from "./sheetGrid";
import { summariseVitality, type AreaVitality, type VitalityData } from "../vitality/vitalitySummary";
import { VITALITY_SHEET, VITALITY_TABLE, vitalityHeader, type VitalityKey } from "../vitality/vitalitySheet";
import { columnLetters } from "../mapping/cells";

const HEADERS = [
  "gebied", "niveau", "jaar", "punten leefbaarheid", "punten organisatiekracht", "punten veerkracht", "vitaliteitsscore", "oordeel",
  "vorig jaar", "score vorig jaar", "verandering", "status", "rij in invoer", "rij vorig jaar",
] as const;
const COL = Object.fromEntries(HEADERS.map((h, i) => [h, i])) as Record<(typeof HEADERS)[number], number>;

const ref = (key: VitalityKey) => structuredColumnRef(VITALITY_TABLE, vitalityHeader(key));

function a1(row: number, column: number, absoluteColumn = false): string {
  return `${absoluteColumn ? "$" : ""}${columnLetters(column)}${row + 1}`;
}

/** XMATCH of the table row with this gebied, niveau and the year in `yearCell`. */
function rowMatch(row: number, yearCell: string): string {
  return `XMATCH(1,(${ref("area")}=${a1(row, COL.gebied, true)})*(${ref("level")}=${a1(row, COL.niveau, true)})*(${ref("year")}=${yearCell}))`;
}

function pick(key: VitalityKey, rowCell: string): string {
  return `IF(ISNUMBER(${rowCell}),INDEX(${ref(key)},${rowCell}),"")`;
}

/** Writes the section from `top`; returns the next free row. Warnings get the rows that could not be computed. */
export function writeVitalitySection(g: SheetGrid, top: number, data: VitalityData, warnings: string[]): number {
  let row = top;
  const areas = summariseVitality(data);
  const signalling = areas.filter((a) => a.signals);
  g.text(row, 0, "Vitaliteit", true);
  g.text(row, 1, `Uit de tabel ${VITALITY_TABLE} (blad ${VITALITY_SHEET}); per gebied het laatste jaar en de verandering sinds het jaar ervoor. Drempel: ${data.threshold}.`);
  row++;
  g.text(row, 0, signalling.length > 0
    ? `Nader bekijken: ${signalling.length} ${signalling.length === 1 ? "gebied" : "gebieden"} met een score van ${data.threshold} of meer (bovenaan).`
    : "Geen gebied heeft in het laatste jaar een score op of boven de drempel.");
  g.text(row, 1, "De volgorde is die van het moment van maken; de punten en scores rekenen mee als u de invoer aanpast. De punten zijn de eigen uitwerking van Mengwijzer (zie het invoerblad).");
  row++;
  HEADERS.forEach((h, c) => g.text(row, c, h, true));
  row++;
  for (const area of areas) {
    writeAreaRow(g, row, area);
    const problems = area.latest.outcome.problems;
    if (problems.length > 0) warnings.push(`Vitaliteit ${area.area} (${area.latest.record.year}, rij ${area.latest.record.sheetRow}): ${problems.join(" ")}`);
    row++;
  }
  if (areas.length === 0) {
    g.text(row, 0, "De tabel heeft nog geen rij met een gebied en een jaar.");
    row++;
  }
  return row + 1;
}

function writeAreaRow(g: SheetGrid, row: number, area: AreaVitality): void {
  const { latest, previous } = area;
  const rowCell = a1(row, COL["rij in invoer"], true);
  const previousCell = a1(row, COL["rij vorig jaar"], true);
  g.text(row, COL.gebied, area.area);
  g.text(row, COL.niveau, area.level);
  g.value(row, COL.jaar, latest.record.year);
  g.formula(row, COL["rij in invoer"], [rowMatch(row, a1(row, COL.jaar, true))], latest.record.index + 1);
  const o = latest.outcome;
  g.formula(row, COL["punten leefbaarheid"], [pick("livability", rowCell)], o.livability ?? null);
  g.formula(row, COL["punten organisatiekracht"], [pick("organisation", rowCell)], o.organisation ?? null);
  g.formula(row, COL["punten veerkracht"], [pick("resilience", rowCell)], o.resilience ?? null);
  g.formula(row, COL.vitaliteitsscore, [pick("score", rowCell)], o.score ?? null);
  g.formula(row, COL.oordeel, [pick("flag", rowCell)], o.flag ?? null);
  g.formula(row, COL.status, [pick("status", rowCell)], area.status);
  if (previous) {
    g.value(row, COL["vorig jaar"], previous.record.year);
    g.formula(row, COL["rij vorig jaar"], [rowMatch(row, a1(row, COL["vorig jaar"], true))], previous.record.index + 1);
    g.formula(row, COL["score vorig jaar"], [pick("score", previousCell)], previous.outcome.score ?? null);
    const score = a1(row, COL.vitaliteitsscore);
    const before = a1(row, COL["score vorig jaar"]);
    g.formula(row, COL.verandering, [`IF(AND(ISNUMBER(${score}),ISNUMBER(${before})),${score}-${before},"")`], area.change, "+0;-0;0");
  } else {
    g.text(row, COL["vorig jaar"], "geen");
  }
}
