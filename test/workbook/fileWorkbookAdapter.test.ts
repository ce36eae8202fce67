import { Workbook } from "exceljs";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";

const H = ["Naam", "Waarde"];

async function reopen(adapter: FileWorkbookAdapter): Promise<FileWorkbookAdapter> {
  return FileWorkbookAdapter.fromBuffer(await adapter.toBuffer());
}

describe("FileWorkbookAdapter", () => {
  it("creates a real Excel table that survives save and reopen", async () => {
    const a = new FileWorkbookAdapter();
    await a.createTable("Blad", "Tabel1", H, [["a", 1], ["b", null]]);
    const b = await reopen(a);
    expect(b.listTables()).toEqual([{ sheetName: "Blad", tableName: "Tabel1" }]);
    expect(await b.readTable("tabel1")).toEqual({ sheetName: "Blad", tableName: "Tabel1", headers: H, rows: [["a", 1], ["b", null]], firstSheetRow: 2, address: "A1:B3", lastUsedRow: 3 });
    // The file itself holds a table part with the right address (what Excel reads).
    const wb = new Workbook();
    await wb.xlsx.load(await b.toBuffer());
    const t = (wb.getWorksheet("Blad") as unknown as { tables: Record<string, { model: { tableRef: string } }> }).tables.Tabel1;
    expect(t.model.tableRef).toBe("A1:B3");
  });

  it("returns null for an absent table and refuses an existing sheet", async () => {
    const a = new FileWorkbookAdapter();
    expect(await a.readTable("Nope")).toBeNull();
    a.workbook.addWorksheet("Blad");
    await expect(a.createTable("Blad", "T", H, [["a", 1]])).rejects.toThrow(/bestaat al/);
  });

  it("appends rows, growing the table, also after a reopen", async () => {
    const a = new FileWorkbookAdapter();
    await a.createTable("Blad", "T", H, [["a", 1]]);
    await a.appendRows("T", [["b", 2]]);
    const b = await reopen(a);
    await b.appendRows("T", [["c", 3], ["d", 4]]);
    const c = await reopen(b);
    expect((await c.readTable("T"))!.rows).toEqual([["a", 1], ["b", 2], ["c", 3], ["d", 4]]);
  });

  it("moves data below the table down instead of overwriting it", async () => {
    const a = new FileWorkbookAdapter();
    await a.createTable("Blad", "T", H, [["a", 1]]);
    a.workbook.getWorksheet("Blad")!.getCell("A3").value = "notitie onder de tabel";
    await a.appendRows("T", [["b", 2]]);
    const ws = a.workbook.getWorksheet("Blad")!;
    expect(ws.getCell("A3").value).toBe("b");
    expect(ws.getCell("A4").value).toBe("notitie onder de tabel");
  });

  it("writes only the given cells, by header", async () => {
    const a = new FileWorkbookAdapter();
    await a.createTable("Blad", "T", H, [["a", 1], ["b", 2]]);
    await a.writeCells("T", [{ row: 1, column: "Waarde", value: "twee" }]);
    expect((await a.readTable("T"))!.rows).toEqual([["a", 1], ["b", "twee"]]);
    await expect(a.writeCells("T", [{ row: 0, column: "Naam", value: "x" }, { row: 0, column: "Bestaat niet", value: 1 }])).rejects.toThrow(/Bestaat niet/);
    expect((await a.readTable("T"))!.rows[0][0]).toBe("a"); // nothing written when one write is bad
  });

  it("reads formulas, rich text and dates as plain values", async () => {
    const a = new FileWorkbookAdapter();
    await a.createTable("Blad", "T", H, [["a", 1], ["b", 2], ["c", 3]]);
    const ws = a.workbook.getWorksheet("Blad")!;
    ws.getCell("B2").value = { formula: "1+1", result: 2 };
    ws.getCell("A3").value = { richText: [{ text: "vet" }, { text: "je" }] };
    ws.getCell("B4").value = new Date(Date.UTC(2023, 2, 15));
    expect((await a.readTable("T"))!.rows).toEqual([["a", 2], ["vetje", 2], ["c", 45000]]);
  });

  it("calls listeners after its own writes, until unsubscribed", async () => {
    const a = new FileWorkbookAdapter(undefined, { userName: "Preview" });
    const calls: string[] = [];
    const stop = await a.onTableChanged("T", () => calls.push("x"));
    await a.createTable("Blad", "T", H, [["a", 1]]);
    await a.writeCells("T", [{ row: 0, column: "Naam", value: "z" }]);
    await a.appendRows("T", [["b", 2]]);
    await stop();
    await a.writeCells("T", [{ row: 0, column: "Naam", value: "y" }]);
    expect(calls).toHaveLength(3);
    expect(await a.currentUser()).toBe("Preview");
    expect(await new FileWorkbookAdapter().currentUser()).toBeNull();
  });
});
