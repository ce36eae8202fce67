import { customFunctions } from "../../src/functions/registry";

const { NORM, SEGMENT, AFFORDABLE_PURCHASE } = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown>;

function fails(fn: () => unknown, code: string, message?: RegExp): void {
  expect(fn).toThrow(expect.objectContaining(message ? { code, message: expect.stringMatching(message) } : { code }));
}

describe("NORM (MENG.NORM) as Excel calls it", () => {
  it("returns the year's value, reading a year stored as text and a 1×1 range", () => {
    expect(NORM("liberalisatiegrens", 2025, null)).toBe(900.07);
    expect(NORM("Liberalisatie-grens", "2026")).toBe(932.93);
    expect(NORM([["aftoppingsgrens hoog"]], [[2025]])).toBe(731.93);
    expect(NORM("toewijzingsnorm", " 2024 ")).toBe(0.925);
  });

  it("gives #N/A for an unknown year or name", () => {
    fails(() => NORM("liberalisatiegrens", 2027), "#N/A", /geen normen bekend voor 2027/i);
    fails(() => NORM("liberalisatiegrenz", 2025), "#N/A", /'huurgrens'/);
  });

  it("gives #VALUE! for text or a date where the year belongs, and for a missing name or year", () => {
    fails(() => NORM("liberalisatiegrens", "vorig jaar"), "#VALUE!", /jaartal/);
    fails(() => NORM("liberalisatiegrens", 45658), "#VALUE!", /JAAR\(datum\)/);
    fails(() => NORM("liberalisatiegrens", 2025.5), "#VALUE!");
    fails(() => NORM("liberalisatiegrens", null), "#VALUE!", /huidige jaar/);
    fails(() => NORM("", 2025), "#VALUE!");
  });

  it("lets a normen row win for its own year only, with or without a header row", () => {
    const withHeader = [["naam", "jaar", "waarde"], ["liberalisatiegrens", 2025, 950]];
    expect(NORM("liberalisatiegrens", 2025, withHeader)).toBe(950);
    expect(NORM("liberalisatiegrens", 2026, withHeader)).toBe(932.93);
    expect(NORM("liberalisatiegrens", 2025, [["Liberalisatiegrens", "2025", "950,5"]])).toBe(950.5);
    expect(NORM("koopprijsgrens", 2026, [["koopprijsgrens", 2026, 420000, "Regeling 2026"]])).toBe(420000);
    expect(NORM("koopprijsgrens", 2028, [["koopprijsgrens", 2028, 450000, ""]])).toBe(450000);
  });

  it("gives #VALUE! naming the row of a broken normen row", () => {
    fails(() => NORM("liberalisatiegrens", 2025, [["naam", "jaar", "waarde"], ["liberalisatiegrens", 2025, "veel"]]), "#VALUE!", /Rij 2 .*getal/);
    fails(() => NORM("liberalisatiegrens", 2025, [["liberalisatiegrens", 2025, 950], ["liberalisatiegrns", 2025, 950]]), "#VALUE!", /Rij 2 .*'huurgrens'/);
  });
});

