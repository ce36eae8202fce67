/**
 * The few numbers the task pane shows on a report's summary card, so the analyst sees the result without opening the
 * sheet: for the area report D (social rent against the rest), H, the city's share of social rent and how many buurten
 * fall short of the target; for the allocation report the verdict of every check in the latest year. Computed with the
 * same core functions as the sheet, from the same tables.
 */
import type { AreaTable } from "../indices/byArea";
import type { Contingency } from "../indices/contingency";
import { dissimilarityOf } from "../indices/dissimilarity";
import { theilOf } from "../indices/theil";
import { labelKey } from "../labels";
import { CHECK_LABELS, type CheckLine } from "./allocationReport";
import { attempt } from "./sheetGrid";

export interface KeyFigure {
  label: string;
  /** A number (shown with `format`), a word (a verdict), or null when it could not be computed (`note` says why). */
  value: number | string | null;
  format?: "index" | "share" | "count";
  /** How the verdict reads: within the norm ("good"), outside it ("bad"); no tone for plain numbers. */
  tone?: "good" | "bad";
  /** Why the value is missing, or what it refers to (Dutch). */
  note?: string;
}

const SOCIAL_RENT = "sociale huur";

/** D, H, the share of social rent in the whole stock and the buurten below the target share. */
export function areaKeyFigures(buurtTable: Contingency, buurten: AreaTable, target: number): KeyFigure[] {
  const d = attempt(() => dissimilarityOf(buurtTable, SOCIAL_RENT, null));
  const h = attempt(() => theilOf(buurtTable));
  const social = buurtTable.groups.findIndex((g) => labelKey(g) === SOCIAL_RENT);
  const share = social >= 0 && buurtTable.total > 0 ? buurtTable.groupTotals[social] / buurtTable.total : null;
  const m = buurten.groups.findIndex((g) => labelKey(g) === SOCIAL_RENT);
  const below = m >= 0 ? buurten.rows.filter((row) => row.shares[m] < target).length : null;
  return [
    { label: "D sociale huur", value: finite(d.value), format: "index", ...(d.error ? { note: d.error } : {}) },
    { label: "Theil H", value: finite(h.value), format: "index", ...(h.error ? { note: h.error } : {}) },
    { label: "Aandeel sociale huur", value: share, format: "share", ...(share === null ? { note: "geen sociale huur in de voorraad" } : {}) },
    { label: `Buurten onder ${Math.round(target * 100)}%`, value: below, format: "count", note: `van ${buurten.rows.length}` },
  ];
}

/** The verdict of every check in the latest year (per gemeente when there are several). */
export function allocationKeyFigures(lines: readonly CheckLine[]): KeyFigure[] {
  if (lines.length === 0) return [];
  const latest = Math.max(...lines.map((line) => line.year));
  const current = lines.filter((line) => line.year === latest);
  const municipalities = new Set(current.map((line) => line.municipality)).size;
  return current.map((line) => ({
    label: `${CHECK_LABELS[line.check]} ${latest}${municipalities > 1 ? `, ${line.municipality}` : ""}`,
    value: line.error ? null : line.verdict,
    ...(line.error ? { note: line.error } : {}),
    ...(line.error ? {} : { tone: line.verdict === "binnen norm" ? ("good" as const) : line.verdict === "onder norm" || line.verdict === "boven norm" ? ("bad" as const) : undefined }),
  }));
}

function finite(x: number | null): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}
