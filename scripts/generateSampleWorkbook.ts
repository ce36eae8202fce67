/**
 * Writes assets/voorbeeld-woningvoorraad.xlsx: a fictional municipality ("Gemeente Voorbeeldstad", GM9999) with a
 * housing stock (table Voorraad, ~2,000 dwellings) and allocations (table Toewijzingen, ~400 rows over 2024–2025).
 * Everything is generated from a fixed seed, so the file is the same on every run.
 *
 * Run: npx tsx scripts/generateSampleWorkbook.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import ExcelJS from "exceljs";
// jszip is ExcelJS's own zip library; we use it only to give every zip entry a fixed date (byte-stable output).
import JSZip from "jszip";
import { mulberry32, randomInt, randomItem, weightedItem } from "./seededRandom";

const OUTPUT = resolve(__dirname, "..", "assets", "voorbeeld-woningvoorraad.xlsx");
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

// Fixed seed: the committed workbook must come out byte-identical on every run (see ./seededRandom.ts).
const random = mulberry32(20251123);
const between = (lo: number, hi: number): number => randomInt(random, lo, hi);
const pick = <T>(values: readonly T[]): T => randomItem(random, values);
const weighted = <T>(options: readonly (readonly [T, number])[]): T =>
  weightedItem(random, options.map(([value]) => value), options.map(([, w]) => w));
const round2 = (x: number): number => Math.round(x * 100) / 100;

type Segment = "sociale huur" | "middenhuur" | "vrije sector huur" | "koop";

interface Buurt {
  code: string;
  wijk: string;
  name: string;
  /** Dwellings in the buurt. */
  size: number;
  /** Segment weights: where social rent concentrates and where koop dominates. */
  mix: readonly (readonly [Segment, number])[];
  streets: string[];
  postcode: string;
  /** Typical construction period. */
  built: [number, number];
}

// Four wijken, twelve buurten; skew on purpose: some ~80% social rent, others mostly koop.
const BUURTEN: Buurt[] = [
  { code: "BU99990101", wijk: "WK999901", name: "Centrum-Oost", size: 170, mix: [["sociale huur", 35], ["middenhuur", 15], ["vrije sector huur", 20], ["koop", 30]], streets: ["Marktstraat", "Kerkpad", "Havenkade"], postcode: "9991", built: [1900, 1985] },
  { code: "BU99990102", wijk: "WK999901", name: "Centrum-West", size: 140, mix: [["sociale huur", 25], ["middenhuur", 15], ["vrije sector huur", 25], ["koop", 35]], streets: ["Molenstraat", "Waaggang"], postcode: "9991", built: [1890, 1970] },
  { code: "BU99990103", wijk: "WK999901", name: "Stationskwartier", size: 120, mix: [["sociale huur", 30], ["middenhuur", 30], ["vrije sector huur", 30], ["koop", 10]], streets: ["Spoorlaan", "Perronplein"], postcode: "9992", built: [2005, 2023] },
  { code: "BU99990201", wijk: "WK999902", name: "Lindenhof", size: 260, mix: [["sociale huur", 82], ["middenhuur", 6], ["vrije sector huur", 2], ["koop", 10]], streets: ["Lindelaan", "Berkenhof", "Esdoornstraat", "Iepenpad"], postcode: "9993", built: [1958, 1975] },
  { code: "BU99990202", wijk: "WK999902", name: "Vogelbuurt", size: 230, mix: [["sociale huur", 78], ["middenhuur", 5], ["vrije sector huur", 2], ["koop", 15]], streets: ["Merelstraat", "Spreeuwhof", "Kievitlaan"], postcode: "9993", built: [1962, 1978] },
  { code: "BU99990203", wijk: "WK999902", name: "Schildersbuurt", size: 190, mix: [["sociale huur", 65], ["middenhuur", 10], ["vrije sector huur", 5], ["koop", 20]], streets: ["Rembrandtstraat", "Vermeerhof", "Steenlaan"], postcode: "9994", built: [1950, 1968] },
  { code: "BU99990301", wijk: "WK999903", name: "Parkzoom", size: 180, mix: [["sociale huur", 10], ["middenhuur", 10], ["vrije sector huur", 10], ["koop", 70]], streets: ["Parklaan", "Vijverweg", "Rozenhof"], postcode: "9995", built: [1985, 2005] },
  { code: "BU99990302", wijk: "WK999903", name: "Buitenhof", size: 150, mix: [["sociale huur", 5], ["middenhuur", 5], ["vrije sector huur", 10], ["koop", 80]], streets: ["Landgoedlaan", "Weidepad"], postcode: "9995", built: [1990, 2010] },
  { code: "BU99990303", wijk: "WK999903", name: "Boerderijweide", size: 130, mix: [["sociale huur", 20], ["middenhuur", 15], ["vrije sector huur", 5], ["koop", 60]], streets: ["Hoevestraat", "Schuurpad"], postcode: "9996", built: [2012, 2024] },
  { code: "BU99990401", wijk: "WK999904", name: "Dijkzicht", size: 160, mix: [["sociale huur", 45], ["middenhuur", 15], ["vrije sector huur", 5], ["koop", 35]], streets: ["Dijkweg", "Sluishof"], postcode: "9997", built: [1970, 1995] },
  { code: "BU99990402", wijk: "WK999904", name: "Nieuwe Polder", size: 150, mix: [["sociale huur", 30], ["middenhuur", 25], ["vrije sector huur", 10], ["koop", 35]], streets: ["Polderlaan", "Gemaalstraat"], postcode: "9997", built: [2015, 2025] },
  { code: "BU99990403", wijk: "WK999904", name: "Kanaalstrook", size: 120, mix: [["sociale huur", 55], ["middenhuur", 5], ["vrije sector huur", 5], ["koop", 35]], streets: ["Kanaalweg", "Jaagpad"], postcode: "9998", built: [1930, 1960] },
];