describe("SEGMENT (MENG.SEGMENT) as Excel calls it", () => {
  it("classifies by rent at and one cent above each limit, per year", () => {
    expect(SEGMENT(900.07, null, null, 2025, null)).toBe("sociale huur");
    expect(SEGMENT(900.08, null, null, 2025, null)).toBe("middenhuur");
    expect(SEGMENT(1184.82, null, null, 2025, null)).toBe("middenhuur");
    expect(SEGMENT(1184.83, null, null, 2025, null)).toBe("vrije sector huur");
    expect(SEGMENT(932.93, null, null, 2026)).toBe("sociale huur");
    expect(SEGMENT(932.94, null, null, 2026)).toBe("middenhuur");
    expect(SEGMENT(1228.08, null, null, 2026)).toBe("vrije sector huur");
    expect(SEGMENT(879.66, null, null, 2024)).toBe("sociale huur");
    expect(SEGMENT(879.67, null, null, 2024)).toBe("middenhuur");
    expect(SEGMENT(1157.96, null, null, 2024)).toBe("vrije sector huur");
  });

  it("reads rents and points stored as text", () => {
    expect(SEGMENT("900,07", null, null, "2025")).toBe("sociale huur");
    expect(SEGMENT("€ 1.184,82", null, null, 2025)).toBe("middenhuur");
    expect(SEGMENT("950", "144", "", 2025)).toBe("middenhuur");
    expect(SEGMENT(null, "143,4", null, 2025)).toBe("sociale huur");
  });

  it("puts the rent first, then lets WWS points decide above the huurgrens: 143 / 144, 186 / 187", () => {
    expect(SEGMENT(750, 160, null, 2025)).toBe("sociale huur");
    expect(SEGMENT(750, 190, null, 2025)).toBe("sociale huur");
    expect(SEGMENT(1000, 143, null, 2025)).toBe("middenhuur");
    expect(SEGMENT(1000, 144, null, 2026)).toBe("middenhuur");
    expect(SEGMENT(1000, 186, null, 2024)).toBe("middenhuur");
    expect(SEGMENT(1000, 187, null, 2024)).toBe("vrije sector huur");
    expect(SEGMENT(null, 143, null, 2024)).toBe("sociale huur");
    fails(() => SEGMENT(null, 144, null, 2026), "#VALUE!", /kale huur/);
  });

  it("gives the signal instead of the segment with toon_signaal", () => {
    expect(SEGMENT(1000, 143, null, 2025, null, true)).toMatch(/143 punten of minder/);
    expect(SEGMENT(1000, 150, null, 2025, null, "ja")).toBe("");
    expect(SEGMENT(1000, 150, null, 2025, null, false)).toBe("middenhuur");
    expect(SEGMENT(1300, 180, null, 2025, null, 1)).toMatch(/maximale middenhuur/);
    fails(() => SEGMENT(1000, 150, null, 2025, null, "misschien"), "#VALUE!", /toon_signaal/);
  });

  it("gives koop for owner-occupied spellings and WAAR, without a year", () => {
    expect(SEGMENT(null, null, "Koop", null)).toBe("koop");
    expect(SEGMENT("", null, "verkocht")).toBe("koop");
    expect(SEGMENT(null, null, "particulier eigendom")).toBe("koop");
    expect(SEGMENT(null, null, true)).toBe("koop");
    expect(SEGMENT(700, null, "huur", 2025)).toBe("sociale huur");
  });

  it("gives #VALUE! for text in numeric arguments, an unknown tenure or a missing year", () => {
    fails(() => SEGMENT("duur", null, null, 2025), "#VALUE!", /kale_huur/);
    fails(() => SEGMENT(null, "veel", null, 2025), "#VALUE!", /wws_punten/);
    fails(() => SEGMENT(800, null, "erfpacht", 2025), "#VALUE!", /eigendom/);
    fails(() => SEGMENT(800, null, 3, 2025), "#VALUE!", /eigendom/);
    fails(() => SEGMENT(800, null, null, null), "#VALUE!", /jaar/);
    fails(() => SEGMENT(800, null, null, "2025-01-01"), "#VALUE!", /jaartal/);
    fails(() => SEGMENT(-5, null, null, 2025), "#VALUE!");
  });

  it("gives #N/A for a year without norms", () => {
    fails(() => SEGMENT(800, null, null, 2027), "#N/A", /geen normen bekend voor 2027/i);
  });

  it("uses normen overrides for the matching year", () => {
    const normen = [["naam", "jaar", "waarde", "bron"], ["liberalisatiegrens", 2025, 1000, "eigen afspraak"]];
    expect(SEGMENT(950, null, null, 2025, normen)).toBe("sociale huur");
    expect(SEGMENT(950, null, null, 2026, normen)).toBe("middenhuur");
  });
});

