/**
 * The done-test of issue 9: a 2,000-row messy export in a corporation's own words (scripts/generateMessyExport.ts),
 * through the same service the pane uses. Expected values come from the generator's record of what it wrote (`truth`),
 * never from the code under test:
 *  - rows read + rows skipped = the dwelling rows the generator wrote (title rows and the totals row are not data);
 *  - every skipped row has a reason, and the reasons are exactly the house codes the built-in vocabulary cannot know;
 *  - the pane's value overview counts every value over the whole source (not a sample);
 *  - after the user maps the unknown values, every dwelling is used, and the area counts match the generator's buurten;
 *  - the ja/nee voorrang column is read as priority, and the share per year is the generator's.
 */
import { SkippedRowsError } from "../../src/analysis/AnalysisService";
import { VALUES_SHEET, WorkbookAnalysisService } from "../../src/analysis/WorkbookAnalysisService";
import { ROWS_SHEET } from "../../src/core/report/partnerWorkbook";
import { CHECK_LABELS } from "../../src/core/report/allocationReport";
import { valueKey } from "../../src/core/readers/vocabulary";
import { CORPORATIONS, messyAllocations, messyStock } from "../../scripts/generateMessyExport";
import { FakeAnalysisWorkbook } from "../analysis/fakeAnalysisWorkbook";

jest.setTimeout(60_000);

