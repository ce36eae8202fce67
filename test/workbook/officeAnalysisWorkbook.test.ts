/**
 * OfficeWorkbookAdapter as AnalysisWorkbook, on the one fake Excel (test/workbook/fakeExcel.ts): chunked
 * reads under Excel on the web's 5 MB limit, report sheets written through a temporary sheet, edit detection, settings,
 * the partner copy.
 */
import { Workbook } from "exceljs";
import { chunkRowsFor, PAYLOAD_LIMIT_BYTES } from "../../src/workbook/payloadLimit";
import { OfficeWorkbookAdapter } from "../../src/workbook/OfficeWorkbookAdapter";
import { SETTINGS_SHEET } from "../../src/workbook/settingsSheet";
import { FakeWorkbook, installFakeExcel } from "./fakeExcel";
import { bigReport, REPORT, smallReport, stockRows } from "./reportFixtures";

let wb: FakeWorkbook;

beforeEach(() => {
  wb = new FakeWorkbook();
  installFakeExcel(wb);
});

async function syncs<T>(fn: () => Promise<T>): Promise<{ result: T; count: number }> {
  const start = wb.syncCount;
  const result = await fn();
  return { result, count: wb.syncCount - start };
}

const names = () => wb.sheets.map((s) => s.name);

describe("OfficeWorkbookAdapter.listSources", () => {
  it("lists tables and used ranges outside them, skips Mengwijzer's sheets, in 2 syncs", async () => {
    wb.addTable("Voorraad", "Voorraad", [["VHE", "Buurt"], [1, "A"], [2, "B"]], "B3");
    wb.set("Voorraad", "B10", "notitie");
    const losse = wb.addSheet("Export");
    wb.setBlock(losse, 2, 1, [["VHE", "Segment"], [1, "koop"]]);
    wb.addTable("Mengwijzer_Checklist", "MengwijzerChecklist", [["Gebied"], ["Noord"]]);
    wb.addSheet("Leeg");
    const { result, count } = await syncs(() => new OfficeWorkbookAdapter().listSources());
    expect(count).toBe(2);
    expect(result).toEqual([
      { kind: "table", sheetName: "Voorraad", tableName: "Voorraad", address: "B3:C5", rowCount: 3, columnCount: 2 },
      // The data's own extent (the one note), not the used range's rows below the table (as the file adapter).
      { kind: "range", sheetName: "Voorraad", address: "B10:B10", rowCount: 1, columnCount: 1 },
      { kind: "range", sheetName: "Export", address: "A2:B3", rowCount: 2, columnCount: 2 },
    ]);
  });
});

describe("OfficeWorkbookAdapter.listSources: data extent, not used range (issue 12)", () => {
  it("50 stock rows plus one value in XFD1048576: the source is the stock, read in one chunk, still 2 syncs to list", async () => {
    const sheet = wb.addSheet("Voorraad");
    wb.setBlock(sheet, 1, 1, stockRows(50));
    wb.set("Voorraad", "XFD1048576", 1);
    const { result, count } = await syncs(() => new OfficeWorkbookAdapter().listSources());
    expect(count).toBe(2);
    expect(result).toEqual([{ kind: "range", sheetName: "Voorraad", address: "A1:L51", rowCount: 51, columnCount: 12 }]);
    const read = await syncs(() => new OfficeWorkbookAdapter().readSource(result[0]));
    expect(read.result).toHaveLength(51);
    expect(read.count).toBe(1);
  });

  it("a stray value far right of the header row does not widen the read", async () => {
    const sheet = wb.addSheet("Export");
    wb.setBlock(sheet, 1, 1, stockRows(20));
    wb.set("Export", "XFD1", "oud");
    expect(await new OfficeWorkbookAdapter().listSources()).toEqual([{ kind: "range", sheetName: "Export", address: "A1:L21", rowCount: 21, columnCount: 12 }]);
  });

  it("without ExcelApi 1.9 (no special cells) it falls back to the used range", async () => {
    installFakeExcel(wb, { apiVersion: "1.8" });
    const sheet = wb.addSheet("Export");
    wb.setBlock(sheet, 1, 1, [["VHE", "Buurt"], [1, "A"]]);
    wb.set("Export", "D5", "x");
    expect(await new OfficeWorkbookAdapter().listSources()).toEqual([{ kind: "range", sheetName: "Export", address: "A1:D5", rowCount: 5, columnCount: 4 }]);
  });
});

