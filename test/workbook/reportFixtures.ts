/** Report sheets and big sources for the AnalysisWorkbook tests. */
import type { ReportCell, ReportSheet } from "../../src/core/report/reportSheet";

export const REPORT = "Mengwijzer_Wijkrapport";

/** A small area report: title, header, two areas with a live MENG.AANDEEL formula, a link, two charts. */
export function smallReport(name = REPORT): ReportSheet {
  const share = (area: string, value: number): ReportCell => ({
    value,
    numberFormat: "0.0%",
    formula: [{ call: "SHARE", args: [[`FILTER(Voorraad[Segment],Voorraad[Buurt]="${area}")`], ['"sociale huur"']] }],
  });
  return {
    name,
    rows: [
      [{ value: "Wijkrapport", bold: true }],
      [],
      [{ value: "Buurt", bold: true }, { value: "Woningen", bold: true }, { value: "Aandeel sociale huur", bold: true }, { value: "Bron" }],
      [{ value: "Noord" }, { value: 120, numberFormat: "0" }, share("Noord", 0.5), { value: "Voorraad!A2", link: { sheet: "Voorraad", address: "A2" } }],
      [{ value: "1-2" }, { value: 80, numberFormat: "0" }, share("1-2", 0.25), { value: null }],
    ],
    columnWidths: [20, 12, 22],
    charts: [
      { kind: "stackedBar", title: "Segmenten per buurt", dataBlock: { firstRow: 2, firstColumn: 0, rowCount: 3, columnCount: 3 }, anchor: { row: 1, column: 5 } },
      { kind: "bar", title: "Aandeel sociale huur", dataBlock: { firstRow: 2, firstColumn: 0, rowCount: 3, columnCount: 2 }, anchor: { row: 22, column: 5 } },
    ],
  };
}

/** A report of `rows` data rows × 6 columns (e.g. an allocation report with one row per allocation). */
export function bigReport(rows: number, name = "Mengwijzer_Toewijzingen"): ReportSheet {
  const body: ReportCell[][] = Array.from({ length: rows }, (_, i) => [
    { value: `VHE ${100000 + i}` },
    { value: `BU0363${String(i % 300).padStart(4, "0")}` },
    { value: 450 + (i % 400) + 0.25, numberFormat: "#,##0.00" },
    { value: i % 7 === 0 ? "niet passend" : "passend" },
    { value: i % 3 === 0 },
    { value: `Toelichting bij toewijzing ${i}: inkomen binnen de grens, gezinsgrootte passend`, link: { sheet: "Toewijzingen", address: `A${i + 2}` } },
  ]);
  return { name, rows: [[{ value: "VHE", bold: true }, { value: "Buurt", bold: true }, { value: "Huur", bold: true }, { value: "Oordeel", bold: true }, { value: "Voorrang", bold: true }, { value: "Toelichting", bold: true }], ...body], charts: [] };
}

/** A stock export of `rows` dwellings × 12 columns, header first. */
export function stockRows(rows: number): (string | number)[][] {
  const header = ["VHE", "Complex", "Wijk", "Buurt", "Segment", "Kale huur", "WWS", "Eigendom", "Bouwjaar", "Oppervlakte", "Kamers", "Adres"];
  const segments = ["sociale huur", "middenhuur", "vrije sector huur", "koop"];
  const out: (string | number)[][] = [header];
  for (let i = 0; i < rows; i++) {
    out.push([
      100000 + i, 1000 + Math.floor(i / 60), `WK0363${String(i % 40).padStart(2, "0")}`, `BU0363${String(i % 300).padStart(4, "0")}`,
      segments[i % 4], i % 4 === 3 ? "" : 450.5 + (i % 700), 90 + (i % 150), i % 4 === 3 ? "verkocht" : "eigen bezit",
      1930 + (i % 90), 40 + (i % 110), 1 + (i % 6), `Dorpsstraat ${1 + (i % 250)}`,
    ]);
  }
  return out;
}
