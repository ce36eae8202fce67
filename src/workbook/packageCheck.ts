/**
 * Checks an .xlsx package against size and sheet limits before anything parses it (ExcelJS keeps a whole workbook as
 * objects in memory: a 500 KB file that unpacks to 200 MB of sheet XML takes gigabytes and freezes the tab).
 *
 * Two steps, both bounded in memory:
 * 1. the zip central directory (the index at the end of the file): number of parts, and each part's declared size
 *    against the limits below. Costs microseconds; refuses an honest zip bomb before one byte is unpacked.
 * 2. every part is unpacked as a stream into a counter (nothing is kept): a part that unpacks to more than it
 *    declared is refused (a lying bomb), and the worksheet XML is scanned for row and column numbers beyond Excel's
 *    own limits (1,048,576 rows, 16,384 columns: Excel refuses such a file, so it is refused here too).
 *
 * Zip layout: PKWARE APPNOTE.TXT 6.3.x, sections 4.3.7 (local header), 4.3.12 (central directory header), 4.3.16
 * (end of central directory). Excel's limits: "Excel specifications and limits" (Microsoft support).
 */
import { Inflate } from "fflate";
import { messages } from "../core/messages";
import { throwIfAborted } from "./payloadLimit";

/** Excel's worksheet size (Excel 2007 and later). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * What the browser preview opens. Measured (Node 20, `npx tsx bench/hostileFiles.ts --large`): a stock of 100,000 rows × 12
 * columns is 39 MB of sheet XML and takes 657 MB peak memory to open and read with ExcelJS, about 17 bytes per byte of
 * XML. 60 MB per part (about 150,000 such rows) keeps a tab near 1 GB; bigger workbooks belong in the add-in in Excel.
 */
export const PACKAGE_LIMITS = {
  maxParts: 10_000,
  maxPartBytes: 60_000_000,
  maxTotalBytes: 80_000_000,
} as const;

export type PackageLimits = { maxParts: number; maxPartBytes: number; maxTotalBytes: number };

/** A refusal with a Dutch message; `reason` names the limit, for tests and for grouping. */
export class PackageRefusedError extends Error {
  override name = "PackageRefusedError";
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface PackageCheckProgress {
  bytesChecked: number;
  bytesTotal: number;
}

export interface PackageCheckOptions {
  limits?: PackageLimits;
  onProgress?: (progress: PackageCheckProgress) => void;
  signal?: AbortSignal;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

/** The central directory's entries; throws PackageRefusedError when the bytes are not a readable zip. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  if (bytes.length < 22 || dv.getUint32(0, true) !== LOCAL_SIGNATURE) throw new PackageRefusedError("notAZip", messages.files.notAZip());
  // The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new PackageRefusedError("truncated", messages.files.truncated());
  const count = dv.getUint16(eocd + 10, true);
  const size = dv.getUint32(eocd + 12, true);
  const offset = dv.getUint32(eocd + 16, true);
  // Zip64 (counts or offsets that do not fit 16/32 bits) means a package far beyond the preview's limits.
  if (count === 0xffff || size === ZIP64_MARKER || offset === ZIP64_MARKER) {
    throw new PackageRefusedError("totalTooLarge", messages.files.totalTooLarge(4_294_967_295, PACKAGE_LIMITS.maxTotalBytes));
  }
  if (offset + size > eocd) throw new PackageRefusedError("truncated", messages.files.truncated());
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new PackageRefusedError("truncated", messages.files.truncated());
    const flags = dv.getUint16(p + 8, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    entries.push({
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: dv.getUint16(p + 10, true),
      flags,
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Step 1: refuses on the declared sizes alone. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], limits: PackageLimits = PACKAGE_LIMITS): void {
  if (entries.length > limits.maxParts) throw new PackageRefusedError("tooManyParts", messages.files.tooManyParts(entries.length, limits.maxParts));
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new PackageRefusedError("noWorkbookPart", messages.files.noWorkbookPart());
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw new PackageRefusedError("encrypted", messages.files.encrypted());
    if (entry.method !== 0 && entry.method !== 8) throw new PackageRefusedError("unsupportedCompression", messages.files.unsupportedCompression(entry.name));
    if (entry.uncompressedSize === ZIP64_MARKER || entry.uncompressedSize > limits.maxPartBytes) {
      throw new PackageRefusedError("partTooLarge", messages.files.partTooLarge(entry.name, entry.uncompressedSize, limits.maxPartBytes));
    }
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) throw new PackageRefusedError("totalTooLarge", messages.files.totalTooLarge(total, limits.maxTotalBytes));
  }
}

/** Column letters → number: "A" 1, "XFD" 16,384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/**
 * Watches worksheet XML go by in chunks for row numbers (<row r="…">) and cell references (<c r="…">) beyond Excel's
 * limits; keeps only a short tail between chunks, so a reference split over two chunks is still seen.
 */
class SheetLimitScanner {
  private tail = "";
  constructor(private readonly part: string) {}