describe("OfficeWorkbookAdapter.readSource under the 5 MB payload limit", () => {
  const ROWS = 100_000;
  const rows = stockRows(ROWS);
  const source = { kind: "table" as const, sheetName: "Voorraad", tableName: "Voorraad", address: `A1:L${ROWS + 1}`, rowCount: ROWS + 1, columnCount: 12 };

  it("reads 100,000 × 12 in at most ceil(rows / chunk) + 1 syncs, each response well under the limit, with progress", async () => {
    wb.addTable("Voorraad", "Voorraad", rows);
    const progress: number[] = [];
    const chunk = chunkRowsFor(12);
    expect(chunk).toBe(4340);
    const { result, count } = await syncs(() => new OfficeWorkbookAdapter().readSource(source, { onProgress: (p) => progress.push(p.rowsRead) }));
    expect(count).toBeLessThanOrEqual(Math.ceil((ROWS + 1) / chunk) + 1); // +1: where the table is now
    // After measuring the first chunk (~100 bytes of JSON per row) the next ones grow to ~16,000 rows.
    expect(progress[0]).toBe(4340);
    expect(progress[1] - progress[0]).toBeGreaterThan(3 * 4340);
    expect(progress).toHaveLength(7);
    expect(count).toBe(1 + progress.length);
    expect(result).toHaveLength(ROWS + 1);
    expect(result[0]).toEqual(rows[0]);
    expect(result[4]).toEqual(rows[4].map((v) => (v === "" ? null : v))); // empty cells come back as null
    expect(result[ROWS]).toEqual(rows[ROWS].map((v) => (v === "" ? null : v)));
    expect(progress.at(-1)).toBe(ROWS + 1);
    expect(wb.largestResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES / 2);
    expect(wb.unsynced).toBe(0);
  });

  it("fails with the payload error for a deliberately huge chunk, and writes nothing", async () => {
    wb.addTable("Voorraad", "Voorraad", rows);
    const before = names();
    const error = (await new OfficeWorkbookAdapter().readSource(source, { chunkRows: ROWS + 1 }).then(
      () => null,
      (e: unknown) => e,
    )) as Error & { code?: string };
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(error.message).toMatch(/er is niets veranderd.*5 MB/);
    expect(wb.largestResponse).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(names()).toEqual(before);
    expect(wb.sheets[0].charts).toEqual([]);
  });

  it("halves its own chunk size and carries on when a response is still too big", async () => {
    wb.addTable("Voorraad", "Voorraad", stockRows(20_000));
    wb.limitBytes = 300_000; // a stricter host
    const { result, count } = await syncs(() => new OfficeWorkbookAdapter().readSource({ ...source, address: "A1:L20001", rowCount: 20_001 }));
    expect(result).toHaveLength(20_001);
    expect(result[20_000]).toEqual(stockRows(20_000)[20_000].map((v) => (v === "" ? null : v)));
    expect(count).toBeGreaterThan(Math.ceil(20_001 / chunkRowsFor(12)) + 1); // smaller chunks after the first refusal
  });

  it("stops between chunks when cancelled: AbortError, no further requests", async () => {
    wb.addTable("Voorraad", "Voorraad", rows);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = syncs(() =>
      new OfficeWorkbookAdapter().readSource(source, {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.rowsRead);
          if (seen.length === 2) controller.abort();
        },
      }),
    );
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(2);
    expect(wb.syncCount).toBe(3); // table lookup + 2 chunks
    // Already cancelled: nothing at all is asked of Excel.
    await expect(new OfficeWorkbookAdapter().readSource(source, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(wb.syncCount).toBe(3);
  });

  it("reads a plain range by its address", async () => {
    const sheet = wb.addSheet("Export");
    wb.setBlock(sheet, 3, 2, [["a", 1], ["b", ""]]);
    const result = await new OfficeWorkbookAdapter().readSource({ kind: "range", sheetName: "Export", address: "B3:C4", rowCount: 2, columnCount: 2 });
    expect(result).toEqual([["a", 1], ["b", null]]);
  });
});

