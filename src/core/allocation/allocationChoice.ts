/**
 * The user's choices for the allocation report (issue 10, point 3), as the task pane keeps them with the workbook:
 *  - the huisvestingsverordening's own priority percentage (Huisvestingswet 2014 art. 14 caps it at the legal maximum,
 *    50% since 1-1-2024; a verordening often reserves less); none = the legal maximum of the allocation's year;
 *  - the dwelling categories the verordening designates; none = every allocation counts;
 *  - the free allocation room widened to 15% in prestatieafspraken (Woningwet / BTIV: income norm 85% instead of
 *    92.5%).
 *
 * Stored as JSON in one workbook setting. A stored value that cannot be read is reported, never silently replaced:
 * the pane says so and only overwrites it when the user changes a choice (parseAllocationChoice gives `problem`).
 */
import { isMengError } from "../errors";
import type { AllocationReportOptions } from "../report/allocationReport";
import { resolveNormIfDefined, describeCertainty } from "../norms/resolveNorm";
import { DWELLING_KINDS, type DwellingKind } from "./dwellingKind";
import { INCOME_NORM, INCOME_NORM_WIDENED } from "./incomeCheck";
import { PRIORITY_MAXIMUM_NORM } from "./priorityQuota";

export const ALLOCATION_CHOICE_SETTING = "mengwijzer.toewijzingsopties";

export interface AllocationChoice {
  /** The verordening's priority percentage, 0–100 (whole or decimal); null = the legal maximum. */
  priorityPercent: number | null;
  /** Designated dwelling categories; empty = every allocation counts. */
  designated: DwellingKind[];
  widenedFreeRoom: boolean;
}

export const DEFAULT_ALLOCATION_CHOICE: AllocationChoice = { priorityPercent: null, designated: [], widenedFreeRoom: false };

/** What the report and the partner copy take (AllocationReportOptions), from the choice. */
export function allocationOptionsOf(choice: AllocationChoice): Pick<AllocationReportOptions, "priorityMaximum" | "designated" | "widenedFreeRoom"> {
  return {
    ...(choice.priorityPercent !== null ? { priorityMaximum: choice.priorityPercent / 100 } : {}),
    ...(choice.designated.length > 0 ? { designated: [...choice.designated] } : {}),
    widenedFreeRoom: choice.widenedFreeRoom,
  };
}

/** Why a typed priority percentage cannot be used (Dutch), or null. `legalPercent` is the year's legal maximum. */
export function priorityPercentProblem(percent: number, legalPercent: number | null): string | null {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return "Geef een percentage van 0 tot en met 100.";
  if (legalPercent !== null && percent > legalPercent) {
    return `Een verordening mag niet meer dan het wettelijk maximum van ${nlPercent(legalPercent)} met voorrang toewijzen (Huisvestingswet 2014, art. 14).`;
  }
  return null;
}

/** The choice as stored. */
export function serializeAllocationChoice(choice: AllocationChoice): string {
  return JSON.stringify({ versie: 1, voorrangspercentage: choice.priorityPercent, aangewezen: choice.designated, verruimd: choice.widenedFreeRoom });
}

/** A stored choice; null text = nothing stored (the default). A value that cannot be read gives the default and a problem. */
export function parseAllocationChoice(text: string | null): { choice: AllocationChoice; problem: string | null } {
  if (text === null || text.trim() === "") return { choice: DEFAULT_ALLOCATION_CHOICE, problem: null };
  const unreadable = (why: string) => ({
    choice: DEFAULT_ALLOCATION_CHOICE,
    problem: `De opgeslagen keuzes voor het toewijzingsrapport zijn niet te lezen (${why}); de standaard wordt gebruikt. Ze blijven bewaard tot u hier zelf iets kiest.`,
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return unreadable("geen geldige opslag");
  }
  if (typeof data !== "object" || data === null) return unreadable("geen geldige opslag");
  const record = data as Record<string, unknown>;
  if (record.versie !== 1) return unreadable(`onbekende versie ${String(record.versie)}`);
  const percent = record.voorrangspercentage;
  if (percent !== null && (typeof percent !== "number" || priorityPercentProblem(percent, null) !== null)) return unreadable("voorrangspercentage");
  const designated = record.aangewezen;
  if (!Array.isArray(designated) || designated.some((k) => !DWELLING_KINDS.includes(k as DwellingKind))) return unreadable("aangewezen categorieën");
  if (typeof record.verruimd !== "boolean") return unreadable("verruimde vrije ruimte");
  return {
    choice: { priorityPercent: percent, designated: DWELLING_KINDS.filter((k) => designated.includes(k)), widenedFreeRoom: record.verruimd },
    problem: null,
  };
}

/** One legal norm as the pane explains it: its value in `year`, where it comes from and how sure that is. */
export interface NormCitation {
  label: string;
  /** e.g. "50%", or null when the table has no value for the year. */
  value: string | null;
  year: number;
  source: string | null;
  certainty: string | null;
}

function cite(label: string, name: string, year: number): NormCitation {
  let norm;
  try {
    norm = resolveNormIfDefined(name, year);
  } catch (error) {
    if (!isMengError(error)) throw error;
    norm = undefined; // a year the table does not know: the pane says so
  }
  return norm
    ? { label, value: nlPercent(norm.value * 100), year, source: norm.source, certainty: describeCertainty(norm) }
    : { label, value: null, year, source: null, certainty: null };
}

/** The norms the three choices stand on, for `year` (the norms year chosen in the pane). */
export function allocationChoiceCitations(year: number): { priority: NormCitation; income: NormCitation; incomeWidened: NormCitation } {
  return {
    priority: cite("Wettelijk maximum voorrang", PRIORITY_MAXIMUM_NORM, year),
    income: cite("Toewijzingsnorm (vrije ruimte 7,5%)", INCOME_NORM, year),
    incomeWidened: cite("Toewijzingsnorm bij verruimde vrije ruimte (15%)", INCOME_NORM_WIDENED, year),
  };
}

function nlPercent(percent: number): string {
  return `${String(Math.round(percent * 100) / 100).replace(".", ",")}%`;
}
