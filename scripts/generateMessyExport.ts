/**
 * Seeded messy exports in a housing corporation's own words, as a tester meets them: a stock (VHE) export and an
 * allocations export, each with title rows above the header, a totals row below the data, amounts written as
 * "€ 1.234,56" text, and the corporation's own vocabulary:
 *  - ownership as corporations write it: "Eigen bezit", "Woonstichting", "Particulier (VvE)", "Verhuurd DAEB",
 *    "Koop (verkocht)", "In beheer", ... plus house codes no built-in list can know ("EB", "VK"), which the user maps;
 *  - a "Voorrang (ja/nee)" column instead of a ground, and "Huurtoeslag" as ja/nee;
 *  - rents as "€ 864,77", "864,77", "€ 1.034,50" and plain numbers, WWS points as text or numbers;
 *  - dates as "15-3-2025" text or Excel serials.
 *
 * The data are invented; the same seed gives the same cells. `truth` says per data row what the row is, so tests can
 * check the reports against it without trusting the code under test.
 *
 * Run directly to write both as .xlsx:   npx tsx scripts/generateMessyExport.ts out/ [rows] [seed]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/mapping/cells";
import { mulberry32, randomInt, randomItem, weightedItem, type Random } from "./seededRandom";

export type TenureTruth = "huur" | "koop";

/** A corporation's way of writing things. */
export interface CorporationVocabulary {
  name: string;
  /** Ownership words with what they mean; `known` = in Mengwijzer's built-in vocabulary. */
  ownership: { word: string; tenure: TenureTruth; known: boolean; weight: number }[];
}

export const CORPORATIONS: readonly CorporationVocabulary[] = [
  {
    name: "Woonstichting De Linge",
    ownership: [
      { word: "Eigen bezit", tenure: "huur", known: true, weight: 40 },
      { word: "Verhuurd DAEB", tenure: "huur", known: true, weight: 20 },
      { word: "Verhuurd niet-DAEB", tenure: "huur", known: true, weight: 6 },
      { word: "Particulier (VvE)", tenure: "koop", known: true, weight: 8 },
      { word: "Koop (verkocht)", tenure: "koop", known: true, weight: 8 },
      { word: "In beheer", tenure: "huur", known: true, weight: 4 },
      { word: "EB", tenure: "huur", known: false, weight: 8 },
      { word: "VK", tenure: "koop", known: false, weight: 6 },
    ],
  },
  {
    name: "Woningcorporatie Rivierstad",
    ownership: [
      { word: "Woonstichting", tenure: "huur", known: true, weight: 45 },
      { word: "DAEB", tenure: "huur", known: true, weight: 15 },
      { word: "niet-DAEB", tenure: "huur", known: true, weight: 8 },
      { word: "Verkocht", tenure: "koop", known: true, weight: 10 },
      { word: "VvE", tenure: "koop", known: true, weight: 5 },
      { word: "Beheer derden", tenure: "huur", known: true, weight: 5 },
      { word: "Bezit WS", tenure: "huur", known: false, weight: 7 },
      { word: "Terugkoop VOV nog niet verkocht", tenure: "huur", known: false, weight: 5 },
    ],
  },
];

const AREAS = [
  { wk: "WK028101", bu: ["BU02810101", "BU02810102", "BU02810103"] },
  { wk: "WK028102", bu: ["BU02810201", "BU02810202"] },
  { wk: "WK028103", bu: ["BU02810301", "BU02810302", "BU02810303", "BU02810304"] },
];
const STREETS = ["Dorpsstraat", "Lingedijk", "Kerkplein", "Stationsweg", "Molenstraat", "Populierenlaan"];

export interface StockRowTruth {
  sheetRow: number;
  tenure: TenureTruth;
  ownershipWord: string;
  ownershipKnown: boolean;
  buurt: string;
  /** The rent as a number (null when the row gives points only or is koop). */
  rent: number | null;
  points: number | null;
}

export interface MessyExport {
  name: string;
  cells: CellValue[][];
  merges: string[];
  /** Sheet rows of the title rows and of the totals row (not data). */
  titleRows: number[];
  totalsRow: number;
}

export interface MessyStock extends MessyExport {
  truth: StockRowTruth[];
  vocabulary: CorporationVocabulary;
}

export interface AllocationRowTruth {
  sheetRow: number;
  priority: boolean;
  year: number;
}

export interface MessyAllocations extends MessyExport {
  truth: AllocationRowTruth[];
}

