/**
 * Issue 10: the allocation report's legal options chosen in the pane reach the report and the partner copy through the
 * service, change the figures as the law says, and are kept with the workbook. The expected figures are worked out by
 * hand below from the rules (Woningwet/BTIV toewijzingsnorm, Huisvestingswet 2014 art. 14), not taken from the code.
 */
import { WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import type { CellValue } from "../../src/core/mapping/cells";
import { ALLOCATION_CHOICE_SETTING, DEFAULT_ALLOCATION_CHOICE, type AllocationChoice } from "../../src/core/allocation/allocationChoice";
import { ALLOCATION_HEADERS, ALLOCATION_REPORT_SHEET, CHECK_LABELS } from "../../src/core/report/allocationReport";
import { OfficeWorkbookAdapter } from "../../src/workbook/OfficeWorkbookAdapter";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { FakeWorkbook, installFakeExcel } from "../workbook/fakeExcel";
import { FakeAnalysisWorkbook } from "./fakeAnalysisWorkbook";

/**
 * Zaanstad, March 2025, one-person households (DAEB income limit 2025: € 49.669; huurgrens € 900,07):
 *  rows 1–10  social rent € 650 (DAEB, at or below the huurgrens): rows 1–4 lokale binding (priority), 5–10 regulier;
 *             incomes € 30.000, except row 10 € 60.000 → income check 9 of 10 within the target group (90%);
 *  rows 11–12 middenhuur € 1.000 (not DAEB: outside the income base); row 11 lokale binding, row 12 regulier.
 */
const HEADERS = ["Datum toewijzing", "Gemeente", "Soort woning", "Kale huur", "Toewijzingsgrond", "Huishoudinkomen", "Huishoudgrootte"];
function allocations(): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 1; i <= 10; i++) rows.push([`${i}-3-2025`, "Zaanstad", "sociale huur", 650, i <= 4 ? "lokale binding" : "regulier", i === 10 ? 60000 : 30000, 1]);
  rows.push(["11-3-2025", "Zaanstad", "middenhuur", 1000, "lokale binding", 60000, 2]);
  rows.push(["12-3-2025", "Zaanstad", "middenhuur", 1000, "regulier", 60000, 2]);
  return [HEADERS, ...rows];
}

async function report(choice: AllocationChoice | undefined) {
  const wb = new FakeAnalysisWorkbook();
  wb.addSheet("Toewijzingen", allocations(), "Toewijzingen");
  const service = new WorkbookAnalysisService(wb);
  const source = (await service.findSources()).find((p) => p.kind === "allocations")!.source;
  await service.buildAllocationReport(source, { allocation: choice, replaceEdited: true });
  const sheet = wb.reports.get(ALLOCATION_REPORT_SHEET)!;
  const column = (name: string) => ALLOCATION_HEADERS.indexOf(name as (typeof ALLOCATION_HEADERS)[number]);
  const line = (label: string) => {
    const row = sheet.rows.find((r) => r[2]?.value === label && r[0]?.value === 2025)!;
    const at = (name: string) => row[column(name)]?.value;
    return {
      judged: at("beoordeeld"), passing: at("voldoet"), norm: at("norm"), verdict: at("oordeel"), room: at("ruimte"),
      outside: at("buiten grondslag"), extra: at("extra voorrang die nog past"),
    };
  };
  const texts = sheet.rows.flat().map((c) => String(c?.value ?? ""));
  return { income: line(CHECK_LABELS.inkomen), priority: line(CHECK_LABELS.voorrang), texts };
}

