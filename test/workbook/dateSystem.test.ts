/**
 * How each adapter knows the workbook's date system: the Office adapter asks Excel's DATE(1904;1;1) through
 * Excel.Functions (0 in a 1904 workbook, 1462 in a 1900 one); the file adapter gets dates from ExcelJS, which applies the
 * file's date1904 flag, and hands them on as 1900 serials.
 */
import ExcelJS from "exceljs";
import { OfficeWorkbookAdapter } from "../../src/workbook/OfficeWorkbookAdapter";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { readCalendarDate } from "../../src/core/cellReaders";

type Globals = { Excel?: unknown; Office?: unknown };
const g = globalThis as Globals;

function installExcel(dateOf1904: number | (() => never), supported = true): { calls: number } {
  const seen = { calls: 0 };
  g.Office = { context: { requirements: { isSetSupported: () => supported } } };
  g.Excel = {
    run: async <T>(fn: (context: unknown) => Promise<T>) => {
      const result = { value: undefined as unknown, load() { return this; } };
      const context = {
        workbook: {
          functions: {
            date: (y: number, m: number, d: number) => {
              seen.calls += 1;
              expect([y, m, d]).toEqual([1904, 1, 1]);
              return result;
            },
          },
        },
        sync: async () => {
          result.value = typeof dateOf1904 === "function" ? dateOf1904() : dateOf1904;
        },
      };
      return fn(context);
    },
  };
  return seen;
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe("OfficeWorkbookAdapter.dateSystem", () => {
  test("1904 when DATE(1904;1;1) is 0, 1900 when it is 1462, with one function call", async () => {
    const seen = installExcel(0);
    expect(await new OfficeWorkbookAdapter().dateSystem()).toBe(1904);
    expect(seen.calls).toBe(1);
    installExcel(1462);
    expect(await new OfficeWorkbookAdapter().dateSystem()).toBe(1900);
  });

  test("1900 when Excel cannot answer or lacks ExcelApi 1.2", async () => {
    installExcel(() => {
      throw new Error("GeneralException");
    });
    expect(await new OfficeWorkbookAdapter().dateSystem()).toBe(1900);
    const seen = installExcel(0, false);
    expect(await new OfficeWorkbookAdapter().dateSystem()).toBe(1900);
    expect(seen.calls).toBe(0);
  });
});

describe("FileWorkbookAdapter in a 1904 file", () => {
  test("a date cell reads as the right date (ExcelJS applies date1904; the adapter hands on 1900 serials)", async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const sheet = book.addWorksheet("Toewijzingen");
    sheet.getCell("A1").value = "Datum";
    sheet.getCell("A2").value = new Date(Date.UTC(2025, 2, 15));
    sheet.getCell("A2").numFmt = "d-m-yyyy";
    const bytes = (await book.xlsx.writeBuffer()) as ArrayBuffer;
    const adapter = await FileWorkbookAdapter.fromBuffer(bytes);
    expect(await adapter.dateSystem()).toBe(1900);
    const [source] = (await adapter.listSources()).filter((s) => s.sheetName === "Toewijzingen");
    const cells = await adapter.readSource(source);
    expect(readCalendarDate(cells[1][0], await adapter.dateSystem())).toEqual({ year: 2025, month: 3, day: 15 });
  });
});
