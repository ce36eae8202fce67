/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/**
 * Custom functions for mix and segregation (indices.md). Each is a thin wrapper: coerce what Excel passes, call the
 * pure core, and let `excelFunction` turn failures into Excel errors. The JSDoc blocks are the source of functions.json
 * (custom-functions-metadata-plugin); names and descriptions here are Dutch, the en-US names live in mixFunctions.en.ts.
 */
import { share as shareCore } from "../core/indices/share";
import { excelFunction } from "./excelErrors";
import { toLabels, toRequiredText, toWeights } from "./coerce";

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
const shareImpl = excelFunction((categories: unknown, group: unknown, weights: unknown): number => {
  const labels = toLabels(categories, "categorieën");
  const w = toWeights(weights, labels.length, "categorieën");
  return shareCore(labels, toRequiredText(group, "categorie"), w && w.weights);
});

/** This module's part of the registry (see registry.ts). */
export const compositionFunctions = {
  SHARE: share,
};
