import {
  CHECKLIST_HEADERS,
  compareVersions,
  decodeChecklistTable,
  encodeChecklistRow,
  locateColumns,
  parseOwner,
  parseStatus,
} from "../../src/core/checklist/checklistTable";
import type { RawCell, RawTable } from "../../src/core/checklist/checklistTable";
import { cellToIsoDate, excelSerialToIso } from "../../src/core/checklist/excelDate";
import { CATALOGUE_V1, itemA, itemB, itemC, itemD } from "./checklistFixtures";

const H = [...CHECKLIST_HEADERS];
// Gebied, CBS-code, Item-id, Onderdeel, Titel, Status, Eigenaar, Toelichting, Gewijzigd op, Gewijzigd door, Catalogusversie
const row = (area: string, itemId: string, status: RawCell, owner: RawCell = null, note: RawCell = null): RawCell[] =>
  [area, "BU03630000", itemId, "x", "y", status, owner, note, "2026-11-01T10:00:00.000Z", "Anna", "1.0.0"];
const table = (rows: RawCell[][], headers = H): RawTable => ({ headers, rows, firstSheetRow: 2 });

describe("checklist table format", () => {
  it("has the eleven Dutch headers in order", () => {
    expect(CHECKLIST_HEADERS).toEqual([
      "Gebied", "CBS-code", "Item-id", "Onderdeel", "Titel", "Status", "Eigenaar", "Toelichting", "Gewijzigd op", "Gewijzigd door", "Catalogusversie",
    ]);
  });
  it("finds columns by header in any order, ignoring case, accents, spaces and hyphens", () => {
    const map = locateColumns(["  status ", "GEBIED", "item id", "Cbs code", "Mijn eigen kolom", "eigenaar"]);
    expect(map.index).toMatchObject({ status: 0, area: 1, itemId: 2, cbsCode: 3, owner: 5 });
    expect(map.missing).toEqual(expect.arrayContaining(["note", "changedAt", "changedBy", "version", "part", "title"]));
  });
  it("reads status and owner texts tolerantly", () => {
    expect(parseStatus(" In Uitvoering ")).toBe("in uitvoering");
    expect(parseStatus("Bewust  niet")).toBe("bewust niet");
    expect(parseStatus("")).toBe("nog niet bekeken");
    expect(parseStatus("klaar")).toBeUndefined();
    expect(parseOwner("Zorg / Welzijn")).toBe("zorg/welzijn");
    expect(parseOwner(null)).toBeNull();
    expect(parseOwner("wethouder")).toBeUndefined();
  });
  it("compares versions numerically", () => {
    expect(compareVersions("1.10.0", "1.9.0")).toBe(1);
    expect(compareVersions("1.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.0.0", "1.1.0")).toBe(-1);
  });
});

describe("dates", () => {
  it("converts an Excel serial to ISO (45000 = 2023-03-15)", () => {
    expect(excelSerialToIso(45000)).toBe("2023-03-15T00:00:00.000Z");
    expect(excelSerialToIso(45000.5)).toBe("2023-03-15T12:00:00.000Z");
  });
  it("accepts ISO text and serials, flags other text", () => {
    expect(cellToIsoDate("2026-11-23T19:00:00.000Z")).toBe("2026-11-23T19:00:00.000Z");
    expect(cellToIsoDate("2026-11-23")).toBe("2026-11-23T00:00:00.000Z");
    expect(cellToIsoDate(45000)).toBe("2023-03-15T00:00:00.000Z");
    expect(cellToIsoDate(null)).toBeNull();
    expect(cellToIsoDate("gisteren")).toBe("invalid");
  });
});

