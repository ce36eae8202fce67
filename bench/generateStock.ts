/**
 * A deterministic synthetic housing stock for the benchmark: one row per dwelling (verhuureenheid), shaped like a
 * corporation's export. Same seed → same stock, on every machine (own PRNG, no Math.random).
 *
 * Shape (defaults): 100,000 dwellings in 300 buurten in 40 wijken of one gemeente (GM0363-style codes). The skew is
 * deliberate, so the indices have something to find:
 * - every wijk has a type (mostly social rent, mixed, mostly owner-occupied) and its buurten lean the same way, with
 *   noise: some buurten end up ~80% sociale huur, others mostly koop;
 * - buurt sizes are skewed (log-normal), from a few dozen to over a thousand dwellings;
 * - within a buurt, dwellings come in complexes of 10–120 that are largely one segment (homogeneous blocks);
 * - like real exports, a small share of segment cells is spelled differently ("Sociale huur", "SOCIALE HUUR ") and a
 *   few are blank.
 */
import { mulberry32, weightedItem } from "../scripts/seededRandom";

// Re-exported: the bench tests import it from here.
export { mulberry32 };

export interface StockOptions {
  dwellings?: number;
  buurten?: number;
  wijken?: number;
  seed?: number;
}

export interface Dwelling {
  vheNummer: number;
  complexnummer: number;
  wijkcode: string;
  buurtcode: string;
  segment: string;
  kaleHuur: number | "";
  wwsPunten: number | "";
  eigendom: string;
}

export const SEGMENTS = ["sociale huur", "middenhuur", "vrije sector huur", "koop"] as const;
type Segment = (typeof SEGMENTS)[number];

function normal(rand: () => number): number {
  // Box–Muller; 1 − u avoids log(0).
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Segment mix (soc, mid, vrij, koop) of a buurt whose social-rent share is `soc`. */
function mixFor(soc: number, rand: () => number): number[] {
  const mid = clamp(0.08 + 0.06 * normal(rand), 0.01, 0.2);
  const vrij = clamp(0.07 + 0.05 * normal(rand), 0.01, 0.2);
  const koop = Math.max(0.02, 1 - soc - mid - vrij);
  return [soc, mid, vrij, koop];
}

function rentAndPoints(segment: Segment, rand: () => number): { kaleHuur: number | ""; wwsPunten: number | "" } {
  const round2 = (x: number) => Math.round(x * 100) / 100;
  switch (segment) {
    case "sociale huur":
      return { kaleHuur: round2(450 + rand() * 429), wwsPunten: 90 + Math.floor(rand() * 54) };
    case "middenhuur":
      return { kaleHuur: round2(880 + rand() * 270), wwsPunten: 144 + Math.floor(rand() * 43) };
    case "vrije sector huur":
      return { kaleHuur: round2(1160 + rand() * 700), wwsPunten: 187 + Math.floor(rand() * 70) };
    default:
      return { kaleHuur: "", wwsPunten: "" };
  }
}

/** Spelling as an export might have it: mostly clean, sometimes capitalised, shouted or with a trailing space. */
function spell(segment: Segment, rand: () => number): string {
  const u = rand();
  if (u < 0.004) return "";
  if (u < 0.014) return segment[0].toUpperCase() + segment.slice(1);
  if (u < 0.019) return segment.toUpperCase() + " ";
  return segment;
}

export function generateStock(options: StockOptions = {}): Dwelling[] {
  const { dwellings = 100_000, buurten = 300, wijken = 40, seed = 20240101 } = options;
  const rand = mulberry32(seed);

  // Wijk types: social-heavy, mixed, owner-heavy.
  const wijkSocial = Array.from({ length: wijken }, () => weightedItem(rand, [0.72, 0.42, 0.12], [0.3, 0.4, 0.3]));

  // Buurten: each wijk gets at least one; the rest land in random wijken.
  const buurtWijk = Array.from({ length: buurten }, (_, b) => (b < wijken ? b : Math.floor(rand() * wijken)));
  const perWijk = new Array<number>(wijken).fill(0);
  const buurtCode = buurtWijk.map((w) => `BU0363${pad(w, 2)}${pad(perWijk[w]++, 2)}`);
  const buurtMix = buurtWijk.map((w) => mixFor(clamp(wijkSocial[w] + 0.15 * normal(rand), 0.02, 0.9), rand));

  // Skewed buurt sizes summing exactly to `dwellings` (largest remainder).
  const raw = buurtWijk.map(() => Math.exp(0.7 * normal(rand)));
  const sum = raw.reduce((s, x) => s + x, 0);
  const exact = raw.map((x) => (x / sum) * dwellings);
  const sizes = exact.map(Math.floor);
  let left = dwellings - sizes.reduce((s, x) => s + x, 0);
  const byRemainder = exact.map((x, b) => [x - Math.floor(x), b]).sort((p, q) => q[0] - p[0]);
  for (let k = 0; left > 0; k++, left--) sizes[byRemainder[k][1]]++;

  const stock: Dwelling[] = [];
  let complexnummer = 1000;
  for (let b = 0; b < buurten; b++) {
    const w = buurtWijk[b];
    let remaining = sizes[b];
    while (remaining > 0) {
      const size = Math.min(remaining, 10 + Math.floor(rand() * 111));
      const dominant = weightedItem(rand, SEGMENTS, buurtMix[b]);
      complexnummer++;
      for (let k = 0; k < size; k++) {
        const segment = rand() < 0.85 ? dominant : weightedItem(rand, SEGMENTS, buurtMix[b]);
        stock.push({
          vheNummer: 100_000 + stock.length,
          complexnummer,
          wijkcode: `WK0363${pad(w, 2)}`,
          buurtcode: buurtCode[b],
          segment: spell(segment, rand),
          ...rentAndPoints(segment, rand),
          eigendom: segment === "koop" ? "verkocht" : "eigen bezit",
        });
      }
      remaining -= size;
    }
  }
  return stock;
}

/** One column as Excel passes a range to a custom function: [[v], [v], ...]. */
export function column<K extends keyof Dwelling>(stock: readonly Dwelling[], key: K): Dwelling[K][][] {
  return stock.map((d) => [d[key]]);
}
