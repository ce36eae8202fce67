import { EditedSheetError, type Progress } from "../../src/analysis/AnalysisService";
import { HEAD_ROWS, WorkbookAnalysisService, mappingSettingKey } from "../../src/analysis/WorkbookAnalysisService";
import { CATALOGUE } from "../../src/core/checklist/catalogue";
import type { ChecklistRepository, ChecklistSnapshot } from "../../src/core/checklist/ChecklistRepository";
import type { Answer } from "../../src/core/checklist/types";
import type { CellValue } from "../../src/core/mapping/cells";
import { AREA_REPORT_SHEET } from "../../src/core/report/areaReport";
import { ALLOCATION_REPORT_SHEET } from "../../src/core/report/allocationReport";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { SourceReads } from "../../src/analysis/SourceReads";
import { FakeAnalysisWorkbook } from "./fakeAnalysisWorkbook";
import { ALLOCATION_HEADERS, STOCK_HEADERS, allocationGrid, stockGrid } from "./stockFixture";

const NOTE = "Mevrouw Jansen (Dorpsstraat 12) belt elke week over overlast";
const CHANGED_BY = "Piet de Vries";

function checklist(): ChecklistRepository {
  const areas = [{ name: "Centrum", cbsCode: "BU03630101" }, { name: "Noord" }];
  const answers: Answer[] = areas.flatMap((area) =>
    CATALOGUE.items.map((item, i) => ({
      area: area.name, itemId: item.id, status: i % 3 === 0 ? "gepland" : "nog niet bekeken", owner: i % 3 === 0 ? "gemeente" : null,
      note: i === 0 ? NOTE : "", changedAt: "2025-03-01T10:00:00Z", changedBy: CHANGED_BY,
    } as Answer)),
  );
  const snapshot: ChecklistSnapshot = { catalogue: CATALOGUE, areas, answers, unreadable: [], notices: [] };
  return {
    load: async () => snapshot,
    addArea: async () => snapshot,
    updateAnswer: async () => snapshot,
    subscribe: async () => async () => undefined,
  };
}

function workbook(stockRows = 400): FakeAnalysisWorkbook {
  const wb = new FakeAnalysisWorkbook();
  wb.addSheet("Voorraad", stockGrid({ rows: stockRows }), "Voorraad");
  wb.addSheet("Toewijzingen", allocationGrid());
  wb.addSheet("Notities", [["Vergadering"], ["alleen tekst"]]);
  return wb;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("findSources and confirmMapping", () => {
  test("proposes the stock and the allocations, reading only the head of each source", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb);
    const steps: Progress[] = [];
    const proposals = await service.findSources({ onProgress: (p) => steps.push(p) });
    expect(proposals.map((p) => [p.source.sheetName, p.kind, p.fromStorage])).toEqual([
      ["Voorraad", "stock", false],
      ["Toewijzingen", "allocations", false],
    ]);
    expect(proposals[0].mapping.roles.buurtCode?.header).toBe("Buurtcode");
    expect(proposals[0].remarks[0]).toMatch(/Kopregel gevonden in rij 1/);
    expect(wb.reads[0].address).toBe(`A1:L${HEAD_ROWS}`);
    expect(steps[steps.length - 1].fraction).toBe(1);
  });

  test("a confirmed correction is stored in the workbook and comes back", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await service.findSources();
    const confirmed = await service.confirmMapping(stock.source, "stock", { complexNumber: null });
    expect(confirmed.fromStorage).toBe(true);
    expect(confirmed.mapping.roles.complexNumber).toBeUndefined();
    expect(JSON.parse(wb.settings.get(mappingSettingKey(stock.source))!).kind).toBe("stock");
    const again = await new WorkbookAnalysisService(wb).findSources();
    expect(again[0].fromStorage).toBe(true);
    expect(again[0].mapping.roles.complexNumber).toBeUndefined();
    expect(again[0].mapping.roles.buurtCode?.source).toBe("stored");
  });
});

