/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/**
 * Custom functions for change over time and for how sure a figure is: the decomposition of a change in M and H between
 * two snapshots (segregationChange.ts), local segregation scores (localSegregation.ts), the random baseline
 * (randomBaseline.ts) and bootstrap intervals (bootstrap.ts). Thin wrappers as in segregationFunctions.ts: coerce
 * (coerce.ts), call the core, let `excelFunction` turn failures into Excel errors. The en-US texts live in
 * changeFunctions.en.ts.
 */
import { messages } from "../core/messages";
import { tabulate } from "../core/indices/contingency";
import { localSegregation as localSegregationCore } from "../core/indices/localSegregation";
import { randomBaselineOf } from "../core/indices/randomBaseline";
import { DEFAULT_DRAWS, DEFAULT_LEVEL, DEFAULT_SEED, MAX_DRAWS, bootstrapIntervalsOf } from "../core/indices/bootstrap";
import { segregationChange, type ChangeMethod } from "../core/indices/segregationChange";
import type { ChangeTerms } from "../core/indices/changeShapley";
import { labelKey } from "../core/labels";
import { toOptionalNumber, toOptionalText } from "./coerce";
import { excelFunction, toExcelError } from "./excelErrors";
import { readColumns } from "./segregationFunctions";

/** Row labels of the CHANGE block, in its order (the interaction row only for Karmel–Maclachlan). */
export const changeLabels = {
  header: ["onderdeel", "M", "H"],
  first: "eerste peiling",
  second: "tweede peiling",
  difference: "verschil",
  additions: "gebieden of categorieën erbij",
  removals: "gebieden of categorieën verdwenen",
  categories: "samenstelling naar categorie",
  areas: "grootte van de gebieden",
  interaction: "samenspel grootte en samenstelling",
  structural: "structurele verandering",
} as const;

export const localHeader = ["gebied", "aantal", "aandeel in totaal", "lokale score", "bijdrage aan M", "deel van M"] as const;
export const baselineHeader = ["index", "waargenomen", "verwacht bij toeval", "boven toeval"] as const;
export const intervalHeader = ["index", "waargenomen", "gecorrigeerd", "standaardfout", "ondergrens", "bovengrens"] as const;

/** The decomposition method from its argument: "shapley" (default) or "km" / "Karmel-Maclachlan". */
export function toChangeMethod(value: unknown): ChangeMethod {
  const text = toOptionalText(value, "methode");
  if (text === undefined) return "shapley";
  const key = labelKey(text).replace(/[\s–—-]+/g, "");
  if (key === "shapley") return "shapley";
  if (key === "km" || key === "karmelmaclachlan") return "km";
  throw messages.change.unknownMethod(text);
}

/** A finite number, or the Excel error the core would give for an undefined value (#DIV/0!). */
function orUndefined(x: number | undefined): any {
  return x !== undefined && Number.isFinite(x) ? x : toExcelError(messages.indices.singleCategory());
}

/**
 * Verandering van de segregatie tussen twee peilingen: M en H van elke peiling, het verschil, en het verschil ontleed (Shapley, of Karmel-Maclachlan) in gebieden of categorieën erbij en verdwenen, samenstelling naar categorie, grootte van de gebieden en structurele verandering.
 * @customfunction CHANGE VERANDERING
 * @param gebieden_1 Kolom met het gebied per woning in de eerste (oudste) peiling.
 * @param categorieën_1 Kolom met de categorie per woning in de eerste peiling.
 * @param gebieden_2 Kolom met het gebied per woning in de tweede peiling.
 * @param categorieën_2 Kolom met de categorie per woning in de tweede peiling.
 * @param [gewichten_1] Optioneel: aantal woningen per rij van de eerste peiling.
 * @param [gewichten_2] Optioneel: aantal woningen per rij van de tweede peiling.
 * @param [methode] Optioneel: "shapley" (standaard) of "km" (Karmel-Maclachlan).
 * @returns Tabel met een kopregel (onderdeel, M, H) en één regel per onderdeel.
 */