describe("BETAALBAREKOOP (AFFORDABLE_PURCHASE) as Excel calls it", () => {
  it.each([[2024, 390000], [2025, 405000]])("%i: WAAR at the limit, ONWAAR one cent above", (year, limit) => {
    expect(AFFORDABLE_PURCHASE(limit, year, null)).toBe(true);
    expect(AFFORDABLE_PURCHASE(limit + 0.01, year, null)).toBe(false);
  });

  it("reads prices and years stored as text", () => {
    expect(AFFORDABLE_PURCHASE("405.000", "2025")).toBe(true);
    expect(AFFORDABLE_PURCHASE("€ 405.000,01", 2025)).toBe(false);
  });

  it("needs a year and a price; text is #VALUE!", () => {
    fails(() => AFFORDABLE_PURCHASE(300000, null), "#VALUE!", /jaar/);
    fails(() => AFFORDABLE_PURCHASE(null, 2025), "#VALUE!", /koopprijs/);
    fails(() => AFFORDABLE_PURCHASE("goedkoop", 2025), "#VALUE!", /koopprijs/);
  });

  it("has no limit before 2024: #N/A", () => {
    fails(() => AFFORDABLE_PURCHASE(300000, 2023), "#N/A", /koopprijsgrens/);
  });

  it("says how certain the limit is with toon_zekerheid", () => {
    expect(AFFORDABLE_PURCHASE(415000, 2026, null, true)).toMatch(/^ONBEVESTIGD/);
    expect(AFFORDABLE_PURCHASE(415000, 2024, null, true)).toMatch(/^bevestigd/);
    expect(AFFORDABLE_PURCHASE(415000, 2025, null, true)).toMatch(/secundair/);
    expect(AFFORDABLE_PURCHASE(415000, 2026, [["koopprijsgrens", 2026, 410000, "raadsbesluit"]], true)).toBe("eigen waarde: raadsbesluit");
  });

  it("uses the 2026 limit of 420,000 (unconfirmed) unless normen supplies another", () => {
    expect(AFFORDABLE_PURCHASE(420000, 2026)).toBe(true);
    expect(AFFORDABLE_PURCHASE(420000.01, 2026)).toBe(false);
    expect(AFFORDABLE_PURCHASE(415000, 2026, [["koopprijsgrens", 2026, 400000]])).toBe(false);
  });
});

describe("the examples of docs/functies.md", () => {
  const Normen = [["naam", "jaar", "waarde", "bron"], ["koopprijsgrens", 2026, 410000, "eigen vaststelling gemeente"], ["toewijzingsnorm", 2025, 0.85, "prestatieafspraken 2025 (vrije ruimte 15%)"]];
  it("MENG.NORM", () => {
    expect(NORM("huurgrens", 2025)).toBe(900.07);
    expect(NORM("liberalisatiegrens", 2025)).toBe(900.07);
    expect(NORM("Aftoppingsgrens-laag", 2025)).toBe(682.96);
    expect(NORM("toewijzingsnorm", 2025, Normen)).toBe(0.85);
  });
  it("MENG.SEGMENT on the Woningen table", () => {
    const rows: [unknown, unknown, unknown, string][] = [
      [712.4, 128, "", "sociale huur"],
      [905, 141, "", "middenhuur"], // above the huurgrens: rent first, flagged (see toon_signaal)
      [880, 160, "", "sociale huur"], // at most the huurgrens: social rent whatever the points
      [1050, "", "", "middenhuur"],
      [1250, 192, "", "vrije sector huur"],
      ["", "", "verkocht", "koop"],
    ];
    for (const [rent, points, tenure, expected] of rows) expect(SEGMENT(rent, points, tenure, 2025)).toBe(expected);
    expect(SEGMENT(905, 141, "", 2025, null, true)).toMatch(/huurgrens bij 143 punten of minder/);
  });
  it("MENG.BETAALBAREKOOP", () => {
    expect(AFFORDABLE_PURCHASE(405000, 2025)).toBe(true);
    expect(AFFORDABLE_PURCHASE(405000.01, 2025)).toBe(false);
    expect(AFFORDABLE_PURCHASE(415000, 2026)).toBe(true);
    expect(AFFORDABLE_PURCHASE(415000, 2026, Normen)).toBe(false);
  });
});