describe("buildAreaReport", () => {
  test("reads with progress, writes only Mengwijzer_Wijkrapport, returns both charts", async () => {
    const wb = workbook();
    const before = clone([...wb.sheets]);
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await service.findSources();
    const steps: Progress[] = [];
    const result = await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025, onProgress: (p) => steps.push(p) });
    expect(result.sheetName).toBe(AREA_REPORT_SHEET);
    expect(result.summary).toMatch(/^Wijkrapport gemaakt: 9 buurten, 3 wijken/);
    expect(result.charts.map((c) => c.stacked)).toEqual([true, true]);
    expect(wb.writes).toEqual([AREA_REPORT_SHEET]);
    expect(steps.some((s) => /^Voorraad lezen: 50 van 4\d\d rijen$/.test(s.step) && s.fraction! > 0 && s.fraction! < 1)).toBe(true);
    expect(clone([...wb.sheets])).toEqual(before);
  });

  test("passes the adapter's notices on as warnings", async () => {
    const wb = workbook();
    wb.writeNotices = ["De 2 grafieken staan niet in het .xlsx-bestand."];
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await service.findSources();
    const result = await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 });
    expect(result.warnings).toContain("De 2 grafieken staan niet in het .xlsx-bestand.");
  });

  test("an edited report sheet is not replaced unless asked", async () => {
    const wb = workbook(100);
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await service.findSources();
    await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 });
    await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 }); // unchanged: no question
    wb.editReport(AREA_REPORT_SHEET);
    const readsBefore = wb.reads.length;
    await expect(service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 })).rejects.toBeInstanceOf(EditedSheetError);
    expect(wb.reads.length).toBe(readsBefore); // asked before the long read
    expect(wb.reports.get(AREA_REPORT_SHEET)!.rows[0][0].value).toBe("met de hand gewijzigd");
    await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025, replaceEdited: true });
    expect(wb.reports.get(AREA_REPORT_SHEET)!.rows[0][0].value).toBe("Mengwijzer – wijkrapport");
  });

  test("cancel mid-read leaves nothing written", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await service.findSources();
    const controller = new AbortController();
    const promise = service.buildAreaReport(stock.source, {
      targetSocialShare: 0.3, year: 2025, signal: controller.signal,
      onProgress: (p) => { if (/Voorraad lezen: 100 /.test(p.step)) controller.abort(); },
    });
    await expect(promise).rejects.toMatchObject({ name: "AbortError" });
    expect(wb.writes).toEqual([]);
    expect(wb.reports.size).toBe(0);
  });

  test("a failure half-way (read or write) leaves the user's sheets and the previous report untouched", async () => {
    const wb = workbook(120);
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await service.findSources();
    await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 });
    const before = clone([...wb.sheets]);
    const report = clone(wb.reports.get(AREA_REPORT_SHEET));
    const read = wb.readSource.bind(wb);
    wb.readSource = async (source, options) => {
      if (source.rowCount > HEAD_ROWS || source.kind === "table") throw new Error("Lezen van 'Voorraad' mislukt na 50 van 124 rijen; er is niets veranderd.");
      return read(source, options);
    };
    await expect(service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 })).rejects.toThrow(/mislukt/);
    wb.readSource = read;
    wb.writeReportSheet = async () => { throw new Error("schrijven mislukt"); };
    await expect(service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 })).rejects.toThrow(/schrijven mislukt/);
    expect(clone([...wb.sheets])).toEqual(before);
    expect(clone(wb.reports.get(AREA_REPORT_SHEET))).toEqual(report);
  });

  test("a source without buurtcode is refused in Dutch, nothing written", async () => {
    const wb = new FakeAnalysisWorkbook();
    wb.addSheet("Lijst", [["Complexnummer", "Segment"], ["C1", "koop"], ["C2", "sociale huur"]]);
    const service = new WorkbookAnalysisService(wb);
    const [source] = await service.findSources();
    await expect(service.buildAreaReport(source.source, { targetSocialShare: 0.3, year: 2025 })).rejects.toThrow(/buurtcode/);
    expect(wb.writes).toEqual([]);
  });

  test("includes vitality when the input sheet exists", async () => {
    const wb = workbook(60);
    wb.addSheet("Mengwijzer_Vitaliteit", [
      ["gebied", "leefbaarheid", "wijkraad", "wijkregisseur", "overlastmaat", "grens_laag", "grens_hoog"],
      ["Centrum", 4, "ja", "ja", 12, 10, 30],
    ]);
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await service.findSources();
    expect((await service.findSources()).map((p) => p.source.sheetName)).not.toContain("Mengwijzer_Vitaliteit");
    await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 });
    const row = wb.reports.get(AREA_REPORT_SHEET)!.rows.find((r) => r[0]?.value === "Centrum")!;
    expect(row.slice(1, 6).map((c) => c.value)).toEqual([3, 1, 2, 6, "geen signaal"]);
  });
});

