import { customFunctions } from "../../src/functions/registry";

type Spill = [string, string | number][];
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const asMap = (spill: Spill) => new Map(spill.map(([label, value]) => [label, value]));
const invocation = (address: string) => ({ parameterAddresses: [address] }) as unknown as CustomFunctions.Invocation;

// Excel serial numbers: 1 Jan 2024 = 45292, 1 Jan 2025 = 45658, 1 Jan 2026 = 46023
const JAN_2024 = 45292;
const JUN_2025 = 45658 + 160;

describe("VOORRANG.AANDEEL (PRIORITY_SHARE) as Excel calls it", () => {
  it("counts all rows without dates and year", () => {
    expect(customFunctions.PRIORITY_SHARE(col("Lokale binding", "regulier", "urgentie", "vitaal beroep") as never, null as never, null)).toBe(0.5);
  });
  it("filters by year using serial and text dates", () => {
    const grounds = col("lokale binding", "regulier", "economische binding", "regulier");
    const dates = col(JAN_2024, JUN_2025, "15-3-2025", "2025-07-01");
    expect(customFunctions.PRIORITY_SHARE(grounds as never, dates as never, 2025)).toBeCloseTo(1 / 3, 15);
    expect(customFunctions.PRIORITY_SHARE(grounds as never, dates as never, "2024")).toBe(1);
  });
  it("is #DIV/0! for a year without allocations", () => {
    expect(() => customFunctions.PRIORITY_SHARE(col("regulier") as never, col(JAN_2024) as never, 2026)).toThrow(
      expect.objectContaining({ code: "#DIV/0!" }),
    );
  });
  it("refuses dates of another length", () => {
    expect(() => customFunctions.PRIORITY_SHARE(col("a", "b") as never, col(JAN_2024) as never, 2024)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("datums") }),
    );
  });
  it("refuses a year that is not a year", () => {
    expect(() => customFunctions.PRIORITY_SHARE(col("a") as never, null as never, "volgend jaar")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});

describe("VOORRANG.TOETS (PRIORITY_CHECK) spill", () => {
  const grounds = col("lokale binding", "regulier", "LB", "", "vitaal beroep", "regulier", "regulier");
  it("spills label | value rows in the fixed order, ending with 'niet gelezen rijen'", () => {
    const spill = customFunctions.PRIORITY_CHECK(grounds as never, null as never, 2025, null, null as never, null as never, null as never, null as never, invocation("Toewijzingen!$F$2:$F$8")) as Spill;
    expect(spill.slice(0, 4).map((r) => r[0])).toEqual(["aandeel", "maximum", "ruimte bij gelijk aantal toewijzingen", "oordeel (indicatie)"]);
    expect(spill[spill.length - 1][0]).toBe("niet gelezen rijen");
    expect(spill.every((r) => r.length === 2)).toBe(true);
    const m = asMap(spill);
    expect(m.get("aandeel")).toBeCloseTo(2 / 6, 15);
    expect(m.get("maximum")).toBe(0.5);
    expect(m.get("ruimte bij gelijk aantal toewijzingen")).toBe(1);
    expect(m.get("oordeel (indicatie)")).toBe("binnen norm");
    expect(m.get("extra voorrangstoewijzingen die nog passen")).toBe(2); // (3 − 2)/(1 − 0,5)
    expect(String(m.get("aard"))).toMatch(/^indicatie/);
    expect(m.get("aantal toewijzingen")).toBe(6);
    expect(m.get("aantal met voorrang")).toBe(2);
    expect(m.get("grond niet herkend (geteld als regulier)")).toBe(1);
    expect(m.get("rijen grond niet herkend")).toBe("4");
    expect(m.get("norm uit normen-bereik")).toBe("nee");
    expect(m.get("rijnummers")).toBe("rijen van het werkblad");
    expect(m.get("lege rijen (tellen mee bij niet gelezen)")).toBe(1);
    expect(m.get("niet gelezen rijen")).toBe(1);
  });
  it("uses a maximum argument (50% typed as 0.5 or '40%' cell value 0.4)", () => {
    const m = asMap(customFunctions.PRIORITY_CHECK(grounds as never, null as never, 2025, 0.2, null as never) as Spill);
    expect(m.get("ruimte bij gelijk aantal toewijzingen")).toBe(1 - 2);
    expect(m.get("oordeel (indicatie)")).toBe("boven norm");
    expect(m.get("rijnummers")).toBe("posities in het bereik");
  });
  it("refuses a maximum of 50 (instead of 50%)", () => {
    expect(() => customFunctions.PRIORITY_CHECK(grounds as never, null as never, 2025, 50, null as never)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("0,5") }),
    );
  });
  it("reads an override from the normen range", () => {
    const normen = [["naam", "jaar", "waarde"], ["Voorrang maximum", 2025, 0.25]];
    const m = asMap(customFunctions.PRIORITY_CHECK(grounds as never, null as never, 2025, null, normen as never) as Spill);
    expect(m.get("maximum")).toBe(0.25);
    expect(m.get("ruimte bij gelijk aantal toewijzingen")).toBe(-1);
    expect(m.get("norm uit normen-bereik")).toBe("ja");
  });
  it("shows 'n.v.t.' and 'geen toewijzingen' for a year with no allocations", () => {
    const m = asMap(customFunctions.PRIORITY_CHECK(col("binding") as never, col(JAN_2024) as never, 2025, null, null as never) as Spill);
    expect(m.get("aandeel")).toBe("n.v.t.");
    expect(m.get("ruimte bij gelijk aantal toewijzingen")).toBe(0);
    expect(m.get("oordeel (indicatie)")).toBe("geen toewijzingen");
    expect(m.get("toewijzingen in andere jaren")).toBe(1);
  });
});