for (const corporation of [0, 1]) {
  describe(`messy export of ${CORPORATIONS[corporation].name}`, () => {
    const stock = messyStock({ rows: 2000, seed: 11 + corporation, corporation });
    const allocations = messyAllocations({ rows: 600, seed: 5 });
    const unknownTruth = stock.truth.filter((t) => !t.ownershipKnown);
    const knownRows = stock.truth.length - unknownTruth.length;

    function setup() {
      const wb = new FakeAnalysisWorkbook();
      wb.addSheet("Voorraad", stock.cells);
      wb.addSheet("Toewijzingen", allocations.cells);
      return { wb, service: new WorkbookAnalysisService(wb) };
    }

    test("before mapping: read + skipped = dwellings; each skip names the unknown ownership word", async () => {
      const { service } = setup();
      const sources = await service.findSources();
      const source = sources.find((p) => p.kind === "stock")!.source;
      const result = await service.buildAreaReport(source, { targetSocialShare: 0.3, year: 2025 });
      const rows = result.rows!;
      expect(rows.total).toBe(stock.truth.length);
      expect(rows.read + rows.skipped).toBe(stock.truth.length);
      expect(rows.read).toBe(knownRows);
      // one group per unknown word, with the generator's count and its first rows
      const expected = new Map<string, number[]>();
      for (const t of unknownTruth) expected.set(valueKey(t.ownershipWord), [...(expected.get(valueKey(t.ownershipWord)) ?? []), t.sheetRow]);
      expect(rows.groups.every((g) => g.code === "unknownOwnership" && g.value !== null)).toBe(true);
      expect(rows.groups.map((g) => [valueKey(g.value!), g.count, g.firstRows]).sort()).toEqual(
        [...expected.entries()].map(([k, r]) => [k, r.length, r.slice(0, 5)]).sort(),
      );
      expect(rows.groups.reduce((n, g) => n + g.count, 0)).toBe(rows.skipped);
      expect(result.warnings.some((w) => w.includes("zijn overgeslagen"))).toBe(unknownTruth.length / stock.truth.length > 0.05);
    });

    test("the report sheet states rows read N of M and lists each reason with its count", async () => {
      const { wb, service } = setup();
      const source = (await service.findSources()).find((p) => p.kind === "stock")!.source;
      await service.buildAreaReport(source, { targetSocialShare: 0.3, year: 2025 });
      const sheet = wb.reports.get("Mengwijzer_Wijkrapport")!;
      const texts = sheet.rows.slice(0, 30).flatMap((r) => r.map((c) => String(c.value ?? "")));
      const nl = (n: number) => n.toLocaleString("nl-NL");
      expect(texts.some((t) => t.includes(`rijen gelezen ${nl(knownRows)} van ${nl(stock.truth.length)}`))).toBe(true);
      for (const word of new Set(unknownTruth.map((t) => t.ownershipWord))) {
        expect(texts.some((t) => t.toLowerCase().includes(`eigendom onbekend '${word.toLowerCase()}'`))).toBe(true);
      }
    });

    test("the value overview counts every value of the whole source, unknown values first", async () => {
      const { service } = setup();
      const source = (await service.findSources()).find((p) => p.kind === "stock")!.source;
      const overview = await service.inspectValues(source, "stock", { year: 2025 });
      const ownership = overview.fields.find((f) => f.field === "ownership")!;
      const counts = new Map<string, number>();
      for (const t of stock.truth) counts.set(valueKey(t.ownershipWord), (counts.get(valueKey(t.ownershipWord)) ?? 0) + 1);
      expect(ownership.values.map((v) => [valueKey(v.value), v.count]).sort()).toEqual([...counts.entries()].sort());
      expect(ownership.filled).toBe(stock.truth.length);
      const firstKnown = ownership.values.findIndex((v) => v.source !== "unknown");
      expect(ownership.values.slice(0, firstKnown).every((v) => v.source === "unknown" && v.reading === null)).toBe(true);
      expect(ownership.values.slice(firstKnown).every((v) => v.source !== "unknown")).toBe(true);
      // every built-in reading agrees with what the generator meant
      for (const v of ownership.values.filter((x) => x.source === "builtIn")) {
        const meant = stock.truth.find((t) => valueKey(t.ownershipWord) === valueKey(v.value))!.tenure;
        expect(v.reading).toBe(meant);
      }
      expect(overview.rows.read + overview.rows.skipped).toBe(stock.truth.length);
    });

    test("after mapping the unknown values every dwelling is used, the mapping is stored and written for formulas", async () => {
      const { wb, service } = setup();
      const source = (await service.findSources()).find((p) => p.kind === "stock")!.source;
      const overview = await service.inspectValues(source, "stock", { year: 2025 });
      const unknown = overview.fields.find((f) => f.field === "ownership")!.values.filter((v) => v.source === "unknown");
      // the user picks the meaning of each unknown word (the generator knows what it meant)
      const choices = unknown.map((v) => ({ value: v.value, reading: stock.truth.find((t) => valueKey(t.ownershipWord) === valueKey(v.value))!.tenure }));
      const saved = await service.saveValueMapping(source, "stock", { ownership: choices });
      expect(saved.fromStorage).toBe(true);
      expect(saved.values.ownership).toHaveLength(choices.length);
      const result = await service.buildAreaReport(source, { targetSocialShare: 0.3, year: 2025 });
      expect(result.rows).toMatchObject({ total: stock.truth.length, read: stock.truth.length, skipped: 0, groups: [] });
      // every dwelling counted in its buurt
      const perBuurt = new Map<string, number>();
      for (const t of stock.truth) perBuurt.set(t.buurt, (perBuurt.get(t.buurt) ?? 0) + 1);
      const sheet = wb.reports.get("Mengwijzer_Wijkrapport")!;
      const top = sheet.rows.findIndex((r) => r.some((c) => c.value === "Per buurt"));
      const col = sheet.rows[top].findIndex((c) => c.value === "Per buurt");
      const block = new Map(sheet.rows.slice(top + 2).filter((r) => typeof r[col]?.value === "string").map((r) => [String(r[col].value).trim(), r[col + 1].value]));
      expect(block).toEqual(perBuurt);
      // a new service on the same workbook (a co-author) gets the same mapping
      const again = new WorkbookAnalysisService(wb);
      const proposal = (await again.findSources()).find((p) => p.kind === "stock")!;
      expect(proposal.values.ownership?.map((e) => e.value).sort()).toEqual(choices.map((c) => c.value).sort());
      // the sheet for the functions' waarden argument
      const valuesSheet = wb.reports.get(VALUES_SHEET)!;
      expect(valuesSheet.rows[0].slice(0, 3).map((c) => c.value)).toEqual(["veld", "waarde", "gelezen als"]);
      expect(valuesSheet.rows.slice(1).map((r) => [r[0].value, r[1].value, r[2].value]).sort()).toEqual(
        choices.map((c) => ["eigendom", c.value, c.reading]).sort(),
      );
    });

    test("the partner copy asks first above 5% skipped, states the rows read, and needs no question after mapping", async () => {
      const { wb, service } = setup();
      const sources = await service.findSources();
      const source = sources.find((p) => p.kind === "stock")!.source;
      const allocationSource = sources.find((p) => p.kind === "allocations")!.source;
      const heavy = unknownTruth.length / stock.truth.length > 0.05;
      if (heavy) {
        await expect(service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3, stock: source, allocations: allocationSource })).rejects.toBeInstanceOf(SkippedRowsError);
        expect(wb.partnerCopies).toHaveLength(0);
      }
      const overview = await service.inspectValues(source, "stock");
      const unknown = overview.fields.find((f) => f.field === "ownership")!.values.filter((v) => v.source === "unknown");
      await service.saveValueMapping(source, "stock", {
        ownership: unknown.map((v) => ({ value: v.value, reading: stock.truth.find((t) => valueKey(t.ownershipWord) === valueKey(v.value))!.tenure })),
      });
      await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3, stock: source, allocations: allocationSource });
      const copy = wb.partnerCopies[0].sheets;
      expect(copy[0].name).toBe(ROWS_SHEET);
      const rows = copy[0].rows.map((r) => r.map((c) => c.value));
      expect(rows).toContainEqual(["Voorraad", "rijen gelezen", stock.truth.length]);
      expect(rows).toContainEqual(["Voorraad", "rijen in de bron", stock.truth.length]);
      expect(rows).toContainEqual(["Toewijzingen", "rijen gelezen", allocations.truth.length]);
      // and at the top of every sheet made from a source
      const nl = (n: number) => n.toLocaleString("nl-NL");
      const buurten = copy.find((s) => s.name.startsWith("Buurten"))!;
      expect(buurten.readme?.[0]).toBe(`Voorraad: rijen gelezen ${nl(stock.truth.length)} van ${nl(stock.truth.length)}.`);
      expect(copy.find((s) => s.name === "Toewijzingen")!.readme?.[0]).toBe(`Toewijzingen: rijen gelezen ${nl(allocations.truth.length)} van ${nl(allocations.truth.length)}.`);
    });
  });
}

