import { CATALOGUE } from "../../src/core/checklist/catalogue";
import { CHECKLIST_HEADERS, CHECKLIST_SHEET, CHECKLIST_TABLE } from "../../src/core/checklist/checklistTable";
import type { ChecklistSnapshot } from "../../src/core/checklist/ChecklistRepository";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { WorkbookChecklistRepository } from "../../src/workbook/WorkbookChecklistRepository";
import type { CellValue } from "../../src/workbook/WorkbookAdapter";
import { CATALOGUE_V1, CATALOGUE_V11, itemA, itemB, itemC, itemD, itemNew1 } from "../core/checklistFixtures";

const NOW = () => new Date("2026-11-23T12:00:00.000Z");
// Gewijzigd op as Excel stores it: days since 1899-12-30 in local wall-clock time. 2026-11-23 12:00 UTC is day 46349
// (46023 = 2026-01-01, + 326 days) and a half, shifted by this machine's offset from UTC (0 here).
const NOW_SERIAL = 46349.5 - NOW().getTimezoneOffset() / 1440;
const repoOver = (adapter: FileWorkbookAdapter, catalogue = CATALOGUE_V1) => new WorkbookChecklistRepository(adapter, catalogue, { now: NOW });
const reopen = async (adapter: FileWorkbookAdapter, userName?: string) => FileWorkbookAdapter.fromBuffer(await adapter.toBuffer(), { userName });
const answerOf = (s: ChecklistSnapshot, area: string, itemId: string) => s.answers.find((a) => a.area === area && a.itemId === itemId)!;
const sheet = (adapter: FileWorkbookAdapter) => adapter.workbook.getWorksheet(CHECKLIST_SHEET)!;
const grid = async (adapter: FileWorkbookAdapter): Promise<CellValue[][]> => {
  const t = (await adapter.readTable(CHECKLIST_TABLE))!;
  return [t.headers, ...t.rows];
};

