/**
 * The residual risk of the partner copy (issue 11): two copies made from stocks one dwelling apart, attacked together
 * by the independent attacker (test/core/partnerAttacker.ts). Counts how many protected cells ("<k" and ".") of the
 * two copies become exact, with and without rounding to 5. A measurement, not a target: the numbers go into
 * docs/analyses.md. Run alone:  npx tsx bench/partnerRisk.ts   (also part of `npm run bench`).
 *
 * The pairs, on a stock of 160 dwellings in 10 buurten and 3 wijken (seed 14): for two buurt × segment cells that hold
 * exactly k, the stock without one of those dwellings and with it (the cell crosses the threshold: "<k" in one copy,
 * k in the other); and three pairs where a copy of an existing dwelling is added somewhere else.
 */
import { performance } from "perf_hooks";
import { buildPartnerSheets, type PartnerInput } from "../src/core/report/partnerWorkbook";
import { attackTwoCopies, wholeValues, type Sheet } from "../test/core/partnerAttacker";
import { generateStock, type Dwelling } from "./generateStock";

export type Pair = [before: Dwelling[], after: Dwelling[]];

const SMALL = generateStock({ dwellings: 160, buurten: 10, wijken: 3, seed: 14 });

function input(stock: readonly Dwelling[], k: number, roundToFive: boolean): PartnerInput {
  return {
    options: { k, roundToFive },
    stock: {
      buurt: stock.map((d) => d.buurtcode),
      wijk: stock.map((d) => d.wijkcode),
      gemeente: null,
      segment: stock.map((d) => (d.segment === "" ? null : d.segment)),
    },
    targetSocialShare: 0.3,
    allocations: null,
    checklist: null,
  };
}

function sheetsOf(partner: PartnerInput): Sheet[] {
  return buildPartnerSheets(partner).sheets.map((s) => ({ name: s.name, grid: s.rows.map((r) => r.map((c) => c.value)) }));
}

/** Buurt × segment cells of the small stock holding exactly k dwellings: the rows of each. */
function cellsOfSize(k: number): number[][] {
  const rowsOf = new Map<string, number[]>();
  SMALL.forEach((d, i) => {
    if (d.segment === "") return;
    const key = `${d.buurtcode}|${d.segment.trim().toLowerCase()}`;
    rowsOf.set(key, [...(rowsOf.get(key) ?? []), i]);
  });
  return [...rowsOf.values()].filter((rows) => rows.length === k);
}

/**
 * The first threshold-crossing pair: a buurt × segment cell of exactly k, without and with one of its dwellings; with
 * the buurt and the segment of that cell.
 */
export function onePairApart(k: number): { pair: Pair; buurt: string; segment: string } {
  const [rows] = cellsOfSize(k);
  if (!rows) throw new Error(`no buurt × segment cell of exactly ${k} in the small stock`);
  const crossing = SMALL[rows[0]];
  return { pair: [SMALL.filter((_, i) => i !== rows[0]), [...SMALL]], buurt: crossing.buurtcode, segment: crossing.segment.trim().toLowerCase() };
}

/** The five pairs described above. */
export function pairsApart(k: number): Pair[] {
  const out: Pair[] = cellsOfSize(k).slice(0, 2).map((rows) => [SMALL.filter((_, i) => i !== rows[0]), [...SMALL]]);
  for (const index of [5, 80, 150]) out.push([[...SMALL], [...SMALL, { ...SMALL[index], vheNummer: 999_999 }]]);
  return out;
}

/** Protected cells of both copies of every pair, and how many the attacker pins (non-zero) or finds to be 0. */
export function twoCopiesMeasurement(
  pairs: readonly Pair[],
  k: number,
  roundToFive: boolean,
  only?: (key: string, before: Sheet[]) => boolean,
): { hidden: number; exact: number; zeros: number } {
  let hidden = 0;
  let exact = 0;
  let zeros = 0;
  for (const [a, b] of pairs) {
    const before = sheetsOf(input(a, k, roundToFive));
    const cells = attackTwoCopies(before, sheetsOf(input(b, k, roundToFive)), only && ((key) => only(key, before))).filter((c) => c.mark !== "x");
    hidden += cells.length;
    const pinned = cells.filter((c) => wholeValues(c) === 1);
    zeros += pinned.filter((c) => c.hi < 0.5).length;
    exact += pinned.filter((c) => c.hi >= 0.5).length;
  }
  return { hidden, exact, zeros };
}

export function runPartnerRisk(): void {
  const k = 5;
  const pairs = pairsApart(k);
  console.log("");
  console.log(`partner copy, residual risk: ${pairs.length} pairs of copies one dwelling apart (160 dwellings, k = ${k}), attacked together`);
  for (const roundToFive of [false, true]) {
    const start = performance.now();
    const r = twoCopiesMeasurement(pairs, k, roundToFive);
    const s = (performance.now() - start) / 1000;
    console.log(
      `  ${roundToFive ? "rounded to 5   " : "without rounding"}: ${r.exact} of ${r.hidden} protected cells exact (non-zero), ` +
        `${r.zeros} found to be 0  (${s.toFixed(1)} s)`,
    );
  }
}

if (require.main === module) runPartnerRisk();
