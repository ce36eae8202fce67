/** Deterministic sample data for the report tests: a housing stock and an allocations sheet, as Excel would hand them. */
import type { CellValue } from "../../src/core/mapping/cells";
import { mulberry32 } from "../../scripts/seededRandom";

export const STOCK_HEADERS = [
  "VHE-nummer", "Complexnummer", "Straat", "Huisnummer", "Postcode", "Gemeentecode", "Wijkcode", "Buurtcode", "Segment",
  "Eigendom", "Kale huur", "WWS-punten",
];

export interface StockOptions {
  rows?: number;
  seed?: number;
  withSegment?: boolean;
  /** Title rows above the header. */
  titleRows?: number;
}

/** Stock rows: 3 wijken, 9 buurten (one tiny), complexes of ~12 dwellings; a blank row and a row without buurtcode. */
export function stockGrid(options: StockOptions = {}): CellValue[][] {
  const n = options.rows ?? 400;
  const rnd = mulberry32(options.seed ?? 7);
  const withSegment = options.withSegment ?? true;
  const headers = withSegment ? STOCK_HEADERS : STOCK_HEADERS.filter((h) => h !== "Segment");
  const grid: CellValue[][] = [];
  for (let t = 0; t < (options.titleRows ?? 0); t++) grid.push([t === 0 ? "Woningvoorraad per 1-1-2025" : "Bron: ERP-export", null]);
  grid.push([...headers]);
  const buurten = ["BU03630101", "BU03630102", "BU03630103", "BU03630201", "BU03630202", "BU03630203", "BU03630301", "BU03630302"];
  for (let i = 0; i < n; i++) {
    // social rent concentrates in the first buurten
    const b = Math.floor(rnd() * buurten.length);
    const buurt = buurten[b];
    const wijk = `WK${buurt.slice(2, 8)}`;
    const complex = `C${b}${Math.floor(rnd() * 3)}`;
    const u = rnd() + b * 0.06;
    const segment = u < 0.55 ? (i % 7 === 0 ? "Sociale huur" : "sociale huur") : u < 0.75 ? "middenhuur" : u < 0.9 ? "vrije sector huur" : "koop";
    const rent = segment === "sociale huur" || segment === "Sociale huur" ? 600 + Math.round(rnd() * 250) : segment === "middenhuur" ? 920 + Math.round(rnd() * 150) : segment === "koop" ? null : 1300 + Math.round(rnd() * 400);
    const points = segment === "koop" ? null : segment.toLowerCase() === "sociale huur" ? 100 + Math.floor(rnd() * 40) : segment === "middenhuur" ? 150 + Math.floor(rnd() * 30) : 200 + Math.floor(rnd() * 40);
    const row: CellValue[] = [
      `VHE${String(700001 + i)}`, complex, "Dorpsstraat", 10 + i, `3${String(100 + (i % 800)).padStart(3, "0")} AB`, "GM0363", wijk, buurt,
      ...(withSegment ? [segment] : []), segment === "koop" ? "verkocht" : "huur", rent, points,
    ];
    grid.push(row);
    if (i === 40) grid.push(headers.map(() => null)); // one blank row inside the data
  }
  // a tiny buurt (2 dwellings) and a row without buurtcode
  const tiny = (k: number, segment: string): CellValue[] => [
    `VHE${800000 + k}`, "C90", "Kerkpad", k, "3999 ZZ", "GM0363", "WK036303", "BU03630309", ...(withSegment ? [segment] : []), "huur", 700, 120,
  ];
  grid.push(tiny(1, "sociale huur"), tiny(2, "middenhuur"));
  grid.push([`VHE${900000}`, "C91", "Laan", 1, "3000 AA", "GM0363", null, null, ...(withSegment ? ["koop"] : []), "verkocht", null, null]);
  return grid;
}

export const ALLOCATION_HEADERS = [
  "Datum toewijzing", "VHE-nummer", "Gemeente", "Buurtcode", "Toewijzingsgrond", "Huishoudinkomen", "Huishoudgrootte", "Leeftijd",
  "Huurtoeslaggerechtigd", "Kale huur", "Adres",
];

/** Allocations over 2024 and 2025 in two municipalities; incomes are distinctive values (31.234 and up). */
export function allocationGrid(rows = 160, seed = 11): CellValue[][] {
  const rnd = mulberry32(seed);
  const grid: CellValue[][] = [[...ALLOCATION_HEADERS]];
  const grounds = ["regulier", "urgentie", "lokale binding", "vitaal beroep", "statushouder", "regulier"];
  for (let i = 0; i < rows; i++) {
    const year = i % 2 === 0 ? 2024 : 2025;
    const month = 1 + (i % 12);
    const gemeente = i % 5 === 0 ? "Zaanstad" : "Amsterdam";
    const size = 1 + Math.floor(rnd() * 4);
    const income = 31234 + Math.floor(rnd() * 30000) + i; // distinct
    grid.push([
      `${String(10 + (i % 18)).padStart(2, "0")}-${month}-${year}`, `VHE${700001 + i}`, gemeente, "BU03630101",
      grounds[i % grounds.length], income, size, 19 + (i % 60), rnd() < 0.7 ? "ja" : "nee", 560 + Math.round(rnd() * 400), `Dorpsstraat ${10 + i}`,
    ]);
  }
  return grid;
}
