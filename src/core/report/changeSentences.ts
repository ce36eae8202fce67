/**
 * One Dutch sentence per part of a change decomposition (segregationChange.ts), for the area report: what happened to
 * M and which part of the change came from where. Pure text from the numbers; the report writes them as static text.
 *
 * A part whose size is below 0.0005 nats (it shows as 0,000 at three decimals) reads "vrijwel geen effect".
 */
import type { ChangeTerms } from "../indices/changeShapley";

const NEGLIGIBLE = 0.0005;

export function nl3(x: number): string {
  return x.toLocaleString("nl-NL", { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}

/** "verhoogde M met 0,012" / "verlaagde M met 0,012" / "had vrijwel geen effect op M" (plural: verhoogden, ...). */
function effect(x: number, plural = false): string {
  const n = plural ? "n" : "";
  if (!Number.isFinite(x)) return plural ? "zijn niet te berekenen" : "is niet te berekenen";
  if (Math.abs(x) < NEGLIGIBLE) return `had${plural ? "den" : ""} vrijwel geen effect op M`;
  return `${x > 0 ? "verhoogde" : "verlaagde"}${n} M met ${nl3(Math.abs(x))}`;
}

export interface ChangeSentences {
  difference: string;
  additions: string;
  removals: string;
  categories: string;
  areas: string;
  interaction?: string;
  structural: string;
}

/** `areaWord`: how the areas are called in the sentence, e.g. "buurten". */
export function changeSentences(m: ChangeTerms, areaWord = "buurten"): ChangeSentences {
  const d = m.difference;
  const direction = Math.abs(d) < NEGLIGIBLE ? "bleef vrijwel gelijk" : d > 0 ? "steeg" : "daalde";
  return {
    difference: `De segregatie M ${direction}: van ${nl3(m.first)} naar ${nl3(m.second)} (${d >= 0 ? "+" : "−"}${nl3(Math.abs(d))}).`,
    additions:
      m.additions === 0 ? `Er kwamen geen ${areaWord} of segmenten bij.` : `Nieuwe ${areaWord} of segmenten ${effect(m.additions, true)}.`,
    removals:
      m.removals === 0 ? `Er verdwenen geen ${areaWord} of segmenten.` : `Verdwenen ${areaWord} of segmenten ${effect(m.removals, true)}.`,
    categories: `De veranderde omvang van de segmenten in de hele voorraad ${effect(m.categories)}.`,
    areas: `Dat ${areaWord} groter of kleiner werden, ${effect(m.areas)}.`,
    ...(m.interaction !== undefined ? { interaction: `Het samenspel van die twee ${effect(m.interaction)}.` } : {}),
    structural: `De verdeling van de segmenten over de ${areaWord} zelf (structurele verandering) ${effect(m.structural)}.`,
  };
}
