/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/**
 * The scenario as a custom function (issue 15): the stock after a plan of sales, demolition, new build,
 * liberalisation, merging and splitting, as an area × category table of weights, so every index function can be
 * computed on it. A thin wrapper as the other functions modules: coerce (coerce.ts), call the core
 * (src/core/scenario), let `excelFunction` turn failures into Excel errors. The en-US texts live in
 * scenarioFunctions.en.ts.
 */
import { tabulate } from "../core/indices/contingency";
import { compareLabels } from "../core/indices/byArea";
import { messages } from "../core/messages";
import { endCounts, runScenario } from "../core/scenario/evaluateScenario";
import { SCENARIO_REQUIRED_COLUMNS } from "../core/scenario/scenarioRows";
import { segmentTableOf } from "../core/scenario/segmentTable";
import { isMultiCell, toOptionalNumber, toValueLookup, type Cell } from "./coerce";
import { excelFunction } from "./excelErrors";
import { readColumns } from "./segregationFunctions";

/**
 * Voorraad na een scenario: per gebied en categorie het aantal woningen na de ingrepen (verkoop, sloop, nieuwbouw, liberalisatie, samenvoegen, splitsen), als drie kolommen gebied, categorie, aantal zonder kopregel. Geef kolom 1, 2 en 3 door als gebieden, categorieën en gewichten aan elke andere MENG-functie.
 * @customfunction SCENARIO_STOCK SCENARIO.VOORRAAD
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param scenario Het scenario: kolommen gebied, ingreep, van, naar, aantal, aantal na, jaar (een kopregel mag meegenomen worden), bijvoorbeeld Mengwijzer_Scenario[#Alles].
 * @param [gewichten] Optioneel: aantal woningen per rij van de voorraad, als elke rij een groep woningen is.
 * @param [tot_jaar] Optioneel: alleen de ingrepen tot en met dit jaar tellen mee (standaard: het hele plan).
 * @param [waarden] Optioneel: uw waardenkoppeling (blad Mengwijzer_Waarden), voor segmentwoorden in het scenario.
 * @returns Tabel zonder kopregel: gebied, categorie, aantal woningen; alleen combinaties met woningen.
 */
export function scenarioStock(gebieden: any[][], categorieën: any[][], scenario: any[][], gewichten?: any[][], tot_jaar?: any, waarden?: any[][]): any[][] {
  return scenarioStockImpl(gebieden, categorieën, scenario, gewichten, tot_jaar, waarden);
}
const scenarioStockImpl = excelFunction(["gebieden", "categorieën", "scenario", "gewichten", "tot_jaar", "waarden"],
  (areas: unknown, categories: unknown, scenario: unknown, weights: unknown, untilYear: unknown, values: unknown): any[][] => {
    const c = readColumns(areas, categories, weights);
    const grid = toScenarioGrid(scenario);
    const until = toUntilYear(untilYear);
    const stock = segmentTableOf(tabulate(c.areas, c.categories, c.weights, c.rawWeight));
    const outcome = runScenario(stock, grid, { untilYear: until, values: toValueLookup(values, "segment") });
    const firstError = outcome.problems.find((p) => p.severity === "fout");
    if (firstError) throw messages.scenario.invalid(firstError.row, firstError.message, outcome.rowsWithErrors);
    const { table } = outcome.applied;
    const counts = endCounts(outcome.applied);
    const K = table.segments.length;
    const areaOrder = table.areas.map((_, a) => a).sort((x, y) => compareLabels(table.areas[x], table.areas[y]));
    const segmentOrder = table.segments.map((_, s) => s).sort((x, y) => compareLabels(table.segments[x], table.segments[y]));
    const out: any[][] = [];
    for (const a of areaOrder) {
      for (const s of segmentOrder) {
        const n = counts[a * K + s];
        if (n > 0) out.push([table.areas[a], table.segments[s], n]);
      }
    }
    if (out.length === 0) throw messages.scenario.nothingLeft();
    return out;
  },
);

/** The scenario range as rows of cells; at least the seven columns gebied … jaar. An empty plan is allowed: the stock as it is. */
function toScenarioGrid(value: unknown): Cell[][] {
  if (!Array.isArray(value) || !isMultiCell(value)) throw messages.scenario.badColumns(1, SCENARIO_REQUIRED_COLUMNS);
  const grid = (Array.isArray(value[0]) ? value : [value]) as Cell[][];
  const width = grid[0]?.length ?? 0;
  if (width < SCENARIO_REQUIRED_COLUMNS) throw messages.scenario.badColumns(width, SCENARIO_REQUIRED_COLUMNS);
  return grid;
}

function toUntilYear(value: unknown): number | undefined {
  const year = toOptionalNumber(value, "tot_jaar");
  if (year === undefined) return undefined;
  if (!Number.isInteger(year) || year < 1000 || year > 2200) throw messages.scenario.badUntilYear(year);
  return year;
}

/** This module's part of the registry (see registry.ts). */
export const scenarioFunctions = {
  SCENARIO_STOCK: scenarioStock,
};
