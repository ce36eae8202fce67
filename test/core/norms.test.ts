import { isMengError } from "../../src/core/errors";
import { findNorm, normalizeNormName, normNames, suggestNormNames } from "../../src/core/norms/names";
import { knownNormYears, resolveNorm, resolveNormIfDefined, type NormOverride } from "../../src/core/norms/resolveNorm";
import { normsTable } from "../../src/core/norms/table";

/** rules.md §9: these names must exist (more may be added). */
const REQUIRED_NAMES = [
  "voorrang maximum", "koopprijsgrens", "toewijzingsnorm", "vrije toewijzingsruimte", "inkomensgrens eenpersoons",
  "inkomensgrens meerpersoons", "passend norm", "passend inkomensgrens eenpersoons", "passend inkomensgrens meerpersoons",
  "passend inkomensgrens eenpersoons aow", "passend inkomensgrens meerpersoons aow", "kwaliteitskortingsgrens",
  "aftoppingsgrens laag", "aftoppingsgrens hoog", "huurgrens", "wws sociaal max punten", "wws midden max punten",
  "middenhuur maximale huur",
];

function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isMengError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a MengError");
}

describe("the norms table", () => {
  it("has every name of rules.md §9, each once", () => {
    expect(normNames()).toEqual(expect.arrayContaining(REQUIRED_NAMES));
    expect(new Set(normNames().map(normalizeNormName)).size).toBe(normNames().length);
  });

  it("has 2024, 2025 and 2026 for every norm, unless the year is listed as omitted with a reason", () => {
    for (const entry of normsTable) {
      for (const year of [2024, 2025, 2026]) {
        const has = entry.values.some((v) => v.year === year);
        const omitted = entry.omitted?.find((o) => o.year === year);
        expect({ name: entry.name, year, ok: has !== Boolean(omitted) }).toEqual({ name: entry.name, year, ok: true });
        if (omitted) expect(omitted.reason.length).toBeGreaterThan(20);
      }
    }
  });

  it("gives every value a source, a note, an ISO applies-from date inside its year, and one value per year", () => {
    for (const entry of normsTable) {
      const years = entry.values.map((v) => v.year);
      expect(new Set(years).size).toBe(years.length);
      for (const v of entry.values) {
        expect(v.source.length).toBeGreaterThan(10);
        expect(v.note.length).toBeGreaterThan(5);
        expect(v.appliesFrom).toMatch(new RegExp(`^${v.year}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`));
        expect(Number.isFinite(v.value) && v.value >= 0).toBe(true);
        if (entry.unit === "fraction") expect(v.value).toBeLessThanOrEqual(1);
      }
    }
  });

  it("says so in the source text whenever a value is unconfirmed", () => {
    for (const entry of normsTable) {
      for (const v of entry.values.filter((x) => x.confidence === "unconfirmed")) expect(v.source).toMatch(/ONBEVESTIGD/);
    }
  });

  it("dates the WWS segmentation of 2024 from 1 July 2024 (Wet betaalbare huur)", () => {
    for (const name of ["wws sociaal max punten", "wws midden max punten", "middenhuur maximale huur"]) {
      expect(resolveNorm(name, 2024).appliesFrom).toBe("2024-07-01");
      expect(resolveNorm(name, 2025).appliesFrom).toBe("2025-01-01");
    }
    expect(resolveNorm("huurgrens", 2024).appliesFrom).toBe("2024-01-01");
  });

  it("knows the years 2023 to 2026", () => {
    expect(knownNormYears()).toEqual([2023, 2024, 2025, 2026]);
  });

  it("renames the DAEB rent limit as the law now does, keeping the old name as an alias with a note", () => {
    expect(findNorm("liberalisatiegrens")?.name).toBe("huurgrens");
    expect(findNorm("huurgrens")?.aliases?.[0].note).toMatch(/middenhuur maximale huur/);
    expect(resolveNorm("liberalisatiegrens", 2025)).toMatchObject({ name: "huurgrens", value: 900.07 });
  });

  it("has the year gaps of issue 10 closed as the law has them", () => {
    // Toewijzingsnorm 2023 = 92.5% (vrije ruimte 7.5% since 1-1-2022); 85% only with widened free room.
    expect(resolveNorm("toewijzingsnorm", 2023).value).toBe(0.925);
    expect(resolveNorm("toewijzingsnorm verruimd", 2023).value).toBe(0.85);
    // The koopprijsgrens had no legal role before 2024; 2026 is kept but unconfirmed.
    expect(thrown(() => resolveNorm("koopprijsgrens", 2023)).code).toBe("#N/A");
    expect(resolveNorm("koopprijsgrens", 2026)).toMatchObject({ value: 420000, confidence: "unconfirmed" });
    expect(resolveNorm("aow leeftijd", 2025).value).toBe(67);
  });
});

