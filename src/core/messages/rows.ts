/**
 * Dutch texts for reading rows: why a row was skipped (grouped on the report sheets and in the pane), the value
 * mapping's errors, and the verdict of a check that cannot be judged.
 */
import { MengError } from "../errors";

const quote = (value: string) => `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;

/** Why a row was not used. `value` is the cell text that could not be read, when there is one. */
export type SkipCode =
  | "blankArea"
  | "blankSegment"
  | "unknownSegment"
  | "unknownOwnership"
  | "unreadableRent"
  | "unreadablePoints"
  | "noRentOrPoints"
  | "segmentNotDerived"
  | "skippedByUser"
  | "blankDate"
  | "unreadableDate"
  | "blankGround"
  | "unknownGround";

/** The reason as a short Dutch text, without the value (as in the partner copy). */
export const SKIP_LABELS: Readonly<Record<SkipCode, string>> = {
  blankArea: "buurtcode leeg",
  blankSegment: "segment leeg",
  unknownSegment: "segment onbekend",
  unknownOwnership: "eigendom onbekend",
  unreadableRent: "kale huur onleesbaar",
  unreadablePoints: "WWS-punten onleesbaar",
  noRentOrPoints: "geen kale huur en geen WWS-punten",
  segmentNotDerived: "segment niet af te leiden",
  skippedByUser: "overgeslagen volgens uw waardenkoppeling",
  blankDate: "datum toewijzing leeg",
  unreadableDate: "datum toewijzing onleesbaar",
  blankGround: "toewijzingsgrond leeg",
  unknownGround: "toewijzingsgrond niet herkend",
};

/** The reason with the value, e.g. eigendom onbekend 'Eigen bezit'. */
export function skipText(code: SkipCode, value: string | null): string {
  return value === null ? SKIP_LABELS[code] : `${SKIP_LABELS[code]} ${quote(value)}`;
}

export const rowTexts = {
  rowsRead: (read: number, total: number) => `rijen gelezen ${nl(read)} van ${nl(total)}`,
  skippedHeading: "Overgeslagen rijen",
  noneSkipped: "Geen: alle rijen zijn gelezen.",
  skippedWarning: (skipped: number, total: number, advice = true) =>
    `Let op: ${nl(skipped)} van ${nl(total)} rijen (${percent(skipped / total)}) zijn overgeslagen; de cijfers gaan alleen over de gelezen rijen.${advice ? " Koppel onbekende waarden in het taakvenster (Analyses, Waarden) en maak het rapport opnieuw." : ""}`,
  firstRows: (rows: readonly number[], count: number) => `${rows.join(", ")}${count > rows.length ? ", …" : ""}`,
  notCountedHeading: "Gelezen, maar niet meegeteld in een toets",
  notJudgeable: "niet te beoordelen",
  noGroundRecognised: (examples: readonly string[]) =>
    `geen enkele toewijzingsgrond herkend${examples.length > 0 ? ` (bijvoorbeeld ${examples.map(quote).join(", ")})` : ""}; koppel de waarden aan voorrang of regulier (waarden-bereik of taakvenster)`,
};

function nl(n: number): string {
  return n.toLocaleString("nl-NL");
}

function percent(share: number): string {
  return `${(share * 100).toLocaleString("nl-NL", { maximumFractionDigits: 1 })}%`;
}

export const rowMessages = {
  badValueEntry: (field: string, value: string, problem: string) =>
    new MengError("#VALUE!", `De waardenkoppeling voor ${field} '${value}' is ongeldig: ${problem}.`),
  valueRangeShape: (width: number) =>
    new MengError("#VALUE!", `Het bereik 'waarden' moet 3 kolommen hebben (veld, waarde, gelezen als) of 2 (waarde, gelezen als), niet ${width}. Gebruik bijvoorbeeld Mengwijzer_Waarden!$A$2:$C$200.`),
  valueRangeRow: (row: number, problem: string) =>
    new MengError("#VALUE!", `Rij ${row} van het bereik 'waarden' is ongeldig: ${problem}.`),
  unknownOwnership: (value: string, examples: readonly string[]) =>
    new MengError("#VALUE!", `Eigendom '${value}' is niet herkend. Bekend voor koop zijn o.a. ${examples.slice(0, 6).map((w) => `'${w}'`).join(", ")}; voor huur o.a. 'huur', 'eigen bezit', 'DAEB'. Koppel de waarde met het argument 'waarden' (bijvoorbeeld Mengwijzer_Waarden!$A$2:$C$200) of laat de cel leeg voor huur.`),
  skippedOwnership: (value: string) =>
    new MengError("#N/A", `Eigendom '${value}' staat in uw waardenkoppeling op 'overslaan': deze woning telt niet mee.`),
} as const;
