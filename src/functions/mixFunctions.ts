/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/**
 * Custom functions for mix and segregation (indices.md). Each is a thin wrapper: coerce what Excel passes, call the
 * pure core, and let `excelFunction` turn failures into Excel errors. The JSDoc blocks are the source of functions.json
 * (custom-functions-metadata-plugin); names and descriptions here are Dutch, the en-US names live in mixFunctions.en.ts.
 */
import type { Label } from "../core/labels";
import { tabulate, type Contingency } from "../core/indices/contingency";
import { shareOf } from "../core/indices/share";
import { entropyOf } from "../core/indices/entropy";
import { simpsonOf } from "../core/indices/simpson";
import { readTargetMix, targetGapOf } from "../core/indices/targetGap";
import { dissimilarityOf } from "../core/indices/dissimilarity";
import { isolationOf } from "../core/indices/isolation";
import { exposureOf } from "../core/indices/exposure";
import { locationQuotientOf } from "../core/indices/locationQuotient";
import { excelFunction } from "./excelErrors";
import {
  isOmitted,
  requireSameSize,
  toColumn,
  toLabel,
  toAreaLabels,
  toCategoryLabels,
  toNumber,
  toOptionalNumber,
  toRequiredText,
  toWeights,
  type Cell,
} from "./coerce";

/**
 * The contingency table of the arguments: categories, optionally areas (same size) and weights (same size). A bad
 * weight is reported with the cell as typed.
 */
function readTable(areas: unknown, categories: unknown, weights: unknown, withAreas: boolean): Contingency {
  const categoryLabels = toCategoryLabels(categories, "categorieën");
  let areaLabels: Label[] | null = null;
  if (withAreas) {
    areaLabels = toAreaLabels(areas, "gebieden");
    requireSameSize("gebieden", areaLabels, "categorieën", categoryLabels);
  }
  const w = toWeights(weights, categoryLabels.length, "categorieën");
  return w === null ? tabulate(areaLabels, categoryLabels, null) : tabulate(areaLabels, categoryLabels, w.weights, (row) => w.raw[row]);
}

/** An optional text argument: null when omitted or blank (also as a 1×1 range). */
function toOptionalText(value: unknown, name: string): string | null {
  const cell = Array.isArray(value) ? toColumn(value, name)[0] : (value as Cell);
  return isOmitted(cell) ? null : toLabel(cell);
}

/**
 * Aandeel van één categorie in de rijen (0 tot 1), optioneel gewogen met aantallen.
 * @customfunction SHARE AANDEEL
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param categorie De categorie waarvan u het aandeel wilt, bijvoorbeeld "sociale huur".
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns Aandeel 0 tot 1.
 */
export function share(categorieën: any[][], categorie: any, gewichten?: any[][]): number {
  return shareImpl(categorieën, categorie, gewichten);
}
const shareImpl = excelFunction(["categorieën", "categorie", "gewichten"], (categories: unknown, group: unknown, weights: unknown): number => {
  const table = readTable(null, categories, weights, false);
  return shareOf(table, toRequiredText(group, "categorie"));
});

/**
 * Genormaliseerde Shannon-entropie van de mix (0 = één categorie, 1 = alle categorieën even groot).
 * @customfunction ENTROPY ENTROPIE
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @param [aantal_categorieën] Optioneel: het aantal mogelijke categorieën (bijvoorbeeld 4 segmenten); standaard het aantal dat voorkomt.
 * @returns Entropie 0 tot 1.
 */
export function entropy(categorieën: any[][], gewichten?: any[][], aantal_categorieën?: any): number {
  return entropyImpl(categorieën, gewichten, aantal_categorieën);
}
const entropyImpl = excelFunction(["categorieën", "gewichten", "aantal_categorieën"], (categories: unknown, weights: unknown, categoryCount: unknown): number => {
  const table = readTable(null, categories, weights, false);
  return entropyOf(table, toOptionalNumber(categoryCount, "aantal_categorieën"));
});

/**
 * Gini-Simpson-diversiteit: de kans dat twee willekeurige woningen een andere categorie hebben.
 * @customfunction SIMPSON DIVERSITEIT
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns Diversiteit 0 tot 1 − 1/K.
 */
export function simpson(categorieën: any[][], gewichten?: any[][]): number {
  return simpsonImpl(categorieën, gewichten);
}
const simpsonImpl = excelFunction(["categorieën", "gewichten"], (categories: unknown, weights: unknown): number => {
  return simpsonOf(readTable(null, categories, weights, false));
});

/**
 * Afstand tot een doelmix: het deel van de woningen dat van categorie zou moeten wisselen om het doel te halen.
 * @customfunction TARGET_GAP DOELAFSTAND
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param doelcategorieën De categorieën van de doelmix, bijvoorbeeld "sociale huur", "middenhuur", "koop".
 * @param doelaandelen Het doelaandeel per doelcategorie (0 tot 1); samen precies 1.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns Afstand 0 tot 1 (0 = precies op doel).
 */
