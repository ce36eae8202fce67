/**
 * Label slips (issue 11): personal data typed where a label belongs must not reach the partner copy; it becomes a
 * neutral label, and the pane line says which label and why. The scan of the copy is independent: every cell of every
 * sheet, as text, against the slipped values.
 */
import type { CheckLine } from "../../src/core/report/allocationReport";
import { buildPartnerSheets, type PartnerInput } from "../../src/core/report/partnerWorkbook";
import { LabelPolicy, labelReason } from "../../src/core/partner/labelPolicy";

const TENANT = "Jan de Vries";
const BSN = "111222333"; // passes the eleven test: 9+8+7+12+10+8+9+6−3 = 66
const POSTCODE_SEGMENT = "1234 AB";
const STREET = "Dorpsstraat";
const HOUSE_NUMBER = "12";
const FREE_TEXT = "bewoner heeft klacht ingediend over geluid";
const NAME_IN_GEMEENTE = "Pietersen";

function slippedStock(): NonNullable<PartnerInput["stock"]> {
  const buurt: string[] = [];
  const wijk: string[] = [];
  const segment: string[] = [];
  const add = (b: string, w: string, s: string, n: number) => {
    for (let i = 0; i < n; i++) {
      buurt.push(b);
      wijk.push(w);
      segment.push(s);
    }
  };
  add("BU04790101", "WK047901", "sociale huur", 30);
  add("BU04790102", "WK047901", "koop", 25);
  add(TENANT, "WK047901", "sociale huur", 1); // a tenant's name in the buurt column, a group of one
  add(BSN, "WK047902", "koop", 12); // a BSN as buurt
  add("BU04790201", "WK047902", POSTCODE_SEGMENT, 1); // a postcode as segment: it would become a column header
  add(STREET, HOUSE_NUMBER, "middenhuur", 6); // street and house number in the buurt and wijk columns
  add("BU04790202", "WK047902", FREE_TEXT, 2); // free text as segment
  add("BU04790202", "WK047902", "sociale huur", 40);
  return { buurt, wijk, gemeente: buurt.map(() => "GM0479"), segment };
}

const allocation: CheckLine = {
  check: "passend", year: 2025, municipality: NAME_IN_GEMEENTE, judged: 50, passing: 48, share: 0.96, norm: 0.95,
  verdict: "binnen norm", headroom: 0, notRead: 0, outsideBase: 0, additionalRoom: null, error: null,
};

describe("label slips", () => {
  const { sheets, labelNotes } = buildPartnerSheets({
    options: { k: 5 }, stock: slippedStock(), targetSocialShare: 0.3, allocations: [allocation],
    checklist: [{ area: TENANT, part: "Sociaal", item: "Buurtbeheer", status: "gepland", owner: "corporatie" }],
  });
  const text = sheets.flatMap((s) => [s.name, ...s.rows.flatMap((r) => r.map((c) => String(c.value ?? "")))]).join("\n").toLowerCase();

  test.each([TENANT, BSN, POSTCODE_SEGMENT, STREET, FREE_TEXT, NAME_IN_GEMEENTE])("'%s' appears in no cell and no header", (value) => {
    expect(text).not.toContain(value.toLowerCase());
  });

  test("the house number does not appear as a label", () => {
    for (const sheet of sheets) for (const row of sheet.rows) for (const cell of row.slice(0, 2)) expect(cell.value).not.toBe(HOUSE_NUMBER);
  });

  test("one pane line per replaced label, saying why", () => {
    const line = (value: string) => labelNotes.find((n) => n.startsWith(`Label '${value}'`)) ?? "";
    expect(line(TENANT)).toMatch(/persoonsnaam/);
    expect(line(BSN)).toMatch(/burgerservicenummer/);
    expect(line(POSTCODE_SEGMENT)).toMatch(/postcode/);
    expect(line(STREET)).toMatch(/staat in de kopie als 'gebied \d+'/);
    expect(line(HOUSE_NUMBER)).toMatch(/huisnummer/);
    expect(line(FREE_TEXT)).toMatch(/vrije tekst/);
    expect(line(NAME_IN_GEMEENTE)).toMatch(/gemeente \d+/);
  });

  test("CBS codes, the fixed segments and confirmed names pass unchanged", () => {
    expect(text).toContain("bu04790101");
    expect(text).toContain("aantal: sociale huur");
    const policy = new LabelPolicy(["Lindenhof"]);
    expect(policy.publish(" lindenhof ", "area", "buurt")).toBe("lindenhof");
    expect(policy.publish("SOCIALE HUUR ", "segment", "segment")).toBe("sociale huur");
    expect(policy.publish("GM0479", "gemeente", "gemeente")).toBe("GM0479");
    expect(policy.publish("Zaanstad", "gemeente", "gemeente")).toBe("gemeente 1");
    expect(policy.notes).toHaveLength(1);
  });

  test("reasons", () => {
    expect(labelReason("123456782")).toMatch(/burgerservicenummer/); // 9·1+8·2+…+2·8−2 = 110 ≡ 0
    expect(labelReason("Kerkstraat 5a")).toMatch(/huisnummer/);
    expect(labelReason("j.jansen@example.nl")).toMatch(/e-mail/);
    expect(labelReason("Noordwest")).toMatch(/geen CBS-code/);
  });
});

