/** valuesOnly: the report frozen to values with its formulas listed as text (issue 8, points 2 and 6). */
import { FORMULA_LISTING_TITLE, formulaListing, frozenSheet, valuesOnly } from "../../src/core/report/valuesOnly";
import { call, stringLiteral } from "../../src/core/report/formulaText";
import type { ReportSheet } from "../../src/core/report/reportSheet";

const sheet: ReportSheet = {
  name: "Mengwijzer_Wijkrapport",
  rows: [
    [{ value: "Wijkrapport", bold: true }],
    [{ value: "gebied", bold: true }, { value: "aantal" }, { value: "aandeel koop" }],
    [{ value: "BU01", formula: [call("BY_AREA", "Voorraad[Buurt]", "Voorraad[Segment]")] }, { value: 6, spilled: true }, { value: 0.5, spilled: true, numberFormat: "0.0%" }],
    [{ value: "BU02", spilled: true }, { value: 4, spilled: true }, { value: 0.25, spilled: true, numberFormat: "0.0%" }],
    [{ value: "D" }, { value: 0.4, formula: [call("DISSIMILARITY", "Voorraad[Buurt]", "Voorraad[Segment]", stringLiteral("koop"))] }],
  ],
  columnWidths: [12, 10],
  charts: [],
};

test("lists every formula cell with its address and the body in the workbook's names", () => {
  expect(formulaListing(sheet, "nl")).toEqual([
    { address: "A3", text: "MENG.PERGEBIED(Voorraad[Buurt],Voorraad[Segment])" },
    { address: "B5", text: 'MENG.DISSIMILARITEIT(Voorraad[Buurt],Voorraad[Segment],"koop")' },
  ]);
  expect(formulaListing(sheet, "en")[0].text).toBe("MENG.BY.AREA(Voorraad[Buurt],Voorraad[Segment])");
});

test("keeps every value (spilled ones too), drops every formula and spill mark, lists the formulas to the right", () => {
  const out = valuesOnly(sheet, "nl");
  for (const row of out.rows) for (const cell of row) expect(cell?.formula).toBeUndefined();
  for (const row of out.rows) for (const cell of row) expect(cell?.spilled).toBeUndefined();
  expect(out.rows.slice(0, 5).map((r) => r.slice(0, 3).map((c) => c?.value ?? null))).toEqual([
    ["Wijkrapport", null, null],
    ["gebied", "aantal", "aandeel koop"],
    ["BU01", 6, 0.5],
    ["BU02", 4, 0.25],
    ["D", 0.4, null],
  ]);
  expect(out.rows[2][2].numberFormat).toBe("0.0%");
  // Widest row is 3 cells (A:C); D stays empty; the listing is in E:F.
  expect(out.rows[0][4].value).toBe(FORMULA_LISTING_TITLE);
  expect([out.rows[3][4].value, out.rows[3][5].value]).toEqual(["A3", "MENG.PERGEBIED(Voorraad[Buurt],Voorraad[Segment])"]);
  expect([out.rows[4][4].value, out.rows[4][5].value]).toEqual(["B5", 'MENG.DISSIMILARITEIT(Voorraad[Buurt],Voorraad[Segment],"koop")']);
  for (const r of [3, 4]) expect(out.rows[r][5].numberFormat).toBe("@");
  expect(String(out.rows[3][5].value).startsWith("=")).toBe(false);
  expect(out.columnWidths?.slice(0, 2)).toEqual([12, 10]);
  // The input is not changed.
  expect(sheet.rows[2][0].formula).toBeDefined();
});

test("a sheet without formulas gets no listing", () => {
  const plain: ReportSheet = { name: "x", rows: [[{ value: 1 }]], charts: [] };
  expect(valuesOnly(plain, "nl").rows).toEqual([[{ value: 1 }]]);
});

describe("frozenSheet: a report read back from a workbook, frozen", () => {
  test("formula cells become their values; the formulas are listed one column right of the widest row", () => {
    const formulas = [["Wijkrapport", "", ""], ["D", "=MENG.DISSIMILARITEIT(INDEX(X8#,0,1),INDEX(X8#,0,3),\"sociale huur\",,INDEX(X8#,0,4))", ""], ["BU01", 6, 0.5]];
    const values = [["Wijkrapport", "", ""], ["D", 0.4, ""], ["BU01", 6, 0.5]];
    const out = frozenSheet(formulas, values);
    expect(out.values).toEqual([["Wijkrapport", null, null], ["D", 0.4, null], ["BU01", 6, 0.5]]);
    expect(out.listingColumn).toBe(4);
    expect(out.listing[0][0]).toBe(FORMULA_LISTING_TITLE);
    expect(out.listing.slice(2)).toEqual([["cel", "formule"], ["B2", 'MENG.DISSIMILARITEIT(INDEX(X8#,0,1),INDEX(X8#,0,3),"sociale huur",,INDEX(X8#,0,4))']]);
  });

  test("a sheet without formulas stays as it is, with no listing", () => {
    expect(frozenSheet([["a", 1]], [["a", 1]])).toEqual({ values: [["a", 1]], listingColumn: 3, listing: [] });
  });
});
