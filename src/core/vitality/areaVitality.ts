/**
 * The vitality of a checklist area (issue 16): a checklist area is matched to the input table's areas by its CBS code
 * when it has one, else by its name (spaces and case do not matter, as everywhere labels are compared). An area that
 * occurs at both levels (a buurt and a wijk with one name) gets the one that signals, else the higher score.
 */
import { labelKey } from "../labels";
import type { AreaVitality } from "./vitalitySummary";

export interface NamedArea {
  name: string;
  cbsCode?: string | null;
}

export function vitalityOfArea(area: NamedArea, overview: readonly AreaVitality[]): AreaVitality | null {
  const keys = new Set([labelKey(area.name), ...(area.cbsCode ? [labelKey(area.cbsCode)] : [])]);
  const found = overview.filter((v) => keys.has(labelKey(v.area)));
  if (found.length === 0) return null;
  return [...found].sort((a, b) => Number(b.signals) - Number(a.signals) || (b.latest.outcome.score ?? 0) - (a.latest.outcome.score ?? 0))[0];
}

/** The marker's Dutch text: "vitaliteit 12 in 2025: nader bekijken (leefbaarheid 3, organisatiekracht 2, veerkracht 2)". */
export function vitalityMarkerText(v: AreaVitality): string {
  const o = v.latest.outcome;
  const change = v.change === null ? "" : `, ${v.change > 0 ? "+" : ""}${v.change} sinds ${v.previous?.record.year}`;
  return `Vitaliteit ${o.score} in ${v.latest.record.year}: ${o.flag} (leefbaarheid ${o.livability}, organisatiekracht ${o.organisation}, veerkracht ${o.resilience}${change}).`;
}