describe("TOEWIJZING.INKOMEN (INCOME_CHECK) spill", () => {
  it("lists sheet rows outside the limit, counts rows it cannot read", () => {
    const incomes = col(30000, "49.670", 60000, "onbekend", "", "", 49669, "€ 54.847");
    const sizes = col(1, 1, 4, 2, 2, "", "1", 3);
    const spill = customFunctions.INCOME_CHECK(incomes as never, sizes as never, null as never, 2025, null as never, null as never, null as never, null, invocation("Blad1!$H$5:$H$12")) as Spill;
    expect(spill.slice(0, 4).map((r) => r[0])).toEqual(["aandeel binnen", "norm", "oordeel", "rijen buiten"]);
    expect(spill[spill.length - 1][0]).toBe("niet gelezen rijen");
    const m = asMap(spill);
    expect(m.get("aantal toewijzingen")).toBe(5);
    expect(m.get("aantal binnen")).toBe(3);
    expect(m.get("rijen buiten")).toBe("6; 7");
    expect(m.get("aandeel binnen")).toBe(0.6);
    expect(m.get("norm")).toBe(0.925);
    expect(m.get("oordeel")).toBe("onder norm");
    expect(m.get("inkomensgrens eenpersoons")).toBe(49669);
    expect(m.get("rijen niet gelezen")).toBe("8; 9");
    expect(m.get("lege rijen (tellen mee bij niet gelezen)")).toBe(1);
    expect(m.get("niet gelezen rijen")).toBe(3);
  });
  it("falls back to positions within the range without an address", () => {
    const m = asMap(customFunctions.INCOME_CHECK(col(99999, 1) as never, col(1, 1) as never, null as never, 2024, null as never) as Spill);
    expect(m.get("rijen buiten")).toBe("1");
    expect(m.get("rijnummers")).toBe("posities in het bereik");
  });
  it("judges each row by its own year with dates only (serial and text dates)", () => {
    const m = asMap(
      customFunctions.INCOME_CHECK(col(49000, 49000, 49000) as never, col(1, 1, 1) as never, col(JAN_2024, "1-6-2025", "morgen") as never, null, null as never) as Spill,
    );
    expect(m.get("aantal toewijzingen")).toBe(2);
    expect(m.get("rijen buiten")).toBe("1");
    expect(m.get("inkomensgrens eenpersoons")).toBe("per jaar (uit de datums)");
    expect(m.get("jaar")).toBe("per jaar (uit de datums): 2024; 2025");
    expect(m.get("niet gelezen rijen")).toBe(1);
  });
  it("is #VALUE! without dates and year", () => {
    expect(() => customFunctions.INCOME_CHECK(col(1) as never, col(1) as never, null as never, null, null as never)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("jaar") }),
    );
  });
  it("is #VALUE! for columns of different length", () => {
    expect(() => customFunctions.INCOME_CHECK(col(1, 2) as never, col(1) as never, null as never, 2025, null as never)).toThrow(
      expect.objectContaining({ code: "#VALUE!" }),
    );
  });
});

