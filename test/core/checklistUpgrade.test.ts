import { mergeWithCatalogue } from "../../src/core/checklist/catalogueUpgrade";
import { CHECKLIST_HEADERS, decodeChecklistTable, encodeChecklistRow } from "../../src/core/checklist/checklistTable";
import { CATALOGUE_V1, CATALOGUE_V11, itemA, itemB, itemC, itemD, itemNew1, itemNew2 } from "./checklistFixtures";

const H = [...CHECKLIST_HEADERS];
const answered = (status: "gepland" | "afgerond" | "bewust niet", note = "") =>
  ({ status, owner: "gemeente" as const, note, changedAt: "2026-10-01T08:00:00.000Z", changedBy: "Anna" });

// A table written with catalogue 1.0.0 for two areas.
const v1Rows = ["Noord", "Zuid"].flatMap((area) =>
  CATALOGUE_V1.items.map((item, i) => encodeChecklistRow(H, { name: area }, item, answered(i % 2 ? "afgerond" : "gepland", `${area}-${item.id}`), "1.0.0")),
);
const v1Table = { headers: H, rows: v1Rows, firstSheetRow: 2 };

describe("catalogue upgrade 1.0.0 → 1.1.0", () => {
  const decoded = decodeChecklistTable(v1Table, CATALOGUE_V11);
  const merged = mergeWithCatalogue(decoded, CATALOGUE_V11);

  it("keeps every answer of items still in the catalogue", () => {
    for (const area of ["Noord", "Zuid"]) {
      for (const item of [itemA, itemC, itemD]) {
        const before = decodeChecklistTable(v1Table, CATALOGUE_V1).rows.find((r) => r.answer.area === area && r.answer.itemId === item.id)!.answer;
        expect(merged.answers.find((a) => a.area === area && a.itemId === item.id)).toEqual(before);
      }
    }
  });

  it("shows new items as 'nog niet bekeken' without writing rows for them", () => {
    for (const item of [itemNew1, itemNew2]) {
      expect(merged.answers.find((a) => a.area === "Zuid" && a.itemId === item.id)).toMatchObject({ status: "nog niet bekeken", owner: null, note: "" });
    }
    expect(merged.missing).toHaveLength(4);
    expect(merged.answers).toHaveLength(2 * CATALOGUE_V11.items.length);
  });

  it("keeps rows of removed items as unreadable 'niet meer in de catalogus', with their sheet rows", () => {
    expect(decoded.unreadable.map((u) => [u.sheetRow, u.reason])).toEqual([
      [4, "item-id 'fysiek.verkoop' staat niet meer in de catalogus (de rij komt uit catalogusversie 1.0.0)"],
      [8, "item-id 'fysiek.verkoop' staat niet meer in de catalogus (de rij komt uit catalogusversie 1.0.0)"],
    ]);
    expect(merged.answers.some((a) => a.itemId === itemB.id)).toBe(false);
  });

  it("tells the user what happened", () => {
    expect(merged.notices).toEqual([
      "De catalogus is bijgewerkt naar versie 1.1.0 (de tabel komt uit 1.0.0). Alle bestaande antwoorden zijn bewaard; 2 nieuwe items staan op 'nog niet bekeken'.",
    ]);
  });

  it("reports rows from a newer catalogue as needing an add-in update", () => {
    const newer = encodeChecklistRow(H, { name: "Noord" }, itemNew1, answered("gepland"), "1.1.0");
    const d = decodeChecklistTable({ headers: H, rows: [newer], firstSheetRow: 2 }, CATALOGUE_V1);
    expect(d.unreadable[0].reason).toMatch(/nieuwere catalogusversie \(1\.1\.0\)/);
  });

  it("says nothing when the table is current", () => {
    const d = decodeChecklistTable(v1Table, CATALOGUE_V1);
    expect(mergeWithCatalogue(d, CATALOGUE_V1).notices).toEqual([]);
  });
});