const VOORRAAD_HEADERS = [
  "VHE-nummer", "Complexnummer", "Straat", "Huisnummer", "Postcode", "Plaats", "Gemeentecode", "Wijkcode", "Buurtcode",
  "Woningtype", "Bouwjaar", "Kamers", "Oppervlakte m2", "WWS-punten", "Kale huur", "WOZ-waarde", "Energielabel", "DAEB",
  "Eigendom", "Segment", "Label", "Status",
];
type Row = (string | number | Date | null)[];

interface Dwelling {
  vhe: string;
  buurt: Buurt;
  segment: Segment;
  type: string;
  rent: number | null;
}

const TYPES_MULTI = ["meergezins portiek", "meergezins galerij", "meergezins flat", "meergezins maisonnette"];
const TYPES_SINGLE = ["eengezins rijwoning", "eengezins hoekwoning", "eengezins twee-onder-een-kap"];

function energyLabel(year: number): string {
  if (year >= 2015) return weighted([["A+++", 2], ["A++", 3], ["A+", 3], ["A", 2]]);
  if (year >= 1995) return weighted([["A", 4], ["B", 4], ["C", 2]]);
  if (year >= 1975) return weighted([["A", 1], ["B", 3], ["C", 4], ["D", 2]]);
  return weighted([["A", 1], ["B", 3], ["C", 3], ["D", 2], ["E", 1], ["F", 1]]);
}