describe("buildAllocationReport", () => {
  test("writes Mengwijzer_Toewijzing with links to the source rows", async () => {
    const wb = workbook(50);
    const service = new WorkbookAnalysisService(wb);
    const proposals = await service.findSources();
    const allocations = proposals.find((p) => p.kind === "allocations")!;
    const result = await service.buildAllocationReport(allocations.source, {});
    expect(result.sheetName).toBe(ALLOCATION_REPORT_SHEET);
    const links = wb.reports.get(ALLOCATION_REPORT_SHEET)!.rows.flat().filter((c) => c?.link);
    expect(links.length).toBeGreaterThan(0);
    expect(links[0].link!.sheet).toBe("Toewijzingen");
  });
});

describe("makePartnerCopy", () => {
  function allCells(sheets: ReportSheet[]): CellValue[] {
    return sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => c.value)));
  }

  test("no value of the source rows can be read back from the copy", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb, { checklist: checklist() });
    const result = await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3 });
    expect(result.fileName).toMatch(/\.xlsx$/);
    expect(wb.partnerCopies.length).toBe(1);
    const { sheets } = wb.partnerCopies[0];
    expect(sheets.map((s) => s.name)).toEqual([
      "Gelezen rijen",
      "Buurten aantallen", "Buurten aandelen", "Buurten indices", "Wijken aantallen", "Wijken aandelen", "Wijken indices",
      "Gemeenten aantallen", "Gemeenten aandelen", "Gemeenten indices", "Toewijzingen", "Checklist", "Over deze kopie",
    ]);
    // gemeente names that were not confirmed travel as neutral labels, and the pane says so
    expect(result.warnings.some((w) => /Label 'Amsterdam' \(gemeente \(toewijzingen\)\) staat in de kopie als 'gemeente \d'/.test(w))).toBe(true);

    // independent scan: every personal value of the source rows
    const stock = wb.sheets.get("Voorraad")!;
    const alloc = wb.sheets.get("Toewijzingen")!;
    const col = (grid: CellValue[][], headers: string[], name: string) => grid.slice(1).map((r) => r[headers.indexOf(name)]).filter((v) => v !== null && v !== undefined);
    const distinctive = [
      ...col(stock, STOCK_HEADERS, "VHE-nummer"), ...col(stock, STOCK_HEADERS, "Postcode"),
      ...col(alloc, ALLOCATION_HEADERS, "VHE-nummer"), ...col(alloc, ALLOCATION_HEADERS, "Huishoudinkomen"), ...col(alloc, ALLOCATION_HEADERS, "Adres"),
      ...stock.slice(1).map((r) => `${r[2]} ${r[3]}`), NOTE, CHANGED_BY,
    ].map((v) => String(v).trim().toLowerCase());
    const copied = new Set(allCells(sheets).filter((v) => v !== null).map((v) => String(v).trim().toLowerCase()));
    for (const value of distinctive) expect(copied.has(value)).toBe(false);
    // small personal numbers (household size, age, house number) would collide with counts by chance: they may only
    // appear as aggregates, i.e. every number sits in a count, share, index, year, norm or headroom column
    const numericHeaders = /^(Aantal|Aandeel: |LQ: |Entropie|Diversiteit|Doelafstand|Jaar|Norm|Ruimte)/;
    for (const sheet of sheets) {
      const headers = sheet.rows[0].map((c) => String(c.value));
      expect(headers.join(" ")).not.toMatch(/inkomen|huishoud|leeftijd|vhe|adres|postcode|huisnummer|toelichting:|gewijzigd/i);
      sheet.rows.slice(1).forEach((row) => row.forEach((cell, c) => {
        if (typeof cell.value === "number") expect(headers[c]).toMatch(numericHeaders);
        expect(cell.formula).toBeUndefined();
        expect(cell.link).toBeUndefined();
      }));
    }
  });

  test("suppression: cells that describe fewer than the threshold read '<k', their parts '.'", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb, { checklist: checklist() });
    await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3 });
    const counts = wb.partnerCopies[0].sheets.find((s) => s.name === "Buurten aantallen")!;
    const header = counts.rows[0].map((c) => c.value);
    const tiny = counts.rows.find((r) => r[0].value === "BU03630309")!; // 2 dwellings
    expect(tiny.slice(2).map((c) => c.value)).toEqual(["<5", ".", ".", ".", "."]);
    for (const row of counts.rows.slice(1)) row.forEach((cell, c) => {
      if (String(header[c]).startsWith("Aantal") && typeof cell.value === "number") expect(cell.value === 0 || cell.value >= 5).toBe(true);
    });
    const shares = wb.partnerCopies[0].sheets.find((s) => s.name === "Buurten aandelen")!;
    expect(shares.rows.find((r) => r[0].value === "BU03630309")!.slice(2).every((c) => c.value === null)).toBe(true);

    await service.makePartnerCopy({ threshold: 40, year: 2025, targetSocialShare: 0.3 });
    const strict = wb.partnerCopies[1].sheets.find((s) => s.name === "Buurten aantallen")!;
    const hidden = (sheet: ReportSheet) => sheet.rows.flat().filter((c) => c.value === "<40" || c.value === "<5").length;
    expect(hidden(strict)).toBeGreaterThan(hidden(counts));
    for (const row of strict.rows.slice(1)) row.forEach((cell) => {
      if (typeof cell.value === "number") expect(cell.value === 0 || cell.value >= 40).toBe(true);
    });
  });

  test("a buurt labelled with a dwelling's postcode travels as a neutral label, and the pane says why", async () => {
    const wb = workbook(60);
    const grid = wb.sheets.get("Voorraad")!;
    const postcode = grid[3][STOCK_HEADERS.indexOf("Postcode")];
    grid[3][STOCK_HEADERS.indexOf("Buurtcode")] = postcode;
    const service = new WorkbookAnalysisService(wb);
    const result = await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3 });
    expect(allCells(wb.partnerCopies[0].sheets).map(String)).not.toContain(String(postcode));
    expect(result.warnings.some((w) => w.includes(`'${String(postcode)}'`) && /postcode/.test(w))).toBe(true);
  });

  test("a threshold of 0, 1 or 2 is refused with the reason", async () => {
    const wb = workbook(60);
    const service = new WorkbookAnalysisService(wb);
    for (const threshold of [0, 1, 2]) await expect(service.makePartnerCopy({ threshold, year: 2025, targetSocialShare: 0.3 })).rejects.toThrow(/3 tot en met 50/);
    expect(wb.partnerCopies).toEqual([]);
  });

  test("checklist: item, status and eigenaar per area; no toelichting, no names", async () => {
    const wb = workbook(60);
    await new WorkbookAnalysisService(wb, { checklist: checklist() }).makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3 });
    const sheet = wb.partnerCopies[0].sheets.find((s) => s.name === "Checklist")!;
    expect(sheet.rows[0].map((c) => c.value)).toEqual(["Gebied", "Onderdeel", "Item", "Status", "Eigenaar"]);
    expect(sheet.rows.length).toBe(1 + 2 * CATALOGUE.items.length);
  });
});

