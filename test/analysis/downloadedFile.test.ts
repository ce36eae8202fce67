/**
 * The .xlsx the browser preview lets the user download, read back as Excel will read it (issue 8, point 2): Excel
 * recalculates such a file on open, so it must hold VALUES. No <f> element may name a custom function (it would be
 * #NAME? without the add-in and is not even stored the way Excel stores one) or use a function newer than Excel 2007
 * without its _xlfn. prefix (Excel reads those as #NAME? too), or a spill reference A1# (stored as ANCHORARRAY).
 * The per-buurt and per-wijk tables have one complete row per area, counted here from the stock sheet itself.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { AREA_REPORT_SHEET } from "../../src/core/report/areaReport";
import { CUSTOM_FUNCTION_NAMES } from "../../src/core/report/customFunctionIds";
import { FORMULA_LISTING_TITLE } from "../../src/core/report/valuesOnly";

const SAMPLE = path.join(__dirname, "../../assets/voorbeeld-woningvoorraad.xlsx");

/** Functions Excel stores with _xlfn. (added after Excel 2007): those the reports could plausibly use, and more. */
const FUTURE_FUNCTIONS = [
  "LET", "LAMBDA", "FILTER", "SORT", "SORTBY", "UNIQUE", "SEQUENCE", "XLOOKUP", "XMATCH", "RANDARRAY", "TOCOL", "TOROW",
  "HSTACK", "VSTACK", "CHOOSECOLS", "CHOOSEROWS", "TAKE", "DROP", "EXPAND", "TEXTBEFORE", "TEXTAFTER", "TEXTSPLIT",
  "GROUPBY", "PIVOTBY", "MAKEARRAY", "MAP", "REDUCE", "SCAN", "BYROW", "BYCOL", "IFS", "SWITCH", "CONCAT", "TEXTJOIN",
  "MAXIFS", "MINIFS", "ANCHORARRAY", "SINGLE", "ISOMITTED", "WRAPROWS", "WRAPCOLS", "VALUETOTEXT", "ARRAYTOTEXT",
];
const customNames = Object.values(CUSTOM_FUNCTION_NAMES).flatMap((n) => [n.nl, n.en]);

/** Problems in one formula as stored in the XML. */
function formulaProblems(f: string): string[] {
  const problems: string[] = [];
  if (/\bMENG\b|_xldudf_/i.test(f)) problems.push(`custom function: ${f}`);
  for (const name of customNames) if (new RegExp(`(^|[^\\w.])${name.replace(/\./g, "\\.")}\\(`, "i").test(f) && !FUTURE_FUNCTIONS.includes(name)) problems.push(`${name}: ${f}`);
  for (const name of FUTURE_FUNCTIONS) {
    if (new RegExp(`(^|[^\\w.])${name}\\(`, "i").test(f)) problems.push(`unprefixed ${name}: ${f}`);
  }
  if (/[A-Z]+\$?\d+#/.test(f)) problems.push(`spill reference: ${f}`);
  return problems;
}

async function downloaded(language = "nl-NL"): Promise<{ bytes: ArrayBuffer; stockSheet: string }> {
  const buf = fs.readFileSync(SAMPLE);
  const adapter = await FileWorkbookAdapter.fromBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, { displayLanguage: language });
  const service = new WorkbookAnalysisService(adapter);
  const proposals = await service.findSources();
  const stock = proposals.find((p) => p.kind === "stock" && p.mapping.roles.buurtCode)!;
  await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 });
  const allocations = proposals.find((p) => p.kind === "allocations");
  if (allocations) await service.buildAllocationReport(allocations.source, {});
  return { bytes: await adapter.toBuffer(), stockSheet: stock.source.sheetName };
}

describe.each(["nl-NL", "en-US"])("the preview's download (%s), read back", (language) => {
  let bytes: ArrayBuffer;
  let stockSheet: string;
  beforeAll(async () => {
    ({ bytes, stockSheet } = await downloaded(language));
  }, 60_000);

  test("no <f> element holds a custom function, an unprefixed future function or a spill reference", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    const problems: string[] = [];
    let formulas = 0;
    for (const name of sheets) {
      const xml = await zip.file(name)!.async("string");
      for (const m of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)) {
        formulas += 1;
        problems.push(...formulaProblems(m[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")));
      }
    }
    expect(problems).toEqual([]);
    // The check itself catches what it must (so an empty list above means something).
    expect(formulaProblems('MENG.AANDEEL(A1:A9,"x")')).toHaveLength(1);
    expect(formulaProblems("LET(x,A1,x)")).toEqual(["unprefixed LET: LET(x,A1,x)"]);
    expect(formulaProblems("_xlfn.LET(_xlpm.x,A1,_xlpm.x)")).toEqual([]);
    expect(formulaProblems("SUM(A28#)")).toHaveLength(1);
    expect(formulas).toBeGreaterThanOrEqual(0);
  });

  test("the per-buurt and per-wijk tables have one filled row per area; the live formulas are listed as text", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    // The areas, counted from the stock sheet itself (not from the report code).
    const stock = book.getWorksheet(stockSheet)!;
    const header = Array.from(stock.getRow(1).values as unknown[], (v) => String(v ?? "").toLowerCase());
    const buurtColumn = header.findIndex((h) => h.includes("buurt"));
    const wijkColumn = header.findIndex((h) => h.includes("wijk"));
    const buurten = new Set<string>();
    const wijken = new Set<string>();
    stock.eachRow((row, n) => {
      if (n === 1) return;
      const b = String(row.getCell(buurtColumn).value ?? "").trim();
      if (b) buurten.add(b.toUpperCase());
      if (wijkColumn > 0) {
        const w = String(row.getCell(wijkColumn).value ?? "").trim();
        if (w) wijken.add(w.toUpperCase());
      }
    });
    expect(buurten.size).toBeGreaterThan(3);

    const report = book.getWorksheet(AREA_REPORT_SHEET)!;
    const tables = new Map<string, unknown[][]>();
    report.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value !== "Per buurt" && cell.value !== "Per wijk") return;
        // Title, then the table's header row ("gebied", ...), then one row per area until the first empty gebied.
        let top = r + 1;
        while (report.getCell(top, c).value !== "gebied" && top < r + 4) top += 1;
        const width = (report.getRow(top).values as unknown[]).slice(c).findIndex((v) => v === null || v === undefined);
        const rows: unknown[][] = [];
        for (let k = top + 1; report.getCell(k, c).value !== null && report.getCell(k, c).value !== undefined; k++) {
          rows.push(Array.from({ length: width < 0 ? 4 : width }, (_, j) => report.getCell(k, c + j).value));
        }
        tables.set(String(cell.value), rows);
      }),
    );
    const perBuurt = tables.get("Per buurt")!;
    expect(perBuurt.length).toBe(buurten.size);
    for (const row of perBuurt) {
      expect(typeof row[0]).toBe("string");
      for (const value of row.slice(1)) expect(typeof value).toBe("number");
    }
    if (wijken.size > 0) {
      const perWijk = tables.get("Per wijk")!;
      expect(perWijk.length).toBe(wijken.size);
      for (const row of perWijk) for (const value of row.slice(1)) expect(typeof value).toBe("number");
    }
    let listed = false;
    report.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === FORMULA_LISTING_TITLE) listed = true;
    }));
    expect(listed).toBe(true);
  });
});
