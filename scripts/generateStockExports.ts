/**
 * Five differently shaped housing-stock exports, as the used range of a sheet (row 0 = sheet row 1, column 0 = A), for
 * testing how Mengwijzer finds the table and its columns. The data are invented and seeded: the same seed gives the
 * same cells.
 *
 *   1. clean-english      — header in row 1, English headers, numbers as numbers.
 *   2. dutch-titles       — two merged title rows ("Woningvoorraad per 1-1-2025", "Bron: ERP-export") and a blank row
 *                           above the header; Dutch headers with units ("Kale huur (€)", "WOZ-waarde 2024 (€)").
 *   3. statline-text      — numbers stored as text ("612,45"), codes with trailing spaces ("BU03630001 "), StatLine
 *                           style headers ("Codering_3", "WijkenEnBuurten", "Gemeentenaam_1").
 *   4. blank-rows-odd     — blank rows inside the data, unrelated columns, odd column order, a note below the table.
 *   5. abbreviations      — "VHE_NR", "GM_CODE", "WK_CODE", "BU_CODE", "HUUR_NETTO", "HUUR_STREEF", "EIG".
 *
 * Run directly to write them as .xlsx (one workbook per shape, merged title cells as in a real export):
 *   npx tsx scripts/generateStockExports.ts out/
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/mapping/cells";
import { mulberry32, randomInt, randomItem } from "./seededRandom";

export interface StockExport {
  name: string;
  description: string;
  cells: CellValue[][];
  /** Cell ranges to merge when written as .xlsx ("A1:P1"). */
  merges: string[];
}

interface Dwelling {
  vhe: number;
  complex: number;
  street: string;
  houseNumber: number;
  postcode: string;
  place: string;
  gm: string;
  wk: string;
  bu: string;
  buName: string;
  wkName: string;
  type: string;
  buildYear: number;
  rooms: number;
  area: number;
  wws: number;
  rent: number;
  targetRent: number;
  woz: number;
  label: string;
  daeb: string;
  segment: string;
  ownership: string;
  status: string;
}

const AREAS = [
  { gm: "GM0363", wk: "WK036300", wkName: "Burgwallen-Oude Zijde", bu: "BU03630001", buName: "Kop Zeedijk", place: "Amsterdam" },
  { gm: "GM0363", wk: "WK036300", wkName: "Burgwallen-Oude Zijde", bu: "BU03630002", buName: "Oude Kerk e.o.", place: "Amsterdam" },
  { gm: "GM0363", wk: "WK0363AD", wkName: "Osdorp-Midden", bu: "BU0363AD03", buName: "Osdorp-Midden Noord", place: "Amsterdam" },
  { gm: "GM0363", wk: "WK0363AD", wkName: "Osdorp-Midden", bu: "BU0363AD04", buName: "Osdorp-Midden Zuid", place: "Amsterdam" },
  { gm: "GM0344", wk: "WK034401", wkName: "West", bu: "BU03440101", buName: "Oog in Al", place: "Utrecht" },
  { gm: "GM0344", wk: "WK034402", wkName: "Noordwest", bu: "BU03440205", buName: "Ondiep", place: "Utrecht" },
];
const STREETS = ["Zeedijk", "Osdorpplein", "Pieter Calandlaan", "Kanaalweg", "Ondiep-Zuidzijde", "Vleutenseweg"];
const TYPES = ["eengezinswoning", "portiekflat", "galerijflat", "maisonnette", "benedenwoning", "bovenwoning"];
const LABELS = ["A", "B", "C", "D", "E", "F"];
const SEGMENTS = ["sociale huur", "sociale huur", "sociale huur", "middenhuur", "vrije sector huur", "koop"];
const OWNERSHIP = ["corporatie", "corporatie", "corporatie", "corporatie", "verkocht", "beheer derden"];
const STATUSES = ["verhuurd", "verhuurd", "verhuurd", "leegstand", "sloop"];