describe("resolveNorm", () => {
  it("returns every table value as it stands, not overridden", () => {
    for (const entry of normsTable) {
      for (const v of entry.values) {
        expect(resolveNorm(entry.name, v.year)).toEqual({
          name: entry.name, year: v.year, value: v.value, source: v.source, appliesFrom: v.appliesFrom, overridden: false,
          confidence: v.confidence,
        });
      }
    }
  });

  it.each([
    ["Huurgrens", 900.07],
    ["Liberalisatiegrens", 900.07],
    ["LIBERALISATIEGRENS", 900.07],
    ["aftoppingsgrens-laag", 682.96],
    ["Aftoppingsgrens_Hoog", 731.93],
    ["  passend  inkomensgrens eenpersoons AOW ", 27775],
    ["wwsmiddenmaxpunten", 186],
    ["inkomensgrens-meerpersoons", 54847],
  ])("matches '%s' ignoring case, spaces, hyphens and underscores", (name, value) => {
    const r = resolveNorm(name, 2025);
    expect(r.value).toBe(value);
    expect(findNorm(name)?.name).toBe(r.name);
  });

  it("has the key 2025 and 2026 values of rules.md", () => {
    expect(resolveNorm("inkomensgrens eenpersoons", 2026).value).toBe(51537);
    expect(resolveNorm("inkomensgrens meerpersoons", 2026).value).toBe(56910);
    expect(resolveNorm("liberalisatiegrens", 2026).value).toBe(932.93);
    expect(resolveNorm("middenhuur maximale huur", 2026).value).toBe(1228.07);
    expect(resolveNorm("voorrang maximum", 2025).value).toBe(0.5);
    expect(resolveNorm("toewijzingsnorm", 2025).value).toBe(0.925);
    expect(resolveNorm("passend norm", 2026).value).toBe(0.95);
    expect(resolveNorm("koopprijsgrens", 2024).value).toBe(390000);
  });

  it.each([2022, 2027, 2030, 1999])("gives #N/A 'geen normen bekend voor %i' and never another year's value", (year) => {
    const e = thrown(() => resolveNorm("liberalisatiegrens", year));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(new RegExp(`geen normen bekend voor ${year}`, "i"));
  });

  it("gives #N/A for a known year this norm has no value for, naming the years it has", () => {
    const e = thrown(() => resolveNorm("koopprijsgrens", 2023));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/koopprijsgrens.*2023.*2024, 2025, 2026/);
    expect(thrown(() => resolveNorm("wws sociaal max punten", 2023)).code).toBe("#N/A");
  });

  it("gives #N/A for an unknown name, with close names and a pointer to docs/normen.md", () => {
    const e = thrown(() => resolveNorm("liberalisatie grens x", 2025));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/'huurgrens'/); // found through its old name, suggested under the new one
    expect(e.message).toMatch(/docs\/normen\.md/);
    const far = thrown(() => resolveNorm("hypotheekrente", 2025));
    expect(far.code).toBe("#N/A");
    expect(far.message).toMatch(/Onbekende norm 'hypotheekrente'.*docs\/normen\.md/);
  });

  it("suggests names that contain what was typed", () => {
    expect(suggestNormNames("aftopping")).toEqual(["aftoppingsgrens laag", "aftoppingsgrens hoog"]);
    expect(suggestNormNames("")).toEqual([]);
  });

  it("gives #VALUE! for a year that is not a whole number", () => {
    expect(thrown(() => resolveNorm("liberalisatiegrens", 2025.5)).code).toBe("#VALUE!");
  });
});

describe("resolveNorm with overrides", () => {
  const overrides: NormOverride[] = [
    { name: "Liberalisatiegrens", year: 2025, value: 1000, source: "Eigen beleid 2025", sheetRow: 2 },
    { name: "koopprijsgrens", year: 2026, value: 420000, sheetRow: 3 },
    { name: "aftoppingsgrens laag", year: 2027, value: 740 },
  ];

  it("lets an override win for its own name and year, and says so; the old name overrides the new one", () => {
    expect(resolveNorm("liberalisatiegrens", 2025, overrides)).toEqual({
      name: "huurgrens", year: 2025, value: 1000, source: "Eigen beleid 2025", appliesFrom: "2025-01-01", overridden: true,
      confidence: "override",
    });
    expect(resolveNorm("huurgrens", 2025, overrides)).toMatchObject({ value: 1000, overridden: true });
  });

  it("uses the override only for the matching year", () => {
    expect(resolveNorm("liberalisatiegrens", 2024, overrides)).toMatchObject({ value: 879.66, overridden: false });
    expect(resolveNorm("liberalisatiegrens", 2026, overrides)).toMatchObject({ value: 932.93, overridden: false });
  });

  it("fills a year the table leaves out, naming the row when no source is given", () => {
    expect(resolveNorm("koopprijsgrens", 2026, overrides)).toMatchObject({
      value: 420000, overridden: true, source: "opgegeven in het bereik 'normen' (rij 3)",
    });
  });

  it("supplies a year outside the table", () => {
    expect(resolveNorm("aftoppingsgrens laag", 2027, overrides)).toMatchObject({ value: 740, overridden: true, appliesFrom: "2027-01-01" });
    expect(thrown(() => resolveNorm("aftoppingsgrens hoog", 2027, overrides)).code).toBe("#N/A");
  });

  it("keeps the table's applies-from date when an override replaces a dated value", () => {
    const r = resolveNorm("middenhuur maximale huur", 2024, [{ name: "middenhuur maximale huur", year: 2024, value: 879.66 }]);
    expect(r).toMatchObject({ value: 879.66, appliesFrom: "2024-07-01", overridden: true });
  });

  it("accepts null and an empty list", () => {
    expect(resolveNorm("liberalisatiegrens", 2025, null).value).toBe(900.07);
    expect(resolveNorm("liberalisatiegrens", 2025, []).value).toBe(900.07);
  });
});

describe("resolveNormIfDefined", () => {
  it("is undefined for a known year without a value, and still throws for an unknown year or name", () => {
    expect(resolveNormIfDefined("wws midden max punten", 2023)).toBeUndefined();
    expect(resolveNormIfDefined("wws midden max punten", 2023, [{ name: "wws midden max punten", year: 2023, value: 186 }])?.value).toBe(186);
    expect(resolveNormIfDefined("wws midden max punten", 2025)?.value).toBe(186);
    expect(thrown(() => resolveNormIfDefined("wws midden max punten", 2030)).code).toBe("#N/A");
    expect(thrown(() => resolveNormIfDefined("onbekend", 2025)).code).toBe("#N/A");
  });
});