function buildStock(): { rows: Row[]; dwellings: Dwelling[] } {
  const rows: Row[] = [];
  const dwellings: Dwelling[] = [];
  let vheCounter = 100001;
  let complexCounter = 501;
  for (const buurt of BUURTEN) {
    // Quota per segment first, so each buurt lands close to its intended mix; then complexes fill each quota.
    const weightSum = buurt.mix.reduce((sum, [, w]) => sum + w, 0);
    const quotas = buurt.mix.map(([segment, w]) => [segment, Math.round((buurt.size * w) / weightSum)] as const);
    const complexes: { segment: Segment; count: number }[] = [];
    for (const [segment, quota] of quotas) {
      let left = quota;
      while (left > 0) {
        // A complex: one segment, one street, one period and type; 8–40 dwellings.
        const count = left < 16 ? left : Math.min(left, between(8, 40));
        complexes.push({ segment, count });
        left -= count;
      }
    }
    let letterIndex = 0;
    for (const { segment, count } of complexes) {
      const corporation = segment === "sociale huur" || (segment === "middenhuur" && random() < 0.6);
      const multi = segment === "koop" ? random() < 0.3 : random() < 0.65;
      const type = multi ? pick(TYPES_MULTI) : pick(TYPES_SINGLE);
      const year = between(buurt.built[0], buurt.built[1]);
      const street = pick(buurt.streets);
      const complex = corporation ? `C${complexCounter++}` : null;
      const postcode = `${buurt.postcode} ${String.fromCharCode(65 + (letterIndex % 26))}${String.fromCharCode(65 + ((letterIndex * 7) % 26))}`;
      letterIndex++;
      let number = between(1, 120);
      const label = segment === "sociale huur" ? weighted([["", 80], ["senioren", 12], ["jongeren", 8]]) : "";
      for (let i = 0; i < count; i++) {
        const rooms = multi ? between(2, 4) : between(3, 6);
        const area = multi ? between(45, 95) : between(75, 140);
        let points: number | null = null;
        let rent: number | null = null;
        if (segment === "sociale huur") {
          points = between(95, 142);
          rent = round2(Math.min(900, points * 5.3 + between(-40, 40)));
        } else if (segment === "middenhuur") {
          points = between(144, 186);
          rent = round2(910 + (points - 144) * 6 + between(0, 20));
        } else if (segment === "vrije sector huur") {
          points = between(188, 260);
          rent = round2(1200 + (points - 188) * 8 + between(0, 120));
        }
        const woz = Math.round((area * between(2900, 4300) + (segment === "koop" ? 40000 : 0)) / 1000) * 1000;
        const eigendom = corporation ? "corporatie" : segment === "koop" ? (random() < 0.9 ? "eigenaar-bewoner" : "particuliere verhuurder") : "particuliere verhuurder";
        const daeb = corporation ? (segment === "sociale huur" ? "DAEB" : "niet-DAEB") : null;
        const status = segment === "koop" ? "" : weighted([["verhuurd", 94], ["leegstand", 4], ["sloop", 2]]);
        const vhe = `VHE${vheCounter++}`;
        rows.push([
          vhe, complex, street, number, postcode, "Voorbeeldstad", "GM9999", buurt.wijk, buurt.code, type, year, rooms, area,
          points, rent, woz, energyLabel(year), daeb, eigendom, segment, label || null, status || null,
        ]);
        dwellings.push({ vhe, buurt, segment, type, rent });
        number += multi ? 1 : 2;
      }
    }
  }
  return { rows, dwellings };
}

const ALLOC_HEADERS = [
  "Datum toewijzing", "VHE-nummer", "Gemeente", "Buurtcode", "Soort woning", "Kale huur", "Toewijzingsgrond",
  "Huishoudinkomen", "Huishoudgrootte", "Leeftijd", "Huurtoeslaggerechtigd",
];

function buildAllocations(dwellings: Dwelling[]): Row[] {
  const social = dwellings.filter((d) => d.segment === "sociale huur");
  const rows: Row[] = [];
  const start = Date.UTC(2024, 0, 2);
  const end = Date.UTC(2025, 11, 31);
  const dates: number[] = [];
  for (let i = 0; i < 400; i++) dates.push(start + Math.floor(random() * ((end - start) / 86400000)) * 86400000);
  dates.sort((a, b) => a - b);
  for (const day of dates) {
    const dwelling = pick(social);
    const ground = weighted([
      ["regulier", 66], ["urgentie", 11], ["lokale binding", 9], ["vitaal beroep", 4], ["statushouder", 6],
      ["bemiddeling", 2], ["doorstroming", 2],
    ]);
    const size = weighted([[1, 42], [2, 26], [3, 14], [4, 12], [5, 6]]);
    const age = dwelling.type.includes("eengezins") ? between(26, 55) : between(19, 84);
    // Mostly within the income limit; some above on purpose so the checks have something to find.
    const income = random() < 0.08 ? between(53000, 68000) : size === 1 ? between(14000, 47000) : between(18000, 52000);
    const allowanceLimit = size === 1 ? 40000 : 47000;
    rows.push([
      new Date(day), dwelling.vhe, "Voorbeeldstad", dwelling.buurt.code, "sociale huur", dwelling.rent, ground, income, size,
      age, income <= allowanceLimit && age >= 18 ? "ja" : "nee",
    ]);
  }
  return rows;
}