describe("one run reads each source once", () => {
  test("'Alles maken' with one SourceReads: the stock and the allocations are each read in full once, results as apart", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb, { checklist: checklist() });
    const [stock, allocations] = (await wb.listSources()).filter((s) => s.sheetName !== "Notities");
    // no findSources here (both sources are given), so every read of these two sheets is a full read
    const sourceReads = (book: FakeAnalysisWorkbook) => book.reads.map((r) => r.sheetName).filter((n) => n === "Voorraad" || n === "Toewijzingen").sort();

    wb.reads.length = 0;
    const reads = new SourceReads();
    const area = await service.buildAreaReport(stock, { targetSocialShare: 0.3, year: 2025, reads });
    const allocation = await service.buildAllocationReport(allocations, { reads });
    await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3, stock, allocations, reads });
    expect(sourceReads(wb)).toEqual(["Toewijzingen", "Voorraad"]);

    // the same three steps without a shared SourceReads read each source twice and give the same results
    const apart = new FakeAnalysisWorkbook();
    apart.addSheet("Voorraad", stockGrid(), "Voorraad");
    apart.addSheet("Toewijzingen", allocationGrid());
    const other = new WorkbookAnalysisService(apart, { checklist: checklist() });
    expect(await other.buildAreaReport(stock, { targetSocialShare: 0.3, year: 2025 })).toEqual(area);
    expect(await other.buildAllocationReport(allocations, {})).toEqual(allocation);
    await other.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3, stock, allocations });
    expect(sourceReads(apart)).toEqual(["Toewijzingen", "Toewijzingen", "Voorraad", "Voorraad"]);
    expect(apart.partnerCopies).toEqual(wb.partnerCopies);
  });

  test("a failed read is not kept: the next step reads again", async () => {
    const reads = new SourceReads();
    const source = { kind: "range" as const, sheetName: "X", address: "A1:B2", rowCount: 2, columnCount: 2 };
    let calls = 0;
    await expect(reads.once(source, "stock", async () => { calls++; throw new Error("kapot"); })).rejects.toThrow("kapot");
    await expect(reads.once(source, "stock", async () => { calls++; return 1; })).resolves.toBe(1);
    await expect(reads.once(source, "stock", async () => { calls++; return 2; })).resolves.toBe(1);
    expect(calls).toBe(2);
  });
});

