import { CHECKLIST_HEADERS } from "../../src/core/checklist/checklistTable";
import { OfficeWorkbookAdapter } from "../../src/workbook/OfficeWorkbookAdapter";
import { WorkbookChecklistRepository } from "../../src/workbook/WorkbookChecklistRepository";
import { CATALOGUE_V1, itemA, itemB, itemC } from "../core/checklistFixtures";
import { columnLetters } from "../../src/workbook/a1Address";
import { FakeWorkbook, installFakeExcel, officeError } from "./fakeExcel";

const NOW = () => new Date("2026-11-23T12:00:00.000Z");
let wb: FakeWorkbook;

beforeEach(() => {
  wb = new FakeWorkbook();
  installFakeExcel(wb);
});

/** Sync calls made by `fn`. */
async function syncs<T>(fn: () => Promise<T>): Promise<{ result: T; count: number }> {
  const start = wb.syncCount;
  const result = await fn();
  return { result, count: wb.syncCount - start };
}

describe("OfficeWorkbookAdapter as WorkbookAdapter (the checklist half)", () => {
  it("runs against a fake that, like Office.js, refuses to read what was not loaded and synced", async () => {
    wb.addTable("S", "T", [["Naam"], ["a"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.tables.getItem("T").getRange();
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([["Naam"], ["a"]]);
    });
  });

  it("delivers loaded values only when the sync resolves, and nothing of a batch whose sync fails", async () => {
    wb.addTable("S", "T", [["Naam"], ["a"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.tables.getItem("T").getRange().load("values");
      const pending = context.sync();
      expect(() => range.values).toThrow(/PropertyNotLoaded/); // the round trip has not come back yet
      await pending;
      expect(range.values).toEqual([["Naam"], ["a"]]);
    });
    await Excel.run(async (context) => {
      const before = context.workbook.tables.getItem("T").getRange().load("values");
      context.workbook.tables.getItem("Weg").getRange().load("values"); // fails: no such table
      const after = context.workbook.worksheets.add("Nieuw");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => before.values).toThrow(/PropertyNotLoaded/); // loaded before the failure, still not delivered
      expect(after).toBeDefined();
    });
    expect(wb.sheet("Nieuw")).toBeUndefined(); // queued after the failing command: never ran
  });

  it("reads a table in one sync; an absent table in one sync too", async () => {
    wb.addTable("Blad1", "Tabel", [["Naam", "Waarde"], ["a", 1], ["", true]], "B3");
    const a = new OfficeWorkbookAdapter();
    const read = await syncs(() => a.readTable("tabel"));
    expect(read.count).toBe(1);
    expect(read.result).toEqual({ sheetName: "Blad1", tableName: "Tabel", headers: ["Naam", "Waarde"], rows: [["a", 1], [null, true]], firstSheetRow: 4, address: "B3:C5", lastUsedRow: 5 });
    const absent = await syncs(() => a.readTable("Nope"));
    expect(absent).toEqual({ result: null, count: 1 });
    wb.strictNullObjects = true; // a host that rejects calls on null objects: fall back to two round trips
    expect(await syncs(() => a.readTable("Nope"))).toEqual({ result: null, count: 2 });
    expect((await syncs(() => a.readTable("Tabel"))).count).toBe(1);
    expect(wb.unsynced).toBe(0);
  });

  it("creates sheet and table in one sync, text cells formatted as text", async () => {
    const a = new OfficeWorkbookAdapter();
    const made = await syncs(() => a.createTable("S", "T", ["Naam", "Waarde"], [["a", null], ["b", 2]]));
    expect(made.count).toBe(1);
    expect(wb.tableValues("T")).toEqual([["Naam", "Waarde"], ["a", ""], ["b", 2]]);
    expect(wb.written.map((w) => w.address)).toEqual(["S!A1:B3"]);
    await expect(a.createTable("S", "T2", ["x"], [["y"]])).rejects.toThrow(/ItemAlreadyExists/);
  });

  it("writes cells through the table's columns in one sync, touching only those cells", async () => {
    wb.addTable("S", "T", [["Naam", "Waarde", "Extra"], ["a", 1, "x"], ["b", 2, "y"]], "C5");
    const a = new OfficeWorkbookAdapter();
    const w = await syncs(() => a.writeCells("T", [{ row: 1, column: "Waarde", value: "twee" }, { row: 0, column: "Naam", value: null }]));
    expect(w.count).toBe(1);
    expect(wb.written).toEqual([
      { address: "S!D7:D7", values: [["twee"]] },
      { address: "S!C6:C6", values: [[""]] }, // null is written as "" (null would mean "leave as is")
    ]);
    expect(wb.tableValues("T")).toEqual([["Naam", "Waarde", "Extra"], ["", 1, "x"], ["b", "twee", "y"]]);
  });

  it("writes nothing when a column is gone (lookups come before writes)", async () => {
    wb.addTable("S", "T", [["Naam", "Waarde"], ["a", 1]]);
    const a = new OfficeWorkbookAdapter();
    await expect(a.writeCells("T", [{ row: 0, column: "Naam", value: "z" }, { row: 0, column: "Weg", value: 1 }])).rejects.toThrow(/ItemNotFound/);
    expect(wb.written).toEqual([]);
  });

  it("appends by writing values directly below the table (no rows.add), two syncs, table grows", async () => {
    wb.addTable("S", "T", [["Naam", "Waarde"], ["a", 1]]);
    const a = new OfficeWorkbookAdapter();
    const app = await syncs(() => a.appendRows("T", [["b", 2], ["c", null]]));
    expect(app.count).toBe(2);
    expect(wb.written).toEqual([{ address: "S!A3:B4", values: [["b", 2], ["c", ""]] }]);
    expect(wb.inserted).toEqual([]);
    expect(wb.tableValues("T")).toEqual([["Naam", "Waarde"], ["a", 1], ["b", 2], ["c", ""]]);
  });

  it("makes room with Range.insert when something stands below the table", async () => {
    wb.addTable("S", "T", [["Naam", "Waarde"], ["a", 1]]);
    wb.set("S", "A4", "notitie");
    const a = new OfficeWorkbookAdapter();
    await a.appendRows("T", [["b", 2], ["c", 3]]);
    expect(wb.inserted).toEqual(["S!A3:B4"]);
    expect(wb.get("S", "A6")).toBe("notitie");
    expect(wb.tableValues("T")).toEqual([["Naam", "Waarde"], ["a", 1], ["b", 2], ["c", 3]]);
  });

  it("resizes the table (third sync) when Excel did not grow it", async () => {
    wb.addTable("S", "T", [["Naam", "Waarde"], ["a", 1]], "B2");
    wb.autoExpand = false;
    const a = new OfficeWorkbookAdapter();
    const app = await syncs(() => a.appendRows("T", [["b", 2]]));
    expect(app.count).toBe(3);
    expect(wb.resized).toEqual(["S!B2:C4"]);
    expect(wb.tableValues("T")).toEqual([["Naam", "Waarde"], ["a", 1], ["b", 2]]);
  });

  it("says so in Dutch when the table cannot be resized (ExcelApi < 1.13)", async () => {
    installFakeExcel(wb, { apiVersion: "1.12" });
    wb.addTable("S", "T", [["Naam"], ["a"]]);
    wb.autoExpand = false;
    await expect(new OfficeWorkbookAdapter().appendRows("T", [["b"]])).rejects.toThrow(/Vergroot de tabel handmatig/);
  });

  it("listens with table.onChanged, or on all worksheets while the table does not exist; unsubscribes", async () => {
    const a = new OfficeWorkbookAdapter();
    let calls = 0;
    const stopSheets = await a.onTableChanged("T", () => calls++);
    expect(wb.sheetHandlers).toHaveLength(1);
    wb.addTable("S", "T", [["Naam"], ["a"]]);
    const sub = await syncs(() => a.onTableChanged("T", () => calls++));
    expect(sub.count).toBe(2);
    expect(wb.tableHandlers).toHaveLength(1);
    await wb.fireChanged("S");
    expect(calls).toBe(2);
    await sub.result();
    await stopSheets();
    expect(wb.tableHandlers).toHaveLength(0);
    expect(wb.sheetHandlers).toHaveLength(0);
  });

  it("has no user name in Excel unless one is supplied", async () => {
    expect(await new OfficeWorkbookAdapter().currentUser()).toBeNull();
    expect(await new OfficeWorkbookAdapter({ userName: async () => "Anna" }).currentUser()).toBe("Anna");
  });
});

describe("WorkbookChecklistRepository over OfficeWorkbookAdapter", () => {
  const repo = () => new WorkbookChecklistRepository(new OfficeWorkbookAdapter({ userName: async () => "Anna" }), CATALOGUE_V1, { now: NOW });

  it("load = 1 sync (2 without a table), addArea = 1 read + 1 create (+1 reload), updateAnswer = 2 syncs writing only the changed cells", async () => {
    const r = repo();
    // Without a table, one more sync asks whether the checklist sheet still holds answers (a table converted to a range).
    expect((await syncs(() => r.load())).count).toBe(2);
    expect((await syncs(() => r.addArea({ name: "Noord" }))).count).toBe(4);
    expect(wb.tableValues("MengwijzerChecklist")[0]).toEqual([...CHECKLIST_HEADERS]);
    const second = await syncs(() => r.addArea({ name: "Zuid" }));
    expect(second.count).toBe(4); // read, append (check below + write), reload
    expect(wb.written.at(-1)!.address).toBe("Mengwijzer_Checklist!A6:K9");

    wb.written.length = 0;
    const upd = await syncs(() => r.updateAnswer("Zuid", itemB.id, { status: "gepland", note: "eerst huurders spreken" }));
    expect(upd.count).toBe(2);
    // Zuid/itemB is data row 7 → sheet row 8; Status F, Toelichting H, Gewijzigd op I, Gewijzigd door J.
    expect(wb.written.map((w) => w.address)).toEqual([
      "Mengwijzer_Checklist!F8:F8", "Mengwijzer_Checklist!H8:H8", "Mengwijzer_Checklist!I8:I8", "Mengwijzer_Checklist!J8:J8",
    ]);
    expect(upd.result.answers.find((x) => x.area === "Zuid" && x.itemId === itemB.id)).toMatchObject({
      status: "gepland", note: "eerst huurders spreken", changedAt: "2026-11-23T12:00:00.000Z", changedBy: "Anna",
    });
    expect(wb.unsynced).toBe(0);
  });

  it("locates the row again when a coauthor sorted the table since load", async () => {
    const r = repo();
    await r.addArea({ name: "Noord" });
    await r.load();
    // A coauthor sorts: swap the first two data rows (Noord/itemD ↔ Noord/itemA).
    const [r2, r3] = [wb.tableValues("MengwijzerChecklist")[1], wb.tableValues("MengwijzerChecklist")[2]];
    r3.forEach((v, j) => wb.set("Mengwijzer_Checklist", `${columnLetters(j + 1)}2`, v));
    r2.forEach((v, j) => wb.set("Mengwijzer_Checklist", `${columnLetters(j + 1)}3`, v));
    wb.written.length = 0;
    await r.updateAnswer("Noord", itemA.id, { owner: "corporatie" });
    expect(wb.written[0]).toEqual({ address: "Mengwijzer_Checklist!G2:G2", values: [["corporatie"]] });
    expect(wb.get("Mengwijzer_Checklist", "C2")).toBe(itemA.id);
  });

  it("reloads subscribers when a coauthor changes the table", async () => {
    const r = repo();
    await r.addArea({ name: "Noord" });
    const seen: string[] = [];
    const stop = await r.subscribe((s) => seen.push(s.answers.find((x) => x.itemId === itemC.id)!.status));
    wb.set("Mengwijzer_Checklist", "F5", "afgerond"); // coauthor edits Noord/itemC
    await wb.fireChanged("Mengwijzer_Checklist");
    await new Promise((res) => setTimeout(res, 5));
    expect(seen).toEqual(["afgerond"]);
    await stop();
    expect(wb.tableHandlers).toHaveLength(0);
  });
});

describe("only expected failures are caught (checklist half)", () => {
  it("readTable retries only when the host rejected calls on a null table; another failure is told, once", async () => {
    wb.addTable("S", "T", [["Naam"], ["a"]]);
    wb.failAtSync = 1; // a GeneralException on the first sync
    const before = wb.syncCount;
    await expect(new OfficeWorkbookAdapter().readTable("T")).rejects.toThrow(/De tabel 'T' kon niet worden gelezen\..*the fake was told to fail/);
    expect(wb.syncCount - before).toBe(1); // not retried
  });

  it("addArea: a sheet in the way is named; any other failure to create the table is told with its cause", async () => {
    wb.addSheet("Mengwijzer_Checklist");
    const repo = new WorkbookChecklistRepository(new OfficeWorkbookAdapter(), CATALOGUE_V1, { now: NOW });
    await expect(repo.addArea({ name: "Noord" })).rejects.toThrow(/Er is al een werkblad 'Mengwijzer_Checklist', maar Mengwijzer herkent er geen checklist op/);
    const fresh = new FakeWorkbook();
    installFakeExcel(fresh);
    const failing = new OfficeWorkbookAdapter();
    // the create fails, and not because a sheet is in the way
    failing.createTable = async () => {
      throw officeError("GeneralException", "the fake was told to fail this request");
    };
    const other = new WorkbookChecklistRepository(failing, CATALOGUE_V1, { now: NOW });
    await expect(other.addArea({ name: "Noord" })).rejects.toThrow(/De checklisttabel kon niet worden gemaakt: .*the fake was told to fail/);
    expect(fresh.sheet("Mengwijzer_Checklist")).toBeUndefined();
  });
});
