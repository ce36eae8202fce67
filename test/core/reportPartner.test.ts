import { byArea } from "../../src/core/indices/byArea";
import type { CheckLine } from "../../src/core/report/allocationReport";
import {
  JUDGED_HEADER,
  buildPartnerSheets,
  checkPartnerSheets,
  safeAllocationLine,
} from "../../src/core/report/partnerWorkbook";
import type { ReportSheet } from "../../src/core/report/reportSheet";

const line = (judged: number, passing: number, over: Partial<CheckLine> = {}): CheckLine => ({
  check: "inkomen", year: 2025, municipality: "Zaanstad", judged, passing, share: judged ? passing / judged : null, norm: 0.925,
  verdict: "binnen norm", headroom: 1, notRead: 0, outsideBase: 0, additionalRoom: null, error: null, ...over,
});

describe("allocation verdicts in the partner copy: the suppression rule", () => {
  test("a group of fewer than k allocations is hidden whole, verdict included", () => {
    expect(safeAllocationLine(line(4, 4), 5)).toEqual([2025, "Zaanstad", "Inkomen (toewijzingsnorm)", "<5", "<5", 0.925, "<5", "<5"]);
  });

  test("fewer than k passing or failing: share and headroom hidden, count and verdict shown", () => {
    expect(safeAllocationLine(line(40, 37), 5)).toEqual([2025, "Zaanstad", "Inkomen (toewijzingsnorm)", 40, "<5", 0.925, "binnen norm", "<5"]);
    expect(safeAllocationLine(line(40, 3), 5).slice(3)).toEqual([40, "<5", 0.925, "binnen norm", "<5"]);
  });

  test("k or more on both sides, or a zero side: everything shown", () => {
    expect(safeAllocationLine(line(40, 30), 5).slice(3)).toEqual([40, 0.75, 0.925, "binnen norm", 1]);
    expect(safeAllocationLine(line(40, 40), 5).slice(3)).toEqual([40, 1, 0.925, "binnen norm", 1]);
  });

  test("the threshold is settable", () => {
    expect(safeAllocationLine(line(40, 30), 11).slice(3)).toEqual([40, "<11", 0.925, "binnen norm", "<11"]);
    expect(safeAllocationLine(line(9, 9), 10)[3]).toBe("<10");
  });

  test("a check that could not run says so", () => {
    expect(safeAllocationLine(line(0, 0, { error: "geen normen", verdict: "niet berekend" }), 5).slice(3)).toEqual([null, null, 0.925, "niet berekend", null]);
  });
});

describe("partner sheets and their check", () => {
  const areas = ["A", "A", "A", "A", "A", "A", "B", "B", "B", "B", "B", "B", "B", "C"];
  const segments = ["sociale huur", "sociale huur", "sociale huur", "koop", "koop", "koop", "sociale huur", "sociale huur", "sociale huur", "sociale huur", "sociale huur", "sociale huur", "koop", "koop"];
  const sheets = buildPartnerSheets({
    k: 5, buurten: byArea(areas, segments, null), wijken: null, targetSocialShare: 0.3,
    allocations: [line(40, 30)], checklist: [{ area: "A", part: "Fysieke instrumenten", item: "Grondbeleid", status: "gepland", owner: "gemeente" }],
  });

  test("sheets: aggregates, verdicts, checklist, notes; row 0 holds the headers", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Buurten aantallen", "Buurten aandelen", "Buurten indices", "Toewijzingen", "Checklist", "Toelichting"]);
    expect(sheets[3].rows[0].map((c) => c.value)).toContain(JUDGED_HEADER);
    const indices = sheets[2].rows[0].map((c) => c.value);
    expect(indices).toContain("Doelafstand");
  });

  test("the small area C (1 dwelling) and the complements are hidden", () => {
    const counts = sheets[0].rows;
    expect(counts.find((r) => r[0].value === "C")!.slice(1).map((c) => c.value)).toEqual(["<5", "<5", "<5"]);
    for (const row of counts.slice(1)) for (const cell of row.slice(1)) if (typeof cell.value === "number") expect(cell.value === 0 || cell.value >= 5).toBe(true);
  });

  test("the check passes on the built sheets", () => {
    expect(checkPartnerSheets(sheets, {}, 5)).toEqual({ ok: true, findings: [] });
  });

  test("the check finds formulas, links, personal columns, small counts and source values", () => {
    const bad: ReportSheet = {
      name: "Extra", charts: [],
      rows: [
        [{ value: "Gebied" }, { value: "Aantal" }, { value: "Huishoudinkomen" }, { value: "Opmerking" }],
        [{ value: "A", formula: ["Voorraad!A1"] }, { value: 3 }, { value: 41234 }, { value: "x", link: { sheet: "Voorraad", address: "A2" } }],
        [{ value: "3511 AB" }, { value: 7 }, { value: null }, { value: null }],
      ],
    };
    const check = checkPartnerSheets([...sheets, bad], { postcode: ["3511 AB"], householdIncome: [41234] }, 5);
    expect(check.ok).toBe(false);
    expect(new Set(check.findings.map((f) => f.kind))).toEqual(new Set(["formula", "link", "personalColumn", "unknownColumn", "smallCount", "personalValue"]));
    expect(check.findings.every((f) => f.sheet === sheets.length)).toBe(true);
  });
});