describe("label slips in the vitality sheet (issue 16's scores in the copy)", () => {
  const row = (area: string, level: string, status: string, index: number) => ({
    record: { index, sheetRow: index + 10, area, level, year: 2025, cells: { status } },
    outcome: { livability: 2 as const, organisation: 2 as const, resilience: 1 as const, score: 4, flag: "geen signaal", problems: [], errors: {} },
  });
  const build = (wijkOnly: boolean) =>
    buildPartnerSheets({
      options: { k: 5, wijkOnly }, stock: slippedStock(), targetSocialShare: 0.3, allocations: null, checklist: null,
      vitality: {
        threshold: 18,
        rows: [
          row("BU04790101", "buurt", "niet meer in de voorraad", 0),
          row(TENANT, "buurt", "", 1),
          row("WK047901", "wijk", "bewoner Pietersen belt elke week", 2),
        ],
      },
    });

  test("a name as gebied becomes a neutral label; a typed status stays home; both get a pane line", () => {
    const { sheets, labelNotes } = build(false);
    const sheet = sheets.find((s) => s.name === "Vitaliteit")!;
    const grid = sheet.rows.map((r) => r.map((c) => c.value));
    const text = JSON.stringify(grid).toLowerCase();
    expect(text).not.toContain(TENANT.toLowerCase());
    expect(text).not.toContain("pietersen");
    expect(grid.find((r) => r[0] === "BU04790101")![10]).toBe("niet meer in de voorraad");
    expect(grid.find((r) => r[0] === "WK047901")![10]).toBeNull();
    // the same source label gets the same neutral label everywhere (and one pane line, from where it was met first)
    const neutral = /staat in de kopie als '(gebied \d+)'/.exec(labelNotes.find((n) => n.startsWith(`Label '${TENANT}'`)) ?? "")?.[1];
    expect(neutral).toBeDefined();
    expect(grid.some((r) => r[0] === neutral && r[1] === "buurt")).toBe(true);
    expect(labelNotes.some((n) => n.startsWith("Status 'bewoner Pietersen belt elke week' (vitaliteit) staat niet in de kopie"))).toBe(true);
  });

  test("wijk level only: no buurt rows in the vitality sheet either", () => {
    const grid = build(true).sheets.find((s) => s.name === "Vitaliteit")!.rows.map((r) => r.map((c) => c.value));
    expect(grid.slice(1).map((r) => r[1])).toEqual(["wijk"]);
  });
});
