/**
 * MENG.SCENARIO.VOORRAAD as Excel calls it (2-D columns, a scenario range with its header, omitted arguments as null):
 * the after-table by hand, its use as weights by the other index functions, and the Dutch errors.
 */
import { customFunctions } from "../../src/functions/registry";
import { isMengError } from "../../src/core/errors";

type Rows = [string, string, number][];
const col = (values: unknown[]) => values.map((v) => [v]);
function expand(rows: Rows): [unknown[][], unknown[][]] {
  const a: string[] = [];
  const c: string[] = [];
  for (const [x, y, n] of rows) for (let k = 0; k < n; k++) { a.push(x); c.push(y); }
  return [col(a), col(c)];
}
const f = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown>;
const HEADER = ["gebied", "ingreep", "van", "naar", "aantal", "aantal na", "jaar", "toelichting"];

// Voorraad: BU01 = 4 sociale huur + 1 middenhuur + 1 koop; BU02 = 1 sociale huur + 1 middenhuur + 2 koop
const stock: Rows = [["BU01", "sociale huur", 4], ["BU01", "middenhuur", 1], ["BU01", "koop", 1], ["BU02", "sociale huur", 1], ["BU02", "middenhuur", 1], ["BU02", "koop", 2]];
const [areas, segments] = expand(stock);
const scenario = [
  HEADER,
  ["BU01", "verkoop", "sociale huur", "koop", 2, null, 2026, "twee woningen uitponden"], // BU01: soc 2, koop 3
  ["BU02", "nieuwbouw", null, "sociale huur", 3, null, 2027, null], //                    BU02: soc 4
  [null, null, null, null, null, null, null, null],
];

function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isMengError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("no error");
}

describe("MENG.SCENARIO.VOORRAAD (SCENARIO_STOCK)", () => {
  it("spills gebied, categorie, aantal after the plan, areas and categories sorted by name", () => {
    expect(f.SCENARIO_STOCK(areas, segments, scenario, null, null, null)).toEqual([
      ["BU01", "koop", 3],
      ["BU01", "middenhuur", 1],
      ["BU01", "sociale huur", 2],
      ["BU02", "koop", 2],
      ["BU02", "middenhuur", 1],
      ["BU02", "sociale huur", 4],
    ]);
  });

  it("tot_jaar leaves out later years", () => {
    const until2026 = f.SCENARIO_STOCK(areas, segments, scenario, null, 2026, null) as unknown[][];
    expect(until2026.find((r) => r[0] === "BU02" && r[1] === "sociale huur")).toEqual(["BU02", "sociale huur", 1]);
  });

  it("its columns work as gebieden, categorieën and gewichten for the index functions", () => {
    const after = f.SCENARIO_STOCK(areas, segments, scenario, null, null, null) as unknown[][];
    const a = after.map((r) => [r[0]]);
    const c = after.map((r) => [r[1]]);
    const w = after.map((r) => [r[2]]);
    // After: BU01 = soc 2, mid 1, koop 3 (6); BU02 = soc 4, mid 1, koop 2 (7). T_soc = 6, rest = 7.
    // D = ½ (|2/6 − 4/7| + |4/6 − 3/7|) = ½ (|0.3333 − 0.5714| + |0.6667 − 0.4286|) = 0.2381 = 5/21
    expect(f.DISSIMILARITY(a, c, "sociale huur", null, w)).toBeCloseTo(5 / 21, 12);
    // before (docs/functies.md): ½ (|4/5 − 2/5| + |1/5 − 3/5|) = 0.4
    expect(f.DISSIMILARITY(areas, segments, "sociale huur", null, null)).toBeCloseTo(0.4, 12);
    // share of social rent after: 6 of 13
    expect(f.SHARE(c, "sociale huur", w)).toBeCloseTo(6 / 13, 12);
  });

  it("equals the stock itself with an empty plan (only the header)", () => {
    const same = f.SCENARIO_STOCK(areas, segments, [HEADER, [null, null, null, null, null, null, null, null]], null, null, null);
    expect(same).toEqual([
      ["BU01", "koop", 1], ["BU01", "middenhuur", 1], ["BU01", "sociale huur", 4],
      ["BU02", "koop", 2], ["BU02", "middenhuur", 1], ["BU02", "sociale huur", 1],
    ]);
  });

  it("refuses a scenario with a row error: #VALUE! naming the row of the range", () => {
    const bad = [HEADER, ["BU01", "verkoop", "sociale huur", null, 9, null, 2026, null], ["BU03", "sloop", "koop", null, 1, null, 2026, null]];
    expect(thrown(() => f.SCENARIO_STOCK(areas, segments, bad, null, null, null))).toEqual({
      code: "#VALUE!",
      message:
        "Scenario, rij 2 van het bereik: Er kunnen in 2026 geen 9 sociale huurwoningen in 'BU01' verkocht worden: er zijn er dan nog 4 (na de rijen van eerdere jaren en eerder in dit jaar). Verlaag het aantal of controleer de rijen ervoor. (en nog 1 rij met een fout)",
    });
  });

  it("says what is wrong with the scenario range itself", () => {
    expect(thrown(() => f.SCENARIO_STOCK(areas, segments, [["BU01", "sloop", "koop"]], null, null, null))).toEqual({
      code: "#VALUE!",
      message: "Het scenario heeft 3 kolommen; nodig zijn er minstens 7: gebied, ingreep, van, naar, aantal, aantal na, jaar.",
    });
    expect(thrown(() => f.SCENARIO_STOCK(areas, segments, scenario, null, "binnenkort", null)).message).toContain("'tot_jaar'");
  });

  it("reads segment words through the value mapping", () => {
    const mapped = [HEADER, ["BU01", "sloop", "EB", null, 1, null, 2026, null]];
    const waarden = [["segment", "EB", "sociale huur"]];
    const out = f.SCENARIO_STOCK(areas, segments, mapped, null, null, waarden) as unknown[][];
    expect(out.find((r) => r[0] === "BU01" && r[1] === "sociale huur")).toEqual(["BU01", "sociale huur", 3]);
  });
});