function makeDwellings(seed: number, count: number): Dwelling[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => randomItem(random, items);
  const between = (lo: number, hi: number): number => randomInt(random, lo, hi);
  const dwellings: Dwelling[] = [];
  for (let i = 0; i < count; i++) {
    const area = pick(AREAS);
    const segmentIndex = Math.floor(random() * SEGMENTS.length);
    const rent = Math.round((450 + random() * 900) * 100) / 100;
    dwellings.push({
      vhe: 100_000 + i * 7 + between(0, 6),
      complex: 1000 + between(0, 40),
      street: pick(STREETS),
      houseNumber: between(1, 240),
      postcode: `${between(1011, 3599)} ${String.fromCharCode(65 + between(0, 25))}${String.fromCharCode(65 + between(0, 25))}`,
      place: area.place,
      gm: area.gm,
      wk: area.wk,
      bu: area.bu,
      buName: area.buName,
      wkName: area.wkName,
      type: pick(TYPES),
      buildYear: between(1905, 2024),
      rooms: between(1, 6),
      area: between(28, 140),
      wws: between(90, 260),
      rent,
      targetRent: Math.round(rent * 1.08 * 100) / 100,
      woz: between(140, 620) * 1000,
      label: pick(LABELS),
      daeb: segmentIndex < 3 ? "DAEB" : "niet-DAEB",
      segment: SEGMENTS[segmentIndex],
      ownership: OWNERSHIP[segmentIndex],
      status: pick(STATUSES),
    });
  }
  return dwellings;
}

function nlNumber(value: number): string {
  return String(value).replace(".", ",");
}

function cleanEnglish(dwellings: Dwelling[]): StockExport {
  const headers = ["Unit ID", "Estate", "Municipality code", "District code", "Neighbourhood code", "Street", "House number",
    "Postcode", "Dwelling type", "Year built", "WWS points", "Net rent", "Target rent", "WOZ value", "Segment", "Ownership"];
  const rows = dwellings.map((d): CellValue[] => [d.vhe, d.complex, d.gm, d.wk, d.bu, d.street, d.houseNumber, d.postcode,
    d.type, d.buildYear, d.wws, d.rent, d.targetRent, d.woz, d.segment, d.ownership]);
  return { name: "clean-english", description: "English headers, header in row 1", cells: [headers, ...rows], merges: [] };
}

function dutchTitles(dwellings: Dwelling[]): StockExport {
  const headers = ["VHE-nummer", "Complexnummer", "Straat", "Huisnummer", "Toevoeging", "Postcode", "Plaats", "Gemeentecode",
    "Wijkcode", "Buurtcode", "Woningtype", "Bouwjaar", "Aantal kamers", "Oppervlakte (m²)", "WWS-punten", "Kale huur (€)",
    "Streefhuur (€)", "WOZ-waarde 2024 (€)", "Energielabel", "DAEB / niet-DAEB", "Segment", "Eigendom", "Status"];
  const width = headers.length;
  const title = (text: string): CellValue[] => [text, ...new Array<CellValue>(width - 1).fill(null)];
  const rows = dwellings.map((d): CellValue[] => [d.vhe, d.complex, d.street, d.houseNumber, d.houseNumber % 5 === 0 ? "A" : null,
    d.postcode, d.place, d.gm, d.wk, d.bu, d.type, d.buildYear, d.rooms, d.area, d.wws, d.rent, d.targetRent, d.woz, d.label,
    d.daeb, d.segment, d.ownership, d.status]);
  const last = String.fromCharCode(64 + width);
  return {
    name: "dutch-titles",
    description: "two merged title rows and a blank row above Dutch headers with units",
    cells: [title("Woningvoorraad per 1-1-2025"), title("Bron: ERP-export, peildatum 1-1-2025"), new Array<CellValue>(width).fill(null), headers, ...rows],
    merges: [`A1:${last}1`, `A2:${last}2`],
  };
}