describe("TOEWIJZING.PASSEND (FIT_CHECK) spill", () => {
  it("judges only eligible households, at the caps of the year", () => {
    const rents = col(682.96, 682.97, 731.93, 900, 900, "", 700);
    const sizes = col(2, 1, 3, 1, 2, "", 1);
    const eligible = col("ja", "WAAR", true, "nee", false, "", "misschien");
    const spill = customFunctions.FIT_CHECK(rents as never, sizes as never, eligible as never, null as never, 2025, null as never, null as never, null as never, null as never, invocation("Toewijzingen!G2:G8")) as Spill;
    expect(spill.slice(0, 4).map((r) => r[0])).toEqual(["aandeel passend", "norm", "oordeel", "rijen buiten"]);
    expect(spill[spill.length - 1][0]).toBe("niet gelezen rijen");
    const m = asMap(spill);
    expect(m.get("aantal in de toets (doelgroep passend toewijzen)")).toBe(3);
    expect(m.get("aantal passend")).toBe(2);
    expect(m.get("rijen buiten")).toBe("3");
    expect(m.get("buiten de toets: volgens kolom huurtoeslaggerechtigd")).toBe(2);
    expect(m.get("doelgroep uit kolom huurtoeslaggerechtigd (eigen keuze)")).toBe(5);
    expect(m.get("norm")).toBe(0.95);
    expect(m.get("oordeel")).toBe("onder norm");
    expect(m.get("aftoppingsgrens laag")).toBe(682.96);
    expect(m.get("aftoppingsgrens hoog")).toBe(731.93);
    expect(m.get("rijen niet gelezen")).toBe("8");
    expect(m.get("niet gelezen rijen")).toBe(2);
  });
  it("gives 'geen toewijzingen' with a share of n.v.t. when no one is eligible", () => {
    const m = asMap(customFunctions.FIT_CHECK(col(900) as never, col(1) as never, col("nee") as never, null as never, 2026, null as never) as Spill);
    expect(m.get("aandeel passend")).toBe("n.v.t.");
    expect(m.get("oordeel")).toBe("geen toewijzingen");
    expect(m.get("norm")).toBe(0.95);
  });
  it("is #VALUE! without dates and year", () => {
    expect(() => customFunctions.FIT_CHECK(col(1) as never, col(1) as never, col(true) as never, null as never, null, null as never)).toThrow(
      expect.objectContaining({ code: "#VALUE!" }),
    );
  });
});

/**
 * Allocation rows → base, eligibility and verdict, worked out by hand from the 2025 rules:
 * huurgrens € 900,07; DAEB income limits € 49.669 (1 person) / € 54.847 (2+); toewijzingsnorm 92,5% (85% widened);
 * passend income limits € 28.375 / € 38.500, at AOW age (67) € 27.775 / € 37.350; aftoppingsgrens € 682,96 (1–2) /
 * € 731,93 (3+); passend norm 95%.
 */
