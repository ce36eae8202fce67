/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell values. */
/**
 * Custom functions for the vitality score (rules.md §7): the score, its verdict and the three point helpers.
 * Every argument is one cell: each function scores one area, and the user fills the formula down a column of areas
 * (one row per buurt or wijk). A range of several cells is refused with a message that says so.
 */
import { livabilityPoints } from "../core/vitality/livabilityPoints";
import { organisationPoints } from "../core/vitality/organisationPoints";
import { resiliencePoints } from "../core/vitality/resiliencePoints";
import { DEFAULT_THRESHOLD, vitalityFlag } from "../core/vitality/vitalityFlag";
import { vitalityScore } from "../core/vitality/vitalityScore";
import { messages } from "../core/messages";
import { excelFunction } from "./excelErrors";
import { isBlankCell, readYesNo } from "../core/cellReaders";
import { isMultiCell, toNumber, toScalarCell, type Cell } from "./coerce";

const POINTS_ALLOWED = "1, 2 of 3 punten";

/** One cell of a scalar argument, or #VALUE! for a blank cell or a range of several cells. */
function oneCell(value: unknown, name: string, allowed: string): Cell {
  if (isMultiCell(value)) throw messages.vitality.notOneCell(name);
  const cell = toScalarCell(value);
  if (isBlankCell(cell)) throw messages.vitality.missing(name, allowed);
  return cell;
}

/** A number from one cell; `onText` makes the error for a cell that is not a number. */
function numberCell(value: unknown, name: string, allowed: string, onText: (cell: Cell) => Error): number {
  const cell = oneCell(value, name, allowed);
  const n = typeof cell === "boolean" ? NaN : toNumber(cell);
  if (Number.isNaN(n)) throw onText(cell);
  return n;
}

function pointsCell(value: unknown, name: string): number {
  return numberCell(value, name, POINTS_ALLOWED, (cell) => messages.vitality.badPoints(name, cell));
}

/** A yes/no cell. A 0 counts as empty (an empty cell some desktop builds pass as 0), so it asks for WAAR or ONWAAR. */
function presenceCell(value: unknown, name: string): boolean {
  const cell = oneCell(value, name, "WAAR of ONWAAR");
  if (cell === 0) throw messages.vitality.missing(name, "WAAR of ONWAAR");
  const flag = readYesNo(cell);
  if (flag === null) throw messages.vitality.badPresence(name, cell);
  return flag;
}

/**
 * Vitaliteitsscore van een gebied: leefbaarheid × organisatiekracht × veerkracht (elk 1 tot 3 punten, 3 = meeste zorg).
 * @customfunction VITALITY VITALITEIT
 * @param leefbaarheid Punten leefbaarheid (1, 2 of 3), bijvoorbeeld uit MENG.PUNTEN.LEEFBAARHEID.
 * @param organisatiekracht Punten organisatiekracht (1, 2 of 3), bijvoorbeeld uit MENG.PUNTEN.ORGANISATIEKRACHT.
 * @param veerkracht Punten veerkracht (1, 2 of 3), bijvoorbeeld uit MENG.PUNTEN.VEERKRACHT.
 * @returns Score 1 tot 27; hoe hoger, hoe meer zorg.
 */
export function vitalityFunction(leefbaarheid: any, organisatiekracht: any, veerkracht: any): number {
  return vitalityImpl(leefbaarheid, organisatiekracht, veerkracht);
}
const vitalityImpl = excelFunction(["leefbaarheid", "organisatiekracht", "veerkracht"], (livability: unknown, organisation: unknown, resilience: unknown): number =>
  vitalityScore(
    pointsCell(livability, "leefbaarheid"),
    pointsCell(organisation, "organisatiekracht"),
    pointsCell(resilience, "veerkracht"),
  ),
);

/**
 * Oordeel over een vitaliteitsscore: "nader bekijken" vanaf de drempel (standaard 9), anders "geen signaal".
 * @customfunction VITALITY_FLAG VITALITEIT.OORDEEL
 * @param score Vitaliteitsscore 1 tot 27 (uitkomst van MENG.VITALITEIT).
 * @param [drempel] Optioneel: score vanaf waar een gebied nader bekeken wordt; standaard 9.
 * @returns "nader bekijken" of "geen signaal".
 */
