/**
 * A damaged checklist is read, never silently lost (issue 12): after Excel's "Converteren naar bereik" the table is
 * gone but the answers stand on the sheet; after the table was made smaller, rows stand below it. Both adapters:
 * ExcelJS (the preview) and Office.js (the fake Excel). The pane gets a message and a repair; nothing suggests
 * deleting the sheet.
 */
import { CATALOGUE } from "../../src/core/checklist/catalogue";
import { CHECKLIST_SHEET, CHECKLIST_TABLE } from "../../src/core/checklist/checklistTable";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { OfficeWorkbookAdapter } from "../../src/workbook/OfficeWorkbookAdapter";
import type { WorkbookAdapter } from "../../src/workbook/WorkbookAdapter";
import { WorkbookChecklistRepository } from "../../src/workbook/WorkbookChecklistRepository";
import { FakeWorkbook, installFakeExcel } from "./fakeExcel";

interface Setup {
  adapter: WorkbookAdapter;
  /** "Converteren naar bereik": the table goes, the cells stay. */
  convertToRange: () => void;
  /** The table made `rows` rows shorter; those rows stay on the sheet below it. */
  shrink: (rows: number) => void;
  /** How many rows the table has now (header incl.), or null without a table. */
  tableRows: () => number | null;
}

function fileSetup(): Setup {
  const adapter = new FileWorkbookAdapter();
  const ws = () => adapter.workbook.getWorksheet(CHECKLIST_SHEET)!;
  const model = () => (ws() as unknown as { tables: Record<string, { model: { tableRef?: string; ref?: string } }> }).tables[CHECKLIST_TABLE]?.model;
  const ref = () => model()?.tableRef ?? model()?.ref;
  return {
    adapter,
    convertToRange: () => ws().removeTable(CHECKLIST_TABLE),
    shrink: (rows) => {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref()!)!;
      model()!.tableRef = `${m[1]}${m[2]}:${m[3]}${Number(m[4]) - rows}`;
    },
    tableRows: () => {
      const r = ref();
      if (!r) return null;
      const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(r)!;
      return Number(m[2]) - Number(m[1]) + 1;
    },
  };
}

function officeSetup(): Setup {
  const wb = new FakeWorkbook();
  installFakeExcel(wb);
  return {
    adapter: new OfficeWorkbookAdapter(),
    convertToRange: () => void (wb.tables = wb.tables.filter((t) => t.name !== CHECKLIST_TABLE)),
    shrink: (rows) => void (wb.table(CHECKLIST_TABLE)!.box.bottom -= rows),
    tableRows: () => {
      const t = wb.table(CHECKLIST_TABLE);
      return t ? t.box.bottom - t.box.top + 1 : null;
    },
  };
}

const ITEMS = CATALOGUE.items.length;

async function withTwelveAnswers(setup: Setup): Promise<WorkbookChecklistRepository> {
  const repository = new WorkbookChecklistRepository(setup.adapter, CATALOGUE, { now: () => new Date(Date.UTC(2026, 0, 5)) });
  await repository.addArea({ name: "Noord" });
  for (const item of CATALOGUE.items.slice(0, 12)) await repository.updateAnswer("Noord", item.id, { status: "gepland", note: `notitie ${item.id}` });
  return repository;
}

const planned = (snapshot: { answers: { status: string }[] }) => snapshot.answers.filter((a) => a.status === "gepland").length;

describe.each([
  ["file (preview)", fileSetup],
  ["office (Excel)", officeSetup],
])("damaged checklist through the %s adapter", (_, makeSetup) => {
  it("after 'Convert to Range' the 12 answers are read, the pane is told why, and 'Tabel herstellen' brings the table back", async () => {
    const setup = makeSetup();
    const repository = await withTwelveAnswers(setup);
    setup.convertToRange();
    const snapshot = await repository.load();
    expect(snapshot.areas.map((a) => a.name)).toEqual(["Noord"]);
    expect(planned(snapshot)).toBe(12);
    expect(snapshot.repair).toMatchObject({ kind: "noTable", rows: ITEMS });
    expect(snapshot.repair!.message).toMatch(/niet meer in een Excel-tabel.*Tabel herstellen/);

    // Adding an area or changing an answer waits for the repair; no message suggests deleting the sheet.
    await expect(repository.addArea({ name: "Zuid" })).rejects.toThrow(/Tabel herstellen/);
    await expect(repository.updateAnswer("Noord", CATALOGUE.items[0].id, { status: "afgerond" })).rejects.toThrow(/Tabel herstellen/);
    for (const text of [snapshot.repair!.message, ...snapshot.notices]) expect(text).not.toMatch(/verwijder/i);

    const repaired = await repository.repairTable();
    expect(repaired.repair).toBeUndefined();
    expect(setup.tableRows()).toBe(ITEMS + 1);
    expect(planned(repaired)).toBe(12);
    const after = await repository.updateAnswer("Noord", CATALOGUE.items[0].id, { status: "afgerond" });
    expect(after.answers.find((a) => a.itemId === CATALOGUE.items[0].id)?.note).toBe(`notitie ${CATALOGUE.items[0].id}`);
    expect(planned(after)).toBe(11);
  });

  it("rows left below a shrunk table are read and counted, and the repair grows the table over them", async () => {
    const setup = makeSetup();
    const repository = await withTwelveAnswers(setup);
    setup.shrink(50); // the last 50 rows (unanswered) are now below the table
    const snapshot = await repository.load();
    expect(planned(snapshot)).toBe(12);
    expect(snapshot.repair).toMatchObject({ kind: "rowsOutside", rows: 50 });
    expect(snapshot.repair!.message).toMatch(/50 rijen met antwoorden \(vanaf rij \d+\)/);
    await expect(repository.addArea({ name: "Zuid" })).rejects.toThrow(/Tabel herstellen/);
    const repaired = await repository.repairTable();
    expect(repaired.repair).toBeUndefined();
    expect(setup.tableRows()).toBe(ITEMS + 1);
    await repository.addArea({ name: "Zuid" });
    expect((await repository.load()).areas.map((a) => a.name)).toEqual(["Noord", "Zuid"]);
  });

  it("a healthy checklist reads without the extra read and without a repair", async () => {
    const setup = makeSetup();
    const repository = await withTwelveAnswers(setup);
    const snapshot = await repository.load();
    expect(snapshot.repair).toBeUndefined();
    expect(planned(snapshot)).toBe(12);
  });
});

describe("a sheet named like the checklist that holds no checklist", () => {
  it("is never offered for deletion: the message asks to rename it", async () => {
    const adapter = new FileWorkbookAdapter();
    adapter.workbook.addWorksheet(CHECKLIST_SHEET).getCell("A1").value = "eigen aantekeningen";
    const repository = new WorkbookChecklistRepository(adapter, CATALOGUE);
    const error = await repository.addArea({ name: "Noord" }).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(/andere naam/);
    expect(error?.message).not.toMatch(/verwijder/i);
  });
});
