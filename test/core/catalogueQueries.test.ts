import { CATALOGUE } from "../../src/core/checklist/catalogue";
import { findItem, itemsByPart } from "../../src/core/checklist/catalogueQueries";
import { PARTS } from "../../src/core/checklist/types";
import type { Catalogue } from "../../src/core/checklist/types";

const SMALL: Catalogue = {
  version: "0.1.0",
  items: [
    { id: "fysiek.b", part: "fysiek", title: "B", explanation: "b", actors: ["gemeente"], source: { file: "x.txt", section: "§1" } },
    { id: "precisie.1.a", part: "precisie", step: 1, title: "A", explanation: "a", actors: ["corporatie"], source: { file: "x.txt", section: "§2" } },
    { id: "fysiek.c", part: "fysiek", title: "C", explanation: "c", actors: ["bewoners"], source: { file: "x.txt", section: "§3" } },
  ],
};

describe("itemsByPart", () => {
  it("has every part as a key, empty parts included, items in catalogue order", () => {
    const groups = itemsByPart(SMALL);
    expect(Object.keys(groups).sort()).toEqual(PARTS.map((p) => p.id).sort());
    expect(groups.fysiek.map((i) => i.id)).toEqual(["fysiek.b", "fysiek.c"]);
    expect(groups.precisie.map((i) => i.id)).toEqual(["precisie.1.a"]);
    expect(groups.sociaal).toEqual([]);
    expect(groups.economisch).toEqual([]);
    expect(groups.waarschuwingen).toEqual([]);
  });

  it("partitions the real catalogue: every item exactly once, in its own part", () => {
    const groups = itemsByPart(CATALOGUE);
    const flat = PARTS.flatMap((p) => groups[p.id]);
    expect(flat.length).toBe(CATALOGUE.items.length);
    for (const p of PARTS) for (const item of groups[p.id]) expect(item.part).toBe(p.id);
  });

  it("returns fresh arrays, so callers cannot change the catalogue", () => {
    itemsByPart(SMALL).fysiek.pop();
    expect(itemsByPart(SMALL).fysiek.length).toBe(2);
  });
});

describe("findItem", () => {
  it("finds an item by id", () => {
    expect(findItem(SMALL, "fysiek.c")?.title).toBe("C");
    expect(findItem(CATALOGUE, "fysiek.grondbeleid")?.part).toBe("fysiek");
    expect(findItem(CATALOGUE, "precisie.1.schaal")?.step).toBe(1);
  });

  it("gives undefined for an unknown id (ids are matched exactly)", () => {
    expect(findItem(SMALL, "oud.item")).toBeUndefined();
    expect(findItem(SMALL, "FYSIEK.C")).toBeUndefined();
    expect(findItem(SMALL, "")).toBeUndefined();
  });

  it("keeps catalogues apart", () => {
    expect(findItem(SMALL, "fysiek.grondbeleid")).toBeUndefined();
    expect(findItem(CATALOGUE, "fysiek.b")).toBeUndefined();
  });
});