function addTable(sheet: ExcelJS.Worksheet, name: string, headers: string[], rows: Row[]): void {
  sheet.addTable({
    name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
  sheet.columns.forEach((col, i) => {
    col.width = Math.max(10, headers[i].length + 3);
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

const README_LINES = [
  "Voorbeeldwerkmap Mengwijzer — Gemeente Voorbeeldstad (fictief)",
  "",
  "Alles in deze werkmap is verzonnen. Gemeente Voorbeeldstad (GM9999), haar wijken (WK999901–WK999904) en buurten",
  "(BU99990101–BU99990403), adressen, huishoudens en toewijzingen bestaan niet. Er staan geen echte huurdersgegevens in.",
  "",
  "Blad Voorraad: één rij per woning (verhuureenheid, VHE) in de tabel Voorraad, met segment, huur, WWS-punten en WOZ-waarde.",
  "Sommige buurten bestaan voor ongeveer 80% uit sociale huur (Lindenhof, Vogelbuurt), andere vooral uit koop (Parkzoom, Buitenhof).",
  "Blad Toewijzingen: toewijzingen van sociale huurwoningen in 2024 en 2025 in de tabel Toewijzingen.",
  "",
  "Probeer bijvoorbeeld:",
  "  =MENG.PERGEBIED(Voorraad[Buurtcode]; Voorraad[Segment])",
  "  =MENG.DISSIMILARITEIT(Voorraad[Buurtcode]; Voorraad[Segment]; \"sociale huur\")",
  "  =MENG.VOORRANG.TOETS(Toewijzingen[Toewijzingsgrond]; Toewijzingen[Datum toewijzing]; 2025)",
  "",
  "De checklist van Mengwijzer komt op een eigen blad (Mengwijzer_Checklist) zodra u een gebied toevoegt.",
  "Gemaakt met scripts/generateSampleWorkbook.ts (vaste startwaarde, dus elke keer dezelfde inhoud).",
];

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Mengwijzer";
  workbook.lastModifiedBy = "Mengwijzer";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  workbook.title = "Voorbeeldwerkmap Mengwijzer (fictief)";

  const readme = workbook.addWorksheet("Lees mij");
  README_LINES.forEach((line, i) => {
    readme.getCell(i + 1, 1).value = line;
  });
  readme.getCell(1, 1).font = { bold: true, size: 14 };
  readme.getColumn(1).width = 120;

  const { rows: stockRows, dwellings } = buildStock();
  const stock = workbook.addWorksheet("Voorraad");
  addTable(stock, "Voorraad", VOORRAAD_HEADERS, stockRows);
  stock.getColumn(15).numFmt = "#,##0.00";
  stock.getColumn(16).numFmt = "#,##0";

  const allocations = workbook.addWorksheet("Toewijzingen");
  addTable(allocations, "Toewijzingen", ALLOC_HEADERS, buildAllocations(dwellings));
  allocations.getColumn(1).numFmt = "dd-mm-yyyy";
  allocations.getColumn(1).width = 16;
  allocations.getColumn(6).numFmt = "#,##0.00";
  allocations.getColumn(8).numFmt = "#,##0";

  const raw = await workbook.xlsx.writeBuffer();
  // ExcelJS stamps every zip entry with the current time; rewrite the archive with one fixed date per entry.
  const source = await JSZip.loadAsync(raw as ArrayBuffer);
  const stable = new JSZip();
  const names = Object.keys(source.files).filter((n) => !source.files[n].dir);
  for (const name of names) {
    stable.file(name, await source.files[name].async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  const out = await stable.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, out);
  console.log(`${OUTPUT}: ${stockRows.length} woningen, 400 toewijzingen, ${out.length} bytes`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
