import { allowedNextStatuses, answerWarnings, checkTransition } from "../../src/core/checklist/statusTransitions";
import { STATUSES } from "../../src/core/checklist/types";
import { CATALOGUE_V1, itemA } from "./checklistFixtures";

describe("status transitions", () => {
  it("allows every status to go to every other, including back to 'nog niet bekeken'", () => {
    for (const from of STATUSES) {
      expect(allowedNextStatuses(from)).toEqual(STATUSES.filter((s) => s !== from));
      for (const to of STATUSES) expect(checkTransition({ area: "Noord", note: "x" }, to, "T").allowed).toBe(true);
    }
  });
  it("warns (does not block) 'bewust niet' without a toelichting", () => {
    const check = checkTransition({ area: "Noord", note: "  " }, "bewust niet", "Grondbeleid");
    expect(check.allowed).toBe(true);
    expect(check.warnings).toEqual([
      "Noord, 'Grondbeleid': 'bewust niet' zonder toelichting. Leg kort uit waarom, zodat partners de keuze kunnen volgen.",
    ]);
    expect(checkTransition({ area: "Noord", note: "Geen grond in bezit" }, "bewust niet", "Grondbeleid").warnings).toEqual([]);
  });
  it("collects warnings for a snapshot", () => {
    const base = { area: "Noord", itemId: itemA.id, owner: null, note: "", changedAt: null, changedBy: null };
    expect(answerWarnings([{ ...base, status: "bewust niet" }, { ...base, status: "gepland" }], CATALOGUE_V1)).toHaveLength(1);
  });
});