describe("WorkbookChecklistRepository over FileWorkbookAdapter", () => {
  it("starts empty and creates nothing on load", async () => {
    const adapter = new FileWorkbookAdapter();
    const s = await repoOver(adapter).load();
    expect(s).toMatchObject({ areas: [], answers: [], unreadable: [], notices: [] });
    expect(adapter.listTables()).toEqual([]);
  });

  it("fills, saves, reopens: every answer comes back", async () => {
    const adapter = new FileWorkbookAdapter(undefined, { userName: "Anna de Vries" });
    const repo = repoOver(adapter);
    await repo.addArea({ name: "Noord", cbsCode: "BU03630001" });
    await repo.addArea({ name: "Zuid" });
    expect(adapter.listTables()).toEqual([{ sheetName: "Mengwijzer_Checklist", tableName: "MengwijzerChecklist" }]);
    await repo.updateAnswer("Noord", itemA.id, { status: "gepland", owner: "gemeente", note: "Grondruil met de gemeente" });
    await repo.updateAnswer("Noord", itemB.id, { status: "bewust niet" });
    await repo.updateAnswer("Zuid", itemC.id, { status: "in uitvoering", owner: "zorg/welzijn" });
    await repo.updateAnswer("Zuid", itemD.id, { owner: "bewoners", note: "Bewonersavond 12 december" });
    const before = await repo.load();

    const reopened = await reopen(adapter);
    const after = await repoOver(reopened).load();
    expect(after.answers).toEqual(before.answers);
    expect(after.areas).toEqual([{ name: "Noord", cbsCode: "BU03630001" }, { name: "Zuid" }]);
    expect(answerOf(after, "Noord", itemA.id)).toEqual({
      area: "Noord", itemId: itemA.id, status: "gepland", owner: "gemeente", note: "Grondruil met de gemeente",
      changedAt: "2026-11-23T12:00:00.000Z", changedBy: "Anna de Vries",
    });
    expect(after.notices).toEqual([expect.stringMatching(/'bewust niet' zonder toelichting/)]);
    expect(after.unreadable).toEqual([]);
    // Partners without the add-in see titles and parts.
    const t = (await reopened.readTable(CHECKLIST_TABLE))!;
    expect(t.headers).toEqual([...CHECKLIST_HEADERS]);
    expect(t.rows[1].slice(0, 6)).toEqual(["Noord", "BU03630001", itemA.id, "Fysieke instrumenten", "Grondbeleid", "gepland"]);
    expect(t.rows).toHaveLength(8);
    // Readable without the add-in (issue 8, point 6): no cell of the checklist sheet holds a formula at all.
    sheet(reopened).eachRow((row) => row.eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      expect(String(cell.value ?? "")).not.toMatch(/^=|MENG\./);
    }));
    // Gewijzigd op is a real date in the file: a number with a date format, which ExcelJS reads back as a Date.
    const changedCell = sheet(reopened).getCell(t.firstSheetRow + 1, CHECKLIST_HEADERS.indexOf("Gewijzigd op") + 1);
    expect(changedCell.numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(changedCell.value).toBeInstanceOf(Date);
    expect(sheet(reopened).getCell(t.firstSheetRow, CHECKLIST_HEADERS.indexOf("Gewijzigd op") + 1).value).toBeNull();
  });

  it("rejects a duplicate area name (case and spaces ignored) in Dutch", async () => {
    const repo = repoOver(new FileWorkbookAdapter());
    await repo.addArea({ name: "Noord" });
    await expect(repo.addArea({ name: " noord " })).rejects.toThrow("Het gebied 'noord' staat al in de checklist. Kies een andere naam.");
    await expect(repo.addArea({ name: "  " })).rejects.toThrow("Geef het gebied een naam.");
  });

  it("writes only the changed cells plus Gewijzigd op/door", async () => {
    const adapter = new FileWorkbookAdapter(undefined, { userName: "Bo" });
    const repo = repoOver(adapter);
    await repo.addArea({ name: "Noord" });
    await repo.updateAnswer("Noord", itemA.id, { status: "gepland", owner: "gemeente" });
    const spy = jest.spyOn(adapter, "writeCells");
    await repo.updateAnswer("Noord", itemA.id, { status: "gepland", owner: "corporatie", note: "" });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][1]).toEqual([
      { row: 1, column: "Eigenaar", value: "corporatie" },
      { row: 1, column: "Gewijzigd op", value: NOW_SERIAL, numberFormat: "dd-mm-yyyy hh:mm" },
      { row: 1, column: "Gewijzigd door", value: "Bo" },
    ]);
    spy.mockClear();
    await repo.updateAnswer("Noord", itemA.id, { status: "gepland" }); // no change: no write
    expect(spy).not.toHaveBeenCalled();
  });

  it("finds the row again after a coauthor sorted the table", async () => {
    const adapter = new FileWorkbookAdapter();
    const repo = repoOver(adapter);
    await repo.addArea({ name: "Noord" });
    await repo.addArea({ name: "Zuid" });
    await repo.load(); // the task pane's snapshot, positions now stale
    // A coauthor sorts the sheet by hand: reverse the 8 data rows (rows 2..9).
    const ws = sheet(adapter);
    const rows = Array.from({ length: 8 }, (_, i) => Array.from({ length: 11 }, (_, j) => ws.getCell(2 + i, 1 + j).value));
    rows.reverse().forEach((r, i) => r.forEach((v, j) => (ws.getCell(2 + i, 1 + j).value = v)));
    await repo.updateAnswer("Noord", itemD.id, { status: "afgerond" });
    // Noord/itemD was row 2, is now row 9.
    expect(ws.getCell(9, 3).value).toBe(itemD.id);
    expect(ws.getCell(9, 6).value).toBe("afgerond");
    expect(ws.getCell(2, 6).value).toBe("nog niet bekeken");
  });

  it("never overwrites a damaged table: untouched rows identical cell by cell, unreadable rows refused", async () => {
    const adapter = new FileWorkbookAdapter();
    const repo = repoOver(adapter);
    await repo.addArea({ name: "Noord" });
    await repo.addArea({ name: "Zuid" });
    const ws = sheet(adapter);
    ws.getCell("F2").value = "klaar"; // Noord/itemD: unknown status
    ws.getCell("G3").value = "wethouder"; // Noord/itemA: unknown owner
    ws.getCell("C4").value = "oud.item"; // Noord/itemB → unknown item id
    ws.getCell("L1").value = "Eigen notities"; // a user's column next to the table (outside it)
    ws.getCell("L2").value = "bellen!";
    const reopened = await reopen(adapter);
    const r2 = repoOver(reopened);
    const s = await r2.load();
    expect(s.unreadable).toEqual([
      { sheetRow: 2, reason: "onbekende status 'klaar'" },
      { sheetRow: 3, reason: "onbekende eigenaar 'wethouder'" },
      { sheetRow: 4, reason: "item-id 'oud.item' staat niet in de catalogus" },
    ]);
    const before = await grid(reopened);
    await expect(r2.updateAnswer("Noord", itemD.id, { status: "gepland" })).rejects.toThrow(/Rij 2 van de checklist kan niet worden gelezen \(onbekende status 'klaar'\)/);
    await r2.updateAnswer("Zuid", itemC.id, { status: "overwogen", note: "Met de scholen" });
    const after = await grid(reopened);
    const changedRow = 1 + 7; // header + Zuid/itemC is data row 7
    after.forEach((row, r) => {
      if (r !== changedRow) expect(row).toEqual(before[r]);
    });
    expect(after[changedRow].filter((v, j) => v !== before[changedRow][j])).toHaveLength(3); // Status, Toelichting, Gewijzigd op (Gewijzigd door: no user name, stays blank)
    expect(sheet(reopened).getCell("L2").value).toBe("bellen!");
  });

  it("keeps a user's own column inside the table, in a different column order", async () => {
    const adapter = new FileWorkbookAdapter();
    const headers = ["Status", "Gebied", "Mijn opmerking", "Item-id", "Eigenaar", "Toelichting", "Gewijzigd op", "Gewijzigd door", "Catalogusversie"];
    await adapter.createTable(CHECKLIST_SHEET, CHECKLIST_TABLE, headers, [
      ["gepland", "Noord", "bellen met Piet", itemA.id, "gemeente", null, null, null, "1.0.0"],
    ]);
    const repo = repoOver(adapter);
    const s = await repo.updateAnswer("Noord", itemA.id, { status: "afgerond" });
    expect(answerOf(s, "Noord", itemA.id)).toMatchObject({ status: "afgerond", owner: "gemeente" });
    await repo.updateAnswer("Noord", itemC.id, { status: "overwogen" }); // no row yet: appended in this column order
    await repo.addArea({ name: "Zuid" });
    const t = (await adapter.readTable(CHECKLIST_TABLE))!;
    expect(t.rows[0]).toEqual(["afgerond", "Noord", "bellen met Piet", itemA.id, "gemeente", null, NOW_SERIAL, null, "1.0.0"]);
    expect(t.rows[1]).toEqual(["overwogen", "Noord", null, itemC.id, null, null, NOW_SERIAL, null, "1.0.0"]);
    expect(t.rows).toHaveLength(2 + CATALOGUE_V1.items.length);
    expect((await repo.load()).unreadable).toEqual([]);
  });

  it("refuses to write when a required column was deleted, and loses nothing", async () => {
    const adapter = new FileWorkbookAdapter();
    const repo = repoOver(adapter);
    await repo.addArea({ name: "Noord" });
    await repo.updateAnswer("Noord", itemA.id, { status: "afgerond" });
    const ws = sheet(adapter);
    ws.getCell("F1").value = "Voortgang"; // the Status header renamed: Status column gone
    const s = await repo.load();
    expect(s.unreadable).toHaveLength(4);
    expect(s.notices[0]).toMatch(/'Status' ontbreekt/);
    expect(s.areas).toEqual([{ name: "Noord" }]);
    const before = await grid(adapter);
    await expect(repo.updateAnswer("Noord", itemA.id, { note: "x" })).rejects.toThrow(/mist de kolom 'Status'/);
    await expect(repo.addArea({ name: "Zuid" })).rejects.toThrow(/mist de kolom 'Status'/);
    expect(await grid(adapter)).toEqual(before);
  });

  it("upgrades from catalogue 1.0.0 to 1.1.0 keeping every answer; new items get a row on first change", async () => {
    const adapter = new FileWorkbookAdapter();
    const old = repoOver(adapter, CATALOGUE_V1);
    await old.addArea({ name: "Noord" });
    await old.updateAnswer("Noord", itemA.id, { status: "afgerond", owner: "gemeente", note: "klaar in 2025" });
    await old.updateAnswer("Noord", itemB.id, { status: "gepland", note: "verkoop 20 woningen" });
    const reopened = await reopen(adapter);
    const repo = repoOver(reopened, CATALOGUE_V11);
    const s = await repo.load();
    expect(answerOf(s, "Noord", itemA.id)).toMatchObject({ status: "afgerond", owner: "gemeente", note: "klaar in 2025" });
    expect(answerOf(s, "Noord", itemNew1.id)).toMatchObject({ status: "nog niet bekeken" });
    expect(s.unreadable).toEqual([{ sheetRow: 4, reason: "item-id 'fysiek.verkoop' staat niet meer in de catalogus (de rij komt uit catalogusversie 1.0.0)" }]);
    expect(s.notices.join(" ")).toMatch(/bijgewerkt naar versie 1\.1\.0/);
    expect((await reopened.readTable(CHECKLIST_TABLE))!.rows).toHaveLength(4); // loading wrote nothing

    const s2 = await repo.updateAnswer("Noord", itemNew1.id, { status: "overwogen" });
    expect(answerOf(s2, "Noord", itemNew1.id)).toMatchObject({ status: "overwogen", changedAt: "2026-11-23T12:00:00.000Z" });
    const t = (await reopened.readTable(CHECKLIST_TABLE))!;
    expect(t.rows).toHaveLength(5);
    expect(t.rows[4][10]).toBe("1.1.0");
    expect(t.rows[2]).toEqual(expect.arrayContaining(["fysiek.verkoop", "verkoop 20 woningen"])); // removed item's row kept
    // A new area gets rows for the current catalogue only.
    await repo.addArea({ name: "Zuid" });
    expect((await reopened.readTable(CHECKLIST_TABLE))!.rows).toHaveLength(10);
  });

  it("reports unknown areas and items in Dutch", async () => {
    const repo = repoOver(new FileWorkbookAdapter());
    await expect(repo.updateAnswer("Noord", itemA.id, { status: "gepland" })).rejects.toThrow("Het gebied 'Noord' staat niet in de checklist. Voeg het eerst toe.");
    await repo.addArea({ name: "Noord" });
    await expect(repo.updateAnswer("Noord", "nope", { status: "gepland" })).rejects.toThrow("Het item 'nope' staat niet in de catalogus.");
  });

  it("refuses to make a table over a foreign sheet of the same name", async () => {
    const adapter = new FileWorkbookAdapter();
    adapter.workbook.addWorksheet(CHECKLIST_SHEET);
    await expect(repoOver(adapter).addArea({ name: "Noord" })).rejects.toThrow(/Er is al een werkblad 'Mengwijzer_Checklist'/);
  });

  it("notifies subscribers with a fresh snapshot after changes, until unsubscribed", async () => {
    const adapter = new FileWorkbookAdapter();
    const repo = repoOver(adapter);
    const seen: ChecklistSnapshot[] = [];
    const stop = await repo.subscribe((s) => seen.push(s));
    await repo.addArea({ name: "Noord" });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.at(-1)!.areas).toEqual([{ name: "Noord" }]);
    await stop();
    const count = seen.length;
    await repo.updateAnswer("Noord", itemA.id, { status: "gepland" });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(count);
  });
});

