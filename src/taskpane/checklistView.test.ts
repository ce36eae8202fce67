import { CATALOGUE } from "../core/checklist/catalogue";
import { filterItems, itemsForArea, lastChangeText, NO_FILTER, progressByPart } from "./checklistView";
import { InMemoryChecklistRepository } from "../../test/taskpane/InMemoryChecklistRepository";

async function sample() {
  const repo = new InMemoryChecklistRepository(CATALOGUE, { user: "Fatima" });
  await repo.addArea({ name: "Malvert", cbsCode: "BU02680501" });
  await repo.addArea({ name: "Hatert" });
  const first = CATALOGUE.items[0];
  const fysiek = CATALOGUE.items.find((i) => i.part === "fysiek")!;
  await repo.updateAnswer("Malvert", first.id, { status: "gepland", owner: "gemeente", note: "Overleg in maart" });
  await repo.updateAnswer("Malvert", fysiek.id, { status: "afgerond" });
  return { snapshot: await repo.load(), first, fysiek };
}

describe("checklistView", () => {
  it("joins every catalogue item with the area's answer", async () => {
    const { snapshot, first } = await sample();
    const views = itemsForArea(snapshot, "Malvert");
    expect(views).toHaveLength(CATALOGUE.items.length);
    expect(views.find((v) => v.item.id === first.id)!.answer.status).toBe("gepland");
    expect(itemsForArea(snapshot, "Hatert").every((v) => v.answer.status === "nog niet bekeken")).toBe(true);
  });

  it("counts progress per part for one area", async () => {
    const { snapshot, fysiek } = await sample();
    const parts = progressByPart(snapshot, "Malvert");
    expect(parts.reduce((s, p) => s + p.total, 0)).toBe(CATALOGUE.items.length);
    expect(parts.reduce((s, p) => s + p.reviewed, 0)).toBe(2);
    expect(parts.find((p) => p.part === fysiek.part)!.done).toBe(1);
  });

  it("filters by status, owner, part and words (accents ignored), keeping drafted items", async () => {
    const { snapshot, first, fysiek } = await sample();
    const views = itemsForArea(snapshot, "Malvert");
    expect(filterItems(views, { ...NO_FILTER, status: "gepland" }).map((v) => v.item.id)).toEqual([first.id]);
    expect(filterItems(views, { ...NO_FILTER, owner: "gemeente" }).map((v) => v.item.id)).toEqual([first.id]);
    expect(filterItems(views, { ...NO_FILTER, owner: "geen" })).toHaveLength(CATALOGUE.items.length - 1);
    expect(filterItems(views, { ...NO_FILTER, part: "fysiek" }).every((v) => v.item.part === "fysiek")).toBe(true);
    expect(filterItems(views, { ...NO_FILTER, query: "OVERLEG maart" }).map((v) => v.item.id)).toEqual([first.id]);
    expect(filterItems(views, { ...NO_FILTER, status: "gepland" }, new Set([fysiek.id]))).toHaveLength(2);
  });

  it("describes the last change in Dutch", async () => {
    const { snapshot, first } = await sample();
    const answer = itemsForArea(snapshot, "Malvert").find((v) => v.item.id === first.id)!.answer;
    expect(lastChangeText(answer)).toMatch(/^Laatst gewijzigd \d{2}-\d{2}-\d{4},? \d{2}:\d{2} door Fatima$/);
    expect(lastChangeText({ ...answer, changedAt: null })).toBe("Nog niet gewijzigd");
  });
});
