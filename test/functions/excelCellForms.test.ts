/**
 * What Excel really passes (issue 8, point 3), for every custom function in the registry:
 * - blank cells in their three forms — null, "" (from ="") and whitespace — and 0 where 0 cannot be a value (desktop
 *   builds that pass an empty cell of an `any` range as 0, office-js #4702 / #5262): read as blank;
 * - error cells as Excel.ErrorCellValue objects (allowCustomDataForDataTypeAny): a typed error naming the cell;
 * - entity values: read through their text; an image: refused with a clear message, never "[object Object]".
 * Expected values come from the same call on the clean data (blank rows left out), never from the code under test's
 * own formula.
 */
import { customFunctions } from "../../src/functions/registry";

type Spill = [string, string | number][];
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const asMap = (spill: unknown) => new Map((spill as Spill).map(([label, value]) => [label, value]));
const fns = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown>;

const BLANKS: [string, unknown][] = [["null", null], ['""', ""], ["whitespace", "  \u00a0 "]];
const NA = { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" };
const REF = { type: "Error", errorType: "Ref", basicValue: "#REF!" };
const entity = (text: string) => ({ type: "Entity", text, properties: { Naam: { type: "String", basicValue: text } } });
const IMAGE = { type: "WebImage", address: "https://example.invalid/a.png", basicValue: "#VALUE!" };

function thrown(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected an error");
}

// A small stock: areas, coarse areas, categories, weights.
const AREAS = ["BU01", "BU01", "BU01", "BU02", "BU02", "BU03", "BU03", "BU03"];
const COARSE = ["WK1", "WK1", "WK1", "WK1", "WK1", "WK2", "WK2", "WK2"];
const CATS = ["sociale huur", "koop", "sociale huur", "koop", "middenhuur", "sociale huur", "koop", "koop"];
const WEIGHTS = [1, 2, 1, 3, 1, 2, 1, 1];

/** Index functions: name → call on (areas, coarse, categories, weights) columns. */
const indexCalls: Record<string, (a: unknown[][], c: unknown[][], k: unknown[][], w: unknown[][] | null) => unknown> = {
  SHARE: (_a, _c, k, w) => fns.SHARE(k, "koop", w),
  ENTROPY: (_a, _c, k, w) => fns.ENTROPY(k, w, null),
  SIMPSON: (_a, _c, k, w) => fns.SIMPSON(k, w),
  TARGET_GAP: (_a, _c, k, w) => fns.TARGET_GAP(k, col("sociale huur", "middenhuur", "koop"), col(0.4, 0.2, 0.4), w),
  DISSIMILARITY: (a, _c, k, w) => fns.DISSIMILARITY(a, k, "sociale huur", null, w),
  DISSIMILARITY_MULTI: (a, _c, k, w) => fns.DISSIMILARITY_MULTI(a, k, w),
  THEIL: (a, _c, k, w) => fns.THEIL(a, k, w),
  MUTUAL_INFO: (a, _c, k, w) => fns.MUTUAL_INFO(a, k, w),
  ISOLATION: (a, _c, k, w) => fns.ISOLATION(a, k, "koop", w),
  EXPOSURE: (a, _c, k, w) => fns.EXPOSURE(a, k, "koop", "sociale huur", w),
  LOCATION_QUOTIENT: (a, _c, k, w) => fns.LOCATION_QUOTIENT(a, k, "BU01", "sociale huur", w),
  SCALE: (a, c, k, w) => fns.SCALE(a, c, k, w),
  BY_AREA: (a, _c, k, w) => fns.BY_AREA(a, k, w),
  LOCAL_SEGREGATION: (a, _c, k, w) => fns.LOCAL_SEGREGATION(a, k, w),
  RANDOM_BASELINE: (a, _c, k, w) => fns.RANDOM_BASELINE(a, k, w, "koop"),
  CONFIDENCE_INTERVAL: (a, _c, k, w) => fns.CONFIDENCE_INTERVAL(a, k, w, "koop", 50),
  // The change between two stocks: here the same stock twice, so every cell form reaches all four columns.
  CHANGE: (a, _c, k, w) => fns.CHANGE(a, k, a, k, w, w),
  // The stock after one sale in BU01 (issue 15): the cell forms reach the stock columns.
  SCENARIO_STOCK: (a, _c, k, w) => fns.SCENARIO_STOCK(a, k, [["BU01", "verkoop", "sociale huur", "koop", 1, null, 2026]], w),
};

describe.each(Object.keys(indexCalls))("%s with the cells Excel sends", (id) => {
  const call = indexCalls[id];
  const clean = (weighted: boolean) => call(col(...AREAS), col(...COARSE), col(...CATS), weighted ? col(...WEIGHTS) : null);

  test.each(BLANKS)("blank rows as %s count for nothing", (_label, blank) => {
    for (const weighted of [false, true]) {
      // Blank rows inside the data: area, category (and weight) all blank, as an export with empty lines.
      const at = 3;
      const withBlank = <T>(xs: T[], b: unknown) => [...xs.slice(0, at), b, ...xs.slice(at), b];
      const got = call(
        col(...withBlank(AREAS, blank)),
        col(...withBlank(COARSE, blank)),
        col(...withBlank(CATS, blank)),
        weighted ? col(...withBlank(WEIGHTS, blank)) : null,
      );
      expect(got).toEqual(clean(weighted));
    }
  });

  test("0 among text categories is an empty cell, not a category '0'", () => {
    expect(call(col(...AREAS, "BU01"), col(...COARSE, "WK1"), col(...CATS, 0), null)).toEqual(clean(false));
  });

  if (!["SHARE", "ENTROPY", "SIMPSON", "TARGET_GAP"].includes(id)) {
    test("0 in an area column is an empty cell, not an area '0'", () => {
      expect(call(col(...AREAS, 0), col(...COARSE, 0), col(...CATS, "koop"), null)).toEqual(clean(false));
    });
  }

  test("an error cell gives a typed error naming the argument and the cell", () => {
    const e = thrown(() => call(col(...AREAS), col(...COARSE), col("koop", "sociale huur", NA, ...CATS.slice(3)), null));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/Cel 3 van 'categorieën(_1)?' bevat de foutwaarde #N\/B \(#N\/A\)/); // CHANGE: the first stock's column
    const areaArg = id === "SCALE" ? "fijne_gebieden" : "gebieden";
    if (!["SHARE", "ENTROPY", "SIMPSON", "TARGET_GAP"].includes(id)) {
      const r = thrown(() => call(col(...AREAS.slice(0, 5), REF, ...AREAS.slice(6)), col(...COARSE), col(...CATS), null));
      expect(r.code).toBe("#VALUE!");
      expect(r.message).toMatch(new RegExp(`Cel 6 van '${areaArg}(_1)?' bevat de foutwaarde #VERW! \\(#REF!\\)`));
    }
    const w = thrown(() => call(col(...AREAS), col(...COARSE), col(...CATS), col(1, 1, 1, 1, { type: "Error", errorType: "Div0" }, 1, 1, 1)));
    expect(w.message).toMatch(/Cel 5 van 'gewichten(_1)?' bevat de foutwaarde #DEEL\/0! \(#DIV\/0!\)/);
  });

  test("entity values are read through their text; an image is refused with a message", () => {
    const cats = CATS.map((c, i) => (i % 2 === 0 ? entity(c) : c));
    const areas = AREAS.map((a, i) => (i === 1 ? { type: "LinkedEntity", text: a, basicValue: "#VALUE!" } : a));
    expect(call(col(...areas), col(...COARSE), col(...cats), null)).toEqual(clean(false));
    const formatted = WEIGHTS.map((w) => ({ type: "FormattedNumber", basicValue: w, numberFormat: "0" }));
    expect(call(col(...AREAS), col(...COARSE), col(...CATS), col(...formatted))).toEqual(clean(true));
    const e = thrown(() => call(col(...AREAS), col(...COARSE), col(...CATS.slice(0, 7), IMAGE), null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Cel 8 van 'categorieën(_1)?' bevat een afbeelding/);
    expect(e.message).not.toContain("[object Object]");
  });
});

describe("a category column of numeric codes keeps 0 as a category", () => {
  test("0/1 codes: 0 is a real category", () => {
    expect(fns.SHARE(col(0, 1, 1, 0), 0, null)).toBe(0.5);
    expect(fns.SHARE(col(0, 1, 1, 0), "0", null)).toBe(0.5);
  });
});

describe("norms and segment functions", () => {
  const omitted = (run: (year: unknown) => unknown) => thrown(() => run(null)).message;
  test.each([...BLANKS, ["0", 0]])("a year given as %s is a missing year (asks for one), not an impossible year", (_l, blank) => {
    expect(omitted((y) => fns.NORM("liberalisatiegrens", y, null))).toMatch(/Geef het 'jaar' op/);
    expect(thrown(() => fns.NORM("liberalisatiegrens", blank, null)).message).toBe(omitted((y) => fns.NORM("liberalisatiegrens", y, null)));
    expect(thrown(() => fns.SEGMENT(650, null, null, blank, null)).message).toBe(omitted((y) => fns.SEGMENT(650, null, null, y, null)));
    expect(thrown(() => fns.AFFORDABLE_PURCHASE(300000, blank, null)).message).toBe(omitted((y) => fns.AFFORDABLE_PURCHASE(300000, y, null)));
    expect(fns.PRIORITY_SHARE(col("regulier", "lokale binding"), null, blank)).toBe(0.5);
  });

  test.each([...BLANKS, ["0", 0]])("empty rows (%s) in a normen range are skipped", (_l, blank) => {
    const norms = [["naam", "jaar", "waarde"], ["liberalisatiegrens", 2025, 900], [blank, blank, blank]];
    expect(fns.NORM("liberalisatiegrens", 2025, norms)).toBe(900);
  });

  test("an eigendom of 0 is blank (a rental), an entity name is read through its text, an error cell is named", () => {
    expect(fns.SEGMENT(650, null, 0, 2025, null)).toBe(fns.SEGMENT(650, null, null, 2025, null));
    expect(fns.NORM(entity("liberalisatiegrens"), 2025, null)).toBe(fns.NORM("liberalisatiegrens", 2025, null));
    const e = thrown(() => fns.NORM("liberalisatiegrens", NA, null));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/'jaar' bevat de foutwaarde #N\/B/);
    const n = thrown(() => fns.NORM("liberalisatiegrens", 2025, [["naam", "jaar", "waarde"], ["liberalisatiegrens", 2025, REF]]));
    expect(n.message).toMatch(/Rij 2, kolom 3 van 'normen' bevat de foutwaarde #VERW!/);
  });
});

describe("vitality functions", () => {
  const cases: [string, (blank: unknown) => unknown][] = [
    ["VITALITY", (b) => fns.VITALITY(b, 2, 2)],
    ["VITALITY_FLAG", (b) => fns.VITALITY_FLAG(b, null)],
    ["LIVABILITY_POINTS", (b) => fns.LIVABILITY_POINTS(b)],
    ["ORGANISATION_POINTS", (b) => fns.ORGANISATION_POINTS(true, b)],
    ["RESILIENCE_POINTS", (b) => fns.RESILIENCE_POINTS(b, 10, 20)],
  ];
  test.each(cases)("%s: each blank form and 0 is an empty cell with a Dutch message, never a silent value", (_id, run) => {
    for (const [, blank] of [...BLANKS, ["0", 0]] as [string, unknown][]) {
      if (_id === "RESILIENCE_POINTS" && blank === 0) continue; // an overlast measure of 0 is a real measure
      const e = thrown(() => run(blank));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/ontbreekt|leeg|1, 2 of 3|1 tot en met 27|1 \(zeer onvoldoende\)/);
    }
    expect(fns.RESILIENCE_POINTS(0, 10, 20)).toBe(1);
  });
  test("an error cell and an entity", () => {
    expect(thrown(() => fns.VITALITY(NA, 2, 2)).message).toMatch(/'leefbaarheid' bevat de foutwaarde #N\/B/);
    expect(fns.VITALITY({ type: "Double", basicValue: 2 }, 2, 2)).toBe(8);
  });
});

describe("allocation checks", () => {
  const GROUNDS = ["lokale binding", "regulier", "urgentie", "vitaal beroep", "regulier", "regulier"];
  const DATES = [45700, 45710, 45720, 45730, 45740, 45750]; // 2025
  const INCOMES = [30000, 52000, 41000, 28000, 61000, 35000];
  const SIZES = [1, 2, 3, 1, 4, 2];
  const RENTS = [650, 820, 700, 610, 900, 680];
  const ELIGIBLE_WORDS = ["ja", "nee", "ja", "ja", "nee", "ja"];

  const runs: Record<string, (g: unknown[], d: unknown[], i: unknown[], s: unknown[], r: unknown[], e: unknown[]) => unknown> = {
    PRIORITY_SHARE: (g, d) => fns.PRIORITY_SHARE(col(...g), col(...d), 2025),
    PRIORITY_CHECK: (g, d) => asMap(fns.PRIORITY_CHECK(col(...g), col(...d), 2025, null, null)),
    INCOME_CHECK: (_g, d, i, s) => asMap(fns.INCOME_CHECK(col(...i), col(...s), col(...d), 2025, null)),
    FIT_CHECK: (_g, d, _i, s, r, e) => asMap(fns.FIT_CHECK(col(...r), col(...s), col(...e), col(...d), 2025, null)),
  };
  const clean = (id: string) => runs[id](GROUNDS, DATES, INCOMES, SIZES, RENTS, ELIGIBLE_WORDS);
  const shareOf = (result: unknown) => (result instanceof Map ? result.get([...result.keys()][0]) : result);

  test.each(Object.keys(runs).flatMap((id) => [...BLANKS, ["0", 0] as [string, unknown]].map(([l, b]) => [id, l, b] as const)))(
    "%s: a blank row (%s) changes no share and counts among the rows not read",
    (id, _label, blank) => {
      const add = (xs: unknown[]) => [...xs, blank];
      // The income column: 0 can be a real income, so the blank row of the 0 case keeps a blank income there.
      const income = blank === 0 ? [...INCOMES, null] : add(INCOMES);
      const rent = blank === 0 ? [...RENTS, null] : add(RENTS);
      const got = runs[id](add(GROUNDS), add(DATES), income, add(SIZES), rent, add(ELIGIBLE_WORDS));
      expect(shareOf(got)).toEqual(shareOf(clean(id)));
      if (got instanceof Map) {
        expect(got.get("lege rijen (tellen mee bij niet gelezen)")).toBe(1);
        expect(got.get("niet gelezen rijen")).toBe(1);
      }
    },
  );

  test("a 0 among yes/no words is blank, while in a 1/0 column it is 'nee'", () => {
    const words = asMap(fns.FIT_CHECK(col(...RENTS), col(...SIZES), col("ja", 0, "ja", "ja", "nee", "ja"), null, 2025, null));
    expect(words.get("niet gelezen rijen")).toBe(1);
    const codes = asMap(fns.FIT_CHECK(col(...RENTS), col(...SIZES), col(1, 0, 1, 1, 0, 1), null, 2025, null));
    expect(codes.get("niet gelezen rijen")).toBe(0);
    expect(codes).toEqual(asMap(fns.FIT_CHECK(col(...RENTS), col(...SIZES), col(...ELIGIBLE_WORDS), null, 2025, null)));
  });

  test("an error cell names the sheet row when Excel gives the address", () => {
    const invocation = { parameterAddresses: ["Toewijzingen!$H$2:$H$7", "Toewijzingen!$I$2:$I$7", "Toewijzingen!$C$2:$C$7"] };
    const sizes = [1, 2, NA, 1, 4, 2];
    const e = thrown(() => fns.INCOME_CHECK(col(...INCOMES), col(...sizes), col(...DATES), 2025, null, null, null, null, invocation));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/^Rij 4 \(in 'huishoudgroottes'\) bevat de foutwaarde #N\/B/);
  });

  test("entity grounds are read through their text", () => {
    expect(fns.PRIORITY_SHARE(col(...GROUNDS.map(entity)), col(...DATES), 2025)).toBe(runs.PRIORITY_SHARE(GROUNDS, DATES, [], [], [], []));
  });
});

describe("every registered function is covered here", () => {
  test("the list above names each id", () => {
    const covered = new Set([
      ...Object.keys(indexCalls),
      "NORM", "SEGMENT", "AFFORDABLE_PURCHASE",
      "VITALITY", "VITALITY_FLAG", "LIVABILITY_POINTS", "ORGANISATION_POINTS", "RESILIENCE_POINTS",
      "PRIORITY_SHARE", "PRIORITY_CHECK", "INCOME_CHECK", "FIT_CHECK",
    ]);
    expect([...covered].sort()).toEqual(Object.keys(customFunctions).sort());
  });
});