export function change(
  gebieden_1: any[][],
  categorieën_1: any[][],
  gebieden_2: any[][],
  categorieën_2: any[][],
  gewichten_1?: any[][],
  gewichten_2?: any[][],
  methode?: any,
): any[][] {
  return changeImpl(gebieden_1, categorieën_1, gebieden_2, categorieën_2, gewichten_1, gewichten_2, methode);
}
const changeImpl = excelFunction(["gebieden_1", "categorieën_1", "gebieden_2", "categorieën_2", "gewichten_1", "gewichten_2", "methode"], 
  (areas1: unknown, categories1: unknown, areas2: unknown, categories2: unknown, weights1: unknown, weights2: unknown, method: unknown): any[][] => {
    const first = readColumns(areas1, categories1, weights1, "gebieden_1", "categorieën_1");
    const second = readColumns(areas2, categories2, weights2, "gebieden_2", "categorieën_2");
    const d = segregationChange(first, second, toChangeMethod(method));
    return changeRows(d.m, d.h);
  },
);

/** The CHANGE block from the terms of M and H (also used by the area report). */
export function changeRows(m: ChangeTerms, h: ChangeTerms): any[][] {
  const row = (label: string, pick: (t: ChangeTerms) => number | undefined) => [label, orUndefined(pick(m)), orUndefined(pick(h))];
  const rows: any[][] = [
    [...changeLabels.header],
    row(changeLabels.first, (t) => t.first),
    row(changeLabels.second, (t) => t.second),
    row(changeLabels.difference, (t) => t.difference),
    row(changeLabels.additions, (t) => t.additions),
    row(changeLabels.removals, (t) => t.removals),
    row(changeLabels.categories, (t) => t.categories),
    row(changeLabels.areas, (t) => t.areas),
  ];
  if (m.interaction !== undefined) rows.push(row(changeLabels.interaction, (t) => t.interaction));
  rows.push(row(changeLabels.structural, (t) => t.structural));
  return rows;
}

/**
 * Lokale segregatie per gebied: de lokale score L (hoe ver de samenstelling van het gebied van het geheel afligt) en de bijdrage aandeel × L aan M. De bijdragen tellen op tot M. Gebieden op naam gesorteerd.
 * @customfunction LOCAL_SEGREGATION LOKALESEGREGATIE
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns Tabel met een kopregel en één regel per gebied.
 */
export function localSegregation(gebieden: any[][], categorieën: any[][], gewichten?: any[][]): any[][] {
  return localSegregationImpl(gebieden, categorieën, gewichten);
}
const localSegregationImpl = excelFunction(["gebieden", "categorieën", "gewichten"], (areas: unknown, categories: unknown, weights: unknown): any[][] => {
  const c = readColumns(areas, categories, weights);
  const rows = localSegregationCore(c.areas, c.categories, c.weights, c.rawWeight);
  let M = 0;
  for (const r of rows) M += r.contribution;
  const out: any[][] = [[...localHeader]];
  for (const r of rows) out.push([r.area, r.count, r.share, r.score, r.contribution, M > 0 ? r.contribution / M : toExcelError(messages.change.zeroM())]);
  return out;
});

/**
 * Toevalswaarde van D, H en M: de waarde die elke index gemiddeld heeft als dezelfde gebiedsgroottes en categorietotalen willekeurig verdeeld worden (exact berekend), naast de waargenomen waarde en het deel boven toeval.
 * @customfunction RANDOM_BASELINE TOEVAL
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij (hele aantallen).
 * @param [groep] Optioneel: een categorie; D is dan de dissimilariteit van die groep tegenover de rest. Zonder groep: D_M over alle categorieën.
 * @returns Tabel met een kopregel en de regels D, H en M.
 */
