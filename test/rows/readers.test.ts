/**
 * The core readers, the value map and the row account on the cases of issue 9: the words corporations really write,
 * money as "€ 864,77", a ja/nee voorrang column, the user's mapping winning over the built-in words, and the stored
 * form of a mapping with its values.
 */
import fc from "fast-check";
import { parseMapping, serializeMapping, toStoredMapping, detectColumns } from "../../src/core/mapping";
import { isYesNoGroundColumn, readAmountCell, readGroundCell, readOwnershipCell, readSegmentCell, readYesNoCell } from "../../src/core/readers/fieldReaders";
import { readGroundColumn } from "../../src/core/readers/groundColumn";
import { EMPTY_LOOKUP, ValueLookup, normaliseValueMap, valueMapFromGrid } from "../../src/core/readers/valueMap";
import { RowAccount } from "../../src/core/rows/rowAccount";
import { toValueLookup } from "../../src/functions/coerce";

describe("ownership words corporations write", () => {
  it.each([
    ["Eigen bezit", "huur"], ["Woonstichting", "huur"], ["Particulier (VvE)", "koop"], ["Verhuurd DAEB", "huur"],
    ["Koop (verkocht)", "koop"], ["KOOP-VERKOCHT", "koop"], ["in beheer", "huur"], ["Koopgarant", "koop"], ["niet-DAEB", "huur"],
  ])("'%s' is %s", (word, tenure) => {
    expect(readOwnershipCell(word, EMPTY_LOOKUP)).toEqual({ kind: "value", value: tenure, mapped: false });
  });
  it.each(["particulier", "EB", "leegstand", "12"])("'%s' is unknown, with its text", (word) => {
    expect(readOwnershipCell(word, EMPTY_LOOKUP)).toEqual({ kind: "unknown", text: word });
  });
  it("a number is unknown; WAAR/ONWAAR are koop/huur; blank is blank", () => {
    expect(readOwnershipCell(7, EMPTY_LOOKUP).kind).toBe("unknown");
    expect(readOwnershipCell(true, EMPTY_LOOKUP)).toMatchObject({ value: "koop" });
    expect(readOwnershipCell(false, EMPTY_LOOKUP)).toMatchObject({ value: "huur" });
    expect(readOwnershipCell("  ", EMPTY_LOOKUP)).toEqual({ kind: "blank" });
  });
  it("the user's mapping wins, also over a built-in word, and can skip", () => {
    const lookup = new ValueLookup({ ownership: [{ value: "E.B.", reading: "huur" }, { value: "verkocht", reading: "overslaan" }] });
    expect(readOwnershipCell("eb", lookup)).toEqual({ kind: "value", value: "huur", mapped: true });
    expect(readOwnershipCell("Verkocht", lookup)).toEqual({ kind: "skip", text: "Verkocht" });
  });
});

describe("segment labels", () => {
  it.each([["DAEB", "sociale huur"], ["Middeldure huur", "middenhuur"], ["Geliberaliseerd", "vrije sector huur"], ["Verkocht", "koop"]])("'%s' is %s", (word, segment) => {
    expect(readSegmentCell(word, EMPTY_LOOKUP)).toMatchObject({ kind: "value", value: segment });
  });
  it("niet-DAEB alone is not a segment", () => {
    expect(readSegmentCell("niet-DAEB", EMPTY_LOOKUP).kind).toBe("unknown");
  });
});

describe("amounts", () => {
  it.each([["€ 864,77", 864.77], ["€ 1.234,56", 1234.56], ["1.234,56", 1234.56], ["€1.034,50", 1034.5], [864.77, 864.77], ["864.77", 864.77]])("'%s' is %d", (cell, n) => {
    expect(readAmountCell(cell)).toEqual({ kind: "value", value: n, mapped: false });
  });
  it("text that is not an amount is unknown with its text", () => {
    expect(readAmountCell("n.b.")).toEqual({ kind: "unknown", text: "n.b." });
  });
  it("any amount written as '€ 1.234,56' reads back to the cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents) => {
        const [whole, frac] = (cents / 100).toFixed(2).split(".");
        const text = `€ ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${frac}`;
        const reading = readAmountCell(text);
        return reading.kind === "value" && Math.round(reading.value * 100) === cents;
      }),
    );
  });
});

