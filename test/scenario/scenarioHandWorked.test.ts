/**
 * Scenario figures against numbers worked out by hand on small stocks. Every expected value below is written as the
 * arithmetic of indices.md on the counts in the comment, not taken from the code under test.
 */
import { tabulate } from "../../src/core/indices/contingency";
import { evaluateScenario, housingEffects } from "../../src/core/scenario/evaluateScenario";
import { segmentTableOf, type SegmentTable } from "../../src/core/scenario/segmentTable";
import { turnoverRates } from "../../src/core/scenario/turnover";

/** A stock from (area, segment, count) triples, tabulated as every index function does. */
function stock(cells: [string, string, number][]): SegmentTable {
  return segmentTableOf(tabulate(cells.map((c) => c[0]), cells.map((c) => c[1]), Float64Array.from(cells, (c) => c[2])));
}

const HEADER = ["gebied", "ingreep", "van", "naar", "aantal", "aantal na", "jaar"];
const ln = Math.log;

/** The counts of one area in a state, by segment label. */
function countsOf(state: { areas: { area: string; counts: number[] }[] }, segments: readonly string[], area: string): Record<string, number> {
  const row = state.areas.find((a) => a.area === area);
  if (!row) throw new Error(`no area ${area}`);
  return Object.fromEntries(segments.map((s, k) => [s, row.counts[k]]));
}

