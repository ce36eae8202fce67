import { customFunctions } from "../../src/functions/registry";
import { detectColumns, locateTable } from "../../src/core/mapping";
import type { CellValue } from "../../src/core/mapping/cells";
import { ALLOCATION_REPORT_SHEET, ALLOCATION_HEADERS, buildAllocationReport, CHECK_LABELS } from "../../src/core/report/allocationReport";
import { amountField, dateField, flagField } from "../../src/core/cellFields";
import { allocationGrid, ALLOCATION_HEADERS as SOURCE_HEADERS } from "../analysis/stockFixture";

type Fn = (...args: unknown[]) => unknown[][];
const fn = (id: string) => (customFunctions as unknown as Record<string, Fn>)[id];
const pick = (spill: unknown[][], label: string) => spill.find((r) => r[0] === label)?.[1];

describe("allocation report", () => {
  const grid = allocationGrid();
  grid.push([null, null, null, null, null, null, null, null, null, null, null]);
  grid.push(["31-2-2025", "VHE999", "Amsterdam", "BU03630101", "regulier", 40000, 2, 30, "ja", 700, "Laan 1"]); // impossible date
  const table = locateTable(grid, "A1");
  const mapping = detectColumns(table.headers, "allocations", table.rows.slice(0, 200).map((r) => r.cells));
  const report = buildAllocationReport(table, mapping, { sheetName: "Toewijzingen", tableName: "Toewijzingen" }, "tabel Toewijzingen");
  const sheet = report.sheet;
  const headerRow = sheet.rows.findIndex((r) => r[0]?.value === "jaar" && r[2]?.value === "toets");
  const lines = sheet.rows.slice(headerRow + 1).filter((r) => typeof r[0]?.value === "number" && r.length >= 9);
  const NONE = null as unknown;

  test("maps the allocation columns", () => {
    expect(Object.keys(mapping.roles)).toEqual(expect.arrayContaining(["allocationDate", "allocationGround", "householdIncome", "householdSize", "rentAllowanceEligible", "allocationRent", "municipality"]));
    expect(sheet.name).toBe(ALLOCATION_REPORT_SHEET);
    expect(sheet.rows[headerRow].map((c) => c.value)).toEqual(ALLOCATION_HEADERS);
  });

  test("one line per year × gemeente × check, sorted", () => {
    expect(lines.length).toBe(2 * 2 * 3);
    expect(lines.map((r) => `${r[0].value} ${r[1].value}`)).toEqual([
      ...Array(3).fill("2024 Amsterdam"), ...Array(3).fill("2024 Zaanstad"), ...Array(3).fill("2025 Amsterdam"), ...Array(3).fill("2025 Zaanstad"),
    ]);
    expect(report.analysis.undated).toBe(1);
    expect(sheet.rows.some((r) => String(r[0]?.value).includes("zonder leesbare datum"))).toBe(true);
  });

  test("report values equal the MENG check functions on the same rows", () => {
    const h = SOURCE_HEADERS;
    for (const line of lines) {
      const year = line[0].value as number;
      const gemeente = line[1].value as string;
      const rows = grid.slice(1).filter((r) => r[2] === gemeente && String(r[0] ?? "").endsWith(String(year)) && !String(r[0]).startsWith("31-2"));
      const col = (name: string) => rows.map((r) => [r[h.indexOf(name)] as CellValue]);
      const check = line[2].value;
      let spill: unknown[][];
      if (check === CHECK_LABELS.voorrang) {
        spill = fn("PRIORITY_CHECK")(col("Toewijzingsgrond"), col("Datum toewijzing"), year);
        expect(line[3].value).toBe(pick(spill, "aantal toewijzingen"));
        expect(line[4].value).toBe(pick(spill, "aantal met voorrang"));
        expect(line[6].value).toBe(pick(spill, "maximum"));
        expect(line[8].value).toBe(pick(spill, "ruimte bij gelijk aantal toewijzingen"));
        expect(line[11].value).toBe(pick(spill, "extra voorrangstoewijzingen die nog passen"));
        expect(line[7].value).toBe(pick(spill, "oordeel (indicatie)"));
      } else if (check === CHECK_LABELS.inkomen) {
        // The report filters the income base on the mapped rent (huurgrens), as the function does with 'huren'.
        spill = fn("INCOME_CHECK")(col("Huishoudinkomen"), col("Huishoudgrootte"), col("Datum toewijzing"), year, NONE, col("Kale huur"));
        expect(line[3].value).toBe(pick(spill, "aantal toewijzingen"));
        expect(line[4].value).toBe(pick(spill, "aantal binnen"));
        expect(line[6].value).toBe(pick(spill, "norm"));
        expect(line[10].value).toBe(pick(spill, "niet meegeteld: huur boven de huurgrens"));
        expect(line[7].value).toBe(pick(spill, "oordeel"));
      } else {
        spill = fn("FIT_CHECK")(col("Kale huur"), col("Huishoudgrootte"), col("Huurtoeslaggerechtigd"), col("Datum toewijzing"), year, NONE, col("Huishoudinkomen"), col("Leeftijd"));
        expect(line[3].value).toBe(pick(spill, "aantal in de toets (doelgroep passend toewijzen)"));
        expect(line[4].value).toBe(pick(spill, "aantal passend"));
        expect(line[6].value).toBe(pick(spill, "norm"));
        expect(line[7].value).toBe(pick(spill, "oordeel"));
      }
      const shareLabel = check === CHECK_LABELS.voorrang ? "aandeel" : check === CHECK_LABELS.inkomen ? "aandeel binnen" : "aandeel passend";
      expect(line[3].value).toBeGreaterThan(0);
      expect(line[5].value).toBe(pick(spill, shareLabel));
    }
  });

  test("headroom of a minimum check: passing − ⌈norm × judged⌉", () => {
    for (const line of lines.filter((r) => r[2].value !== CHECK_LABELS.voorrang)) {
      const judged = line[3].value as number;
      const passing = line[4].value as number;
      const norm = line[6].value as number;
      expect(line[8].value).toBe(passing - Math.ceil(norm * judged - 1e-9));
    }
  });

  test("failing rows are listed with a link to the source row, without personal values", () => {
    const start = sheet.rows.findIndex((r) => r[0]?.value === "Toewijzingen buiten de norm");
    const listed = sheet.rows.slice(start + 2).filter((r) => r[3]?.link);
    expect(listed.length).toBe(report.analysis.failing.length);
    expect(listed.length).toBeGreaterThan(0);
    for (const r of listed) {
      const sheetRow = Number(String(r[3].value).replace("rij ", ""));
      expect(r[3].link).toEqual({ sheet: "Toewijzingen", address: `A${sheetRow}:K${sheetRow}` });
      const source = grid[sheetRow - 1];
      if (r[0].value === CHECK_LABELS.inkomen) {
        const income = amountField(source[5]) as number;
        const limit = (source[6] as number) === 1 ? "inkomensgrens eenpersoons" : "inkomensgrens meerpersoons";
        const year = (dateField(source[0]) as { year: number }).year;
        expect(income).toBeGreaterThan((customFunctions.NORM as (...a: unknown[]) => number)(limit, year));
      } else {
        expect(r[0].value).toBe(CHECK_LABELS.passend);
        expect(flagField(source[8])).toBe(true);
      }
      const texts = r.map((c) => String(c.value));
      expect(texts).not.toContain(String(source[5]));
    }
  });

  test("without the override column the fit check derives eligibility from income; without both it is reported missing", () => {
    const noFlag = detectColumns(table.headers.map((h) => (h === "Huurtoeslaggerechtigd" ? "Opmerking" : h)), "allocations", []);
    const derived = buildAllocationReport(table, noFlag, { sheetName: "Toewijzingen" }, "blad Toewijzingen");
    expect(derived.analysis.missing.passend).toBeUndefined();
    expect(derived.analysis.lines.filter((l) => l.check === "passend" && l.judged > 0).length).toBeGreaterThan(0);
    const neither = detectColumns(table.headers.map((h) => (h === "Huurtoeslaggerechtigd" || h === "Huishoudinkomen" ? "Opmerking" : h)), "allocations", []);
    const r = buildAllocationReport(table, neither, { sheetName: "Toewijzingen" }, "blad Toewijzingen");
    expect(r.analysis.missing.passend).toEqual(["huishoudinkomen (of huurtoeslaggerechtigd)"]);
    expect(r.analysis.lines.filter((l) => l.check === "passend")).toEqual([]);
    expect(r.warnings.join(" ")).toMatch(/Passend toewijzen: niet berekend/);
  });

  test("says per check what it counts, and the priority check is worded as an indicator", () => {
    const texts = sheet.rows.map((r) => String(r[0]?.value ?? ""));
    expect(texts.some((t) => t.startsWith(`${CHECK_LABELS.inkomen}: alleen toewijzingen van DAEB-woningen met een kale huur tot en met de huurgrens`))).toBe(true);
    expect(texts.some((t) => t.startsWith(`${CHECK_LABELS.passend}: huishoudens met een inkomen tot de passend-inkomensgrens`))).toBe(true);
    expect(texts.some((t) => t.startsWith(`${CHECK_LABELS.voorrang}: indicatie, geen wettelijke toets`))).toBe(true);
    expect(CHECK_LABELS.voorrang).toMatch(/indicatie/);
  });

  test("filters the income base on dwelling kind and rent, and takes the verordening's percentage and categories", () => {
    const rows: CellValue[][] = [
      ["1-3-2025", "Zaanstad", "sociale huur", 650, "lokale binding", 30000, 1],
      ["2-3-2025", "Zaanstad", "sociale huur", 905, "regulier", 30000, 1], // above the huurgrens: outside the income base
      ["3-3-2025", "Zaanstad", "middenhuur", 880, "lokale binding", 60000, 2], // not DAEB, not designated
      ["4-3-2025", "Zaanstad", "DAEB", 700, "regulier", 50000, 1], // above 49.669: outside the target group
      ["5-3-2025", "Zaanstad", "sociale huur", 720, "urgentie", 20000, 3],
    ];
    const g: CellValue[][] = [["Datum toewijzing", "Gemeente", "Soort woning", "Kale huur", "Toewijzingsgrond", "Huishoudinkomen", "Huishoudgrootte"], ...rows];
    const t = locateTable(g, "A1");
    const m = detectColumns(t.headers, "allocations", t.rows.map((r) => r.cells));
    expect(m.roles.dwellingKind?.columnIndex).toBe(2);
    const r = buildAllocationReport(t, m, { sheetName: "Toewijzingen" }, "blad Toewijzingen", { priorityMaximum: 0.3, designated: ["sociale huur"] });
    const inkomen = r.analysis.lines.find((l) => l.check === "inkomen")!;
    expect(inkomen).toMatchObject({ judged: 3, passing: 2, outsideBase: 2, verdict: "onder norm" });
    const voorrang = r.analysis.lines.find((l) => l.check === "voorrang")!;
    // 4 designated (social rent) allocations, 1 with priority, m = 0,3: ⌊1,2⌋ − 1 = 0; ⌊(1,2 − 1)/0,7⌋ = 0.
    expect(voorrang).toMatchObject({ judged: 4, passing: 1, norm: 0.3, headroom: 0, additionalRoom: 0, outsideBase: 1, verdict: "binnen norm" });
    // Which rows were left out, by reason, with their sheet rows (header in row 1).
    const left = (check: string, reason: string) => r.analysis.leftOut.find((l) => l.check === check && l.reason === reason)?.sheetRows;
    expect(left("inkomen", "kale huur boven de huurgrens")).toEqual([3]);
    expect(left("inkomen", "geen sociale huur (DAEB)")).toEqual([4]);
    expect(left("voorrang", "niet in de aangewezen categorieën")).toEqual([4]);
    expect(left("passend", "inkomen boven de passend-inkomensgrens")).toEqual([2, 3, 4, 5]); // 30.000, 30.000, 60.000, 50.000 (1–2 persons)
    const heading = r.sheet.rows.findIndex((row) => row[0]?.value === "Niet meegeteld: buiten de grondslag van de toets");
    expect(heading).toBeGreaterThan(0);
    expect(r.sheet.rows.slice(heading).some((row) => row[3]?.value === "kale huur boven de huurgrens" && row[5]?.value === "3")).toBe(true);
    const widened = buildAllocationReport(t, m, { sheetName: "Toewijzingen" }, "blad Toewijzingen", { widenedFreeRoom: true });
    expect(widened.analysis.lines.find((l) => l.check === "inkomen")!.norm).toBe(0.85);
  });

  test("reads Dutch month names, euro amounts and ja/nee exactly as the MENG checks do (one set of cell readers)", () => {
    // Before the readers were shared, the report skipped "15 maart 2025" as undated while MENG.TOEWIJZING.* read it.
    const rows: CellValue[][] = [
      ["15 maart 2025", "V1", "Zaanstad", "BU04790101", "lokale binding", "€ 45.000", 1, 40, "ja", "€ 650,00", "Dijk 1"],
      ["3 jan 2025", "V2", "Zaanstad", "BU04790101", "regulier", "51.000,50", 2, 35, "Nee", 800, "Dijk 2"],
      ["2025-06-30", "V3", "Zaanstad", "BU04790101", "regulier", 60000, 3, 50, "JA", 740, "Dijk 3"],
      ["1-12-2025", "V4", "Zaanstad", "BU04790101", "vitaal beroep", "30.000", 1, 28, "WAAR", 690, "Dijk 4"],
      ["12 okt. 2025", "V5", "Zaanstad", "BU04790101", "regulier", 25000, 4, 33, 1, 700, "Dijk 5"],
    ];
    const g: CellValue[][] = [[...SOURCE_HEADERS], ...rows];
    const t = locateTable(g, "A1");
    const m = detectColumns(t.headers, "allocations", t.rows.map((r) => r.cells));
    const r = buildAllocationReport(t, m, { sheetName: "Toewijzingen" }, "blad Toewijzingen");
    expect(r.analysis.undated).toBe(0);
    const h = SOURCE_HEADERS;
    const col = (name: string) => rows.map((row) => [row[h.indexOf(name)]]);
    const line = (check: string) => r.analysis.lines.find((l) => l.check === check)!;
    const income = fn("INCOME_CHECK")(col("Huishoudinkomen"), col("Huishoudgrootte"), col("Datum toewijzing"), 2025, NONE, col("Kale huur"));
    const fit = fn("FIT_CHECK")(col("Kale huur"), col("Huishoudgrootte"), col("Huurtoeslaggerechtigd"), col("Datum toewijzing"), 2025, NONE, col("Huishoudinkomen"), col("Leeftijd"));
    const prio = fn("PRIORITY_CHECK")(col("Toewijzingsgrond"), col("Datum toewijzing"), 2025);
    expect(pick(income, "niet gelezen rijen")).toBe(0);
    expect(pick(fit, "niet gelezen rijen")).toBe(0);
    expect(r.sheet.rows.some((row) => row[2]?.value === CHECK_LABELS.inkomen && row[3]?.value === pick(income, "aantal toewijzingen") && row[4]?.value === pick(income, "aantal binnen"))).toBe(true);
    expect(r.sheet.rows.some((row) => row[2]?.value === CHECK_LABELS.passend && row[3]?.value === pick(fit, "aantal in de toets (doelgroep passend toewijzen)") && row[4]?.value === pick(fit, "aantal passend"))).toBe(true);
    expect(r.sheet.rows.some((row) => row[2]?.value === CHECK_LABELS.voorrang && row[3]?.value === pick(prio, "aantal toewijzingen") && row[4]?.value === pick(prio, "aantal met voorrang"))).toBe(true);
    expect(line("inkomen")).toBeDefined();
  });
});
