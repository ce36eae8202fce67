import fc from "fast-check";
import { detectColumns, type CellValue } from "../../src/core/mapping";
import {
  buildPartnerCopy,
  checkPartnerCopy,
  collectPersonalValues,
  partnerCopyCells,
  partnerHeaderKind,
  type PersonalValues,
} from "../../src/core/partner/partnerCopy";
import type { AreaReport } from "../../src/core/partner/suppression";
import { areaReportFromAreaTable } from "../../src/core/partner/fromByArea";
import { byArea } from "../../src/core/indices/byArea";

interface Allocation {
  buurt: string;
  ground: string;
  income: number;
  size: number;
  age: number;
  vhe: number;
  address: string;
  postcode: string;
}

const GROUNDS = ["regulier", "urgentie", "lokale binding", "vitaal beroep", "statushouder"];
const BUURTEN = ["BU03630001", "BU03630002", "BU0363AD03", "BU03440101", "BU03440205"];

const allocationArb = fc.record({
  buurt: fc.constantFrom(...BUURTEN),
  ground: fc.constantFrom(...GROUNDS),
  income: fc.integer({ min: 1_500_000, max: 9_000_000 }).map((cents) => cents / 100),
  size: fc.integer({ min: 1, max: 7 }),
  age: fc.integer({ min: 18, max: 95 }),
  vhe: fc.integer({ min: 100_000, max: 999_999 }),
  address: fc.tuple(fc.constantFrom("Zeedijk", "Ondiep", "Osdorpplein"), fc.integer({ min: 1, max: 300 })).map(([s, n]) => `${s} ${n}`),
  postcode: fc.tuple(fc.integer({ min: 1011, max: 9999 }), fc.constantFrom("AB", "XZ", "KL")).map(([n, l]) => `${n} ${l}`),
});

/** Row-level allocations → the aggregated report (counts, shares, LQ, normalised entropy) the task pane would make. */
function aggregate(rows: Allocation[]): AreaReport {
  const areas = [...new Set(rows.map((r) => r.buurt))].sort();
  const total = rows.length;
  const categoryTotal = Object.fromEntries(GROUNDS.map((g) => [g, rows.filter((r) => r.ground === g).length]));
  return {
    unit: "toewijzingen",
    level: "buurt",
    dimension: "allocationGround",
    categories: GROUNDS,
    rows: areas.map((area) => {
      const inArea = rows.filter((r) => r.buurt === area);
      const count = inArea.length;
      const categoryCounts = Object.fromEntries(GROUNDS.map((g) => [g, inArea.filter((r) => r.ground === g).length]));
      const shares = Object.fromEntries(GROUNDS.map((g) => [g, categoryCounts[g] / count]));
      const lq = Object.fromEntries(GROUNDS.map((g) => [g, categoryTotal[g] > 0 ? shares[g] / (categoryTotal[g] / total) : 0]));
      const entropy = -GROUNDS.reduce((s, g) => (shares[g] > 0 ? s + shares[g] * Math.log(shares[g]) : s), 0) / Math.log(GROUNDS.length);
      return { area, count, categoryCounts, shares, lq, metrics: { entropy } };
    }),
  };
}

function personalOf(rows: Allocation[]): PersonalValues {
  return {
    householdIncome: rows.map((r) => r.income),
    householdSize: rows.map((r) => r.size),
    age: rows.map((r) => r.age),
    vheNumber: rows.map((r) => r.vhe),
    address: rows.map((r) => r.address),
    postcode: rows.map((r) => r.postcode),
  };
}

function fixedRows(): Allocation[] {
  const rows: Allocation[] = [];
  let i = 0;
  for (const [buurt, perGround] of [
    ["BU03630001", [30, 3, 8, 0, 6]],
    ["BU03630002", [12, 6, 1, 7, 9]],
    ["BU03440101", [3, 1, 0, 0, 0]],
    ["BU03440205", [25, 9, 11, 5, 2]],
  ] as [string, number[]][]) {
    perGround.forEach((n, g) => {
      for (let j = 0; j < n; j++, i++) {
        rows.push({ buurt, ground: GROUNDS[g], income: 21000 + i * 137.55, size: 1 + (i % 5), age: 20 + (i % 60), vhe: 200000 + i, address: `Zeedijk ${i + 1}`, postcode: `1012 A${String.fromCharCode(65 + (i % 26))}` });
      }
    });
  }
  return rows;
}

