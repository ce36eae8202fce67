/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/**
 * Custom functions for segregation across areas and over scales (indices.md): multigroup dissimilarity, Theil's H,
 * mutual information M, the scale decomposition of M and the per-area table. Thin wrappers as in mixFunctions.ts:
 * coerce what Excel passes (coerce.ts), call the pure core, let `excelFunction` turn failures into Excel errors.
 * Names and descriptions here are Dutch; the en-US texts live in segregationFunctions.en.ts.
 */
import type { Label } from "../core/labels";
import { messages } from "../core/messages";
import { byArea as byAreaCore } from "../core/indices/byArea";
import { dissimilarityMulti as dissimilarityMultiCore } from "../core/indices/dissimilarityMulti";
import { mutualInformation as mutualInformationCore } from "../core/indices/mutualInformation";
import { scaleDecomposition } from "../core/indices/scaleDecomposition";
import { theil as theilCore } from "../core/indices/theil";
import { requireSameSize, toAreaLabels, toCategoryLabels, toWeights } from "./coerce";
import { excelFunction, toExcelError } from "./excelErrors";

export interface AreaColumns {
  areas: Label[];
  categories: Label[];
  weights: Float64Array | null;
  rawWeight: (row: number) => unknown;
}

/** The area, category and optional weight ranges, checked to be of one size. */
export function readColumns(areas: unknown, categories: unknown, weights: unknown, areaName = "gebieden", categoryName = "categorieën"): AreaColumns {
  const areaLabels = toAreaLabels(areas, areaName);
  const categoryLabels = toCategoryLabels(categories, categoryName);
  requireSameSize(areaName, areaLabels, categoryName, categoryLabels);
  const w = toWeights(weights, categoryLabels.length, categoryName);
  return {
    areas: areaLabels,
    categories: categoryLabels,
    weights: w && w.weights,
    rawWeight: (row) => w?.raw[row],
  };
}

/**
 * Meergroeps-dissimilariteit D_M (0 tot 1): welk deel van de woningen zou moeten verhuizen om elk gebied de samenstelling van het geheel te geven, ten opzichte van het maximum.
 * @customfunction DISSIMILARITY_MULTI DISSIMILARITEIT.MULTI
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns D_M, 0 tot 1.
 */
export function dissimilarityMulti(gebieden: any[][], categorieën: any[][], gewichten?: any[][]): number {
  return dissimilarityMultiImpl(gebieden, categorieën, gewichten);
}
const dissimilarityMultiImpl = excelFunction(["gebieden", "categorieën", "gewichten"], (areas: unknown, categories: unknown, weights: unknown): number => {
  const c = readColumns(areas, categories, weights);
  return dissimilarityMultiCore(c.areas, c.categories, c.weights, c.rawWeight);
});

/**
 * Theil-index H (0 tot 1): welk deel van de diversiteit van het geheel binnen de gebieden gemiddeld verloren gaat.
 * @customfunction THEIL THEIL
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns H, 0 tot 1.
 */
export function theil(gebieden: any[][], categorieën: any[][], gewichten?: any[][]): number {
  return theilImpl(gebieden, categorieën, gewichten);
}
const theilImpl = excelFunction(["gebieden", "categorieën", "gewichten"], (areas: unknown, categories: unknown, weights: unknown): number => {
  const c = readColumns(areas, categories, weights);
  return theilCore(c.areas, c.categories, c.weights, c.rawWeight);
});

/**
 * Mutuele-informatie-index M (in nats, 0 tot ln K): segregatie die optelbaar is over schaalniveaus.
 * @customfunction MUTUAL_INFO MUTUELEINFORMATIE
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns M in nats.
 */
export function mutualInfo(gebieden: any[][], categorieën: any[][], gewichten?: any[][]): number {
  return mutualInfoImpl(gebieden, categorieën, gewichten);
}
const mutualInfoImpl = excelFunction(["gebieden", "categorieën", "gewichten"], (areas: unknown, categories: unknown, weights: unknown): number => {
  const c = readColumns(areas, categories, weights);
  return mutualInformationCore(c.areas, c.categories, c.weights, c.rawWeight);
});

/** Dutch labels of the SCALE block, in the order of indices.md. */
export const scaleLabels = ["M totaal", "M tussen grove gebieden", "M binnen grove gebieden", "aandeel binnen"] as const;

/**
 * Schaalontleding van M: totaal, tussen de grove gebieden, binnen de grove gebieden en het aandeel binnen. Geeft een blok van 4 rijen × 2 kolommen (label, waarde).
 * @customfunction SCALE SCHAAL
 * @param fijne_gebieden Kolom met het fijne gebied per woning, bijvoorbeeld complex of buurt.
 * @param grove_gebieden Kolom met het grove gebied per woning, bijvoorbeeld de wijk; elk fijn gebied ligt in één grof gebied.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns Blok met label en waarde: M totaal, M tussen, M binnen, aandeel binnen.
 */
export function scale(fijne_gebieden: any[][], grove_gebieden: any[][], categorieën: any[][], gewichten?: any[][]): any[][] {
  return scaleImpl(fijne_gebieden, grove_gebieden, categorieën, gewichten);
}
const scaleImpl = excelFunction(["fijne_gebieden", "grove_gebieden", "categorieën", "gewichten"], (fine: unknown, coarse: unknown, categories: unknown, weights: unknown): any[][] => {
  const c = readColumns(fine, categories, weights, "fijne_gebieden");
  const coarseLabels = toAreaLabels(coarse, "grove_gebieden");
  requireSameSize("fijne_gebieden", c.areas, "grove_gebieden", coarseLabels);
  const d = scaleDecomposition(c.areas, coarseLabels, c.categories, c.weights, c.rawWeight);
  const share = d.withinShare === null ? toExcelError(messages.indices.noSegregation()) : d.withinShare;
  return [
    [scaleLabels[0], d.total],
    [scaleLabels[1], d.between],
    [scaleLabels[2], d.within],
    [scaleLabels[3], share],
  ];
});

/**
 * Samenstelling per gebied: per gebied het aantal, het aandeel van elke categorie, de entropie (met het aantal categorieën van het hele bereik), de locatiequotiënt van elke categorie, de lokale segregatiescore en de bijdrage aan M. Gebieden op naam gesorteerd.
 * @customfunction BY_AREA PERGEBIED
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns Tabel met een kopregel en één regel per gebied.
 */
export function byArea(gebieden: any[][], categorieën: any[][], gewichten?: any[][]): any[][] {
  return byAreaImpl(gebieden, categorieën, gewichten);
}
const byAreaImpl = excelFunction(["gebieden", "categorieën", "gewichten"], (areas: unknown, categories: unknown, weights: unknown): any[][] => {
  const c = readColumns(areas, categories, weights);
  const table = byAreaCore(c.areas, c.categories, c.weights, c.rawWeight);
  const header: any[] = [
    "gebied",
    "aantal",
    ...table.groups.map((g) => `aandeel ${g}`),
    "entropie",
    ...table.groups.map((g) => `LQ ${g}`),
    "lokale score",
    "bijdrage aan M",
  ];
  const out: any[][] = [header];
  for (const row of table.rows) out.push([row.area, row.count, ...row.shares, row.entropy, ...row.lq, row.localScore, row.contribution]);
  return out;
});

/** This module's part of the registry (see registry.ts). */
export const segregationFunctions = {
  DISSIMILARITY_MULTI: dissimilarityMulti,
  THEIL: theil,
  MUTUAL_INFO: mutualInfo,
  SCALE: scale,
  BY_AREA: byArea,
};