describe("decodeChecklistTable", () => {
  it("reads a clean table", () => {
    const d = decodeChecklistTable(table([row("Noord", itemA.id, "gepland", "gemeente", "Met de wethouder")]), CATALOGUE_V1);
    expect(d.unreadable).toEqual([]);
    expect(d.areas).toEqual([{ name: "Noord", cbsCode: "BU03630000" }]);
    expect(d.rows[0]).toMatchObject({
      row: 0, sheetRow: 2, version: "1.0.0",
      answer: { area: "Noord", itemId: itemA.id, status: "gepland", owner: "gemeente", note: "Met de wethouder", changedAt: "2026-11-01T10:00:00.000Z", changedBy: "Anna" },
    });
  });

  it("reads rows reordered by hand and columns in another order, with extra user columns", () => {
    const headers = ["Opmerking van Piet", "Status", "Item-id", "Gebied", "Eigenaar"];
    const d = decodeChecklistTable(table([
      ["zie mail", "afgerond", itemC.id, "Zuid", "corporatie"],
      ["", "overwogen", itemA.id, "Noord", null],
      [null, "gepland", itemA.id, "Zuid", "gemeente"],
    ], headers), CATALOGUE_V1);
    expect(d.unreadable).toEqual([]);
    expect(d.areas.map((a) => a.name)).toEqual(["Zuid", "Noord"]);
    expect(d.rows.map((r) => [r.row, r.answer.area, r.answer.itemId, r.answer.status])).toEqual([
      [0, "Zuid", itemC.id, "afgerond"], [1, "Noord", itemA.id, "overwogen"], [2, "Zuid", itemA.id, "gepland"],
    ]);
    expect(d.notices.join(" ")).toMatch(/Toelichting/); // optional columns missing are mentioned
  });

  it("puts unknown status, unknown owner and unknown item ids in unreadable with their sheet row", () => {
    const d = decodeChecklistTable(table([
      row("Noord", itemA.id, "klaar"),
      row("Noord", itemB.id, "gepland", "wethouder"),
      row("Noord", "bestaat.niet", "gepland"),
      row("Noord", itemC.id, "gepland"),
    ]), CATALOGUE_V1);
    expect(d.rows.map((r) => r.answer.itemId)).toEqual([itemC.id]);
    expect(d.unreadable.map(({ sheetRow, reason }) => ({ sheetRow, reason }))).toEqual([
      { sheetRow: 2, reason: "onbekende status 'klaar'" },
      { sheetRow: 3, reason: "onbekende eigenaar 'wethouder'" },
      { sheetRow: 4, reason: "item-id 'bestaat.niet' staat niet in de catalogus" },
    ]);
    expect(d.unreadable[0]).toMatchObject({ area: "Noord", itemId: itemA.id });
    expect(d.notices.join(" ")).toMatch(/3 rijen .* niet worden gelezen/);
  });

  it("makes every row unreadable when a required column (Status) was deleted", () => {
    const headers = H.filter((h) => h !== "Status");
    const rows = [row("Noord", itemA.id, "gepland"), row("Noord", itemB.id, "afgerond")].map((r) => r.filter((_, i) => i !== 5));
    const d = decodeChecklistTable(table(rows, headers), CATALOGUE_V1);
    expect(d.rows).toEqual([]);
    expect(d.unreadable.map((u) => [u.sheetRow, u.reason])).toEqual([
      [2, "de kolom 'Status' ontbreekt in de tabel"], [3, "de kolom 'Status' ontbreekt in de tabel"],
    ]);
    expect(d.areas).toEqual([{ name: "Noord", cbsCode: "BU03630000" }]);
    expect(d.notices[0]).toMatch(/'Status' ontbreekt/);
  });

  it("skips blank rows without reporting them, keeping the row numbers of the others right", () => {
    const d = decodeChecklistTable(table([
      [null, null, null, null, null, null, null, null, null, null, null],
      ["", " ", "", "", "", "", "", "", "", "", ""],
      row("Noord", itemD.id, "overwogen"),
    ]), CATALOGUE_V1);
    expect(d.unreadable).toEqual([]);
    expect(d.rows.map((r) => [r.row, r.sheetRow])).toEqual([[2, 4]]);
  });

  it("reports rows without area or item id, and duplicates (first row wins)", () => {
    const d = decodeChecklistTable(table([
      row("", itemA.id, "gepland"),
      row("Noord", "", "gepland"),
      row("Noord", itemA.id, "gepland"),
      row(" noord ", itemA.id, "afgerond"),
    ]), CATALOGUE_V1);
    expect(d.rows.map((r) => r.answer.status)).toEqual(["gepland"]);
    expect(d.unreadable.map((u) => u.reason)).toEqual([
      "het gebied is leeg", "het item-id is leeg", "dubbele rij voor gebied 'Noord' en item 'fysiek.grondbeleid' (rij 4 telt)",
    ]);
  });

  it("accepts a serial date and warns about a non-date", () => {
    const a = row("Noord", itemA.id, "gepland");
    a[8] = 45000;
    const b = row("Noord", itemB.id, "gepland");
    b[8] = "vorige week";
    const d = decodeChecklistTable(table([a, b]), CATALOGUE_V1);
    expect(d.rows.map((r) => r.answer.changedAt)).toEqual(["2023-03-15T00:00:00.000Z", null]);
    expect(d.notices.join(" ")).toMatch(/rij 3; bijvoorbeeld 'vorige week'/);
  });

  it("puts 221 bad dates in one notice with the count and three row numbers (issue 12)", () => {
    const rows = CATALOGUE_V1.items.slice(0, 1).flatMap(() =>
      Array.from({ length: 221 }, (_, i) => {
        const r = row(`Gebied ${i}`, itemA.id, "gepland");
        r[8] = `week ${i}`;
        return r;
      }),
    );
    const d = decodeChecklistTable(table(rows), CATALOGUE_V1);
    const dates = d.notices.filter((n) => n.includes("Gewijzigd op"));
    expect(dates).toEqual(["In 'Gewijzigd op' staan 221 waarden die geen datum zijn (rij 2, 3, 4 en 218 andere; bijvoorbeeld 'week 0'). Die rijen zijn verder wel gelezen."]);
  });

  it("groups unreadable rows per reason with counts and a few row numbers, in one notice", () => {
    const rows = [
      ...Array.from({ length: 5 }, () => row("", itemA.id, "gepland")),
      row("Noord", itemA.id, "half af"),
      row("Noord", itemB.id, "bijna"),
    ];
    const d = decodeChecklistTable(table(rows), CATALOGUE_V1);
    const notice = d.notices.find((n) => n.includes("niet worden gelezen"))!;
    expect(notice).toContain("7 rijen");
    expect(notice).toContain("5 × het gebied is leeg (rij 2, 3, 4 en 2 andere)");
    expect(notice).toContain("2 × onbekende status (rij 7 en 8)");
    expect(notice).not.toContain("half af");
  });

  it("does not say the rest works when required columns are missing as well", () => {
    const d = decodeChecklistTable({ headers: ["Gebied", "Notitie"], rows: [["Noord", "x"]], firstSheetRow: 2 }, CATALOGUE_V1);
    expect(d.notices.join(" ")).not.toMatch(/werkt gewoon/);
  });

  it("reads a blank status as 'nog niet bekeken' and a numeric version as text", () => {
    const a = row("Noord", itemA.id, null);
    a[10] = 1.1;
    const d = decodeChecklistTable(table([a]), CATALOGUE_V1);
    expect(d.rows[0].answer.status).toBe("nog niet bekeken");
    expect(d.rows[0].version).toBe("1.1");
  });
});

