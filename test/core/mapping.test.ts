import {
  assignRole,
  detectColumns,
  detectSheetKind,
  normalizeHeader,
  roleLabel,
  scoreHeader,
  valueFit,
  type ColumnRole,
  type SheetKind,
} from "../../src/core/mapping";

function roleOf(header: string, kind: SheetKind = "stock"): ColumnRole | null {
  const mapping = detectColumns([header], kind);
  const entry = Object.entries(mapping.roles)[0];
  return entry ? (entry[0] as ColumnRole) : null;
}

describe("normalizeHeader", () => {
  it.each([
    ["Netto-huur (€)", "nettohuur", ["netto", "huur"]],
    ["WOZ waarde 2024", "wozwaarde", ["woz", "waarde"]],
    ["BU_CODE", "bucode", ["bu", "code"]],
    ["buurtCode", "buurtcode", ["buurt", "code"]],
    ["  Huurtoeslaggerechtigd ", "huurtoeslaggerechtigd", ["huur", "toeslag", "gerechtigd"]],
    ["Oppervlakte (m²)", "oppervlakte", ["oppervlakte"]],
    ["Énergie-label", "energielabel", ["energie", "label"]],
    ["Één wijknaam", "wijknaam", ["wijk", "naam"]],
    ["Kale huur p/m in euro", "kalehuur", ["kale", "huur"]],
    ["Datum van de toewijzing", "datumtoewijzing", ["datum", "toewijzing"]],
    ["Huurder", "huurder", ["huurder"]],
  ] as [string, string, string[]][])("%s → %s", (header, compact, tokens) => {
    const normalized = normalizeHeader(header);
    expect(normalized.compact).toBe(compact);
    expect(normalized.tokens).toEqual(tokens);
  });
});

describe("header detection: common export spellings", () => {
  it.each([
    ["Buurtcode", "buurtCode"], ["CBS buurt", "buurtCode"], ["BU_CODE", "buurtCode"], ["buurt_code", "buurtCode"],
    ["Neighbourhood code", "buurtCode"], ["Kale huur", "netRent"], ["Netto huur", "netRent"], ["Netto-huur (€)", "netRent"],
    ["Net rent", "netRent"], ["HUUR_NETTO", "netRent"], ["WOZ-waarde", "wozValue"], ["WOZ waarde 2024", "wozValue"],
    ["Eigendom", "ownership"], ["EIG", "ownership"], ["Segment", "segment"], ["WK_CODE", "wijkCode"], ["Gemeentecode", "municipalityCode"],
    ["VHE-nummer", "vheNumber"], ["Complexnummer", "complexNumber"], ["WWS-punten", "wwsPoints"], ["Woningtype", "dwellingType"],
    ["Bouwjaar", "buildYear"], ["Year built", "buildYear"],
  ])("stock: %s → %s", (header, role) => {
    expect(roleOf(header, "stock")).toBe(role);
  });

  it.each([
    ["Toewijzingsgrond", "allocationGround"], ["Datum toewijzing", "allocationDate"], ["Toewijzingsdatum", "allocationDate"],
    ["Huishoudinkomen", "householdIncome"], ["Inkomen huishouden", "householdIncome"], ["Aantal personen", "householdSize"],
    ["Huishoudgrootte", "householdSize"], ["HT-gerechtigd", "rentAllowanceEligible"], ["Huurtoeslaggerechtigd", "rentAllowanceEligible"],
    ["Kale huur", "allocationRent"], ["Aanvangshuur", "allocationRent"], ["Gemeente", "municipality"], ["Soort woning", "dwellingKind"],
    ["Leeftijd", "age"], ["Postcode", "postcode"],
  ])("allocations: %s → %s", (header, role) => {
    expect(roleOf(header, "allocations")).toBe(role);
  });

  it.each(["Streefhuur", "Huurtoeslag", "Wijknaam", "Koopprijs", "Huurder", "Maximale huur", "Bruto huur", "Inkomensgrens", "Energielabel", "Opmerking"])(
    "stock: %s is no stock role",
    (header) => {
      expect(roleOf(header, "stock")).toBeNull();
    },
  );
});

