/** Small catalogues for the checklist tests: v1.0.0, and v1.1.0 that drops one item and adds two. */
import type { Catalogue, CatalogueItem } from "../../src/core/checklist/types";

const src = { file: "001_test.txt", section: "§3.1" };

export const itemA: CatalogueItem = {
  id: "fysiek.grondbeleid", part: "fysiek", title: "Grondbeleid", explanation: "Wie de grond heeft, bepaalt het aandeel sociale huur.",
  actors: ["gemeente"], source: src,
};
export const itemB: CatalogueItem = {
  id: "fysiek.verkoop", part: "fysiek", title: "Verkoop van sociale huurwoningen", explanation: "Onderzoekers zijn sceptisch.",
  actors: ["corporatie"], caution: "Stuurkracht gaat verloren.", source: src,
};
export const itemC: CatalogueItem = {
  id: "sociaal.onderwijs", part: "sociaal", title: "Menging in het onderwijs", explanation: "Scholen zijn sterk gesegregeerd door schoolkeuze.",
  actors: ["gemeente", "anders"], source: src,
};
export const itemD: CatalogueItem = {
  id: "precisie.doelen", part: "precisie", step: 1, title: "Bewustzijn en overeenstemming over doelen", explanation: "Waarom, waarvoor en hoe mengen?",
  actors: ["gemeente", "corporatie"], source: src,
};
export const itemNew1: CatalogueItem = {
  id: "economisch.werk", part: "economisch", title: "Werk en inkomen", explanation: "Begeleiding naar werk voor bewoners.",
  actors: ["gemeente"], source: src,
};
export const itemNew2: CatalogueItem = {
  id: "waarschuwingen.verdringing", part: "waarschuwingen", title: "Verdringing (waterbedeffect)", explanation: "Volg waar vertrekkende bewoners heen gaan.",
  actors: ["gemeente", "corporatie"], source: src,
};

export const CATALOGUE_V1: Catalogue = { version: "1.0.0", items: [itemD, itemA, itemB, itemC] };
/** v1.1.0: "fysiek.verkoop" removed, two items added. */
export const CATALOGUE_V11: Catalogue = { version: "1.1.0", items: [itemD, itemA, itemC, itemNew1, itemNew2] };