describe("grounds and yes/no", () => {
  it("a ja/nee column is read as voorrang", () => {
    const cells = ["ja", "Nee", "J", "n", "", "nee"];
    expect(isYesNoGroundColumn(cells)).toBe(true);
    expect(readGroundColumn(cells, EMPTY_LOOKUP).readings.map((r) => (r.kind === "value" ? r.value : r.kind))).toEqual(
      ["priority", "regular", "priority", "regular", "blank", "regular"],
    );
  });
  it("a ground column stays a ground column", () => {
    const cells = ["regulier", "lokale binding", "urgentie", "ja"];
    expect(isYesNoGroundColumn(cells)).toBe(false);
    expect(readGroundCell("ja", EMPTY_LOOKUP, false).kind).toBe("unknown");
  });
  it("yes/no with a mapping", () => {
    const lookup = new ValueLookup({ rentAllowanceEligible: [{ value: "HT", reading: "ja" }] });
    expect(readYesNoCell("ht", lookup)).toMatchObject({ value: true, mapped: true });
    expect(readYesNoCell("HT", EMPTY_LOOKUP).kind).toBe("unknown");
  });
});

describe("the waarden range", () => {
  it("reads three columns with a header, or two for the function's own field", () => {
    const map = valueMapFromGrid([["veld", "waarde", "gelezen als"], ["eigendom", "EB", "Huur"], ["", "", ""], ["toewijzingsgrond", "SVV", "voorrang"]], "ownership");
    expect(map).toEqual({ ownership: [{ value: "EB", reading: "huur" }], allocationGround: [{ value: "SVV", reading: "voorrang" }] });
    expect(valueMapFromGrid([["waarde", "gelezen als"], ["EB", "huur"]], "ownership")).toEqual({ ownership: [{ value: "EB", reading: "huur" }] });
  });
  it.each([
    [[["eigendom", "EB", "sociale huur"]], "Rij 1"],
    [[["kleur", "EB", "huur"]], "geen veld"],
    [[["eigendom", "EB"], ["x", "y"]], "geen lezing"],
  ])("a broken row is #VALUE! naming it (%#)", (grid, text) => {
    expect(() => toValueLookup(grid, "ownership")).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining(text) }));
  });
  it("a range of four columns is #VALUE!", () => {
    expect(() => toValueLookup([["a", "b", "c", "d"]], "ownership")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});

describe("the stored mapping keeps the value mapping", () => {
  const mapping = detectColumns(["Buurtcode", "Eigendom", "Kale huur"], "stock");
  it("round-trips, and a mapping stored without values reads as none", () => {
    const stored = toStoredMapping(mapping, { sheetName: "Voorraad" }, { ownership: [{ value: "EB", reading: "huur" }] });
    expect(parseMapping(serializeMapping(stored)).values).toEqual({ ownership: [{ value: "EB", reading: "huur" }] });
    expect(parseMapping(serializeMapping(toStoredMapping(mapping))).values).toBeUndefined();
  });
  it("a damaged value mapping is refused with a Dutch message", () => {
    const text = JSON.stringify({ ...toStoredMapping(mapping), values: { ownership: [{ value: "EB", reading: "misschien" }] } });
    expect(() => parseMapping(text)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("misschien") }));
    expect(() => parseMapping(JSON.stringify({ ...toStoredMapping(mapping), values: { kleur: [] } }))).toThrow(/onbekend veld/);
  });
  it("normalising keeps one entry per value (the last one)", () => {
    expect(normaliseValueMap({ ownership: [{ value: "EB", reading: "koop" }, { value: " eb ", reading: "HUUR" }] })).toEqual({ ownership: [{ value: "eb", reading: "huur" }] });
  });
});

describe("the row account", () => {
  it("read + skipped = total for any sequence of skips; groups add up; first rows in order", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom("EB", "eb", "VK", null), { nil: undefined }), { maxLength: 200 }), (rows) => {
        const account = new RowAccount(rows.length);
        rows.forEach((value, i) => {
          if (value === undefined) return;
          if (value === null) account.skip("blankArea", null, i + 2);
          else account.skip("unknownOwnership", value, i + 2);
        });
        const groups = account.groups();
        expect(account.read + account.skipped).toBe(rows.length);
        expect(groups.reduce((n, g) => n + g.count, 0)).toBe(account.skipped);
        for (const g of groups) {
          expect(g.firstRows.length).toBe(Math.min(5, g.count));
          expect([...g.firstRows].sort((a, b) => a - b)).toEqual(g.firstRows);
        }
        // "EB" and "eb" are one group, as the readers take them as one value
        expect(groups.filter((g) => g.value !== null && g.value.toLowerCase() === "eb").length).toBeLessThanOrEqual(1);
      }),
    );
  });
  it("warns above 5%, not at 5%", () => {
    const at = new RowAccount(100);
    for (let i = 0; i < 5; i++) at.skip("blankArea", null, i);
    expect(at.needsWarning).toBe(false);
    at.skip("blankArea", null, 99);
    expect(at.needsWarning).toBe(true);
  });
});