test("the ja/nee voorrang column is read as priority: the report's share per year is the generator's", async () => {
  const allocations = messyAllocations({ rows: 600, seed: 5 });
  const wb = new FakeAnalysisWorkbook();
  wb.addSheet("Toewijzingen", allocations.cells);
  const service = new WorkbookAnalysisService(wb);
  const source = (await service.findSources()).find((p) => p.kind === "allocations")!.source;
  const result = await service.buildAllocationReport(source, {});
  expect(result.rows).toMatchObject({ total: 600, read: 600, skipped: 0 });
  const sheet = wb.reports.get("Mengwijzer_Toewijzing")!;
  expect(sheet.rows.some((r) => String(r[0]?.value).includes("voorrang ja/nee"))).toBe(true);
  for (const year of [2024, 2025]) {
    const ofYear = allocations.truth.filter((t) => t.year === year);
    const line = sheet.rows.find((r) => r[0]?.value === year && r[2]?.value === CHECK_LABELS.voorrang)!;
    expect(line[3].value).toBe(ofYear.length);
    expect(line[4].value).toBe(ofYear.filter((t) => t.priority).length);
    expect(line[7].value).not.toBe("niet te beoordelen");
  }
});

test("a ground column with nothing recognised is 'niet te beoordelen', never 'binnen norm'", async () => {
  const allocations = messyAllocations({ rows: 60, seed: 3 });
  // the same export with codes nobody can read instead of ja/nee
  const cells = allocations.cells.map((row, r) => (r > 3 && r < allocations.totalsRow - 1 ? row.map((c, i) => (i === 4 ? `code ${r % 3}` : c)) : row));
  const wb = new FakeAnalysisWorkbook();
  wb.addSheet("Toewijzingen", cells);
  const service = new WorkbookAnalysisService(wb);
  const source = (await service.findSources()).find((p) => p.kind === "allocations")!.source;
  const result = await service.buildAllocationReport(source, {});
  const sheet = wb.reports.get("Mengwijzer_Toewijzing")!;
  const lines = sheet.rows.filter((r) => r[2]?.value === CHECK_LABELS.voorrang);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line[7].value).toBe("niet te beoordelen");
    expect(String(line[12].value)).toContain("geen enkele toewijzingsgrond herkend");
  }
  expect(result.warnings.some((w) => w.includes("niet te beoordelen"))).toBe(true);
  // the unknown values are listed once per value with their counts
  const listed = sheet.rows.filter((r) => String(r[0]?.value).startsWith("toewijzingsgrond niet herkend"));
  expect(listed.map((r) => r[1].value as number).reduce((a, b) => a + b, 0)).toBe(60);
});
