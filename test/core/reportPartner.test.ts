import type { CheckLine } from "../../src/core/report/allocationReport";
import {
  ABOUT_SHEET,
  FAILING_HEADER,
  JUDGED_HEADER,
  PASSING_HEADER,
  WITHHELD_VERDICT,
  buildPartnerSheets,
  checkPartnerSheets,
  type PartnerInput,
} from "../../src/core/report/partnerWorkbook";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { isMengError } from "../../src/core/errors";

const line = (judged: number, passing: number, over: Partial<CheckLine> = {}): CheckLine => ({
  check: "inkomen", year: 2025, municipality: "GM0479", judged, passing, share: judged ? passing / judged : null, norm: 0.925,
  verdict: passing / judged >= 0.925 ? "binnen norm" : "onder norm", headroom: 1, notRead: 0, outsideBase: 0, additionalRoom: null, error: null, ...over,
});

/** Two wijken of one gemeente, CBS codes; buurt counts as given (segment → count). */
function stock(areas: Record<string, Record<string, number>>): PartnerInput["stock"] {
  const buurt: string[] = [];
  const segment: string[] = [];
  for (const [code, counts] of Object.entries(areas)) {
    for (const [seg, n] of Object.entries(counts)) for (let i = 0; i < n; i++) {
      buurt.push(code);
      segment.push(seg);
    }
  }
  return { buurt, wijk: null, gemeente: null, segment };
}

const values = (sheet: ReportSheet) => sheet.rows.map((r) => r.map((c) => c.value));

describe("partner sheets: tables, marks and the check", () => {
  const areas = {
    BU04790101: { "sociale huur": 30, koop: 12 },
    BU04790102: { "sociale huur": 2, koop: 25 },
    BU04790103: { "sociale huur": 18, koop: 15 },
    BU04790201: { "sociale huur": 40, koop: 9 },
    BU04790202: { "sociale huur": 22, koop: 31 },
  };
  const built = buildPartnerSheets({
    options: { k: 5 }, stock: stock(areas), targetSocialShare: 0.3,
    allocations: [line(40, 30), line(16, 15)],
    checklist: [{ area: "WK047901", part: "Fysieke instrumenten", item: "Grondbeleid", status: "gepland", owner: "gemeente" }],
  });
  const sheets = built.sheets;

  test("sheets per level, allocations, checklist, about; row 0 holds the headers", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Buurten aantallen", "Buurten aandelen", "Buurten indices",
      "Wijken aantallen", "Wijken aandelen", "Wijken indices",
      "Gemeenten aantallen", "Gemeenten aandelen", "Gemeenten indices",
      "Toewijzingen", "Checklist", ABOUT_SHEET,
    ]);
    expect(values(sheets[0])[0]).toEqual(["Gebied", "Wijk", "Aantal", "Aantal: sociale huur", "Aantal: koop"]);
    expect(values(sheets[9])[0]).toEqual(expect.arrayContaining([JUDGED_HEADER, PASSING_HEADER, FAILING_HEADER]));
  });

  test("the small buurt cell is '<5', and no subtraction within a wijk or a buurt gives it back", () => {
    const rows = values(sheets[0]);
    const small = rows.find((r) => r[0] === "BU04790102") as unknown[];
    expect(small[3]).toBe("<5");
    // something else in its buurt row and in its wijk's social column is hidden too
    expect(small.filter((v) => v === "x").length).toBeGreaterThan(0);
    const sameWijk = rows.filter((r) => r[1] === "WK047901" && r[0] !== "BU04790102");
    expect(sameWijk.some((r) => r[3] === "x") || values(sheets[3]).find((r) => r[0] === "WK047901")?.[3] === "x").toBe(true);
    expect(built.copy.audit.pass).toBe(true);
  });

  test("the issue's verdict: 16 judged, 15 passing, norm 92.5%: the verdict or the judged count is not published with the hidden failure", () => {
    const row = values(sheets[9]).find((r) => r[0] === 2025 && (r[3] === 16 || r[3] === "x") && r[5] !== 0) as unknown[];
    expect(row[5]).toBe("<5");
    expect(row[3] === "x" || row[8] === WITHHELD_VERDICT).toBe(true);
  });

  test("shares and indices only from visible numbers", () => {
    const counts = values(sheets[0]);
    const shares = values(sheets[1]);
    counts.slice(1).forEach((row, i) => {
      const total = row[2];
      for (let s = 0; s < 2; s++) {
        const share = shares[i + 1][2 + s];
        if (typeof total === "number" && typeof row[3 + s] === "number") expect(share).toBeCloseTo((row[3 + s] as number) / total, 12);
        else expect(share).toBeNull();
      }
    });
  });

  test("the about sheet states the rules and the audit as counts, never hidden values", () => {
    const about = values(sheets[sheets.length - 1]).map((r) => String(r[0]));
    expect(about.some((l) => l.startsWith("Drempel: 5. '<5' betekent: 1 tot en met 4."))).toBe(true);
    expect(about.some((l) => /Controle .* verborgen cellen doorgerekend .* Uitkomst: geslaagd/.test(l))).toBe(true);
  });

  test("the check passes on the built sheets", () => {
    expect(checkPartnerSheets(sheets, {}, 5)).toEqual({ ok: true, findings: [] });
  });

  test("the check finds formulas, links, personal columns, small counts and source values", () => {
    const bad: ReportSheet = {
      name: "Extra", charts: [],
      rows: [
        [{ value: "Gebied" }, { value: "Aantal" }, { value: "Huishoudinkomen" }, { value: "Opmerking" }],
        [{ value: "A", formula: ["Voorraad!A1"] }, { value: 3 }, { value: 41234 }, { value: "x", link: { sheet: "Voorraad", address: "A2" } }],
        [{ value: "3511 AB" }, { value: 7 }, { value: null }, { value: null }],
      ],
    };
    const check = checkPartnerSheets([...sheets, bad], { postcode: ["3511 AB"], householdIncome: [41234] }, 5);
    expect(check.ok).toBe(false);
    expect(new Set(check.findings.map((f) => f.kind))).toEqual(new Set(["formula", "link", "personalColumn", "unknownColumn", "smallCount", "personalValue"]));
    expect(check.findings.every((f) => f.sheet === sheets.length)).toBe(true);
  });
});