export function vitalityFlagFunction(score: any, drempel?: any): string {
  return vitalityFlagImpl(score, drempel);
}
const vitalityFlagImpl = excelFunction(["score", "drempel"], (scoreArg: unknown, thresholdArg: unknown): string => {
  const score = numberCell(scoreArg, "score", "een geheel getal van 1 tot en met 27", (cell) => messages.vitality.badScore(cell));
  let threshold = DEFAULT_THRESHOLD;
  if (isMultiCell(thresholdArg)) throw messages.vitality.notOneCell("drempel");
  const thresholdCell = toScalarCell(thresholdArg);
  if (!isBlankCell(thresholdCell)) {
    threshold = typeof thresholdCell === "boolean" ? NaN : toNumber(thresholdCell);
    if (Number.isNaN(threshold)) throw messages.vitality.badThreshold(thresholdCell);
  }
  return vitalityFlag(score, threshold);
});

/**
 * Punten leefbaarheid uit de Leefbaarometer-klasse: klasse 1–4 geeft 3 punten, 5–6 geeft 2, 7–9 geeft 1. Deze indeling is een eigen uitwerking van Mengwijzer, niet van de bron van de vitaliteitsscore.
 * @customfunction LIVABILITY_POINTS PUNTEN.LEEFBAARHEID
 * @param klasse Leefbaarometer-klasse, 1 (zeer onvoldoende) tot en met 9 (uitstekend).
 * @returns 1, 2 of 3 punten (3 = meeste zorg).
 */
export function livabilityPointsFunction(klasse: any): number {
  return livabilityImpl(klasse);
}
const livabilityImpl = excelFunction(["klasse"], (classArg: unknown): number =>
  livabilityPoints(
    numberCell(classArg, "klasse", "een Leefbaarometer-klasse van 1 tot en met 9", (cell) => messages.vitality.badLivabilityClass(cell)),
  ),
);

/**
 * Punten organisatiekracht: wijkraad én wijkregisseur geeft 1, één van beide 2, geen van beide 3. Deze indeling is een eigen uitwerking van Mengwijzer.
 * @customfunction ORGANISATION_POINTS PUNTEN.ORGANISATIEKRACHT
 * @param wijkraad WAAR als er een wijkraad is (ja/nee en 1/0 mogen ook).
 * @param wijkregisseur WAAR als er een wijkregisseur is (ja/nee en 1/0 mogen ook).
 * @returns 1, 2 of 3 punten (3 = meeste zorg).
 */
export function organisationPointsFunction(wijkraad: any, wijkregisseur: any): number {
  return organisationImpl(wijkraad, wijkregisseur);
}
const organisationImpl = excelFunction(["wijkraad", "wijkregisseur"], (councilArg: unknown, directorArg: unknown): number =>
  organisationPoints(presenceCell(councilArg, "wijkraad"), presenceCell(directorArg, "wijkregisseur")),
);

/**
 * Punten veerkracht uit een overlastmaat: tot en met grens_laag 1 punt, tot en met grens_hoog 2, daarboven 3. Een eigen uitwerking van Mengwijzer; u kiest de maat en de grenzen.
 * @customfunction RESILIENCE_POINTS PUNTEN.VEERKRACHT
 * @param overlastmaat Maat voor overlast in het gebied (bijvoorbeeld meldingen per 1.000 woningen).
 * @param grens_laag Tot en met deze waarde: 1 punt.
 * @param grens_hoog Tot en met deze waarde: 2 punten; daarboven 3.
 * @returns 1, 2 of 3 punten (3 = meeste zorg).
 */
export function resiliencePointsFunction(overlastmaat: any, grens_laag: any, grens_hoog: any): number {
  return resilienceImpl(overlastmaat, grens_laag, grens_hoog);
}
const resilienceImpl = excelFunction(["overlastmaat", "grens_laag", "grens_hoog"], (measureArg: unknown, lowArg: unknown, highArg: unknown): number => {
  const measure = (value: unknown, name: string) =>
    numberCell(value, name, "een getal", (cell) => messages.vitality.badMeasure(name, cell));
  return resiliencePoints(measure(measureArg, "overlastmaat"), measure(lowArg, "grens_laag"), measure(highArg, "grens_hoog"));
});

/** This module's part of the registry (see registry.ts). */
export const vitalityFunctions = {
  VITALITY: vitalityFunction,
  VITALITY_FLAG: vitalityFlagFunction,
  LIVABILITY_POINTS: livabilityPointsFunction,
  ORGANISATION_POINTS: organisationPointsFunction,
  RESILIENCE_POINTS: resiliencePointsFunction,
};