describe("OfficeWorkbookAdapter.writeReportSheet", () => {
  beforeEach(() => {
    wb.addTable("Voorraad", "Voorraad", [["VHE", "Buurt", "Segment"], [1, "Noord", "koop"]]);
  });

  it("writes values, Dutch formulas, formats, links, widths and two native charts in 4 syncs", async () => {
    const a = new OfficeWorkbookAdapter();
    const { count } = await syncs(() => a.writeReportSheet(smallReport()));
    expect(count).toBe(4); // list sheets; cells + formats + charts; swap + read back; fingerprint
    expect(names()).toEqual(["Voorraad", REPORT, SETTINGS_SHEET]);
    const sheet = wb.sheet(REPORT)!;
    expect(wb.get(REPORT, "A1")).toBe("Wijkrapport");
    expect(wb.get(REPORT, "C4")).toBe('=MENG.AANDEEL(FILTER(Voorraad[Segment],Voorraad[Buurt]="Noord"),"sociale huur")');
    expect(wb.get(REPORT, "A5")).toBe("1-2");
    expect(sheet.formats.get("5,1")).toBe("@"); // text stays text
    expect(sheet.formats.get("4,3")).toBe("0.0%");
    expect([...sheet.bold].sort()).toEqual(["1,1", "3,1", "3,2", "3,3"]);
    expect(sheet.hyperlinks.get("4,4")).toEqual({ documentReference: "'Voorraad'!A2", textToDisplay: "Voorraad!A2" });
    expect(sheet.columnWidths.get(1)).toBeCloseTo((20 * 7 + 5) * 0.75);
    expect(sheet.charts).toEqual([
      { type: "BarStacked", source: "A3:C5", seriesBy: "Columns", title: "Segmenten per buurt", position: ["F2", "N21"] },
      { type: "BarClustered", source: "A3:B5", seriesBy: "Columns", title: "Aandeel sociale huur", position: ["F23", "N42"] },
    ]);
    expect(wb.sheet(SETTINGS_SHEET)!.visibility).toBe("VeryHidden");
    expect(wb.activeSheet).toBe(REPORT);
    expect(wb.unsynced).toBe(0);
  });

  it("writes the English MENG.* names when Excel runs in English (en-US)", async () => {
    installFakeExcel(wb, { displayLanguage: "en-US" });
    const a = new OfficeWorkbookAdapter();
    expect(await a.displayLanguage()).toBe("en-US");
    await a.writeReportSheet(smallReport());
    expect(wb.get(REPORT, "C4")).toBe('=MENG.SHARE(FILTER(Voorraad[Segment],Voorraad[Buurt]="Noord"),"sociale huur")');
  });

  it("replaces only its own sheet, at the same place among the tabs", async () => {
    const a = new OfficeWorkbookAdapter();
    await a.writeReportSheet(smallReport());
    wb.addSheet("Notities");
    wb.set("Notities", "A1", "van de gebruiker");
    const report = smallReport();
    report.rows[0] = [{ value: "Wijkrapport (nieuw)" }];
    await a.writeReportSheet(report);
    expect(names()).toEqual(["Voorraad", REPORT, SETTINGS_SHEET, "Notities"]);
    expect(wb.get(REPORT, "A1")).toBe("Wijkrapport (nieuw)");
    expect(wb.get("Notities", "A1")).toBe("van de gebruiker");
    expect(wb.contents("Voorraad")).toEqual([["VHE", "Buurt", "Segment"], [1, "Noord", "koop"]]);
  });

  it.each([2, 3])("a failure at sync %i leaves the old report and the user's sheets untouched, and says so", async (failing) => {
    const a = new OfficeWorkbookAdapter();
    await a.writeReportSheet(smallReport());
    const before = { names: names(), report: wb.contents(REPORT), stock: wb.contents("Voorraad") };
    const report = smallReport();
    report.rows[0] = [{ value: "half geschreven" }];
    wb.failAtSync = failing; // 2: while writing the cells; 3: at the swap
    await expect(a.writeReportSheet(report)).rejects.toThrow(/kon niet worden geschreven; uw eigen bladen en de vorige versie van het rapport zijn niet veranderd/);
    expect(names()).toEqual(before.names);
    expect(wb.contents(REPORT)).toEqual(before.report);
    expect(wb.contents("Voorraad")).toEqual(before.stock);
    expect((await a.reportSheetState(REPORT)).editedByUser).toBe(false);
  });

  it("a swap cut off half-way (old renamed, new not) gives the old report its name back", async () => {
    const a = new OfficeWorkbookAdapter();
    await a.writeReportSheet(smallReport());
    const before = { names: names(), report: wb.contents(REPORT) };
    wb.failRenameTo = REPORT; // "_nieuw" → the report's name fails after "old → _oud" ran
    await expect(a.writeReportSheet(smallReport())).rejects.toThrow(/vorige versie van het rapport zijn niet veranderd/);
    expect(names()).toEqual(before.names);
    expect(wb.contents(REPORT)).toEqual(before.report);
    expect((await a.reportSheetState(REPORT)).editedByUser).toBe(false);
  });

  it("takes a previous report left as '_oud' by an interrupted run back before replacing it", async () => {
    const a = new OfficeWorkbookAdapter();
    await a.writeReportSheet(smallReport());
    wb.sheet(REPORT)!.name = "Mengwijzer_Wijkrapport_oud"; // as if both the swap and its undo were cut off
    await a.writeReportSheet(smallReport());
    expect(names()).toEqual(["Voorraad", REPORT, SETTINGS_SHEET]);
  });

  it("writes a large sheet in row blocks, each request under the limit", async () => {
    const report = bigReport(30_000);
    const a = new OfficeWorkbookAdapter();
    const { count } = await syncs(() => a.writeReportSheet(report));
    expect(wb.largestRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(count).toBeGreaterThan(4);
    expect(wb.get("Mengwijzer_Toewijzingen", "A30001")).toBe("VHE 129999");
    expect(wb.sheet("Mengwijzer_Toewijzingen")!.hyperlinks.size).toBe(30_000);
    expect(names()).not.toContain("Mengwijzer_Toewijzingen_nieuw");
  });

  it("shortens the temporary name to Excel's 31 characters", async () => {
    await new OfficeWorkbookAdapter().writeReportSheet(smallReport("Mengwijzer_Allocatierapport2026"));
    expect(names()).toContain("Mengwijzer_Allocatierapport2026");
  });
});

describe("OfficeWorkbookAdapter edit detection and settings", () => {
  it("knows its own sheet until someone edits it; a sheet it did not write counts as edited", async () => {
    const a = new OfficeWorkbookAdapter();
    expect(await a.reportSheetState(REPORT)).toEqual({ exists: false, editedByUser: false });
    await a.writeReportSheet(smallReport());
    expect(await a.reportSheetState(REPORT)).toEqual({ exists: true, editedByUser: false });
    wb.set(REPORT, "B4", 121);
    expect(await a.reportSheetState(REPORT)).toEqual({ exists: true, editedByUser: true });
    await a.writeReportSheet(smallReport());
    wb.set(REPORT, "H30", "opmerking"); // something added beside the report
    expect((await a.reportSheetState(REPORT)).editedByUser).toBe(true);
    wb.addSheet("Mengwijzer_Eigen");
    wb.set("Mengwijzer_Eigen", "A1", 1);
    expect(await a.reportSheetState("Mengwijzer_Eigen")).toEqual({ exists: true, editedByUser: true });
  });

  it("leaves spilled cells empty for the dynamic-array formula, and does not count what Excel spills there as an edit", async () => {
    const report = smallReport();
    report.rows.push([{ value: "Buurt", formula: [{ call: "BY_AREA", args: [["Voorraad[Buurt]"], ["Voorraad[Segment]"]] }] }, { value: 0.4, spilled: true, numberFormat: "0.0%" }]);
    report.rows.push([{ value: "Noord", spilled: true }, { value: 0.5, spilled: true }]);
    const a = new OfficeWorkbookAdapter();
    await a.writeReportSheet(report);
    expect(wb.get(REPORT, "A6")).toBe("=MENG.PERGEBIED(Voorraad[Buurt],Voorraad[Segment])");
    expect([wb.get(REPORT, "B6"), wb.get(REPORT, "A7"), wb.get(REPORT, "B7")]).toEqual(["", "", ""]);
    expect(wb.sheet(REPORT)!.formats.get("6,2")).toBe("0.0%");
    // Excel calculates and spills: not an edit. A change outside the spill area is.
    wb.set(REPORT, "B6", 0.41);
    wb.set(REPORT, "A7", "Noord");
    wb.set(REPORT, "B7", 0.52);
    expect((await a.reportSheetState(REPORT)).editedByUser).toBe(false);
    wb.set(REPORT, "A1", "Mijn titel");
    expect((await a.reportSheetState(REPORT)).editedByUser).toBe(true);
  });

  it("stores settings on a very hidden sheet, long values split over cells", async () => {
    const a = new OfficeWorkbookAdapter();
    expect(await a.readSetting("mapping")).toBeNull();
    const long = "x".repeat(70_000);
    expect((await syncs(() => a.writeSetting("mapping", long))).count).toBe(3);
    await a.writeSetting("andere", "1");
    expect(await a.readSetting("mapping")).toBe(long);
    await a.writeSetting("mapping", "kort");
    expect(await a.readSetting("mapping")).toBe("kort");
    expect(await a.readSetting("andere")).toBe("1");
    expect(wb.sheet(SETTINGS_SHEET)!.visibility).toBe("VeryHidden");
    expect(wb.contents(SETTINGS_SHEET).slice(1)).toEqual([["mapping", "kort"], ["andere", "1"]]); // the old parts cleared
  });
});

describe("OfficeWorkbookAdapter.createPartnerWorkbook", () => {
  it("opens an .xlsx with only the given sheets, values only, through Excel.createWorkbook", async () => {
    const a = new OfficeWorkbookAdapter();
    const notices = await a.createPartnerWorkbook([smallReport()], "Mengwijzer_partnerkopie.xlsx");
    expect(wb.createdWorkbooks).toHaveLength(1);
    const copy = new Workbook();
    const bytes = Buffer.from(wb.createdWorkbooks[0], "base64");
    await copy.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(copy.worksheets.map((s) => s.name)).toEqual([REPORT]);
    expect(copy.getWorksheet(REPORT)!.getCell("C4").value).toBe(0.5); // no formulas in a partner copy
    expect(notices.join(" ")).not.toMatch(/grafiek/); // a partner copy has no charts; that is no warning
    expect(names()).toEqual([]); // the user's workbook is not touched
  });

  it("says in Dutch when Excel is too old (ExcelApi 1.8)", async () => {
    installFakeExcel(wb, { apiVersion: "1.7" });
    await expect(new OfficeWorkbookAdapter().createPartnerWorkbook([smallReport()], "x.xlsx")).rejects.toThrow(/ExcelApi 1.8/);
  });
});
