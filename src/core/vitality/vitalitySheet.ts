/**
 * The vitality input sheet the task pane makes (issue 16): sheet "Mengwijzer_Vitaliteit" with a short Dutch
 * explanation on top, the threshold in one cell, and below it the worksheet table "MengwijzerVitaliteit" with one row
 * per area and year.
 *
 * Columns (found by their header, so the user may sort the table, move columns or add their own):
 *  - keys: gebied, niveau (buurt/wijk), jaar;
 *  - inputs: leefbaarometer klasse (1–9), wijkraad and wijkregisseur (ja/nee), overlastmaat with grens laag and grens
 *    hoog, and three optional "eigen punten" (1–3) for a user who scores a factor by judgement;
 *  - computed (live formulas in Excel, values in a file written by the preview): the three points, the score and the
 *    oordeel; an eigen punt wins over the computed one;
 *  - status: Mengwijzer's own mark for an area that is no longer in the stock.
 * Every input column has a data-validation rule. The formulas are written with structured references ([@kolom]), so
 * they stay right when the table is sorted or columns are inserted.
 *
 * The points helpers are Mengwijzer's own operationalisation of the three factors (rules.md §7), not the source's; the
 * explanation block says so.
 */
import { call } from "../report/formulaText";
import type { FormulaPart } from "../report/reportSheet";
import { DEFAULT_THRESHOLD } from "./vitalityFlag";

export const VITALITY_SHEET = "Mengwijzer_Vitaliteit";
export const VITALITY_TABLE = "MengwijzerVitaliteit";

export type AreaLevel = "buurt" | "wijk";
export const AREA_LEVELS: readonly AreaLevel[] = ["buurt", "wijk"];

/** A data-validation rule, in the few shapes the sheet needs (rendered by each adapter). */
export type InputValidation =
  | { kind: "whole"; min: number; max: number }
  | { kind: "decimal" }
  | { kind: "list"; items: readonly string[] };

export interface InputColumn {
  key: VitalityKey;
  header: string;
  /** Width in characters. */
  width: number;
  role: "key" | "input" | "computed" | "status";
  validation?: InputValidation;
  /** Dutch text Excel shows when a value breaks the rule. */
  validationMessage?: string;
  numberFormat?: string;
  /** The formula of a computed column, the same in every row (structured references to this row). */
  formula?: FormulaPart[];
}

export type VitalityKey =
  | "area" | "level" | "year"
  | "livabilityClass" | "council" | "director" | "nuisance" | "low" | "high"
  | "ownLivability" | "ownOrganisation" | "ownResilience"
  | "livability" | "organisation" | "resilience" | "score" | "flag"
  | "status";

/** 0-based sheet row of the threshold cell (column B) and of the table's header row. */
export const THRESHOLD_ROW = 2;
export const THRESHOLD_CELL = `$B$${THRESHOLD_ROW + 1}`;
export const HEADER_ROW = 10;

export const STATUS_REMOVED = "niet meer in de voorraad";

const HEADERS: Record<VitalityKey, string> = {
  area: "gebied",
  level: "niveau",
  year: "jaar",
  livabilityClass: "leefbaarometer klasse",
  council: "wijkraad",
  director: "wijkregisseur",
  nuisance: "overlastmaat",
  low: "grens laag",
  high: "grens hoog",
  ownLivability: "eigen punten leefbaarheid",
  ownOrganisation: "eigen punten organisatiekracht",
  ownResilience: "eigen punten veerkracht",
  livability: "punten leefbaarheid",
  organisation: "punten organisatiekracht",
  resilience: "punten veerkracht",
  score: "vitaliteitsscore",
  flag: "oordeel",
  status: "status",
};

export function vitalityHeader(key: VitalityKey): string {
  return HEADERS[key];
}

/** [@[header]]: this row's cell of a column, in the bracketed form that allows spaces. */
function here(key: VitalityKey): string {
  return `[@[${HEADERS[key]}]]`;
}

const POINTS_RULE: InputValidation = { kind: "whole", min: 1, max: 3 };
const POINTS_MESSAGE = "Typ 1, 2 of 3 punten (3 = meeste zorg), of laat de cel leeg om de punten te laten berekenen.";
const YES_NO: InputValidation = { kind: "list", items: ["ja", "nee"] };

/**
 * A point: the user's own point when typed, else the helper's, else blank while the inputs are blank (so a new row
 * shows no error before it is filled in; a half-filled row shows the helper's Dutch error).
 */
function pointFormula(own: VitalityKey, blankWhen: string, helper: FormulaPart): FormulaPart[] {
  return [`IF(ISNUMBER(${here(own)}),${here(own)},IF(${blankWhen},"",`, helper, "))"];
}