export function randomBaseline(gebieden: any[][], categorieën: any[][], gewichten?: any[][], groep?: any): any[][] {
  return randomBaselineImpl(gebieden, categorieën, gewichten, groep);
}
const randomBaselineImpl = excelFunction(["gebieden", "categorieën", "gewichten", "groep"], (areas: unknown, categories: unknown, weights: unknown, group: unknown): any[][] => {
  const c = readColumns(areas, categories, weights);
  const table = tabulate(c.areas, c.categories, c.weights, c.rawWeight);
  const b = randomBaselineOf(table, toOptionalText(group, "groep") ?? null);
  return [
    [...baselineHeader],
    [b.dLabel, b.d.observed, b.d.expected, b.d.corrected],
    ["H", b.h.observed, b.h.expected, b.h.corrected],
    ["M", b.m.observed, b.m.expected, b.m.corrected],
  ];
});

/**
 * Bootstrap-betrouwbaarheidsintervallen voor D, H en M: de waargenomen waarde, de voor vertekening gecorrigeerde waarde, de standaardfout en de onder- en bovengrens. Met startwaarde reproduceerbaar.
 * @customfunction CONFIDENCE_INTERVAL INTERVAL
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij (hele aantallen).
 * @param [groep] Optioneel: een categorie; D is dan de dissimilariteit van die groep tegenover de rest. Zonder groep: D_M over alle categorieën.
 * @param [trekkingen] Optioneel: aantal bootstrap-trekkingen, 10 tot 10000 (standaard 500).
 * @param [betrouwbaarheid] Optioneel: betrouwbaarheid van het interval, tussen 0,5 en 1 (standaard 0,95).
 * @param [startwaarde] Optioneel: startwaarde van de toevalsgenerator, een geheel getal (standaard 1); dezelfde startwaarde geeft hetzelfde interval.
 * @returns Tabel met een kopregel en de regels D, H en M.
 */
export function confidenceInterval(
  gebieden: any[][],
  categorieën: any[][],
  gewichten?: any[][],
  groep?: any,
  trekkingen?: any,
  betrouwbaarheid?: any,
  startwaarde?: any,
): any[][] {
  return confidenceIntervalImpl(gebieden, categorieën, gewichten, groep, trekkingen, betrouwbaarheid, startwaarde);
}
const confidenceIntervalImpl = excelFunction(["gebieden", "categorieën", "gewichten", "groep", "trekkingen", "betrouwbaarheid", "startwaarde"], 
  (areas: unknown, categories: unknown, weights: unknown, group: unknown, draws: unknown, level: unknown, seed: unknown): any[][] => {
    const c = readColumns(areas, categories, weights);
    const n = toOptionalNumber(draws, "trekkingen") ?? DEFAULT_DRAWS;
    if (!Number.isInteger(n) || n < 10 || n > MAX_DRAWS) throw messages.change.badDraws(n, MAX_DRAWS);
    const conf = toOptionalNumber(level, "betrouwbaarheid") ?? DEFAULT_LEVEL;
    if (!(conf > 0.5 && conf < 1)) throw messages.change.badLevel(conf);
    const s = toOptionalNumber(seed, "startwaarde") ?? DEFAULT_SEED;
    if (!Number.isInteger(s) || s < 0 || s > 4294967295) throw messages.change.badSeed(s);
    const table = tabulate(c.areas, c.categories, c.weights, c.rawWeight);
    const r = bootstrapIntervalsOf(table, toOptionalText(group, "groep") ?? null, { draws: n, level: conf, seed: s });
    const line = (label: string, x: typeof r.d) => [label, x.observed, orUndefined(x.corrected), orUndefined(x.standardError), orUndefined(x.lower), orUndefined(x.upper)];
    return [[...intervalHeader], line(r.dLabel, r.d), line("H", r.h), line("M", r.m)];
  },
);

/** This module's part of the registry (see registry.ts). */
export const changeFunctions = {
  CHANGE: change,
  LOCAL_SEGREGATION: localSegregation,
  RANDOM_BASELINE: randomBaseline,
  CONFIDENCE_INTERVAL: confidenceInterval,
};
