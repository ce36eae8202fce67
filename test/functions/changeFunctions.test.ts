/**
 * MENG.VERANDERING, MENG.LOKALESEGREGATIE, MENG.TOEVAL and MENG.INTERVAL as Excel calls them (2-D columns, omitted
 * optional arguments as null), on the Voorraad of docs/functies.md. The numbers of the doc examples are checked here
 * against the independent reference (test/reference/referenceChange.ts) and against hand calculation, so the user docs
 * cannot drift from what the functions return.
 */
import { customFunctions } from "../../src/functions/registry";
import * as ref from "../reference/referenceChange";

type Rows = [string, string, number][];
const col = (values: unknown[]) => values.map((v) => [v]);
function expand(rows: Rows): [unknown[][], unknown[][]] {
  const a: string[] = [];
  const c: string[] = [];
  for (const [x, y, n] of rows) for (let k = 0; k < n; k++) { a.push(x); c.push(y); }
  return [col(a), col(c)];
}

// docs/functies.md: Voorraad (2020) and Voorraad2025
const y2020: Rows = [["BU01", "sociale huur", 4], ["BU01", "middenhuur", 1], ["BU01", "koop", 1], ["BU02", "sociale huur", 1], ["BU02", "middenhuur", 1], ["BU02", "koop", 2]];
const y2025: Rows = [["BU01", "sociale huur", 3], ["BU01", "middenhuur", 1], ["BU01", "koop", 2], ["BU02", "sociale huur", 1], ["BU02", "middenhuur", 2], ["BU02", "koop", 2], ["BU03", "sociale huur", 4], ["BU03", "koop", 1]];
const [a1, c1] = expand(y2020);
const [a2, c2] = expand(y2025);
const f = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown[][]>;
const round4 = (x: unknown) => Math.round((x as number) * 1e4) / 1e4;

describe("MENG.VERANDERING (CHANGE)", () => {
  it("spills the Shapley block: header, 8 parts; the numbers of the doc example, checked against the reference", () => {
    const block = f.CHANGE(a1, c1, a2, c2, null, null, null);
    expect(block.map((r) => r[0])).toEqual([
      "onderdeel", "eerste peiling", "tweede peiling", "verschil", "gebieden of categorieën erbij",
      "gebieden of categorieën verdwenen", "samenstelling naar categorie", "grootte van de gebieden", "structurele verandering",
    ]);
    expect(block[0]).toEqual(["onderdeel", "M", "H"]);
    const want = ref.refShapley(ref.tableFrom(y2020), ref.tableFrom(y2025), ref.refM);
    const column = block.slice(1).map((r) => r[1] as number);
    const expected = [want.first, want.second, want.second - want.first, want.additions, want.removals, want.categories, want.areas, want.structural];
    column.forEach((x, k) => expect(Math.abs(x - expected[k])).toBeLessThan(1e-9));
    // as printed in docs/functies.md
    expect(column.map(round4)).toEqual([0.0932, 0.1586, 0.0654, 0.0997, 0, -0.0067, 0.0029, -0.0305]);
    expect(block.slice(1).map((r) => round4(r[2]))).toEqual([0.0905, 0.1549, 0.0644, 0.1009, 0, -0.0103, 0.0027, -0.0289]);
  });

  it("the doc's check of 'erbij': M of Voorraad2025 without BU03 is 0.0589", () => {
    const withoutNew = ref.refM(ref.tableFrom(y2025.filter((r) => r[0] !== "BU03")));
    expect(round4(withoutNew)).toBe(0.0589);
    const block = f.CHANGE(a1, c1, a2, c2);
    expect(block[4][1]).toBeCloseTo(ref.refM(ref.tableFrom(y2025)) - withoutNew, 12);
  });

  it('"km" adds the interaction row; the method is read without case, spaces or dashes', () => {
    const km = f.CHANGE(a1, c1, a2, c2, null, null, "Karmel–Maclachlan");
    expect(km).toHaveLength(10);
    expect(km[8][0]).toBe("samenspel grootte en samenstelling");
    const want = ref.refKarmelMaclachlan(ref.tableFrom(y2020), ref.tableFrom(y2025), ref.refM);
    expect(Math.abs((km[8][1] as number) - (want.interaction as number))).toBeLessThan(1e-9);
    expect(f.CHANGE(a1, c1, a2, c2, null, null, " KM ")).toEqual(km);
  });

  it("weights per snapshot give the same result as the expanded rows", () => {
    const w1 = y2020.map((r) => [r[2]]);
    const block = f.CHANGE(col(y2020.map((r) => r[0])), col(y2020.map((r) => r[1])), a2, c2, w1, null, null);
    expect(block).toEqual(f.CHANGE(a1, c1, a2, c2, null, null, null));
  });

  it("#VALUE! for an unknown method, for ranges of different size, and when nothing is in common", () => {
    expect(() => f.CHANGE(a1, c1, a2, c2, null, null, "mrc")).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("shapley") }));
    expect(() => f.CHANGE(a1, c1.slice(1), a2, c2)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/gebieden_1.*categorieën_1/) }));
    expect(() => f.CHANGE(a1, c1, col(["X", "Y"]), col(["sociale huur", "koop"]))).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("gebied gemeen") }));
  });

  it("H cells are #DIV/0! when the common part has one category (M stays a number)", () => {
    const block = f.CHANGE(col(["A", "B", "A"]), col(["soc", "soc", "koop"]), col(["A", "B"]), col(["soc", "soc"]));
    expect(typeof block[1][1]).toBe("number");
    const h = block[4][2] as unknown as { code?: string };
    expect(h.code).toBe("#DIV/0!");
  });
});