describe("hand-worked allocation rows (2025)", () => {
  // rent, size, income, age, kind
  const rows: [number, number, number, number | string, string][] = [
    [650, 1, 28000, 40, "sociale huur"], // DAEB base, income within; passend: ≤ 28.375 → in, 650 ≤ 682,96 → fits
    [700, 1, 28000, 70, "sociale huur"], // DAEB within; passend: AOW → limit 27.775, 28.000 above → outside the fit base
    [700, 2, 38000, 50, "DAEB"], // DAEB within; passend: ≤ 38.500 → in, 700 > 682,96 → does not fit
    [735, 3, 38400, "", "sociale huur"], // no age: 38.400 between 37.350 and 38.500 → cannot be placed (not read) for fit
    [905, 2, 60000, 35, "sociale huur"], // rent above the huurgrens → outside the income base
    [880, 2, 56000, 35, "middenhuur"], // not DAEB → outside the income base
    [600, 1, 50000, 30, "sociale huur"], // DAEB, income above 49.669 → outside the target group; passend: not in base
    [720, 4, 30000, 45, "sociale huur"], // DAEB within; passend in (≤ 38.500), 720 ≤ 731,93 → fits
  ];
  const column = (i: number) => rows.map((r) => [r[i]]);

  it("income check: base = DAEB dwellings at or below the huurgrens; 5 of 6 within → below 92,5% but within 85%", () => {
    const run = (widened: boolean) =>
      asMap(customFunctions.INCOME_CHECK(column(2) as never, column(1) as never, null as never, 2025, null as never, column(0) as never, column(4) as never, widened) as Spill);
    const m = run(false);
    expect(m.get("aantal toewijzingen")).toBe(6);
    expect(m.get("aantal binnen")).toBe(5);
    expect(m.get("rijen buiten")).toBe("7");
    expect(m.get("niet meegeteld: huur boven de huurgrens")).toBe(1);
    expect(m.get("niet meegeteld: geen sociale huur (DAEB)")).toBe(1);
    expect(m.get("huurgrens")).toBe(900.07);
    expect(m.get("norm")).toBe(0.925);
    expect(m.get("oordeel")).toBe("onder norm"); // 5/6 = 0,833
    const w = run(true);
    expect(w.get("norm")).toBe(0.85);
    expect(w.get("oordeel")).toBe("onder norm"); // 0,833 < 0,85
  });

  it("fit check: eligibility from income, household size and AOW age; the override column wins per row", () => {
    const m = asMap(customFunctions.FIT_CHECK(column(0) as never, column(1) as never, null as never, null as never, 2025, null as never, column(2) as never, column(3) as never) as Spill);
    // In the base: rows 1, 3, 8 (row 4 cannot be placed without an age). Fitting: 1 and 8. Outside: 2, 5, 6, 7.
    expect(m.get("aantal in de toets (doelgroep passend toewijzen)")).toBe(3);
    expect(m.get("aantal passend")).toBe(2);
    expect(m.get("rijen buiten")).toBe("3");
    expect(m.get("buiten de toets: inkomen boven de passend-inkomensgrens")).toBe(4);
    expect(m.get("rijen niet gelezen")).toBe("4");
    expect(m.get("oordeel")).toBe("onder norm");
    // Override: row 2 marked eligible by the user, row 3 marked not eligible.
    const flags = rows.map((_, i) => [i === 1 ? "ja" : i === 2 ? "nee" : ""]);
    const o = asMap(customFunctions.FIT_CHECK(column(0) as never, column(1) as never, flags as never, null as never, 2025, null as never, column(2) as never, column(3) as never) as Spill);
    expect(o.get("aantal in de toets (doelgroep passend toewijzen)")).toBe(3); // rows 1, 2, 8
    expect(o.get("rijen buiten")).toBe("2"); // 700 > 682,96
    expect(o.get("doelgroep uit kolom huurtoeslaggerechtigd (eigen keuze)")).toBe(2);
    expect(o.get("buiten de toets: volgens kolom huurtoeslaggerechtigd")).toBe(1);
  });

  it("fit check without incomes or the override column is #VALUE!", () => {
    expect(() => customFunctions.FIT_CHECK(column(0) as never, column(1) as never, null as never, null as never, 2025, null as never)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("inkomens") }),
    );
  });

  it("priority indicator: designated categories, the verordening's percentage and both room figures", () => {
    const grounds = col("lokale binding", "voorrang zorgmedewerker", "urgentie", "regulier", "regulier", "lokale binding", "regulier", "statushouder");
    const kinds = col("sociale huur", "sociale huur", "sociale huur", "sociale huur", "sociale huur", "koop", "sociale huur", "sociale huur");
    const m = asMap(customFunctions.PRIORITY_CHECK(grounds as never, null as never, 2025, 0.4, null as never, kinds as never, "sociale huur") as Spill);
    // Base: the 7 social-rent allocations; priority: rows 1, 2 (2 of 7). m = 0,4: ⌊2,8⌋ − 2 = 0; ⌊(2,8 − 2)/0,6⌋ = 1.
    expect(m.get("aantal toewijzingen")).toBe(7);
    expect(m.get("aantal met voorrang")).toBe(2);
    expect(m.get("urgentie, statushouder, mantelzorg, uitstroom (buiten het maximum)")).toBe(2);
    expect(m.get("buiten de aangewezen categorieën")).toBe(1);
    expect(m.get("ruimte bij gelijk aantal toewijzingen")).toBe(0);
    expect(m.get("extra voorrangstoewijzingen die nog passen")).toBe(1);
    expect(m.get("oordeel (indicatie)")).toBe("binnen norm");
  });

  it("priority indicator: a bare 'voorrang' that could turn the verdict gives 'niet te beoordelen'", () => {
    const grounds = col("lokale binding", "voorrang", "regulier", "regulier");
    const m = asMap(customFunctions.PRIORITY_CHECK(grounds as never, null as never, 2025, null, null as never) as Spill);
    expect(m.get("'voorrang' zonder reden (niet als voorrang geteld)")).toBe(1);
    expect(m.get("ruimte bij gelijk aantal toewijzingen")).toBe(1);
    expect(m.get("oordeel (indicatie)")).toBe("binnen norm"); // 1 or 2 of 4 is at most 50% either way
    const three = asMap(customFunctions.PRIORITY_CHECK(col("lokale binding", "lokale binding", "voorrang", "regulier") as never, null as never, 2025, null, null as never) as Spill);
    expect(three.get("oordeel (indicatie)")).toBe("niet te beoordelen"); // 2/4 within, 3/4 above
  });

  it("refuses an unknown designated category, and designated categories without kinds", () => {
    expect(() => customFunctions.PRIORITY_CHECK(col("regulier") as never, null as never, 2025, null, null as never, col("sociale huur") as never, "kantoor")).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("kantoor") }),
    );
    expect(() => customFunctions.PRIORITY_CHECK(col("regulier") as never, null as never, 2025, null, null as never, null as never, "sociale huur")).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("soorten_woning") }),
    );
  });
});