describe("options", () => {
  const base: PartnerInput = { options: { k: 5 }, stock: stock({ BU04790101: { koop: 10 } }), targetSocialShare: 0.3, allocations: null, checklist: null };

  test.each([0, 1, 2, 51, 2.5, Number.NaN])("threshold %p is refused with a Dutch message", (k) => {
    try {
      buildPartnerSheets({ ...base, options: { k } });
      throw new Error("not refused");
    } catch (error) {
      expect(isMengError(error)).toBe(true);
      expect((error as Error).message).toMatch(/De drempel moet een geheel getal van 3 tot en met 50 zijn/);
    }
  });

  test.each([3, 50])("threshold %p is allowed", (k) => {
    const big = stock({ BU04790101: { koop: 60, "sociale huur": 70 }, BU04790102: { koop: 55, "sociale huur": 80 } });
    expect(buildPartnerSheets({ ...base, stock: big, options: { k } }).copy.k).toBe(k);
  });

  test("a stock smaller than the threshold is refused: its total is known anyway (rows read), so nothing can be hidden", () => {
    // 10 dwellings at threshold 50: every cell would read "<50", but the total of 10 follows from 'Gelezen rijen'
    expect(() => buildPartnerSheets({ ...base, options: { k: 50 } })).toThrow(/de voorraad telt 10 woning\(en\), minder dan de drempel 50/);
  });

  test("wijk level only: no buurt sheet, no buurt code anywhere", () => {
    const { sheets } = buildPartnerSheets({ ...base, stock: stock({ BU04790101: { koop: 10 }, BU04790102: { koop: 7 } }), options: { k: 5, wijkOnly: true } });
    expect(sheets.some((s) => s.name.startsWith("Buurten"))).toBe(false);
    expect(JSON.stringify(sheets.map(values))).not.toMatch(/BU0479/);
  });

  test("rounding to 5: every visible count is a multiple of 5", () => {
    const { sheets } = buildPartnerSheets({ ...base, stock: stock({ BU04790101: { koop: 13, "sociale huur": 21 }, BU04790102: { koop: 7, "sociale huur": 40 } }), options: { k: 5, roundToFive: true } });
    for (const sheet of sheets.filter((s) => s.name.endsWith("aantallen"))) {
      for (const row of values(sheet).slice(1)) for (const v of row.slice(1)) if (typeof v === "number") expect(v % 5).toBe(0);
    }
  });
});