export function targetGap(categorieën: any[][], doelcategorieën: any[][], doelaandelen: any[][], gewichten?: any[][]): number {
  return targetGapImpl(categorieën, doelcategorieën, doelaandelen, gewichten);
}
const targetGapImpl = excelFunction(["categorieën", "doelcategorieën", "doelaandelen", "gewichten"], (categories: unknown, targetCategories: unknown, targetShares: unknown, weights: unknown): number => {
  const table = readTable(null, categories, weights, false);
  const rawShares = toColumn(targetShares, "doelaandelen");
  const target = readTargetMix(toCategoryLabels(targetCategories, "doelcategorieën"), rawShares.map(toNumber), (row) => rawShares[row]);
  return targetGapOf(table, target);
});

/**
 * Dissimilariteitsindex D van twee groepen over de gebieden (Duncan & Duncan): het deel van de groep dat zou moeten verhuizen voor een gelijke spreiding.
 * @customfunction DISSIMILARITY DISSIMILARITEIT
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param groep De groep die u vergelijkt, bijvoorbeeld "sociale huur".
 * @param [referentiegroep] Optioneel: de groep waarmee u vergelijkt; standaard alle andere categorieën samen.
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns D 0 tot 1 (0 = gelijk gespreid).
 */
export function dissimilarity(gebieden: any[][], categorieën: any[][], groep: any, referentiegroep?: any, gewichten?: any[][]): number {
  return dissimilarityImpl(gebieden, categorieën, groep, referentiegroep, gewichten);
}
const dissimilarityImpl = excelFunction(["gebieden", "categorieën", "groep", "referentiegroep", "gewichten"], (areas: unknown, categories: unknown, group: unknown, referenceGroup: unknown, weights: unknown): number => {
  const a = toRequiredText(group, "groep");
  const b = toOptionalText(referenceGroup, "referentiegroep");
  return dissimilarityOf(readTable(areas, categories, weights, true), a, b);
});

/**
 * Isolatie-index: het gemiddelde aandeel van de eigen groep in het gebied van een lid van die groep.
 * @customfunction ISOLATION ISOLATIE
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param groep De groep, bijvoorbeeld "sociale huur".
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns Isolatie van het totaalaandeel van de groep tot 1.
 */
export function isolation(gebieden: any[][], categorieën: any[][], groep: any, gewichten?: any[][]): number {
  return isolationImpl(gebieden, categorieën, groep, gewichten);
}
const isolationImpl = excelFunction(["gebieden", "categorieën", "groep", "gewichten"], (areas: unknown, categories: unknown, group: unknown, weights: unknown): number => {
  const x = toRequiredText(group, "groep");
  return isolationOf(readTable(areas, categories, weights, true), x);
});

/**
 * Blootstellingsindex: het gemiddelde aandeel van de andere groep in het gebied van een lid van de groep.
 * @customfunction EXPOSURE BLOOTSTELLING
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param groep De groep vanuit wie u kijkt, bijvoorbeeld "sociale huur".
 * @param andere_groep De groep waaraan die wordt blootgesteld, bijvoorbeeld "koop".
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns Blootstelling 0 tot 1.
 */
export function exposure(gebieden: any[][], categorieën: any[][], groep: any, andere_groep: any, gewichten?: any[][]): number {
  return exposureImpl(gebieden, categorieën, groep, andere_groep, gewichten);
}
const exposureImpl = excelFunction(["gebieden", "categorieën", "groep", "andere_groep", "gewichten"], (areas: unknown, categories: unknown, group: unknown, otherGroup: unknown, weights: unknown): number => {
  const x = toRequiredText(group, "groep");
  const y = toRequiredText(otherGroup, "andere_groep");
  return exposureOf(readTable(areas, categories, weights, true), x, y);
});

/**
 * Locatiequotiënt: het aandeel van de groep in het gebied gedeeld door het aandeel in alle gebieden samen (1 = gelijk).
 * @customfunction LOCATION_QUOTIENT LOCATIEQUOTIENT
 * @param gebieden Kolom met het gebied per woning, bijvoorbeeld de buurtcode.
 * @param categorieën Kolom met de categorie per woning, bijvoorbeeld het segment.
 * @param gebied Het gebied, bijvoorbeeld "BU03630000".
 * @param groep De groep, bijvoorbeeld "sociale huur".
 * @param [gewichten] Optioneel: aantal woningen per rij, als elke rij een groep woningen is.
 * @returns LQ vanaf 0 (1 = zelfde aandeel als het geheel).
 */
export function locationQuotient(gebieden: any[][], categorieën: any[][], gebied: any, groep: any, gewichten?: any[][]): number {
  return locationQuotientImpl(gebieden, categorieën, gebied, groep, gewichten);
}
const locationQuotientImpl = excelFunction(["gebieden", "categorieën", "gebied", "groep", "gewichten"], (areas: unknown, categories: unknown, area: unknown, group: unknown, weights: unknown): number => {
  const i = toRequiredText(area, "gebied");
  const m = toRequiredText(group, "groep");
  return locationQuotientOf(readTable(areas, categories, weights, true), i, m);
});

/** This module's part of the registry (see registry.ts). */
export const compositionFunctions = {
  SHARE: share,
  ENTROPY: entropy,
  SIMPSON: simpson,
  TARGET_GAP: targetGap,
  DISSIMILARITY: dissimilarity,
  ISOLATION: isolation,
  EXPOSURE: exposure,
  LOCATION_QUOTIENT: locationQuotient,
};