describe("allocation report options through the service", () => {
  test("defaults: norm 92,5% (9 of 10 is too few) and the legal 50% (12 allocations, 5 with priority)", async () => {
    const { income, priority } = await report(undefined);
    expect(income).toMatchObject({ judged: 10, passing: 9, norm: 0.925, verdict: "onder norm", room: 9 - Math.ceil(0.925 * 10), outside: 2 });
    // ⌊0,5 × 12⌋ − 5 = 1; ⌊(6 − 5)/(1 − 0,5)⌋ = 2
    expect(priority).toMatchObject({ judged: 12, passing: 5, norm: 0.5, room: 1, extra: 2, verdict: "binnen norm" });
    expect(await report(DEFAULT_ALLOCATION_CHOICE)).toMatchObject({ income, priority });
  });

  test("widened free room: the income check uses 85%, and 9 of 10 is enough", async () => {
    const { income, texts } = await report({ ...DEFAULT_ALLOCATION_CHOICE, widenedFreeRoom: true });
    expect(income).toMatchObject({ judged: 10, passing: 9, norm: 0.85, verdict: "binnen norm", room: 9 - Math.ceil(0.85 * 10) });
    expect(texts.some((t) => t.includes("norm 85% (vrije ruimte verruimd naar 15%)"))).toBe(true);
  });

  test("the verordening's 40%: ⌊0,4 × 12⌋ − 5 = −1 and ⌊(4,8 − 5)/0,6⌋ = −1, above the maximum", async () => {
    const { priority, texts } = await report({ ...DEFAULT_ALLOCATION_CHOICE, priorityPercent: 40 });
    expect(priority).toMatchObject({ judged: 12, passing: 5, norm: 0.4, room: -1, extra: -1, verdict: "boven norm" });
    expect(texts.some((t) => t.includes("maximum 40% (verordening)"))).toBe(true);
  });

  test("designated social rent only: the two middenhuur allocations leave the base (10 allocations, 4 with priority)", async () => {
    const { priority, texts } = await report({ ...DEFAULT_ALLOCATION_CHOICE, designated: ["sociale huur"] });
    // ⌊0,5 × 10⌋ − 4 = 1; ⌊(5 − 4)/0,5⌋ = 2
    expect(priority).toMatchObject({ judged: 10, passing: 4, norm: 0.5, room: 1, extra: 2, outside: 2 });
    expect(texts.some((t) => t.includes("alleen sociale huur"))).toBe(true);
  });

  test("the partner copy's verdicts follow the same options", async () => {
    const wb = new FakeAnalysisWorkbook();
    wb.addSheet("Toewijzingen", allocations(), "Toewijzingen");
    const service = new WorkbookAnalysisService(wb);
    const allocationsSource = (await service.findSources()).find((p) => p.kind === "allocations")!.source;
    const verdicts = async (choice: AllocationChoice) => {
      await service.makePartnerCopy({ threshold: 3, year: 2025, targetSocialShare: 0.3, allocations: allocationsSource, allocation: choice, acceptSkipped: true });
      const copy = wb.partnerCopies[wb.partnerCopies.length - 1];
      return copy.sheets.flatMap((s) => s.rows.flat()).map((c) => String(c?.value ?? ""));
    };
    expect((await verdicts(DEFAULT_ALLOCATION_CHOICE)).filter((t) => t === "onder norm").length).toBe(1);
    expect((await verdicts({ ...DEFAULT_ALLOCATION_CHOICE, widenedFreeRoom: true })).filter((t) => t === "onder norm").length).toBe(0);
  });
});

describe("the choice is kept with the workbook", () => {
  test("saved, then read back by a new service on the same workbook; nothing stored means the defaults", async () => {
    const wb = new FakeAnalysisWorkbook();
    expect(await new WorkbookAnalysisService(wb).readAllocationChoice()).toEqual({ choice: DEFAULT_ALLOCATION_CHOICE, problem: null });
    const choice: AllocationChoice = { priorityPercent: 37.5, designated: ["sociale huur", "koop"], widenedFreeRoom: true };
    await new WorkbookAnalysisService(wb).saveAllocationChoice(choice);
    expect(await new WorkbookAnalysisService(wb).readAllocationChoice()).toEqual({ choice, problem: null });
  });

  test("a stored value that cannot be read is reported and left as it is", async () => {
    const wb = new FakeAnalysisWorkbook();
    await wb.writeSetting(ALLOCATION_CHOICE_SETTING, "{kapot");
    const read = await new WorkbookAnalysisService(wb).readAllocationChoice();
    expect(read.choice).toEqual(DEFAULT_ALLOCATION_CHOICE);
    expect(read.problem).toMatch(/niet te lezen.*blijven bewaard/);
    expect(await wb.readSetting(ALLOCATION_CHOICE_SETTING)).toBe("{kapot");
  });
});

describe("the Office.js path (OfficeWorkbookAdapter on the fake Excel)", () => {
  test("the choice is stored in the workbook's settings and the report written into Excel follows it", async () => {
    const excel = new FakeWorkbook();
    installFakeExcel(excel);
    excel.addTable("Toewijzingen", "Toewijzingen", allocations() as never);
    const choice: AllocationChoice = { priorityPercent: 40, designated: [], widenedFreeRoom: true };
    await new WorkbookAnalysisService(new OfficeWorkbookAdapter()).saveAllocationChoice(choice);
    const service = new WorkbookAnalysisService(new OfficeWorkbookAdapter());
    const stored = await service.readAllocationChoice();
    expect(stored).toEqual({ choice, problem: null });
    const source = (await service.findSources()).find((p) => p.kind === "allocations")!.source;
    await service.buildAllocationReport(source, { allocation: stored.choice });
    const cells = excel.contents(ALLOCATION_REPORT_SHEET).flat().map(String);
    expect(cells.some((t) => t.includes("maximum 40% (verordening)"))).toBe(true);
    expect(cells.some((t) => t.includes("norm 85% (vrije ruimte verruimd naar 15%)"))).toBe(true);
  });
});

describe("the preview path (FileWorkbookAdapter)", () => {
  test("the choice travels inside the downloaded file and is read back when it is opened again", async () => {
    const adapter = new FileWorkbookAdapter();
    const choice: AllocationChoice = { priorityPercent: 25, designated: ["sociale huur"], widenedFreeRoom: false };
    await new WorkbookAnalysisService(adapter).saveAllocationChoice(choice);
    const reopened = await FileWorkbookAdapter.fromBuffer(await adapter.toBuffer());
    expect(await new WorkbookAnalysisService(reopened).readAllocationChoice()).toEqual({ choice, problem: null });
  });
});