describe("sale in A, new social rent in B (two segments, two areas)", () => {
  // Stock: A = 6 sociale huur + 2 koop, B = 2 sociale huur + 6 koop (16 dwellings, P = ½, ½).
  // 2026: A sells 2 social-rent dwellings (they become koop): A = 4 + 4.
  // 2027: B builds 4 social-rent dwellings: B = 6 + 6 (20 dwellings).
  const table = stock([["A", "sociale huur", 6], ["A", "koop", 2], ["B", "sociale huur", 2], ["B", "koop", 6]]);
  const grid = [
    HEADER,
    ["A", "verkoop", "sociale huur", "", 2, "", 2026],
    ["B", "nieuwbouw", "", "sociale huur", 4, "", 2027],
  ];
  const turnover = turnoverRates([["sociale huur", 0.1]]);
  const e = evaluateScenario(table, grid, { targetSocialShare: 0.3, turnover, lowIncomeShare: 0.9 });

  it("reads both rows without problems and keeps a state per year", () => {
    expect(e.problems).toEqual([]);
    expect(e.valid).toBe(true);
    expect(e.years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(e.end.year).toBe(2027);
  });

  it("applies the counts", () => {
    const segs = e.table.segments;
    expect(countsOf(e.years[0], segs, "A")).toEqual({ "sociale huur": 4, koop: 4 });
    expect(countsOf(e.years[0], segs, "B")).toEqual({ "sociale huur": 2, koop: 6 });
    expect(countsOf(e.end, segs, "B")).toEqual({ "sociale huur": 6, koop: 6 });
    expect(e.end.total.count).toBe(20); // 16 + 4 new
  });

  it("D, H and M before: D = ½(|6/8 − 2/8| + |2/8 − 6/8|) = 0.5; M = ¾ ln 1.5 + ¼ ln 0.5; H = M / ln 2", () => {
    const M = 0.75 * ln(1.5) + 0.25 * ln(0.5);
    expect(e.before.d.value).toBeCloseTo(0.5, 12);
    expect(e.before.m.value).toBeCloseTo(M, 12); // 0.1308120359...
    expect(e.before.h.value).toBeCloseTo(M / ln(2), 12); // 0.1887218755...
  });

  it("after 2026: D = ½(|4/6 − 4/10| + |2/6 − 6/10|) = 4/15; M over P = (6/16, 10/16)", () => {
    expect(e.years[0].d.value).toBeCloseTo(4 / 15, 12);
    // A (8 of 16): p = (½, ½); B (8 of 16): p = (¼, ¾); P = (0.375, 0.625)
    const mA = 0.5 * (0.5 * ln(0.5 / 0.375) + 0.5 * ln(0.5 / 0.625));
    const mB = 0.5 * (0.25 * ln(0.25 / 0.375) + 0.75 * ln(0.75 / 0.625));
    const M = mA + mB; // 0.0161346 + 0.0176875 = 0.0338221
    const E = -(0.375 * ln(0.375) + 0.625 * ln(0.625)); // 0.6615632
    expect(e.years[0].m.value).toBeCloseTo(M, 12);
    expect(e.years[0].h.value).toBeCloseTo(M / E, 12);
  });

  it("at the end every area is half social rent: D = H = M = 0", () => {
    expect(e.end.d.value).toBeCloseTo(0, 12);
    expect(e.end.h.value).toBeCloseTo(0, 12);
    expect(e.end.m.value).toBeCloseTo(0, 12);
  });

  it("shares, entropy (K = 2) and gap to 30% per area and in total", () => {
    const a0 = e.before.areas.find((a) => a.area === "A")!;
    expect(a0.socialShare).toBeCloseTo(0.75, 12);
    expect(a0.entropy).toBeCloseTo(-(0.75 * ln(0.75) + 0.25 * ln(0.25)) / ln(2), 12); // 0.8112781
    expect(a0.gap).toBeCloseTo(0.45, 12); // |0.75 − 0.30|
    const b0 = e.before.areas.find((a) => a.area === "B")!;
    expect(b0.gap).toBeCloseTo(0.05, 12); // |0.25 − 0.30|
    const aEnd = e.end.areas.find((a) => a.area === "A")!;
    expect(aEnd.entropy).toBeCloseTo(1, 12); // 4 + 4
    expect(aEnd.gap).toBeCloseTo(0.2, 12);
    expect(e.before.total.socialShare).toBeCloseTo(0.5, 12); // 8 of 16
    expect(e.end.total.socialShare).toBeCloseTo(0.5, 12); // 10 of 20
    expect(e.end.total.gap).toBeCloseTo(0.2, 12);
  });

  it("housing: 10% turnover, 90% to low incomes", () => {
    // before: A 6 × 0.1 = 0.6 lettings a year, B 2 × 0.1 = 0.2, total 0.8
    // end:    A 4 × 0.1 = 0.4,               B 6 × 0.1 = 0.6, total 1.0
    // fewer low-income households housed per year: A (0.6 − 0.4) × 0.9 = 0.18; B (0.2 − 0.6) × 0.9 = −0.36; total −0.18
    const h = housingEffects(e, e.end);
    const A = h.areas.find((a) => a.area === "A")!.effect;
    const B = h.areas.find((a) => a.area === "B")!.effect;
    expect(A.lettingsBefore).toBeCloseTo(0.6, 12);
    expect(A.lettingsAfter).toBeCloseTo(0.4, 12);
    expect(A.lowIncomeFewer).toBeCloseTo(0.18, 12);
    expect(B.lowIncomeFewer).toBeCloseTo(-0.36, 12);
    expect(h.total.lettingsBefore).toBeCloseTo(0.8, 12);
    expect(h.total.lettingsAfter).toBeCloseTo(1.0, 12);
    expect(h.total.lowIncomeFewer).toBeCloseTo(-0.18, 12);
    // after 2026 only A changed: total 0.8 → 0.6, 0.18 fewer
    expect(housingEffects(e, e.years[0]).total.lowIncomeFewer).toBeCloseTo(0.18, 12);
  });
});

describe("liberalisation brings a new segment; demolition, merging and splitting", () => {
  // Stock: A = 10 sociale huur + 10 koop; B = 5 sociale huur + 5 vrije sector huur.
  const table = stock([["A", "sociale huur", 10], ["A", "koop", 10], ["B", "sociale huur", 5], ["B", "vrije sector huur", 5]]);
  const grid = [
    ["A", "liberalisatie", "", "middenhuur", 4, "", 2026], //     A: soc 6, mid 4, koop 10
    ["B", "sloop", "sociale huur", "", 3, "", 2026], //           B: soc 2, vrij 5
    ["A", "samenvoegen", "sociale huur", "", 4, 2, 2027], //      A: soc 6 − 4 + 2 = 4
    ["B", "splitsen", "vrije sector huur", "", 2, 5, 2027], //    B: vrij 5 − 2 + 5 = 8
  ];
  const e = evaluateScenario(table, grid, { turnover: turnoverRates([["sociale huur", 0.05]]) });

  it("applies each intervention", () => {
    expect(e.problems).toEqual([]);
    const segs = e.table.segments;
    expect(segs).toContain("middenhuur");
    expect(countsOf(e.years[0], segs, "A")).toEqual({ "sociale huur": 6, koop: 10, "vrije sector huur": 0, middenhuur: 4 });
    expect(countsOf(e.years[0], segs, "B")).toMatchObject({ "sociale huur": 2, "vrije sector huur": 5 });
    expect(countsOf(e.end, segs, "A")).toMatchObject({ "sociale huur": 4, middenhuur: 4, koop: 10 });
    expect(countsOf(e.end, segs, "B")).toMatchObject({ "sociale huur": 2, "vrije sector huur": 8 });
    // total: 30 − 3 (sloop) − 2 (4 into 2) + 3 (2 into 5) = 28
    expect(e.end.total.count).toBe(28);
  });

  it("scores entropy against K = 4 segments (all that occur in any state), before and after alike", () => {
    expect(e.settings.categoryCount).toBe(4);
    // A before: (½, ½, 0, 0) → ln 2 / ln 4 = 0.5; after 2026: (0.3, 0.2, 0.5) → −Σ p ln p / ln 4
    expect(e.before.areas.find((a) => a.area === "A")!.entropy).toBeCloseTo(0.5, 12);
    const expected = -(0.3 * ln(0.3) + 0.2 * ln(0.2) + 0.5 * ln(0.5)) / ln(4); // 0.7427404
    expect(e.years[0].areas.find((a) => a.area === "A")!.entropy).toBeCloseTo(expected, 12);
  });

  it("social-rent lettings at 5%: before 15 × 0.05 = 0.75, end (4 + 2) × 0.05 = 0.30; 92.5% of 0.45 fewer", () => {
    const h = housingEffects(e, e.end).total;
    expect(h.lettingsBefore).toBeCloseTo(0.75, 12);
    expect(h.lettingsAfter).toBeCloseTo(0.3, 12);
    expect(h.lowIncomeFewer).toBeCloseTo(0.45 * 0.925, 12); // default low-income share
  });
});

describe("row problems", () => {
  const table = stock([["BU00010001", "sociale huur", 6], ["BU00010001", "koop", 2], ["BU00010002", "middenhuur", 3]]);
  const run = (rows: unknown[][], options = {}) => evaluateScenario(table, rows, { firstRow: 2, ...options });
  const messages = (rows: unknown[][], options = {}) => run(rows, options).problems.map((p) => `${p.row} ${p.severity}: ${p.message}`);

  it("names the row and what to fix", () => {
    const out = messages([
      ["BU99999999", "verkoop", "sociale huur", "", 1, "", 2026], //       row 2: unknown area
      ["bu 00010001", "afbreken", "sociale huur", "", 1, "", 2026], //     row 3: unknown intervention
      ["BU00010001", "verkoop", "sociaal-ish", "", 1, "", 2026], //         row 4: unknown segment
      ["BU00010001", "sloop", "sociale huur", "", -3, "", 2026], //         row 5: negative count
      ["BU00010001", "sloop", "sociale huur", "", 2.5, "", 2026], //        row 6: fraction
      ["BU00010001", "sloop", "sociale huur", "", 1, "", "volgend jaar"], // row 7: bad year
      ["BU00010001", "sloop", "sociale huur", "", 1, "", 1890], //          row 8: year out of range
      ["BU00010001", "liberalisatie", "", "", 1, "", 2026], //              row 9: liberalisation without 'naar'
      ["BU00010001", "verkoop", "koop", "koop", 1, "", 2026], //            row 10: same segment
      ["BU00010001", "nieuwbouw", "koop", "sociale huur", 1, "", 2026], //  row 11: van with new build
      ["BU00010001", "samenvoegen", "sociale huur", "", 2, 3, 2026], //     row 12: merge into more
      ["BU00010001", "sloop", "sociale huur", "sociale huur", 1, "", 2026], // row 13: naar with demolition
      ["", "sloop", "sociale huur", "", 1, "", 2026], //                    row 14: blank area
      ["BU00010001", "sloop", "sociale huur", "", 0, "", 2026], //          row 15: zero
    ]);
    expect(out).toEqual([
      "2 fout: Het gebied 'BU99999999' komt niet voor in de voorraad. Controleer de code (bijvoorbeeld BU03630001).",
      "3 fout: Onbekende ingreep 'afbreken'. Kies verkoop, sloop, nieuwbouw, liberalisatie, samenvoegen of splitsen.",
      "4 fout: Onbekend segment 'sociaal-ish' in 'van'. Gebruik een segment uit de voorraad, of sociale huur, middenhuur, vrije sector huur of koop.",
      "5 fout: Het aantal woningen is negatief (-3). Vul een heel getal van 1 of meer in; de ingreep zegt al of er woningen af of bij gaan.",
      "6 fout: Het aantal woningen (2,5) is geen heel getal.",
      "7 fout: Het jaar 'volgend jaar' is geen jaartal van 2000 tot en met 2100.",
      "8 fout: Het jaar '1890' is geen jaartal van 2000 tot en met 2100.",
      "9 fout: Bij liberalisatie hoort een segment in 'naar': middenhuur of vrije sector huur.",
      "10 fout: Bij verkoop moeten 'van' en 'naar' verschillen; nu staat bij beide 'koop'.",
      "11 fout: Nieuwbouw neemt niets weg: laat 'van' leeg en zet het nieuwe segment in 'naar'.",
      "12 fout: Samenvoegen maakt van 2 woningen er minder, maar 'aantal na' is 3. Bedoelt u splitsen?",
      "13 fout: Sloop voegt niets toe: laat 'naar' leeg (zet nieuwbouw op een eigen rij).",
      "14 fout: Het gebied is leeg. Vul de buurtcode (of het gebied) in waar de ingreep plaatsvindt.",
      "15 fout: Het aantal woningen is 0: deze rij verandert niets. Vul een aantal in of verwijder de rij.",
    ]);
  });

  it("more sold than present, counting the rows before it (earlier years first, then table order)", () => {
    // 6 social rent in BU00010001: 2027 sells 3 (row 2, applied second), 2026 sells 4 (row 3, applied first) → 2 left
    const e = run([
      ["BU00010001", "verkoop", "sociale huur", "", 3, "", 2027],
      ["BU00010001", "verkoop", "sociale huur", "", 4, "", 2026],
    ]);
    expect(e.valid).toBe(false);
    expect(e.problems).toEqual([
      {
        row: 2,
        severity: "fout",
        message:
          "Er kunnen in 2027 geen 3 sociale huurwoningen in 'BU00010001' verkocht worden: er zijn er dan nog 2 (na de rijen van eerdere jaren en eerder in dit jaar). Verlaag het aantal of controleer de rijen ervoor.",
      },
    ]);
    // the failing row is left out, the other one counts; 2027 still has a state
    expect(e.years.map((y) => [y.year, y.total.counts[0]])).toEqual([[2026, 2], [2027, 2]]);
  });

  it("a segment the stock lacks can be taken once an earlier row built it", () => {
    const e = run([
      ["BU00010002", "nieuwbouw", "", "vrije sector", 5, "", 2026],
      ["BU00010002", "verkoop", "vrije sector huur", "koop", 2, "", 2027],
    ]);
    expect(e.problems).toEqual([]);
    expect(countsOf(e.end, e.table.segments, "BU00010002")).toMatchObject({ "vrije sector huur": 3, koop: 2, middenhuur: 3 });
  });

  it("new build in an area the stock lacks: counted, with a note to check the code", () => {
    const e = run([["bu00010003", "nieuwbouw", "", "sociale huur", 10, "", 2028]]);
    expect(e.valid).toBe(true);
    expect(e.problems).toEqual([
      { row: 2, severity: "let op", message: "Let op: het gebied 'BU00010003' komt niet voor in de voorraad; de nieuwbouw maakt er een nieuw gebied van. Klopt de code?" },
    ]);
    const before = e.before.areas.find((a) => a.area === "BU00010003")!;
    expect(before.count).toBe(0);
    expect(before.entropy).toBeNull();
    expect(e.end.areas.find((a) => a.area === "BU00010003")!.socialShare).toBe(1);
  });

  it("'samenvoegen/splitsen' takes its direction from the counts; DAEB reads as sociale huur; years before the start are refused", () => {
    const e = run(
      [
        ["BU00010001", "samenvoegen/splitsen", "DAEB", "", 2, 4, 2026],
        ["BU00010001", "sloop", "koop", "", 1, "", 2024],
      ],
      { startYear: 2025 },
    );
    expect(e.problems.map((p) => p.message)).toEqual(["Het jaar 2024 ligt vóór het beginjaar 2025 van de voorraad; een plan gaat over de jaren vanaf 2025."]);
    expect(e.reading.rows[0]).toMatchObject({ kind: "splitsen", from: "sociale huur", to: "sociale huur", count: 2, countAfter: 4 });
  });

  it("blank rows and a header row are no rows", () => {
    const e = run([HEADER, ["", "", "", "", "", "", "", "toelichting alleen"], []]);
    expect(e.reading.rowsRead).toBe(0);
    expect(e.problems).toEqual([]);
    expect(e.years).toEqual([]);
  });
});