describe("buildPartnerCopy", () => {
  const rows = fixedRows();
  const copy = buildPartnerCopy(aggregate(rows));

  it("makes the sheets Aantallen, Aandelen, Indices and Toelichting, one row per area plus a total", () => {
    expect(copy.sheets.map((s) => s.name)).toEqual(["Aantallen", "Aandelen", "Indices", "Toelichting"]);
    expect(copy.sheets[0].rows[0]).toEqual(["Gebied", "Aantal", ...GROUNDS.map((g) => `Aantal: ${g}`)]);
    expect(copy.sheets[0].rows).toHaveLength(1 + 4 + 1);
    expect(copy.sheets[0].rows[5][0]).toBe("Totaal");
    expect(copy.sheets[2].rows[0]).toEqual(["Gebied", "Entropie", ...GROUNDS.map((g) => `LQ: ${g}`)]);
  });

  it("hides small counts with '<5' and keeps large ones", () => {
    const counts = copy.sheets[0].rows;
    expect(counts[1]).toEqual(["BU03440101", "<5", "<5", "<5", "<5", "<5", "<5"]); // 4 allocations in the area
    expect(counts[2][0]).toBe("BU03440205");
    expect(counts[2][1]).toBe(52);
  });

  it("passes its own check against the source rows", () => {
    const check = checkPartnerCopy(partnerCopyCells(copy), personalOf(rows));
    expect(check.findings).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it("leaves out fields that are not on the whitelist, whatever they are called", () => {
    const report = aggregate(rows);
    const tainted = {
      ...report,
      rows: report.rows.map((row) => ({ ...row, income: 34567.89, householdSize: 3, metrics: { ...row.metrics, meanIncome: 31000 } })),
    } as AreaReport;
    const safe = buildPartnerCopy(tainted);
    expect(safe.dropped.sort()).toEqual(["householdSize", "income", "metrics.meanIncome"]);
    const flat = partnerCopyCells(safe).flat(2);
    expect(flat).not.toContain(34567.89);
    expect(flat).not.toContain(31000);
  });

  it("refuses a categorisation by income, household size or age", () => {
    for (const dimension of ["householdIncome", "householdSize", "age", "inkomensklasse"]) {
      expect(() => buildPartnerCopy({ ...aggregate(rows), dimension })).toThrow(/mag niet ingedeeld worden/);
    }
  });

  it("uses k throughout", () => {
    const copy10 = buildPartnerCopy(aggregate(rows), { k: 10 });
    expect(copy10.sheets[0].rows.flat()).toContain("<10");
    expect(copy10.sheets[3].rows.flat().join(" ")).toContain("minder dan 10");
    expect(checkPartnerCopy(partnerCopyCells(copy10), personalOf(rows), { k: 10 }).ok).toBe(true);
  });
});

describe("checkPartnerCopy finds what must not be there", () => {
  const rows = fixedRows();
  const personal = personalOf(rows);
  const base = () => partnerCopyCells(buildPartnerCopy(aggregate(rows)));

  it("an income in a cell (as number in a text column, or as text anywhere)", () => {
    const sheets = base();
    sheets[0][2][0] = rows[5].income;
    sheets[1][3][1] = String(rows[6].income).replace(".", ",");
    const found = checkPartnerCopy(sheets, personal).findings.filter((f) => f.kind === "personalValue");
    expect(found.map((f) => [f.sheet, f.row, f.column, f.field])).toEqual([[0, 2, 0, "householdIncome"], [1, 3, 1, "householdIncome"]]);
  });

  it("a VHE number, an address with a number and a postcode", () => {
    const sheets = base();
    sheets[3].push([String(rows[0].vhe)], [rows[1].address.toUpperCase()], [rows[2].postcode]);
    const fields = checkPartnerCopy(sheets, personal).findings.map((f) => f.field);
    expect(fields).toEqual(["vheNumber", "address", "postcode"]);
  });

  it("but not a bare street name (public, often a buurt name)", () => {
    const sheets = base();
    sheets[0][2][0] = "Zeedijk";
    expect(checkPartnerCopy(sheets, { address: ["Zeedijk", "Zeedijk 12"] }).ok).toBe(true);
  });

  it("a personal column, also inside 'Aantal: …', and any column outside the whitelist", () => {
    const sheets = base();
    sheets[0][0].push("Huishoudinkomen", "Opmerking");
    sheets[1][0].push("Aandeel: leeftijd");
    const findings = checkPartnerCopy(sheets, {}).findings;
    expect(findings.map((f) => [f.kind, f.field])).toEqual([
      ["personalColumn", "householdIncome"],
      ["unknownColumn", undefined],
      ["personalColumn", "age"],
    ]);
  });

  it("a count below k in a count column", () => {
    const sheets = base();
    sheets[0][2][2] = 3;
    sheets[0][3][1] = "2";
    const small = checkPartnerCopy(sheets, {}).findings.filter((f) => f.kind === "smallCount");
    expect(small.map((f) => f.value)).toEqual([3, "2"]);
    expect(checkPartnerCopy(sheets, {}, { k: 2 }).findings.filter((f) => f.kind === "smallCount")).toHaveLength(0);
  });

  it("knows the whitelisted headers", () => {
    expect(partnerHeaderKind("Aantal: urgentie")).toBe("count");
    expect(partnerHeaderKind("Aandeel: koop")).toBe("aggregate");
    expect(partnerHeaderKind("Gebied")).toBe("text");
    expect(partnerHeaderKind("Aantal: ")).toBeNull();
    expect(partnerHeaderKind("Inkomen")).toBeNull();
  });

  it("collects personal values by a confirmed mapping", () => {
    const mapping = detectColumns(["Buurtcode", "Huishoudinkomen", "Aantal personen", "VHE-nummer", "Toewijzingsgrond"], "allocations");
    const source: CellValue[][] = [["BU03630001", 31000.5, 2, 100004, "regulier"]];
    expect(collectPersonalValues(source, mapping)).toEqual({ householdIncome: [31000.5], householdSize: [2], vheNumber: [100004] });
  });
});

describe("property: no source value can be read back from a partner copy", () => {
  it("random allocations → the copy passes the check, shows no count in 1..k-1 and holds no personal value as text", () => {
    fc.assert(
      fc.property(fc.array(allocationArb, { minLength: 1, maxLength: 120 }), fc.integer({ min: 2, max: 8 }), (rows, k) => {
        const personal = personalOf(rows);
        const copy = buildPartnerCopy(aggregate(rows), { k });
        const sheets = partnerCopyCells(copy);
        const check = checkPartnerCopy(sheets, personal, { k });
        expect(check.findings).toEqual([]);
        const forbidden = new Set<string>([...rows.map((r) => String(r.income)), ...rows.map((r) => String(r.vhe)), ...rows.map((r) => r.address), ...rows.map((r) => r.postcode)]);
        for (const sheet of sheets) {
          const headers = sheet[0].map(String);
          for (const row of sheet.slice(1)) {
            row.forEach((cell, c) => {
              if (typeof cell === "string") expect(forbidden.has(cell)).toBe(false);
              if (headers[c].startsWith("Aantal") && typeof cell === "number") expect(cell >= 1 && cell < k).toBe(false);
              if (typeof cell === "number" && !Number.isInteger(cell)) {
                // non-integer numbers are shares, LQ's and indices: never an income
                expect(rows.some((r) => r.income === cell)).toBe(false);
              }
            });
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("from the MENG.PERGEBIED table", () => {
  it("turns byArea output into a report with whole counts, and refuses fractional weights", () => {
    const areas = ["BU1", "BU1", "BU1", "BU1", "BU1", "BU1", "BU2", "BU2"];
    const cats = ["soc", "soc", "soc", "soc", "soc", "koop", "soc", "koop"];
    const report = areaReportFromAreaTable(byArea(areas, cats, null), { unit: "woningen", level: "buurt", dimension: "segment" });
    expect(report.rows.map((r) => [r.area, r.count, r.categoryCounts])).toEqual([
      ["BU1", 6, { koop: 1, soc: 5 }],
      ["BU2", 2, { koop: 1, soc: 1 }],
    ]);
    const copy = buildPartnerCopy(report);
    // BU2 (2 units) is hidden whole; BU1's count is then hidden as a complement ("x"), or 8 − 6 would give BU2 back
    expect(copy.sheets[0].rows[1]).toEqual(["BU1", "x", "<5", "x"]);
    expect(copy.sheets[0].rows[3]).toEqual(["Totaal", 8, "<5", "x"]); // 8 − 6 would give the 2 koop back
    expect(() => areaReportFromAreaTable(byArea(["A", "A"], ["x", "y"], [0.5, 1]), { unit: "woningen", level: "buurt", dimension: "segment" })).toThrow(/geen geheel getal/);
  });
});