describe("the year is the user's, and a year without norms is an error", () => {
  function noSegmentWorkbook(): FakeAnalysisWorkbook {
    const wb = new FakeAnalysisWorkbook();
    wb.addSheet("Voorraad", stockGrid({ withSegment: false }), "Voorraad");
    return wb;
  }

  test("2027 without a segment column: the area report and the partner copy refuse with a clear message, nothing is written", async () => {
    const wb = noSegmentWorkbook();
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await wb.listSources();
    await expect(service.buildAreaReport(stock, { targetSocialShare: 0.3, year: 2027 })).rejects.toThrow(/Geen normen bekend voor 2027.*Kies bij 'Jaar \(normen\)' een jaar met normen \(2023, 2024, 2025, 2026\)/);
    await expect(service.makePartnerCopy({ threshold: 5, year: 2027, targetSocialShare: 0.3, stock })).rejects.toThrow(/Geen normen bekend voor 2027/);
    expect(wb.writes).toEqual([]);
    expect(wb.partnerCopies).toEqual([]);
  });

  test("the partner copy uses the year it is given, not the year of an earlier report or the calendar", async () => {
    const wb = noSegmentWorkbook();
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await wb.listSources();
    await service.buildAreaReport(stock, { targetSocialShare: 0.3, year: 2025 });
    // an earlier report in 2025 does not make a 2027 copy possible
    await expect(service.makePartnerCopy({ threshold: 5, year: 2027, targetSocialShare: 0.3, stock })).rejects.toThrow(/2027/);
    // and the target of the copy is the one passed, not the report's
    await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.5, stock });
    const indices = wb.partnerCopies[0].sheets.find((s) => s.name === "Buurten indices")!;
    const header = indices.rows[0].map((c) => String(c.value));
    const gap = header.findIndex((h) => h.startsWith("Doelafstand"));
    const social = wb.partnerCopies[0].sheets.find((s) => s.name === "Buurten aandelen")!;
    const socialColumn = social.rows[0].findIndex((c) => String(c.value).toLowerCase() === "aandeel: sociale huur");
    expect(gap).toBeGreaterThan(0);
    expect(socialColumn).toBeGreaterThan(0);
    const gapRow = indices.rows.find((r, i) => i > 0 && typeof r[gap].value === "number")!;
    const shareRow = social.rows.find((r) => r[0].value === gapRow[0].value)!;
    expect(typeof shareRow[socialColumn].value).toBe("number");
    expect(gapRow[gap].value).toBeCloseTo(Math.abs((shareRow[socialColumn].value as number) - 0.5), 12);
    expect(gapRow[gap].value).not.toBeCloseTo(Math.abs((shareRow[socialColumn].value as number) - 0.3), 3); // not the report's target
  });
});

describe("only expected failures are caught", () => {
  test("findSources: a failed settings read is an error, not '0 sources'", async () => {
    const wb = workbook();
    wb.readSetting = async () => {
      throw Object.assign(new Error("Excel antwoordt niet."), { code: "GeneralException" });
    };
    await expect(new WorkbookAnalysisService(wb).findSources()).rejects.toThrow("Excel antwoordt niet.");
  });

  test("findSources: a sheet without a header row is left out without an error", async () => {
    const wb = workbook();
    wb.addSheet("Getallen", [[1], [2], [3]]);
    const found = await new WorkbookAnalysisService(wb).findSources();
    expect(found.map((p) => p.source.sheetName).sort()).toEqual(["Toewijzingen", "Voorraad"]);
  });

  test("vitality: an absent sheet means 'no input yet'; a sheet that cannot be read stops the report with the cause", async () => {
    const wb = workbook();
    const service = new WorkbookAnalysisService(wb);
    const [stock] = await wb.listSources();
    await expect(service.buildAreaReport(stock, { targetSocialShare: 0.3, year: 2025 })).resolves.toMatchObject({ sheetName: AREA_REPORT_SHEET });
    wb.addSheet("Mengwijzer_Vitaliteit", [["gebied"], ["Noord"]]);
    const read = wb.readSource.bind(wb);
    wb.readSource = async (source, options) => {
      if (source.sheetName === "Mengwijzer_Vitaliteit") throw Object.assign(new Error("Het verzoek is te groot."), { code: "ResponsePayloadSizeLimitExceeded" });
      return read(source, options);
    };
    await expect(service.buildAreaReport(stock, { targetSocialShare: 0.3, year: 2025 })).rejects.toThrow("Het verzoek is te groot.");
  });
});