  push(chunk: Uint8Array): void {
    const text = this.tail + latin1.decode(chunk);
    // Tags are short; whatever might be an unfinished tag at the end waits for the next chunk.
    const cut = Math.max(text.lastIndexOf("<"), text.length - 64);
    const whole = text.slice(0, cut);
    this.tail = text.slice(cut);
    this.scan(whole);
  }

  end(): void {
    this.scan(this.tail);
    this.tail = "";
  }

  private scan(text: string): void {
    const rows = /<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g;
    for (let m = rows.exec(text); m; m = rows.exec(text)) {
      const row = Number(m[1]);
      if (row > EXCEL_MAX_ROWS) throw new PackageRefusedError("tooManyRows", messages.files.tooManyRows(this.part, row, EXCEL_MAX_ROWS));
    }
    const cells = /<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,4})(\d+)"/g;
    for (let m = cells.exec(text); m; m = cells.exec(text)) {
      if (m[1].length > 3 || columnNumber(m[1]) > EXCEL_MAX_COLUMNS) {
        throw new PackageRefusedError("tooManyColumns", messages.files.tooManyColumns(this.part, m[1], EXCEL_MAX_COLUMNS));
      }
      const row = Number(m[2]);
      if (row > EXCEL_MAX_ROWS) throw new PackageRefusedError("tooManyRows", messages.files.tooManyRows(this.part, row, EXCEL_MAX_ROWS));
    }
  }
}

// Deflate unpacks at most ~1,032 times its input: 4 KiB in gives at most ~4 MB out per step, so a bomb is caught early.
const INPUT_CHUNK = 4 * 1024;

/** Unpacks one part into a counter (and the sheet scanner); refuses when it grows past what it declared. */
function verifyPart(bytes: Uint8Array, entry: ZipEntry, onBytes: (n: number) => void): void {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_SIGNATURE) throw new PackageRefusedError("truncated", messages.files.truncated());
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new PackageRefusedError("truncated", messages.files.truncated());
  const scanner = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name) ? new SheetLimitScanner(entry.name) : null;
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) throw new PackageRefusedError("sizeMismatch", messages.files.sizeMismatch(entry.name));
    onBytes(chunk.length);
    scanner?.push(chunk);
  };
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new PackageRefusedError("sizeMismatch", messages.files.sizeMismatch(entry.name));
    for (let p = start; p < end; p += INPUT_CHUNK) take(bytes.subarray(p, Math.min(end, p + INPUT_CHUNK)));
  } else {
    const inflate = new Inflate((chunk) => take(chunk));
    try {
      for (let p = start; p < end; p += INPUT_CHUNK) inflate.push(bytes.subarray(p, Math.min(end, p + INPUT_CHUNK)), p + INPUT_CHUNK >= end);
      if (end === start) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof PackageRefusedError) throw error;
      throw new PackageRefusedError("damagedPart", messages.files.damagedPart(entry.name));
    }
  }
  scanner?.end();
}

/**
 * Both steps; resolves when the package is within the limits, rejects with a PackageRefusedError (Dutch message) when
 * not, or with an AbortError when `signal` fires. Yields to the event loop between parts so progress can be shown.
 */
export async function checkPackage(input: ArrayBuffer | Uint8Array, options: PackageCheckOptions = {}): Promise<ZipEntry[]> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const limits = options.limits ?? PACKAGE_LIMITS;
  const entries = readCentralDirectory(bytes);
  checkDeclaredSizes(entries, limits);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  let checked = 0;
  let lastYield = Date.now();
  for (const entry of entries) {
    throwIfAborted(options.signal);
    verifyPart(bytes, entry, (n) => (checked += n));
    options.onProgress?.({ bytesChecked: checked, bytesTotal: total });
    if (Date.now() - lastYield > 50) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  throwIfAborted(options.signal);
  return entries;
}