describe("with the real catalogue", () => {
  it("fills every item of two areas, saves, reopens, and reads every answer back", async () => {
    const adapter = new FileWorkbookAdapter(undefined, { userName: "Test" });
    const repo = new WorkbookChecklistRepository(adapter, CATALOGUE, { now: NOW });
    await repo.addArea({ name: "Noord", cbsCode: "WK036301" });
    await repo.addArea({ name: "Zuid" });
    const statuses = ["overwogen", "gepland", "in uitvoering", "afgerond", "bewust niet", "nog niet bekeken"] as const;
    const owners = ["gemeente", "corporatie", "zorg/welzijn", "bewoners", "anders", null] as const;
    for (const [i, item] of CATALOGUE.items.entries()) {
      await repo.updateAnswer(i % 2 ? "Zuid" : "Noord", item.id, { status: statuses[i % 6], owner: owners[(i + 1) % 6], note: `notitie ${i} — één, "quote", =geen formule` });
    }
    const before = await repo.load();
    const after = await new WorkbookChecklistRepository(await reopen(adapter), CATALOGUE).load();
    expect(after.answers).toEqual(before.answers);
    expect(after.unreadable).toEqual([]);
    expect(after.answers).toHaveLength(2 * CATALOGUE.items.length);
    expect(answerOf(after, "Noord", CATALOGUE.items[0].id).note).toBe(`notitie 0 — één, "quote", =geen formule`);
  });
});