describe("tricky headers", () => {
  it("'Huur' is a weak kale-huur match, 'Huurtoeslag' never is", () => {
    const huur = scoreHeader("Huur", "netRent")!;
    expect(huur.source).toBe("tokens");
    expect(huur.confidence).toBeLessThan(0.7);
    expect(scoreHeader("Huurtoeslag", "netRent")).toBeNull();
    // in an allocations sheet Huurtoeslag is the allowance flag, Huur the rent
    const m = detectColumns(["Huur", "Huurtoeslag"], "allocations");
    expect(m.roles.allocationRent!.header).toBe("Huur");
    expect(m.roles.rentAllowanceEligible!.header).toBe("Huurtoeslag");
  });

  it("'Netto huur' wins over 'Streefhuur' whatever the column order", () => {
    for (const headers of [["Streefhuur", "Netto huur"], ["Netto huur", "Streefhuur"]]) {
      const m = detectColumns(headers, "stock");
      expect(m.roles.netRent!.header).toBe("Netto huur");
      expect(m.unmapped.map((u) => u.header)).toEqual(["Streefhuur"]);
    }
  });

  it("'Wijkcode' beats 'Wijk'; 'Wijknaam' is never the wijkcode", () => {
    const m = detectColumns(["Wijk", "Wijknaam", "Wijkcode"], "stock");
    expect(m.roles.wijkCode!.header).toBe("Wijkcode");
    expect(m.roles.wijkCode!.confidence).toBe(1);
    expect(m.roles.wijkCode!.alternatives).toEqual([0]);
    expect(detectColumns(["Wijknaam"], "stock").roles.wijkCode).toBeUndefined();
  });

  it("'Wijk' holding names is not the wijkcode; 'Wijk' holding WK codes is", () => {
    const names = [["Centrum"], ["Oost"], ["West"], ["Noord"]];
    expect(detectColumns(["Wijk"], "stock", names).roles.wijkCode).toBeUndefined();
    const codes = [["WK036300"], ["WK0363AD"], ["WK036301 "], ["WK034402"]];
    const m = detectColumns(["Wijk"], "stock", codes);
    expect(m.roles.wijkCode!.confidence).toBe(0.9);
  });

  it("uses one column per role and each column once", () => {
    const m = detectColumns(["Kale huur", "Netto huur", "Huur"], "stock");
    expect(m.roles.netRent!.header).toBe("Kale huur");
    expect(m.roles.netRent!.alternatives).toEqual([1, 2]);
    expect(m.unmapped).toHaveLength(2);
  });

  it("'Gemeente' is the gemeentecode in a stock sheet only when it holds GM codes", () => {
    expect(detectColumns(["Gemeente"], "stock", [["Amsterdam"], ["Utrecht"], ["Delft"]]).roles.municipalityCode).toBeUndefined();
    expect(detectColumns(["Gemeente"], "stock", [["GM0363"], ["GM0344"], ["GM0503"]]).roles.municipalityCode!.confidence).toBe(0.9);
  });

  it("a numeric role whose values are text gets half the confidence and says so", () => {
    const m = detectColumns(["Kale huur"], "stock", [["hoog"], ["laag"], ["midden"]]);
    expect(m.roles.netRent!.confidence).toBe(0.5);
    expect(m.roles.netRent!.reason).toMatch(/controleer deze kolom/);
  });
});

describe("fallback from the data (rules.md §8)", () => {
  const sample = [
    ["BU03630001", "WK036300", "GM0363", "x"],
    ["BU0363AD03 ", "WK0363AD", "GM0363", "y"],
    ["BU03440205", "WK034402", "GM0344", "z"],
  ];
  it("finds buurt, wijk and gemeente codes under meaningless headers", () => {
    const m = detectColumns(["Codering_3", "Kolom2", "Sleutel", "Iets"], "stock", sample);
    expect(m.roles.buurtCode).toMatchObject({ columnIndex: 0, source: "data", confidence: 0.9 });
    expect(m.roles.wijkCode).toMatchObject({ columnIndex: 1, source: "data" });
    expect(m.roles.municipalityCode).toMatchObject({ columnIndex: 2, source: "data" });
    expect(m.roles.buurtCode!.reason).toContain("BU + 8 tekens");
  });
  it("maps GM codes to 'gemeente' in an allocations sheet", () => {
    const m = detectColumns(["A", "B", "C", "D"], "allocations", sample);
    expect(m.roles.municipality!.columnIndex).toBe(2);
  });
  it("never reads wijk and buurt parts as numbers (letters allowed)", () => {
    expect(valueFit(["BU0363AD03", "BU0363AE01", "BU03630001"], { type: "areaCode", prefix: "BU" })).toBe(1);
    expect(valueFit(["BU036300", "BU0363000123", "03630001"], { type: "areaCode", prefix: "BU" })).toBe(0);
  });
});

