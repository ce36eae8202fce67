import { areaOverview, filterAnswers, matchesQuery, overview } from "../../src/core/checklist/overview";
import type { Answer, Status } from "../../src/core/checklist/types";
import { CATALOGUE_V1, itemA, itemB, itemC, itemD } from "./checklistFixtures";

const answer = (area: string, itemId: string, status: Status, owner: Answer["owner"] = null, note = ""): Answer =>
  ({ area, itemId, status, owner, note, changedAt: null, changedBy: null });

const answers: Answer[] = [
  answer("Noord", itemD.id, "afgerond", "gemeente"),
  answer("Noord", itemA.id, "bewust niet", "gemeente", "Geen grondpositie in de wijk"),
  answer("Noord", itemB.id, "gepland", "corporatie", "Eerst de Rotterdamwet bespreken"),
  // itemC has no answer in Noord: counts as "nog niet bekeken"
  answer("Zuid", itemC.id, "in uitvoering", "zorg/welzijn", "Brede brugklas op de Één-school"),
];

describe("overview", () => {
  it("counts per part, reviewed = anything but 'nog niet bekeken', done = afgerond + bewust niet", () => {
    const o = areaOverview("Noord", answers, CATALOGUE_V1);
    const fysiek = o.parts.find((p) => p.part === "fysiek")!;
    expect(fysiek).toMatchObject({ total: 2, reviewed: 2, done: 1, shareReviewed: 1, shareDone: 0.5 });
    expect(fysiek.counts).toMatchObject({ "bewust niet": 1, gepland: 1, afgerond: 0 });
    const sociaal = o.parts.find((p) => p.part === "sociaal")!;
    expect(sociaal).toMatchObject({ total: 1, reviewed: 0, done: 0 });
    expect(o.parts.find((p) => p.part === "economisch")).toMatchObject({ total: 0, shareDone: 0 });
    expect(o.overall).toMatchObject({ total: 4, reviewed: 3, done: 2, shareDone: 0.5, shareReviewed: 0.75 });
  });
  it("lists open items (not afgerond or bewust niet) in catalogue order", () => {
    expect(areaOverview("Noord", answers, CATALOGUE_V1).open.map((a) => [a.itemId, a.status])).toEqual([
      [itemB.id, "gepland"], [itemC.id, "nog niet bekeken"],
    ]);
  });
  it("gives one overview per area", () => {
    expect(overview([{ name: "Noord" }, { name: "Zuid" }], answers, CATALOGUE_V1).map((o) => o.overall.reviewed)).toEqual([3, 1]);
  });
});

describe("filter and search", () => {
  it("filters on status, owner (incl. no owner) and part", () => {
    expect(filterAnswers(answers, CATALOGUE_V1, { statuses: ["gepland", "afgerond"] }).map((a) => a.itemId)).toEqual([itemD.id, itemB.id]);
    expect(filterAnswers(answers, CATALOGUE_V1, { owners: ["gemeente"], parts: ["fysiek"] }).map((a) => a.itemId)).toEqual([itemA.id]);
    expect(filterAnswers([...answers, answer("Noord", itemC.id, "overwogen")], CATALOGUE_V1, { owners: [null] }).map((a) => a.itemId)).toEqual([itemC.id]);
    expect(filterAnswers(answers, CATALOGUE_V1, { area: "Zuid" })).toHaveLength(1);
    expect(filterAnswers(answers, CATALOGUE_V1, {})).toHaveLength(4);
  });
  it("searches title, explanation, caution and note, ignoring case and accents", () => {
    expect(filterAnswers(answers, CATALOGUE_V1, { query: "GRONDPOSITIE" }).map((a) => a.itemId)).toEqual([itemA.id]);
    expect(filterAnswers(answers, CATALOGUE_V1, { query: "een-school" }).map((a) => a.itemId)).toEqual([itemC.id]);
    expect(filterAnswers(answers, CATALOGUE_V1, { query: "stuurkracht" }).map((a) => a.itemId)).toEqual([itemB.id]);
    expect(filterAnswers(answers, CATALOGUE_V1, { query: "sceptisch rotterdamwet" }).map((a) => a.itemId)).toEqual([itemB.id]);
    expect(filterAnswers(answers, CATALOGUE_V1, { query: "sceptisch grondpositie" })).toEqual([]);
  });
  it("matches every word of the query", () => {
    expect(matchesQuery("  ", ["x"])).toBe(true);
    expect(matchesQuery("geïnformeerd", ["Bewoners worden GEINFORMEERD"])).toBe(true);
  });
});