const COLUMNS: readonly InputColumn[] = [
  { key: "area", header: HEADERS.area, width: 18, role: "key" },
  { key: "level", header: HEADERS.level, width: 9, role: "key", validation: { kind: "list", items: AREA_LEVELS }, validationMessage: "Kies buurt of wijk." },
  { key: "year", header: HEADERS.year, width: 8, role: "key", validation: { kind: "whole", min: 2000, max: 2100 }, validationMessage: "Typ een jaartal, bijvoorbeeld 2026." },
  { key: "livabilityClass", header: HEADERS.livabilityClass, width: 12, role: "input", validation: { kind: "whole", min: 1, max: 9 },
    validationMessage: "Typ de Leefbaarometer-klasse: een geheel getal van 1 (zeer onvoldoende) tot en met 9 (uitstekend)." },
  { key: "council", header: HEADERS.council, width: 10, role: "input", validation: YES_NO, validationMessage: "Kies ja of nee." },
  { key: "director", header: HEADERS.director, width: 12, role: "input", validation: YES_NO, validationMessage: "Kies ja of nee." },
  { key: "nuisance", header: HEADERS.nuisance, width: 12, role: "input", validation: { kind: "decimal" }, validationMessage: "Typ een getal (uw overlastmaat)." },
  { key: "low", header: HEADERS.low, width: 10, role: "input", validation: { kind: "decimal" }, validationMessage: "Typ een getal: tot en met deze grens 1 punt." },
  { key: "high", header: HEADERS.high, width: 10, role: "input", validation: { kind: "decimal" }, validationMessage: "Typ een getal: tot en met deze grens 2 punten, daarboven 3." },
  { key: "ownLivability", header: HEADERS.ownLivability, width: 12, role: "input", validation: POINTS_RULE, validationMessage: POINTS_MESSAGE },
  { key: "ownOrganisation", header: HEADERS.ownOrganisation, width: 12, role: "input", validation: POINTS_RULE, validationMessage: POINTS_MESSAGE },
  { key: "ownResilience", header: HEADERS.ownResilience, width: 12, role: "input", validation: POINTS_RULE, validationMessage: POINTS_MESSAGE },
  {
    key: "livability", header: HEADERS.livability, width: 11, role: "computed",
    formula: pointFormula("ownLivability", `ISBLANK(${here("livabilityClass")})`, call("LIVABILITY_POINTS", here("livabilityClass"))),
  },
  {
    key: "organisation", header: HEADERS.organisation, width: 13, role: "computed",
    formula: pointFormula("ownOrganisation", `AND(ISBLANK(${here("council")}),ISBLANK(${here("director")}))`,
      call("ORGANISATION_POINTS", here("council"), here("director"))),
  },
  {
    key: "resilience", header: HEADERS.resilience, width: 11, role: "computed",
    formula: pointFormula("ownResilience", `ISBLANK(${here("nuisance")})`, call("RESILIENCE_POINTS", here("nuisance"), here("low"), here("high"))),
  },
  {
    key: "score", header: HEADERS.score, width: 11, role: "computed",
    formula: [`IF(OR(${here("livability")}="",${here("organisation")}="",${here("resilience")}=""),"",`,
      call("VITALITY", here("livability"), here("organisation"), here("resilience")), ")"],
  },
  {
    key: "flag", header: HEADERS.flag, width: 15, role: "computed",
    formula: [`IF(${here("score")}="","",`, call("VITALITY_FLAG", here("score"), THRESHOLD_CELL), ")"],
  },
  { key: "status", header: HEADERS.status, width: 24, role: "status" },
];

export function vitalityColumns(): readonly InputColumn[] {
  return COLUMNS;
}

/** The explanation block above the table (rows 0..HEADER_ROW-2), one text per row; row THRESHOLD_ROW holds the threshold. */
export function explanationLines(): { label: string; text: string }[] {
  return [
    { label: "Mengwijzer – vitaliteit per gebied", text: "" },
    { label: "Wat", text: "Per gebied en jaar: leefbaarheid × organisatiekracht × veerkracht, elk 1 tot 3 punten (3 = meeste zorg); de score loopt van 1 tot 27." },
    { label: "Drempel", text: "Vanaf deze score krijgt een gebied een nadere blik (standaard 9). U mag de drempel hier aanpassen." },
    { label: "Bron", text: "De drie factoren, de punten 1–3 en de drempel 9 komen uit de praktijk van Woonwaarts (seminarverslag, bron 004)." },
    { label: "Eigen uitwerking", text: "Hoe de punten uit de invoer volgen, is de eigen uitwerking van Mengwijzer, niet die van de bron: Leefbaarometer-klasse 1–4 → 3 punten, 5–6 → 2, 7–9 → 1; wijkraad én wijkregisseur → 1, één van beide → 2, geen → 3; overlastmaat tot en met grens laag → 1, tot en met grens hoog → 2, daarboven → 3." },
    { label: "Eigen punten", text: "Beoordeelt u een factor liever zelf? Typ 1, 2 of 3 in de kolom 'eigen punten …': die gaat dan voor de berekende punten." },
    { label: "Bijwerken", text: "Het taakvenster (Analyses, Vitaliteit) voegt nieuwe gebieden en jaren onderaan toe en markeert gebieden die niet meer in de voorraad staan; wat u typte, blijft staan. Eigen kolommen naast de tabel mag u toevoegen." },
    { label: "Let op", text: "Dit zijn gegevens per gebied, niet per persoon; de partnerkopie neemt alleen de punten, de score en het oordeel over." },
  ];
}

/** The threshold as written in the threshold cell. */
export const DEFAULT_SHEET_THRESHOLD = DEFAULT_THRESHOLD;