describe("encodeChecklistRow", () => {
  const answer = { status: "gepland" as const, owner: "corporatie" as const, note: "", changedAt: null, changedBy: null };
  it("writes all eleven columns in our order", () => {
    expect(encodeChecklistRow(H, { name: "Noord", cbsCode: "WK036300" }, itemD, answer, "1.0.0")).toEqual([
      "Noord", "WK036300", itemD.id, "Mengen met precisie (vier stappen), stap 1", itemD.title, "gepland", "corporatie", null, null, null, "1.0.0",
    ]);
  });
  it("follows the sheet's header order and leaves user columns empty", () => {
    const headers = ["Opmerking", "item-id", "gebied", "STATUS"];
    expect(encodeChecklistRow(headers, { name: "Noord" }, itemA, answer, "1.0.0")).toEqual([null, itemA.id, "Noord", "gepland"]);
  });
  it("round-trips through decode", () => {
    const encoded = encodeChecklistRow(H, { name: "Oost" }, itemC, { ...answer, owner: "zorg/welzijn", note: "n", changedAt: "2026-01-02T03:04:05.000Z", changedBy: "Bo" }, "1.0.0");
    const d = decodeChecklistTable(table([encoded]), CATALOGUE_V1);
    expect(d.rows[0].answer).toEqual({ area: "Oost", itemId: itemC.id, status: "gepland", owner: "zorg/welzijn", note: "n", changedAt: "2026-01-02T03:04:05.000Z", changedBy: "Bo" });
  });
});