describe("valueFit", () => {
  it("is null for text and for fewer than three filled cells", () => {
    expect(valueFit(["a", "b", "c"], { type: "text" })).toBeNull();
    expect(valueFit([1, null, "", 2], { type: "number", min: 0, max: 10 })).toBeNull();
  });
  it("reads numbers stored as text and checks ranges", () => {
    expect(valueFit(["612,45", " 700 ", 800, "veel"], { type: "number", min: 0, max: 10000 })).toBe(0.75);
    expect(valueFit([1965, "1970", 1970.5], { type: "number", min: 1000, max: 2100, integer: true })).toBeCloseTo(2 / 3);
  });
  it("knows dates and yes/no values", () => {
    expect(valueFit([45292, "1-1-2024", "2024-03-05", "gisteren"], { type: "date" })).toBe(0.75);
    expect(valueFit(["ja", "Nee", true, "J", "misschien"], { type: "boolean" })).toBe(0.8);
  });
});

describe("the mapping as a plain object the user can correct", () => {
  const headers = ["VHE", "Buurtcode", "Kale huur", "Streefhuur", "Opmerking"];
  const mapping = detectColumns(headers, "stock");

  it("is plain JSON (no Map, no class) and lists unmapped headers and missing roles", () => {
    expect(JSON.parse(JSON.stringify(mapping))).toEqual(mapping);
    expect(mapping.unmapped.map((u) => u.header)).toEqual(["Streefhuur", "Opmerking"]);
    expect(mapping.missing).toContain("wozValue");
    expect(mapping.missing).not.toContain("buurtCode");
  });

  it("assignRole moves a role to another column and frees the old one", () => {
    const corrected = assignRole(mapping, "netRent", 3);
    expect(corrected.roles.netRent).toMatchObject({ columnIndex: 3, header: "Streefhuur", source: "user", confidence: 1 });
    expect(corrected.unmapped.map((u) => u.header)).toEqual(["Kale huur", "Opmerking"]);
    expect(mapping.roles.netRent!.columnIndex).toBe(2); // the input is unchanged
  });

  it("assignRole takes a column away from the role that had it", () => {
    const corrected = assignRole(mapping, "wozValue", 2);
    expect(corrected.roles.wozValue!.columnIndex).toBe(2);
    expect(corrected.roles.netRent).toBeUndefined();
    expect(corrected.missing).toContain("netRent");
  });

  it("assignRole with null clears a role", () => {
    const cleared = assignRole(mapping, "buurtCode", null);
    expect(cleared.roles.buurtCode).toBeUndefined();
    expect(cleared.unmapped.map((u) => u.header)).toContain("Buurtcode");
  });

  it("every role has a Dutch label", () => {
    expect(roleLabel("rentAllowanceEligible")).toBe("Huurtoeslaggerechtigd");
    expect(roleLabel("netRent")).toBe("Kale huur");
  });
});

describe("detectSheetKind", () => {
  it("tells an allocations sheet from a stock sheet", () => {
    expect(detectSheetKind(["Datum toewijzing", "VHE-nummer", "Gemeente", "Buurtcode", "Soort woning", "Kale huur", "Toewijzingsgrond", "Huishoudinkomen", "Huishoudgrootte", "Leeftijd", "HT-gerechtigd"])).toBe("allocations");
    expect(detectSheetKind(["VHE-nummer", "Complexnummer", "Buurtcode", "Kale huur", "WOZ-waarde", "Bouwjaar", "Eigendom"])).toBe("stock");
  });
  it("maps a typical allocations sheet fully", () => {
    const headers = ["Datum toewijzing", "VHE-nummer", "Gemeente", "Buurtcode", "Soort woning", "Kale huur", "Toewijzingsgrond",
      "Huishoudinkomen", "Huishoudgrootte", "Leeftijd", "HT-gerechtigd"];
    const sample = [[45300, 100004, "Amsterdam", "BU03630001", "sociale huur", 612.4, "regulier", 31250, 2, 34, "ja"],
      [45301, 100011, "Amsterdam", "BU03630002", "sociale huur", 701.1, "urgentie", 22100, 1, 71, "nee"],
      [45302, 100019, "Utrecht", "BU03440101", "betaalbare koop", 650, "lokale binding", 40100, 3, 29, "nee"]];
    const m = detectColumns(headers, "allocations", sample);
    expect(Object.fromEntries(Object.entries(m.roles).map(([role, a]) => [role, a!.header]))).toEqual({
      allocationDate: "Datum toewijzing", vheNumber: "VHE-nummer", municipality: "Gemeente", buurtCode: "Buurtcode",
      dwellingKind: "Soort woning", allocationRent: "Kale huur", allocationGround: "Toewijzingsgrond", householdIncome: "Huishoudinkomen",
      householdSize: "Huishoudgrootte", age: "Leeftijd", rentAllowanceEligible: "HT-gerechtigd",
    });
    expect(m.unmapped).toEqual([]);
  });
});
