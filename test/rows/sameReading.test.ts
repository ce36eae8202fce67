/**
 * One reading per field (issue 9, point 1): the same messy rows go through the custom functions and through the
 * reports, and both must read every cell the same way. The rows come from the seeded messy-export generator: amounts
 * as "€ 1.234,56" text, points as text, ownership in a corporation's own words (some only known after mapping),
 * voorrang as ja/nee, huurtoeslag as ja/nee, dates as text and serials.
 */
import { mapSheet } from "../../src/core/mapping";
import { analyseAllocations } from "../../src/core/report/allocationReport";
import { stockColumns } from "../../src/core/report/stockColumns";
import { valueKey } from "../../src/core/readers/vocabulary";
import type { ValueMap } from "../../src/core/readers/valueMap";
import { customFunctions } from "../../src/functions/registry";
import { messyAllocations, messyStock } from "../../scripts/generateMessyExport";

const fn = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown>;

/** The function's answer for one row: the text it returns, or the Excel error it throws. */
function callSegment(row: unknown[], cols: { rent: number; points: number; tenure: number }, waarden: unknown[][] | null): string {
  try {
    return String(fn.SEGMENT([[row[cols.rent]]], [[row[cols.points]]], [[row[cols.tenure]]], 2025, null, null, waarden));
  } catch (error) {
    return `fout ${(error as { code?: string }).code}`;
  }
}

describe("MENG.SEGMENT and the area report read the same stock rows the same way", () => {
  const stock = messyStock({ rows: 400, seed: 21, corporation: 0 });
  const proposal = mapSheet(stock.cells, "A1");
  const col = (role: "netRent" | "wwsPoints" | "ownership") => proposal.mapping.roles[role]!.columnIndex;
  const cols = { rent: col("netRent"), points: col("wwsPoints"), tenure: col("ownership") };

  test.each([
    ["without a value mapping", false],
    ["with the user's value mapping (the waarden range)", true],
  ])("%s", (_, mapped) => {
    const unknownWords = [...new Set(stock.truth.filter((t) => !t.ownershipKnown).map((t) => t.ownershipWord))];
    const values: ValueMap = mapped
      ? { ownership: unknownWords.map((w) => ({ value: w, reading: stock.truth.find((t) => t.ownershipWord === w)!.tenure })) }
      : {};
    const waarden = mapped ? [["veld", "waarde", "gelezen als"], ...unknownWords.map((w) => ["eigendom", w, values.ownership!.find((e) => e.value === w)!.reading])] : null;
    const report = stockColumns(proposal.table, proposal.mapping, { year: 2025, place: { sheetName: "Voorraad" }, values });
    let compared = 0;
    proposal.table.rows.forEach((row, r) => {
      const viaFunction = callSegment(row.cells, cols, waarden);
      const viaReport = report.segment[r];
      if (viaReport === null) {
        // skipped by the report ⇔ an error from the function, for the same reason
        expect(viaFunction).toMatch(/^fout /);
        const truth = stock.truth[r];
        expect(mapped).toBe(false);
        expect(truth.ownershipKnown).toBe(false);
      } else {
        expect(viaFunction).toBe(viaReport);
      }
      compared++;
    });
    expect(compared).toBe(stock.truth.length);
    // the report's reading of the rent is the generator's number, whichever way it was written
    const rented = stock.truth.filter((t) => t.tenure === "huur" && t.rent !== null && t.points === null);
    for (const t of rented.slice(0, 50)) {
      const r = stock.truth.indexOf(t);
      if (report.segment[r] === null) continue;
      expect(fn.SEGMENT([[t.rent]], null, [["huur"]], 2025)).toBe(report.segment[r]);
    }
    if (mapped) expect(report.account.skipped).toBe(0);
  });
});

