/**
 * "Download .xlsx" keeps what Mengwijzer does not own. Each fixture (test/fixtures/packages, written by an Excel-like
 * generator) holds one thing ExcelJS does not round-trip; after a checklist area, a report sheet and a setting are
 * written, every part of the original package must come back with the same bytes, except the few index parts that
 * must list the new sheets. The comparison unzips with JSZip, not with the code under test (fflate).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CATALOGUE } from "../../src/core/checklist/catalogue";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { isOwnSheet } from "../../src/workbook/settingsSheet";
import { WorkbookChecklistRepository } from "../../src/workbook/WorkbookChecklistRepository";
import { FIXTURES } from "../fixtures/packages/generate";
import { smallReport } from "./reportFixtures";

/** Index parts that must change when sheets are added; everything else must be byte-identical. */
const INDEX_PARTS = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

async function parts(bytes: Uint8Array | ArrayBuffer): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) if (!file.dir) out.set(file.name, await file.async("uint8array"));
  return out;
}

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString("utf8");

function fixture(name: string): ArrayBuffer {
  const buf = readFileSync(join(__dirname, "../fixtures/packages", `${name}.xlsx`));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

async function useAsPartner(name: string): Promise<{ before: Map<string, Uint8Array>; after: Map<string, Uint8Array>; adapter: FileWorkbookAdapter; out: ArrayBuffer }> {
  const bytes = fixture(name);
  const adapter = await FileWorkbookAdapter.fromBuffer(bytes, { userName: "Test" });
  const repository = new WorkbookChecklistRepository(adapter, CATALOGUE, { now: () => new Date(Date.UTC(2026, 0, 2)) });
  await repository.addArea({ name: "Noord", cbsCode: "WK036301" });
  const first = (await repository.load()).answers[0];
  await repository.updateAnswer("Noord", first.itemId, { status: "gepland", note: "Afspraak met gemeente" });
  await adapter.writeReportSheet(smallReport());
  await adapter.writeSetting("test.sleutel", "waarde");
  const out = await adapter.toBuffer();
  return { before: await parts(bytes), after: await parts(out), adapter, out };
}

describe("the download keeps every part Mengwijzer does not own", () => {
  it("has a committed fixture for every kind", () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(
      ["met-afbeelding", "met-custom-xml", "met-draaitabel", "met-grafiek", "met-grafiek-ander-voorvoegsel", "met-namen", "met-opmerking"].sort(),
    );
  });

  it.each(Object.keys(FIXTURES))("%s: same parts, same bytes, apart from the owned sheets and the package index", async (name) => {
    const { before, after } = await useAsPartner(name);
    for (const [part, bytes] of before) {
      if (INDEX_PARTS.has(part)) continue;
      expect({ part, present: after.has(part) }).toEqual({ part, present: true });
      expect({ part, same: Buffer.compare(Buffer.from(after.get(part)!), Buffer.from(bytes)) === 0 }).toEqual({ part, same: true });
    }
    // New parts are Mengwijzer's sheets, their relationships and their tables only.
    const added = [...after.keys()].filter((p) => !before.has(p));
    for (const part of added) expect(part).toMatch(/^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|tables\/table\d+\.xml)$/);

    // The index parts keep every entry they had; the workbook only gains <sheet> entries for owned sheets.
    const wbBefore = text(before.get("xl/workbook.xml"));
    const wbAfter = text(after.get("xl/workbook.xml"));
    for (const el of wbBefore.match(/<sheet\b[^>]*\/>|<definedNames>[\s\S]*<\/definedNames>|<pivotCaches>[\s\S]*<\/pivotCaches>/g) ?? []) expect(wbAfter).toContain(el);
    expect(wbAfter.replace(/<sheet\b[^>]*\/>/g, "")).toBe(wbBefore.replace(/<sheet\b[^>]*\/>/g, ""));
    const newSheets = [...wbAfter.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*\/>/g)].map((m) => m[1]).filter((n) => !wbBefore.includes(`name="${n}"`));
    expect(newSheets.length).toBeGreaterThan(0);
    for (const n of newSheets) expect(isOwnSheet(n)).toBe(true);
    for (const index of ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"]) {
      for (const el of text(before.get(index)).match(/<(?:Override|Default|Relationship)\b[^>]*\/>/g) ?? []) expect(text(after.get(index))).toContain(el);
    }
    // The user's styles keep their order: their cell formats mean the same after the download.
    const xfs = (xml: string) => /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1];
    expect(xfs(text(after.get("xl/styles.xml")))).toContain(xfs(text(before.get("xl/styles.xml"))));
  });

  it.each(Object.keys(FIXTURES))("%s: the download opens again with the answer, the report and the user's cells", async (name) => {
    const { out } = await useAsPartner(name);
    const again = await FileWorkbookAdapter.fromBuffer(out);
    const repository = new WorkbookChecklistRepository(again, CATALOGUE);
    const snapshot = await repository.load();
    expect(snapshot.areas.map((a) => a.name)).toEqual(["Noord"]);
    expect(snapshot.answers.filter((a) => a.status === "gepland").map((a) => a.note)).toEqual(["Afspraak met gemeente"]);
    expect(await again.reportSheetState(smallReport().name)).toEqual({ exists: true, editedByUser: false });
    expect(await again.readSetting("test.sleutel")).toBe("waarde");
    const stock = (await again.listSources()).find((s) => s.sheetName === "Voorraad")!;
    expect((await again.readSource(stock))[1]).toEqual(["VHE700001", "BU03630101", "sociale huur", 640]);
  });

  it("a second download changes nothing more (styles are reused, not appended again)", async () => {
    const { out } = await useAsPartner("met-grafiek");
    const again = await FileWorkbookAdapter.fromBuffer(out);
    await again.writeReportSheet(smallReport());
    const twice = await parts(await again.toBuffer());
    const once = await parts(out);
    expect(text(twice.get("xl/styles.xml"))).toBe(text(once.get("xl/styles.xml")));
    expect([...twice.keys()].sort()).toEqual([...once.keys()].sort());
  });

  it("opens a file ExcelJS cannot read (a drawing with another namespace prefix) and says what it keeps", async () => {
    const adapter = await FileWorkbookAdapter.fromBuffer(fixture("met-grafiek-ander-voorvoegsel"));
    expect(adapter.openingNotices().join(" ")).toMatch(/grafieken of afbeeldingen.*ongewijzigd/);
    const stock = (await adapter.listSources())[0];
    expect(stock).toMatchObject({ sheetName: "Voorraad", address: "A1:D6" });
  });

  it("'Blad tonen' in the preview: the download opens on that sheet, the only one selected (no group of sheets)", async () => {
    // The user's own sheet was the selected one when the file was saved.
    const zip = await JSZip.loadAsync(fixture("met-grafiek"));
    const userSheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(userSheet).toContain('<sheetView workbookViewId="0"/>');
    zip.file("xl/worksheets/sheet1.xml", userSheet.replace('<sheetView workbookViewId="0"/>', '<sheetView tabSelected="1" workbookViewId="0"/>'));
    const adapter = await FileWorkbookAdapter.fromBuffer(await zip.generateAsync({ type: "arraybuffer" }));
    await adapter.writeReportSheet(smallReport());
    const report = smallReport().name;
    expect(await adapter.activateSheet(report)).toBe(false); // nothing to show in a file: it is where the file opens
    const bytes = await adapter.toBuffer();
    const out = await parts(bytes);
    const workbook = text(out.get("xl/workbook.xml"));
    const names = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const view = /<workbookView\b[^>]*>/.exec(workbook)?.[0] ?? "";
    expect(Number(/activeTab="(\d+)"/.exec(view)?.[1])).toBe(names.indexOf(report));
    expect(Number(/firstSheet="(\d+)"/.exec(view)?.[1] ?? 0)).toBeLessThanOrEqual(names.indexOf(report));
    // Read back with JSZip (not the merge's own unzip): exactly one sheet view is selected, the report's.
    const rels = text(out.get("xl/_rels/workbook.xml.rels"));
    const selected = names.filter((name) => {
      const rid = new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*r:id="([^"]*)"`).exec(workbook)?.[1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? "";
      return /<sheetView\b[^>]*tabSelected="1"/.test(text(out.get(`xl/${target.replace(/^\/?xl\//, "")}`)));
    });
    expect(selected).toEqual([report]);
    // The user's sheet lost only that attribute.
    expect(text(out.get("xl/worksheets/sheet1.xml"))).toBe(userSheet);
    // ExcelJS, as another reader, opens the file on the report.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(bytes);
    expect(again.worksheets[again.views[0].activeTab ?? 0].name).toBe(report);
  });

  it("an opened file without changes downloads as the very same bytes", async () => {
    const bytes = fixture("met-draaitabel");
    const adapter = await FileWorkbookAdapter.fromBuffer(bytes);
    expect(Buffer.compare(Buffer.from(await adapter.toBuffer()), Buffer.from(bytes))).toBe(0);
  });
});