describe("MENG.LOKALESEGREGATIE (LOCAL_SEGREGATION)", () => {
  it("the doc example by hand: L(BU01) = ⅔ ln(4/3) + ⅙ ln(5/6) + ⅙ ln(5/9), L(BU02) = ¼ ln ½ + ¼ ln 1,25 + ½ ln(5/3)", () => {
    const table = f.LOCAL_SEGREGATION(a1, c1, null);
    expect(table[0]).toEqual(["gebied", "aantal", "aandeel in totaal", "lokale score", "bijdrage aan M", "deel van M"]);
    const L1 = (2 / 3) * Math.log(4 / 3) + (1 / 6) * Math.log(5 / 6) + (1 / 6) * Math.log(5 / 9);
    const L2 = 0.25 * Math.log(0.5) + 0.25 * Math.log(1.25) + 0.5 * Math.log(5 / 3);
    const M = 0.6 * L1 + 0.4 * L2;
    expect(table[1].slice(0, 3)).toEqual(["BU01", 6, 0.6]);
    expect(table[1][3]).toBeCloseTo(L1, 15);
    expect(table[2][3]).toBeCloseTo(L2, 15);
    expect(table[1][4]).toBeCloseTo(0.6 * L1, 15);
    expect(table[2][5]).toBeCloseTo((0.4 * L2) / M, 15);
    expect(table.slice(1).map((r) => r.slice(3).map(round4))).toEqual([[0.0634, 0.0381, 0.4083], [0.1379, 0.0552, 0.5917]]);
  });

  it("one category: scores 0 and the share of M is #DIV/0!", () => {
    const table = f.LOCAL_SEGREGATION(col(["A", "B"]), col(["soc", "soc"]));
    expect(table[1][3]).toBe(0);
    expect((table[1][5] as unknown as { code: string }).code).toBe("#DIV/0!");
  });
});

describe("MENG.TOEVAL (RANDOM_BASELINE)", () => {
  it("D of social rent against the rest: E[D] = 8/35 by hand (X ~ Hyp(10, 5, 6), D = 2|X − 3| / 5)", () => {
    const block = f.RANDOM_BASELINE(a1, c1, null, "sociale huur");
    expect(block[0]).toEqual(["index", "waargenomen", "verwacht bij toeval", "boven toeval"]);
    expect(block[1][0]).toBe("D (sociale huur t.o.v. de rest)");
    expect(block[1][1]).toBeCloseTo(0.4, 15);
    expect(block[1][2]).toBeCloseTo(8 / 35, 14);
    expect(block[1][3]).toBeCloseTo(0.4 - 8 / 35, 14);
  });

  it("D_M, H and M against the reference's enumeration; the doc numbers", () => {
    const block = f.RANDOM_BASELINE(a1, c1);
    const want = ref.refExpected(ref.tableFrom(y2020), null);
    expect(block[1][2]).toBeCloseTo(want.d, 12);
    expect(block[2][2]).toBeCloseTo(want.h, 12);
    expect(block[3][2]).toBeCloseTo(want.m, 12);
    expect(block.slice(1).map((r) => r.slice(1).map(round4))).toEqual([[0.3226, 0.275, 0.0476], [0.0905, 0.1364, -0.0458], [0.0932, 0.1404, -0.0472]]);
  });

  it("#N/A for a group that does not occur; #VALUE! for weights that are not whole numbers", () => {
    expect(() => f.RANDOM_BASELINE(a1, c1, null, "huurkoop")).toThrow(expect.objectContaining({ code: "#N/A" }));
    expect(() => f.RANDOM_BASELINE(col(["A", "B"]), col(["x", "y"]), col([2.5, 1]))).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("hele") }));
  });
});

