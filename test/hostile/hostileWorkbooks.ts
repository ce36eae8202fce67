/**
 * Hostile .xlsx files, as an attacker or an unlucky export would make them. Each is built in memory on demand
 * (seconds at most); none is committed, so the repository stays small.
 */
import { stockGrid } from "../analysis/stockFixture";
import { excelLikePackage, rowXml, SharedStrings, sheetXml } from "./excelLikePackage";

/** 50 stock rows, plus one value in XFD1048576: Excel's used range becomes the whole sheet. About 7 KiB. */
export async function strayCellStock(rows = 50): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const grid = stockGrid({ rows, seed: 3 });
  const body = grid.map((cells, i) => rowXml(i + 1, cells as (string | number | null)[], strings)).join("");
  const stray = `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`;
  return excelLikePackage({ strings, sheets: [{ name: "Voorraad", xml: sheetXml(body + stray, "", "A1:XFD1048576") }] });
}

/**
 * A sheet whose XML unpacks to about `megabytes` MB of identical rows (rows and cells without numbers, which the
 * format allows), so the package is a few hundred KiB.
 */
export async function zipBomb(megabytes = 200): Promise<Uint8Array> {
  const strings = new SharedStrings();
  strings.id("x");
  const row = `<row>${'<c t="s"><v>0</v></c>'.repeat(40)}</row>`;
  const block = row.repeat(Math.ceil(1_000_000 / row.length));
  const xml = function* () {
    yield sheetXml("").split("<sheetData>")[0] + "<sheetData>";
    for (let i = 0; i < megabytes; i++) yield block;
    yield "</sheetData></worksheet>";
  };
  return excelLikePackage({ strings, sheets: [{ name: "Blad1", xml }] });
}

/** One row past Excel's last row (1,048,577): Excel refuses to open this file. */
export async function rowPastExcel(): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const body = rowXml(1, ["Buurtcode", "Segment"], strings) + rowXml(1_048_577, ["BU1", "koop"], strings);
  return excelLikePackage({ strings, sheets: [{ name: "Blad1", xml: sheetXml(body) }] });
}

/** A cell in column XFE, one past Excel's last column XFD. */
export async function columnPastExcel(): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const body = rowXml(1, ["Buurtcode"], strings) + `<row r="2"><c r="XFE2"><v>1</v></c></row>`;
  return excelLikePackage({ strings, sheets: [{ name: "Blad1", xml: sheetXml(body) }] });
}

/**
 * A bomb that lies: the zip index says the sheet unpacks to 1,000 bytes, the data unpacks to `megabytes` MB. Only
 * unpacking (with a counter) finds out.
 */
export async function lyingZipBomb(megabytes = 60): Promise<Uint8Array> {
  const bytes = await zipBomb(megabytes);
  const target = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const matches = (at: number) => target.every((b, i) => bytes[at + i] === b);
  for (let p = 0; p + 4 <= bytes.length; p++) {
    const sig = dv.getUint32(p, true);
    // Local header (uncompressed size at +22, name at +30) and central header (size at +24, name at +46).
    if (sig === 0x04034b50 && matches(p + 30)) dv.setUint32(p + 22, 1000, true);
    if (sig === 0x02014b50 && matches(p + 46)) dv.setUint32(p + 24, 1000, true);
  }
  return bytes;
}
