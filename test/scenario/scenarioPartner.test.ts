/**
 * The partner-safe scenario sheets: small areas hidden whole, one complement when a single area is hidden, the check
 * of src/core/partner passing, and the check catching a small count that slipped through (an attacker's edit).
 */
import { tabulate } from "../../src/core/indices/contingency";
import { evaluateScenario } from "../../src/core/scenario/evaluateScenario";
import { segmentTableOf } from "../../src/core/scenario/segmentTable";
import { turnoverRates } from "../../src/core/scenario/turnover";
import { buildScenarioPartnerSheets, checkScenarioPartnerSheets } from "../../src/core/report/scenarioPartner";

function stock(cells: [string, string, number][]) {
  return segmentTableOf(tabulate(cells.map((c) => c[0]), cells.map((c) => c[1]), Float64Array.from(cells, (c) => c[2])));
}

// A: 60 soc + 20 koop; B: 30 soc + 30 koop; C: 40 soc + 3 koop (3 < 5: C is hidden); D: 25 soc + 25 koop
const table = stock([
  ["A", "sociale huur", 60], ["A", "koop", 20], ["B", "sociale huur", 30], ["B", "koop", 30],
  ["C", "sociale huur", 40], ["C", "koop", 3], ["D", "sociale huur", 25], ["D", "koop", 25],
]);
const plan = [
  ["A", "verkoop", "sociale huur", "koop", 10, null, 2026],
  ["C", "sloop", "sociale huur", null, 10, null, 2027],
];
const e = evaluateScenario(table, plan, { turnover: turnoverRates([["sociale huur", 0.1]]), lowIncomeShare: 1 });

describe("partner-safe scenario sheets (k = 5)", () => {
  const sheets = buildScenarioPartnerSheets(e, 5);
  const grid = (name: string) => sheets.find((s) => s.name === name)!.rows.map((r) => r.map((c) => c.value));

  it("hides the small area whole and the smallest other area as its complement", () => {
    const rows = grid("Scenario per gebied");
    expect(rows.map((r) => r[0])).toEqual(["Gebied", "A", "B", "C", "D", "Totaal"]);
    expect(rows[3].slice(1, 10)).toEqual(Array(9).fill("<5")); // C: 3 koop
    expect(rows[4].slice(1, 10)).toEqual(Array(9).fill("x")); // D: 50 dwellings, the smallest visible area
    expect(rows[3][10]).toBe(1); // the number of interventions is the plan's, not a count of dwellings
    // A: 80 → 80 dwellings, social 60 → 50; lettings 6 → 5; one household fewer a year
    expect(rows[1]).toEqual(["A", 80, 80, 60, 50, 0.75, 0.625, 6, 5, 1, 1]);
    expect(rows[5].slice(0, 5)).toEqual(["Totaal", 233, 223, 155, 135]);
  });

  it("leaves the hidden area out of the paragraphs", () => {
    const notes = grid("Toelichting").map((r) => r[0] as string);
    expect(notes.some((n) => n.startsWith("A: verkoop van 10 sociale huurwoningen in 2026."))).toBe(true);
    expect(notes).toContain("C: de cijfers van dit gebied zijn afgeschermd (kleine aantallen).");
    expect(notes.join(" ")).not.toMatch(/C: sloop/);
  });

  it("passes the partner check, which still catches a small count put back by hand", () => {
    expect(checkScenarioPartnerSheets(sheets, {}, 5)).toEqual({ ok: true, findings: [] });
    const tampered = sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => ({ ...c }))) }));
    tampered[0].rows[3][2] = { value: 3 };
    const check = checkScenarioPartnerSheets(tampered, {}, 5);
    expect(check.ok).toBe(false);
    expect(check.findings.map((f) => f.kind)).toContain("smallCount");
    tampered[0].rows[1][1] = { value: 80, formula: ["SUM(A1)"] };
    expect(checkScenarioPartnerSheets(tampered, {}, 5).findings.map((f) => f.kind)).toContain("formula");
  });

  it("refuses a stock smaller than the threshold", () => {
    const tiny = evaluateScenario(stock([["A", "sociale huur", 2], ["A", "koop", 1]]), []);
    expect(() => buildScenarioPartnerSheets(tiny, 5)).toThrow(/minder dan 5 woningen/);
  });
});