function statlineText(dwellings: Dwelling[]): StockExport {
  const headers = ["ID", "VHE", "Complex", "Gemeentenaam_1", "Gemeente", "Wijk", "Codering_3", "WijkenEnBuurten", "Type",
    "Bouwjaar", "Punten", "Huur", "Streefhuur", "WOZ", "Huursegment"];
  const rows = dwellings.map((d, i): CellValue[] => [String(i + 1), String(d.vhe), String(d.complex), d.place, `${d.gm}  `,
    `${d.wk}  `, `${d.bu} `, d.buName, d.type, String(d.buildYear), String(d.wws), nlNumber(d.rent), nlNumber(d.targetRent),
    String(d.woz), d.segment]);
  return { name: "statline-text", description: "numbers as text, codes with trailing spaces, StatLine style headers", cells: [headers, ...rows], merges: [] };
}

function blankRowsOdd(dwellings: Dwelling[]): StockExport {
  const headers = ["Energielabel", "Buurtcode", "Opmerking", "Kale huur", "Laatste inspectie", "VHE nr", "Eigendom",
    "Woningtype", "Datum mutatie", "Bouwjaar", "Wijknaam", "Wijkcode", "Gemeente", "WWS", "Segment", "WOZ", "Complexnr",
    "Aantal kamers"];
  const width = headers.length;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const cells: CellValue[][] = [headers];
  dwellings.forEach((d, i) => {
    if (i > 0 && i % 12 === 0) cells.push(blank());
    cells.push([d.label, d.bu, i % 9 === 0 ? "lekkage gemeld" : null, d.rent, `${1 + (i % 28)}-${1 + (i % 12)}-2024`, d.vhe,
      d.ownership, d.type, `${1 + (i % 27)}-${1 + (i % 11)}-2023`, d.buildYear, d.wkName, d.wk, d.gm, d.wws, d.segment, d.woz,
      d.complex, d.rooms]);
  });
  cells.push(blank(), blank(), ["Gegenereerd door het ERP-systeem", ...blank().slice(1)]);
  return { name: "blank-rows-odd", description: "blank rows inside the data, unrelated columns in odd order, a note below", cells, merges: [] };
}

function abbreviations(dwellings: Dwelling[]): StockExport {
  const headers = ["VHE_NR", "CPLX_NR", "GM_CODE", "WK_CODE", "BU_CODE", "WON_TYPE", "BJ", "PUNTEN_WWS", "HUUR_NETTO",
    "HUUR_STREEF", "WOZ_WRD", "EIG", "SEGM", "PC6"];
  const rows = dwellings.map((d): CellValue[] => [d.vhe, d.complex, d.gm, d.wk, d.bu, d.type, d.buildYear, d.wws, d.rent,
    d.targetRent, d.woz, d.ownership, d.segment, d.postcode.replace(" ", "")]);
  return { name: "abbreviations", description: "abbreviated column names", cells: [headers, ...rows], merges: [] };
}

/** The five exports for a seed (60 dwellings each). */
export function makeStockExports(seed: number): StockExport[] {
  return [
    cleanEnglish(makeDwellings(seed, 60)),
    dutchTitles(makeDwellings(seed + 1, 60)),
    statlineText(makeDwellings(seed + 2, 60)),
    blankRowsOdd(makeDwellings(seed + 3, 60)),
    abbreviations(makeDwellings(seed + 4, 60)),
  ];
}

/** Writes each export as `<dir>/<name>.xlsx` with one sheet "Voorraad"; returns the paths. */
export async function writeStockExports(dir: string, seed = 2025): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const stockExport of makeStockExports(seed)) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Voorraad");
    for (const row of stockExport.cells) sheet.addRow(row.map((cell) => (cell === null ? undefined : cell)));
    for (const range of stockExport.merges) sheet.mergeCells(range);
    const file = path.join(dir, `${stockExport.name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    written.push(file);
  }
  return written;
}

const invokedDirectly = typeof process !== "undefined" && /generateStockExports\.[cm]?[jt]s$/.test(process.argv[1] ?? "");
if (invokedDirectly) {
  const dir = process.argv[2] ?? "out";
  writeStockExports(dir).then(
    (files) => console.log(files.join("\n")),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