describe("MENG.INTERVAL (CONFIDENCE_INTERVAL)", () => {
  it("spills header and D, H, M; the same seed gives the same block; defaults are 500 draws, 0.95 and seed 1", () => {
    const block = f.CONFIDENCE_INTERVAL(a1, c1);
    expect(block[0]).toEqual(["index", "waargenomen", "gecorrigeerd", "standaardfout", "ondergrens", "bovengrens"]);
    expect(block.map((r) => r[0])).toEqual(["index", "D_M (alle categorieën)", "H", "M"]);
    expect(f.CONFIDENCE_INTERVAL(a1, c1, null, null, 500, 0.95, 1)).toEqual(block);
    expect(f.CONFIDENCE_INTERVAL(a1, c1, null, null, 500, 0.95, 2)).not.toEqual(block);
    for (const r of block.slice(1)) expect(r[4] as number).toBeLessThan(r[5] as number);
  });

  it("the doc example's M row (a regression of the printed numbers, not a check of the method)", () => {
    const m = f.CONFIDENCE_INTERVAL(a1, c1)[3];
    expect(m.slice(1).map(round4)).toEqual([0.0932, -0.0397, 0.1689, -0.4866, 0.1762]);
  });

  it("does not depend on the order of the rows, and rows with counts as weights give the same interval", () => {
    const block = f.CONFIDENCE_INTERVAL(a1, c1, null, "sociale huur");
    // the same dwellings in another order (a fixed shuffle)
    const order = [7, 2, 9, 0, 5, 3, 8, 1, 6, 4];
    expect([...order].sort((x, y) => x - y)).toEqual(a1.map((_, i) => i));
    // equal up to the order of additions (1e-12); the draws themselves are the same
    const close = (x: unknown[][], y: unknown[][]) => x.forEach((r, i) => r.forEach((v, j) => {
      if (typeof v === "number") expect(Math.abs(v - (y[i][j] as number))).toBeLessThanOrEqual(1e-12);
      else expect(v).toEqual(y[i][j]);
    }));
    close(f.CONFIDENCE_INTERVAL(order.map((i) => a1[i]), order.map((i) => c1[i]), null, "sociale huur"), block);
    // one row per area and category with its count, in another order and spelling (as the area report's count block)
    const rows = [...y2020].reverse();
    const weighted = f.CONFIDENCE_INTERVAL(col(rows.map((r) => r[0].toLowerCase())), col(rows.map((r) => r[1].toUpperCase())), col(rows.map((r) => r[2])), "sociale huur");
    close(weighted.map((r) => r.slice(1)), block.map((r) => r.slice(1)));
  });

  it("a wider level gives a wider interval (same draws)", () => {
    const narrow = f.CONFIDENCE_INTERVAL(a1, c1, null, null, 400, 0.8, 3);
    const wide = f.CONFIDENCE_INTERVAL(a1, c1, null, null, 400, 0.99, 3);
    for (let k = 1; k <= 3; k++) {
      expect(wide[k][4] as number).toBeLessThanOrEqual(narrow[k][4] as number);
      expect(wide[k][5] as number).toBeGreaterThanOrEqual(narrow[k][5] as number);
    }
  });

  it("#VALUE! for draws, level or seed out of range, in Dutch", () => {
    expect(() => f.CONFIDENCE_INTERVAL(a1, c1, null, null, 5)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("trekkingen") }));
    expect(() => f.CONFIDENCE_INTERVAL(a1, c1, null, null, 100.5)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
    expect(() => f.CONFIDENCE_INTERVAL(a1, c1, null, null, null, 95)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("0,95") }));
    expect(() => f.CONFIDENCE_INTERVAL(a1, c1, null, null, null, null, -1)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("startwaarde") }));
    expect(() => f.CONFIDENCE_INTERVAL(a1, c1, null, null, "veel")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});