/** Dutch money text: "€ 1.234,56" (thousands with dots, decimal comma). */
export function euroText(amount: number, withSign = true): string {
  const [whole, cents] = amount.toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${withSign ? "€ " : ""}${grouped},${cents}`;
}

function rentCell(rand: Random, rent: number): CellValue {
  return weightedItem<() => CellValue>(rand, [() => euroText(rent), () => euroText(rent, false), () => rent, () => `€${euroText(rent, false)}`], [5, 2, 2, 1])();
}

/** A stock export: three title rows (two texts and a blank), the header, `rows` dwellings, a totals row. */
export function messyStock(options: { rows?: number; seed?: number; corporation?: number } = {}): MessyStock {
  const rows = options.rows ?? 2000;
  const rand = mulberry32(options.seed ?? 9);
  const vocabulary = CORPORATIONS[(options.corporation ?? 0) % CORPORATIONS.length];
  const header = ["VHE nr", "Complex", "Adres", "Postcode", "Buurtcode", "Wijkcode", "Eigendom", "Kale huur", "WWS punten", "Bouwjaar"];
  const cells: CellValue[][] = [
    [`Woningbezit ${vocabulary.name} per 1-1-2025`, ...new Array(header.length - 1).fill(null)],
    ["Export: VHE-overzicht uit het ERP, alle eenheden met woonfunctie"],
    [],
    header,
  ];
  const truth: StockRowTruth[] = [];
  let rentTotal = 0;
  for (let i = 0; i < rows; i++) {
    const area = randomItem(rand, AREAS);
    const buurt = randomItem(rand, area.bu);
    const own = weightedItem(rand, vocabulary.ownership, vocabulary.ownership.map((o) => o.weight));
    const sheetRow = cells.length + 1;
    let rent: number | null = null;
    let points: number | null = null;
    let rentValue: CellValue = null;
    let pointsValue: CellValue = null;
    if (own.tenure === "huur") {
      const mode = randomInt(rand, 0, 9);
      const amount = Math.round((450 + rand() * 900) * 100) / 100;
      const wws = randomInt(rand, 90, 230);
      if (mode < 7) {
        rent = amount;
        rentValue = rentCell(rand, amount);
      } else if (mode < 9) {
        // points without a rent: only up to 143 points does that fix the segment (sociale huur); above, the rent decides
        points = Math.min(wws, 60 + (wws % 84));
        pointsValue = rand() < 0.5 ? String(points) : points;
      } else {
        rent = amount;
        points = wws;
        rentValue = rentCell(rand, amount);
        pointsValue = wws;
      }
      rentTotal += rent ?? 0;
    }
    cells.push([
      100000 + i,
      `C${randomInt(rand, 1, 60).toString().padStart(3, "0")}`,
      `${randomItem(rand, STREETS)} ${randomInt(rand, 1, 180)}`,
      `${randomInt(rand, 4000, 4199)} ${String.fromCharCode(65 + randomInt(rand, 0, 25))}${String.fromCharCode(65 + randomInt(rand, 0, 25))}`,
      rand() < 0.1 ? `${buurt} ` : buurt,
      area.wk,
      rand() < 0.1 ? own.word.toUpperCase() : own.word,
      rentValue,
      pointsValue,
      randomInt(rand, 1930, 2022),
    ]);
    truth.push({ sheetRow, tenure: own.tenure, ownershipWord: own.word, ownershipKnown: own.known, buurt, rent, points });
  }
  const totalsRow = cells.length + 1;
  cells.push(["Totaal", null, null, null, null, null, `${rows} eenheden`, euroText(rentTotal), null, null]);
  return { name: "messy-stock", cells, merges: ["A1:J1"], titleRows: [1, 2], totalsRow, truth, vocabulary };
}

/** An allocations export: title rows, the header with "Voorrang (ja/nee)" and "Huurtoeslag", `rows` allocations, totals. */
export function messyAllocations(options: { rows?: number; seed?: number } = {}): MessyAllocations {
  const rows = options.rows ?? 600;
  const rand = mulberry32(options.seed ?? 17);
  const header = ["Datum toewijzing", "Gemeente", "VHE nr", "Buurtcode", "Voorrang (ja/nee)", "Huishoudinkomen", "Huishoudgrootte", "Huurtoeslag", "Kale huur"];
  const cells: CellValue[][] = [["Toewijzingen 2024-2025"], ["Bron: woonruimteverdeling, export per kwartaal"], [], header];
  const truth: AllocationRowTruth[] = [];
  for (let i = 0; i < rows; i++) {
    const year = rand() < 0.5 ? 2024 : 2025;
    const month = randomInt(rand, 1, 12);
    const day = randomInt(rand, 1, 28);
    const priority = rand() < 0.3;
    const sheetRow = cells.length + 1;
    const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
    cells.push([
      rand() < 0.5 ? `${day}-${month}-${year}` : serial,
      "Geldermalsen",
      200000 + i,
      randomItem(rand, randomItem(rand, AREAS).bu),
      weightedItem(rand, priority ? ["ja", "Ja", "J"] : ["nee", "Nee", "N"], [6, 3, 1]),
      euroText(randomInt(rand, 14000, 60000), rand() < 0.5),
      randomInt(rand, 1, 5),
      rand() < 0.6 ? "ja" : "nee",
      euroText(Math.round((450 + rand() * 500) * 100) / 100),
    ]);
    truth.push({ sheetRow, priority, year });
  }
  const totalsRow = cells.length + 1;
  cells.push(["Totaal", null, null, null, `${truth.filter((t) => t.priority).length} met voorrang`, null, null, null, null]);
  return { name: "messy-allocations", cells, merges: ["A1:I1"], titleRows: [1, 2], totalsRow, truth };
}

/** Writes both exports as .xlsx into `dir`; returns the paths. */
export async function writeMessyExports(dir: string, rows = 2000, seed = 9): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [sheetName, data] of [["Voorraad", messyStock({ rows, seed })], ["Toewijzingen", messyAllocations({ seed })]] as const) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetName);
    data.cells.forEach((row) => sheet.addRow(row.map((c) => (c === undefined ? null : c))));
    for (const merge of data.merges) sheet.mergeCells(merge);
    const file = path.join(dir, `${data.name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const [dir = "out", rows = "2000", seed = "9"] = process.argv.slice(2);
  writeMessyExports(dir, Number(rows), Number(seed)).then(
    (files) => console.log(files.join("\n")),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
