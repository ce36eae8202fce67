/**
 * Hostile and broken .xlsx files through the file adapter (what the browser preview opens). Each is refused with a
 * Dutch message naming the limit, or opened with reads no larger than the data. Time and memory are measured in
 * bench/hostileFiles.ts, not here.
 */
import { strToU8, zipSync } from "fflate";
import { EXCEL_MAX_ROWS, PACKAGE_LIMITS, checkPackage, PackageRefusedError } from "../../src/workbook/packageCheck";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { columnPastExcel, lyingZipBomb, rowPastExcel, strayCellStock, zipBomb } from "./hostileWorkbooks";

const buffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;

async function refusal(bytes: Uint8Array): Promise<PackageRefusedError> {
  try {
    await FileWorkbookAdapter.fromBuffer(buffer(bytes));
  } catch (error) {
    expect(error).toBeInstanceOf(PackageRefusedError);
    return error as PackageRefusedError;
  }
  throw new Error("the file was opened");
}

/** No English library text, no URL, no stack: only the Dutch sentence. */
function expectPlainDutch(message: string): void {
  expect(message).not.toMatch(/https?:|Error|undefined|Cannot|Corrupted|zip file|JSZip|end of central/i);
  expect(message).toMatch(/(bestand|werkblad|onderdeel)/);
}

describe("hostile files", () => {
  it("a 7 KiB stock with one value in XFD1048576 opens, and its source is the stock export's 55 rows × 12 columns, not the whole sheet", async () => {
    const bytes = await strayCellStock(50);
    expect(bytes.length).toBeLessThan(10_000);
    const adapter = await FileWorkbookAdapter.fromBuffer(buffer(bytes));
    const sources = await adapter.listSources();
    expect(sources).toEqual([{ kind: "range", sheetName: "Voorraad", address: "A1:L55", rowCount: 55, columnCount: 12 }]);
    const rows = await adapter.readSource(sources[0]);
    expect(rows).toHaveLength(55);
    expect(rows[0][0]).toBe("VHE-nummer");
  });

  it("a zip bomb (80 MB of sheet XML in a small file) is refused from the zip index, naming the limit", async () => {
    const bytes = await zipBomb(80);
    expect(bytes.length).toBeLessThan(1_000_000);
    const error = await refusal(bytes);
    expect(error.reason).toBe("partTooLarge");
    expect(error.message).toContain("'xl/worksheets/sheet1.xml'");
    expect(error.message).toContain(`${PACKAGE_LIMITS.maxPartBytes / 1_000_000} MB`);
    expectPlainDutch(error.message);
  }, 60_000);

  it("a bomb that lies about its size in the zip index is caught while unpacking into a counter", async () => {
    const error = await refusal(await lyingZipBomb(30));
    expect(error.reason).toBe("sizeMismatch");
    expectPlainDutch(error.message);
  }, 60_000);

  it("row 1,048,577 (one past Excel's last row) is refused, as Excel refuses it", async () => {
    const error = await refusal(await rowPastExcel());
    expect(error.reason).toBe("tooManyRows");
    expect(error.message).toContain(EXCEL_MAX_ROWS.toLocaleString("nl-NL"));
    expectPlainDutch(error.message);
  });

  it("column XFE (one past XFD) is refused", async () => {
    const error = await refusal(await columnPastExcel());
    expect(error.reason).toBe("tooManyColumns");
    expect(error.message).toContain("XFD");
  });

  it("the last row and column Excel has are accepted", async () => {
    await expect(checkPackage(await strayCellStock(3))).resolves.toBeDefined();
  });

  it("a file that is not a zip, a cut-off download and a zip without a workbook each get their own Dutch reason", async () => {
    const notZip = await refusal(strToU8("VHE-nummer;Buurtcode\n1;BU1\n"));
    expect(notZip.reason).toBe("notAZip");
    const whole = await strayCellStock(5);
    const cut = await refusal(whole.slice(0, Math.floor(whole.length * 0.7)));
    expect(cut.reason).toBe("truncated");
    const empty = await refusal(zipSync({ "leesmij.txt": strToU8("geen werkmap") }));
    expect(empty.reason).toBe("noWorkbookPart");
    for (const e of [notZip, cut, empty]) expectPlainDutch(e.message);
  });

  it("a package ExcelJS chokes on past the checks gets the Dutch 'cannot be read' text, not the library's", async () => {
    const bytes = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook><sheets><sheet") });
    const error = await refusal(bytes);
    expect(error.reason).toBe("unreadable");
    expectPlainDutch(error.message);
  });

  it("checking can be cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(checkPackage(await strayCellStock(5), { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