describe("MENG.VOORRANG.TOETS, MENG.TOEWIJZING.PASSEND and the allocation report read the same allocations the same way", () => {
  const allocations = messyAllocations({ rows: 300, seed: 8 });
  const proposal = mapSheet(allocations.cells, "A1");
  const column = (role: "allocationGround" | "allocationDate" | "allocationRent" | "householdSize" | "rentAllowanceEligible") =>
    proposal.table.rows.map((row) => [row.cells[proposal.mapping.roles[role]!.columnIndex]]);
  const analysis = analyseAllocations(proposal.table, proposal.mapping);
  const asMap = (spill: unknown) => new Map((spill as [string, unknown][]).map(([k, v]) => [k, v]));

  test.each([2024, 2025])("voorrang %i: the function's counts are the report's, and the generator's", (year) => {
    const spill = asMap(fn.PRIORITY_CHECK(column("allocationGround"), column("allocationDate"), year, null, null, null, null, null));
    const line = analysis.lines.find((l) => l.check === "voorrang" && l.year === year)!;
    expect(spill.get("aantal toewijzingen")).toBe(line.judged);
    expect(spill.get("aantal met voorrang")).toBe(line.passing);
    expect(spill.get("oordeel (indicatie)") ?? spill.get("oordeel")).toBe(line.verdict);
    const truth = allocations.truth.filter((t) => t.year === year);
    expect(line.judged).toBe(truth.length);
    expect(line.passing).toBe(truth.filter((t) => t.priority).length);
  });

  test.each([2024, 2025])("passend %i: yes/no and '€ 612,40' read the same by the function and the report", (year) => {
    const spill = asMap(fn.FIT_CHECK(column("allocationRent"), column("householdSize"), column("rentAllowanceEligible"), column("allocationDate"), year, null));
    const line = analysis.lines.find((l) => l.check === "passend" && l.year === year)!;
    expect(spill.get("aantal in de toets (doelgroep passend toewijzen)")).toBe(line.judged);
    expect(spill.get("aantal passend")).toBe(line.passing);
    expect(spill.get("oordeel (indicatie)") ?? spill.get("oordeel")).toBe(line.verdict);
  });

  test("a ground mapped with the waarden range is read the same by the function and the report", () => {
    const codes = allocations.cells.map((row, r) => (r > 3 && r < allocations.totalsRow - 1 ? row.map((c, i) => (i === 4 ? (String(c).toLowerCase().startsWith("j") ? "SVV" : "REG") : c)) : row));
    const p = mapSheet(codes, "A1");
    const values: ValueMap = { allocationGround: [{ value: "SVV", reading: "voorrang" }, { value: "REG", reading: "regulier" }] };
    const a = analyseAllocations(p.table, p.mapping, { values });
    const grounds = p.table.rows.map((row) => [row.cells[p.mapping.roles.allocationGround!.columnIndex]]);
    const dates = p.table.rows.map((row) => [row.cells[p.mapping.roles.allocationDate!.columnIndex]]);
    const waarden = [["toewijzingsgrond", "SVV", "voorrang"], ["toewijzingsgrond", "REG", "regulier"]];
    const spill = asMap(fn.PRIORITY_CHECK(grounds, dates, 2025, null, null, null, null, waarden));
    const line = a.lines.find((l) => l.check === "voorrang" && l.year === 2025)!;
    expect(spill.get("aantal met voorrang")).toBe(line.passing);
    expect(line.passing).toBe(allocations.truth.filter((t) => t.year === 2025 && t.priority).length);
    // without the mapping nothing is recognised: both say so
    const bare = asMap(fn.PRIORITY_CHECK(grounds, dates, 2025, null, null, null, null, null));
    expect(bare.get("oordeel (indicatie)")).toBe("niet te beoordelen");
    expect(analyseAllocations(p.table, p.mapping).lines.find((l) => l.check === "voorrang" && l.year === 2025)!.verdict).toBe("niet te beoordelen");
    expect(valueKey("S.V.V.")).toBe(valueKey("svv"));
  });
});