describe("the example of docs/functies.md, Toewijzingen!A2:G11", () => {
  // A datum, C grond, D inkomen, E grootte, F huur, G huurtoeslaggerechtigd (row 10 blank)
  const sheet: unknown[][] = [
    ["15-1-2025", "regulier", 32000, 1, 640, "ja"],
    ["3-2-2025", "lokale binding", 51200, 2, 725.5, "nee"],
    ["20-2-2025", "urgentie", 18500, 1, 590.1, "ja"],
    ["11-3-2025", "vitaal beroep", 50100, 1, 880, "nee"],
    ["28-3-2025", "Lok. binding", 41000, 3, 745, "ja"],
    ["9-4-2025", "statushouder", 14300, 4, 731.93, "ja"],
    ["30-12-2024", "regulier", 30000, 2, 600, "ja"],
    ["14-5-2025", "bemiddeling", 28750, 2, 682.97, "ja"],
    ["", "", "", "", "", ""],
    ["2-6-2025", "economische binding", 47000, 2, 699, "nee"],
  ];
  const c = (i: number) => sheet.map((r) => [r[i]]);
  const at = invocation("Toewijzingen!A2:A11");
  it("MENG.VOORRANG.TOETS", () => {
    const m = asMap(customFunctions.PRIORITY_CHECK(c(1) as never, c(0) as never, 2025, null, null as never, null as never, null as never, null as never, at) as Spill);
    expect([m.get("aandeel"), m.get("ruimte bij gelijk aantal toewijzingen"), m.get("extra voorrangstoewijzingen die nog passen")]).toEqual([0.5, 0, 0]);
    expect(m.get("urgentie, statushouder, mantelzorg, uitstroom (buiten het maximum)")).toBe(2);
  });
  it("MENG.TOEWIJZING.PASSEND with the column, and with the group derived from income", () => {
    const flag = asMap(customFunctions.FIT_CHECK(c(4) as never, c(3) as never, c(5) as never, c(0) as never, 2025, null as never, null as never, null as never, null as never, at) as Spill);
    expect([flag.get("aandeel passend"), flag.get("rijen buiten"), flag.get("aantal in de toets (doelgroep passend toewijzen)")]).toEqual([0.6, "6; 9", 5]);
    const derived = asMap(customFunctions.FIT_CHECK(c(4) as never, c(3) as never, null as never, c(0) as never, 2025, null as never, c(2) as never, null as never, null as never, at) as Spill);
    expect(derived.get("aantal in de toets (doelgroep passend toewijzen)")).toBe(3);
    expect(derived.get("aandeel passend")).toBeCloseTo(2 / 3, 12);
    expect(derived.get("rijen buiten")).toBe("9");
    expect(derived.get("buiten de toets: inkomen boven de passend-inkomensgrens")).toBe(5);
  });
});
