/**
 * Writes Mengwijzer's own sheets back into the workbook package the user opened, and leaves every other part as it
 * was, byte for byte: the user's sheets, charts, images, comments, pivot tables, defined names, custom XML, VBA-free
 * extensions ExcelJS does not know. ExcelJS cannot round-trip those (it drops charts and some drawings), so its output
 * is used only as the source of the owned sheets.
 *
 * What changes, and why (SpreadsheetML, ECMA-376 Part 1, §18.2 workbook, §18.8 styles, §18.6 calcChain; OPC, Part 2):
 * - the owned sheets' parts and their relationship parts (written new, from ExcelJS), their table parts (renamed so no
 *   part name or table id collides with the user's);
 * - xl/workbook.xml: <sheet> entries for owned sheets (added, or kept in place for a sheet that already existed, so
 *   sheet positions and so every definedName's localSheetId stay right); nothing else in it is touched;
 * - xl/_rels/workbook.xml.rels and [Content_Types].xml: entries for added or removed parts only;
 * - xl/styles.xml: cell formats the owned sheets need are appended (existing indices keep their meaning);
 * - xl/calcChain.xml: entries of replaced owned sheets are dropped (Excel rebuilds them); removed when empty;
 * - only when the user asked to see one of Mengwijzer's sheets ("Blad … tonen" in the preview): the first
 *   <workbookView>'s activeTab (§18.2.30) points at it, and tabSelected (§18.3.1.87) is taken off the other sheets'
 *   views and put on it, since Excel opens every sheet with tabSelected as one group, and typing in a group writes
 *   into all of its sheets.
 * Strings in the owned sheets are written inline, so xl/sharedStrings.xml stays as it was.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Zippable } from "fflate";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const SHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

type Parts = Record<string, Uint8Array>;

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  xml: string;
}

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  xml: string;
}

function attr(xml: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(xml);
  return m ? m[1] : null;
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

function text(parts: Parts, name: string): string | null {
  const bytes = parts[name];
  return bytes ? strFromU8(bytes) : null;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the source part's folder or absolute ("/xl/…"), as a part name. */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const stack = sourcePart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") stack.pop();
    else if (piece !== "." && piece !== "") stack.push(piece);
  }
  return stack.join("/");
}

/** The target to write in `sourcePart`'s relationships for `part`. */
function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function parseRels(xml: string | null): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*?\/>/g)].map(([el]) => ({
    id: attr(el, "Id") ?? "",
    type: attr(el, "Type") ?? "",
    target: unescapeXml(attr(el, "Target") ?? ""),
    external: attr(el, "TargetMode") === "External",
    xml: el,
  }));
}

function relsXml(rels: readonly Relationship[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL_NS}">${rels.map((r) => r.xml).join("")}</Relationships>`;
}

function relXml(id: string, type: string, target: string, external = false): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"${external ? ' TargetMode="External"' : ""}/>`;
}

function parseSheets(workbookXml: string): SheetEntry[] {
  const block = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(workbookXml);
  if (!block) return [];
  return [...block[1].matchAll(/<(?:\w+:)?sheet\b[^>]*?\/>/g)].map(([el]) => ({
    name: unescapeXml(attr(el, "name") ?? ""),
    sheetId: Number(attr(el, "sheetId")),
    rid: attr(el, "r:id") ?? /\s\w+:id="([^"]*)"/.exec(el)?.[1] ?? "",
    xml: el,
  }));
}

function unusedName(parts: Parts, taken: Set<string>, folder: string, base: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = `${folder}/${base}${n}${ext}`;
    if (!(name in parts) && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function unusedRid(existing: Iterable<string>): string {
  const used = new Set(existing);
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** Content types: overrides by part name, defaults by extension. */
class ContentTypes {
  constructor(private xml: string) {}
  typeOf(part: string): string | null {
    const o = new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`, "i").exec(this.xml);
    if (o) return attr(o[0], "ContentType");
    const ext = part.slice(part.lastIndexOf(".") + 1);
    const d = new RegExp(`<Default\\b[^>]*Extension="${ext}"[^>]*/>`, "i").exec(this.xml);
    return d ? attr(d[0], "ContentType") : null;
  }
  setOverride(part: string, type: string): void {
    this.remove(part);
    this.xml = this.xml.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  }
  remove(part: string): void {
    this.xml = this.xml.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`, "gi"), "");
  }
  toString(): string {
    return this.xml;
  }
}

/** ExcelJS' shared strings, as the inner XML of each <si> (text or rich runs), usable inside an inline <is>. */
function sharedStringItems(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

/** Shared-string cells of an owned sheet as inline strings, so the user's sharedStrings.xml is left alone. */
function inlineStrings(sheetXml: string, items: readonly string[]): string {
  return sheetXml.replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, before: string, after: string, index: string) => {
    return `<c${before} t="inlineStr"${after}><is>${items[Number(index)] ?? "<t></t>"}</is></c>`;
  });
}

/** Child elements of a styles collection (fonts, fills, borders, cellXfs) as raw XML strings. */
function collection(styles: string, tag: string, item: string): { items: string[]; match: RegExpExecArray | null } {
  const match = new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(styles);
  if (!match || !match[1]) return { items: [], match };
  const items = [...match[1].matchAll(new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*?>[\\s\\S]*?</${item}>`, "g"))].map((m) => m[0]);
  return { items, match };
}

function withCollection(styles: string, tag: string, item: string, items: readonly string[], before: string[]): string {
  const found = collection(styles, tag, item).match;
  const element = `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
  if (found) {
    // Keep the element's other attributes (e.g. x14ac:knownFonts), with the new count.
    const open = /^<[^>]*?>|^<[^>]*?\/>/.exec(found[0])![0].replace(/\/>$/, ">").replace(/\scount="\d+"/, "").replace(/^<(\S+)/, `<$1 count="${items.length}"`);
    return styles.slice(0, found.index) + `${open}${items.join("")}</${tag}>` + styles.slice(found.index + found[0].length);
  }
  // Missing collection: insert before the first of the elements that follow it in the schema's order.
  for (const next of before) {
    const at = styles.search(new RegExp(`<${next}\\b`));
    if (at >= 0) return styles.slice(0, at) + element + styles.slice(at);
  }
  return styles.replace(/<\/styleSheet>/, `${element}</styleSheet>`);
}

const ORDER_AFTER = {
  numFmts: ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  fonts: ["fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  fills: ["borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  borders: ["cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  cellXfs: ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
};

/**
 * Appends to the user's styles the cell formats (xf with its font, fill, border, number format) that the owned sheets
 * use in ExcelJS' styles; returns the new styles and the map from ExcelJS' xf index to the user's. Equal entries are
 * reused, so saving twice does not grow the part.
 */
function mergeStyles(userStyles: string, ourStyles: string, used: ReadonlySet<number>): { styles: string; map: Map<number, number> } {
  let styles = userStyles;
  const ours = {
    fonts: collection(ourStyles, "fonts", "font").items,
    fills: collection(ourStyles, "fills", "fill").items,
    borders: collection(ourStyles, "borders", "border").items,
    xfs: collection(ourStyles, "cellXfs", "xf").items,
    numFmts: collection(ourStyles, "numFmts", "numFmt").items,
  };
  const theirs = {
    fonts: collection(styles, "fonts", "font").items,
    fills: collection(styles, "fills", "fill").items,
    borders: collection(styles, "borders", "border").items,
    xfs: collection(styles, "cellXfs", "xf").items,
    numFmts: collection(styles, "numFmts", "numFmt").items,
  };
  const lengths = { fonts: theirs.fonts.length, fills: theirs.fills.length, borders: theirs.borders.length, xfs: theirs.xfs.length, numFmts: theirs.numFmts.length };
  const place = (list: string[], item: string | undefined): number => {
    if (item === undefined) return 0;
    const at = list.indexOf(item);
    if (at >= 0) return at;
    list.push(item);
    return list.length - 1;
  };
  const numFmtId = (id: number): number => {
    if (id < 164) return id; // built-in formats mean the same in every workbook
    const ourFmt = ours.numFmts.find((f) => Number(attr(f, "numFmtId")) === id);
    const code = ourFmt ? attr(ourFmt, "formatCode") : null;
    if (code === null) return 0;
    const existing = theirs.numFmts.find((f) => attr(f, "formatCode") === code);
    if (existing) return Number(attr(existing, "numFmtId"));
    const next = Math.max(163, ...theirs.numFmts.map((f) => Number(attr(f, "numFmtId")) || 0)) + 1;
    theirs.numFmts.push(`<numFmt numFmtId="${next}" formatCode="${code}"/>`);
    return next;
  };
  const map = new Map<number, number>();
  for (const index of [...used].sort((a, b) => a - b)) {
    const xf = ours.xfs[index];
    if (!xf) continue;
    const font = place(theirs.fonts, ours.fonts[Number(attr(xf, "fontId") ?? 0)]);
    const fill = place(theirs.fills, ours.fills[Number(attr(xf, "fillId") ?? 0)]);
    const border = place(theirs.borders, ours.borders[Number(attr(xf, "borderId") ?? 0)]);
    const fmt = numFmtId(Number(attr(xf, "numFmtId") ?? 0));
    const rewritten = xf
      .replace(/\snumFmtId="\d+"/, ` numFmtId="${fmt}"`)
      .replace(/\sfontId="\d+"/, ` fontId="${font}"`)
      .replace(/\sfillId="\d+"/, ` fillId="${fill}"`)
      .replace(/\sborderId="\d+"/, ` borderId="${border}"`)
      .replace(/\sxfId="\d+"/, ' xfId="0"');
    map.set(index, place(theirs.xfs, rewritten));
  }
  if (theirs.numFmts.length !== lengths.numFmts) styles = withCollection(styles, "numFmts", "numFmt", theirs.numFmts, ORDER_AFTER.numFmts);
  if (theirs.fonts.length !== lengths.fonts) styles = withCollection(styles, "fonts", "font", theirs.fonts, ORDER_AFTER.fonts);
  if (theirs.fills.length !== lengths.fills) styles = withCollection(styles, "fills", "fill", theirs.fills, ORDER_AFTER.fills);
  if (theirs.borders.length !== lengths.borders) styles = withCollection(styles, "borders", "border", theirs.borders, ORDER_AFTER.borders);
  if (theirs.xfs.length !== lengths.xfs) styles = withCollection(styles, "cellXfs", "xf", theirs.xfs, ORDER_AFTER.cellXfs);
  return { styles, map };
}

/** Style indices an owned sheet uses: cells (s), rows (s) and columns (style). */
function usedStyles(sheetXml: string): Set<number> {
  const used = new Set<number>();
  for (const m of sheetXml.matchAll(/<(?:c|row)\b[^>]*?\ss="(\d+)"/g)) used.add(Number(m[1]));
  for (const m of sheetXml.matchAll(/<col\b[^>]*?\sstyle="(\d+)"/g)) used.add(Number(m[1]));
  return used;
}

function remapStyles(sheetXml: string, map: ReadonlyMap<number, number>): string {
  return sheetXml
    .replace(/(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g, (_, head: string, s: string) => `${head}${map.get(Number(s)) ?? 0}"`)
    .replace(/(<col\b[^>]*?\sstyle=")(\d+)"/g, (_, head: string, s: string) => `${head}${map.get(Number(s)) ?? 0}"`);
}

export interface MergeOptions {
  /** Sheets Mengwijzer owns (checklist, reports, settings); only these are written, added or removed. */
  isOwned: (sheetName: string) => boolean;
  /**
   * Owned sheets that changed since the file was opened (lower-case names). Owned sheets not listed stay as they were,
   * byte for byte, too. Omit to rewrite every owned sheet.
   */
  changed?: ReadonlySet<string>;
  /** The sheet the file should open on (one the user asked to see); unset: the workbook's own active sheet. */
  activeSheet?: string;
}

/**
 * The user's package with the owned sheets of `rewritten` (a package ExcelJS wrote from the same workbook) written
 * into it. Owned sheets absent from `rewritten` are removed; every part not named in the file comment stays identical.
 */
export function mergeOwnedSheets(original: Uint8Array, rewritten: Uint8Array, options: MergeOptions): Uint8Array {
  const parts: Parts = unzipSync(original);
  const ours: Parts = unzipSync(rewritten);
  const workbookPart = "xl/workbook.xml";
  const workbookRelsPart = relsPartOf(workbookPart);
  let workbookXml = text(parts, workbookPart) ?? "";
  const workbookRels = parseRels(text(parts, workbookRelsPart));
  const contentTypes = new ContentTypes(text(parts, "[Content_Types].xml") ?? "");
  const oursContentTypes = new ContentTypes(text(ours, "[Content_Types].xml") ?? "");
  const oursSheets = parseSheets(text(ours, workbookPart) ?? "");
  const oursRels = parseRels(text(ours, workbookRelsPart));
  const userSheets = parseSheets(workbookXml);
  const wanted = (name: string) => options.isOwned(name) && (!options.changed || options.changed.has(name.toLowerCase()));
  const ourOwned = oursSheets.filter((s) => wanted(s.name));
  const ourNames = new Set(oursSheets.map((s) => s.name.toLowerCase()));
  // Owned sheets that are gone from the workbook (e.g. a report's temporary copy) go from the package too.
  const removed = userSheets.filter((s) => options.isOwned(s.name) && !ourNames.has(s.name.toLowerCase()));
  if (ourOwned.length === 0 && removed.length === 0 && !options.activeSheet) return original;

  const taken = new Set<string>();
  const dropPart = (part: string) => {
    delete parts[part];
    contentTypes.remove(part);
  };
  const sheetPartOf = (rid: string, rels: Relationship[], base = workbookPart) => {
    const rel = rels.find((r) => r.id === rid);
    return rel ? resolveTarget(base, rel.target) : null;
  };
  /** An owned sheet's own parts (its rels and the tables it holds) leave the package; shared parts stay. */
  const dropOwnedSheetParts = (part: string) => {
    for (const rel of parseRels(text(parts, relsPartOf(part)))) {
      if (rel.external || !rel.type.endsWith("/table")) continue;
      dropPart(resolveTarget(part, rel.target));
    }
    dropPart(relsPartOf(part));
    dropPart(part);
  };

  const replacedIds = new Set<number>();
  for (const sheet of removed) {
    const part = sheetPartOf(sheet.rid, workbookRels);
    if (part) dropOwnedSheetParts(part);
    replacedIds.add(sheet.sheetId);
  }

  const ourStylesXml = text(ours, "xl/styles.xml") ?? "";
  let userStylesXml = text(parts, "xl/styles.xml");
  const items = sharedStringItems(text(ours, "xl/sharedStrings.xml"));
  // Table ids are unique across the workbook (§18.5.1.2): ours continue after the user's highest.
  let nextTableId = 1;
  for (const [name, bytes] of Object.entries(parts)) {
    if (/^xl\/tables\/[^/]+\.xml$/.test(name)) nextTableId = Math.max(nextTableId, Number(attr(strFromU8(bytes), "id")) + 1 || 1);
  }

  const newSheetElements: string[] = [];
  const sheetIdMax = Math.max(0, ...userSheets.map((s) => s.sheetId));
  let nextSheetId = sheetIdMax + 1;
  for (const sheet of ourOwned) {
    const ourPart = sheetPartOf(sheet.rid, oursRels);
    if (!ourPart || !ours[ourPart]) continue;
    const existing = userSheets.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase() && !removed.includes(s));
    let part: string;
    if (existing) {
      part = sheetPartOf(existing.rid, workbookRels) ?? unusedName(parts, taken, "xl/worksheets", "sheet", ".xml");
      dropOwnedSheetParts(part);
      replacedIds.add(existing.sheetId);
    } else {
      part = unusedName(parts, taken, "xl/worksheets", "sheet", ".xml");
    }
    let xml = inlineStrings(strFromU8(ours[ourPart]), items);
    if (userStylesXml !== null) {
      const merged = mergeStyles(userStylesXml, ourStylesXml, usedStyles(xml));
      userStylesXml = merged.styles;
      xml = remapStyles(xml, merged.map);
    } else {
      xml = remapStyles(xml, new Map());
    }
    // The sheet's relationships: tables copied under fresh names and ids, hyperlinks as they are; nothing else is
    // written by Mengwijzer's sheets.
    const rels: Relationship[] = [];
    for (const rel of parseRels(text(ours, relsPartOf(ourPart)))) {
      if (rel.external) {
        rels.push(rel);
        continue;
      }
      const source = resolveTarget(ourPart, rel.target);
      if (!ours[source]) continue;
      const folder = source.slice(0, source.lastIndexOf("/"));
      const base = source.slice(source.lastIndexOf("/") + 1).replace(/\d*\.xml$/, "");
      const target = unusedName(parts, taken, folder, base, ".xml");
      let body = strFromU8(ours[source]);
      if (rel.type.endsWith("/table")) body = body.replace(/(<table\b[^>]*?\sid=")\d+"/, `$1${nextTableId++}"`);
      parts[target] = strToU8(body);
      const type = oursContentTypes.typeOf(source);
      if (type) contentTypes.setOverride(target, type);
      rels.push({ ...rel, target: relativeTarget(part, target), xml: relXml(rel.id, rel.type, relativeTarget(part, target)) });
    }
    parts[part] = strToU8(xml);
    if (rels.length > 0) parts[relsPartOf(part)] = strToU8(relsXml(rels));
    contentTypes.setOverride(part, SHEET_CONTENT_TYPE);

    const state = attr(sheet.xml, "state");
    const stateAttr = state && state !== "visible" ? ` state="${state}"` : "";
    if (existing) {
      // Same place, id and relationship; the name as ExcelJS has it, the visibility from Mengwijzer.
      const element = `<sheet name="${escapeAttr(sheet.name)}" sheetId="${existing.sheetId}"${stateAttr} r:id="${existing.rid}"/>`;
      workbookXml = workbookXml.replace(existing.xml, element);
    } else {
      const rid = unusedRid(workbookRels.map((r) => r.id));
      workbookRels.push({ id: rid, type: WORKSHEET_TYPE, target: relativeTarget(workbookPart, part), external: false, xml: relXml(rid, WORKSHEET_TYPE, relativeTarget(workbookPart, part)) });
      newSheetElements.push(`<sheet name="${escapeAttr(sheet.name)}" sheetId="${nextSheetId++}"${stateAttr} r:id="${rid}"/>`);
    }
  }

  // Removed sheets leave <sheets>; names scoped to a sheet follow their sheet's new position (or go with it).
  if (removed.length > 0) {
    const oldOrder = userSheets;
    const kept = oldOrder.filter((s) => !removed.includes(s));
    for (const sheet of removed) {
      workbookXml = workbookXml.replace(sheet.xml, "");
      const i = workbookRels.findIndex((r) => r.id === sheet.rid);
      if (i >= 0) workbookRels.splice(i, 1);
    }
    workbookXml = workbookXml.replace(/<definedName\b([^>]*?)\slocalSheetId="(\d+)"([^>]*)>[\s\S]*?<\/definedName>/g, (whole: string, _before: string, id: string) => {
      const sheet = oldOrder[Number(id)];
      const at = sheet ? kept.indexOf(sheet) : -1;
      if (at < 0) return "";
      return whole.replace(`localSheetId="${id}"`, `localSheetId="${at}"`);
    }).replace(/<definedNames>\s*<\/definedNames>/, "");
    workbookXml = workbookXml.replace(/(\sactiveTab=")(\d+)"/, (_, head: string, n: string) => `${head}${Math.min(Number(n), Math.max(0, kept.length - 1))}"`);
  }
  if (newSheetElements.length > 0) workbookXml = workbookXml.replace(/<\/((?:\w+:)?)sheets>/, (m) => `${newSheetElements.join("")}${m}`);

  // calcChain entries of sheets written anew point at cells that may be gone; Excel rebuilds missing entries itself.
  const calcPart = "xl/calcChain.xml";
  const calc = text(parts, calcPart);
  if (calc !== null && replacedIds.size > 0) {
    let sheetOfEntry = 0;
    const entries = [...calc.matchAll(/<c\b[^>]*?\/>/g)].map(([el]) => {
      // An entry without i belongs to the same sheet as the one before it (§18.6.1).
      const i = attr(el, "i");
      if (i !== null) sheetOfEntry = Number(i);
      return { el, sheet: sheetOfEntry, hasI: i !== null };
    });
    const keep = entries.filter((e) => !replacedIds.has(e.sheet));
    if (keep.length === entries.length) {
      // nothing of ours in it
    } else if (keep.length === 0) {
      dropPart(calcPart);
      const i = workbookRels.findIndex((r) => resolveTarget(workbookPart, r.target) === calcPart);
      if (i >= 0) workbookRels.splice(i, 1);
    } else {
      let previous = -1;
      const body = keep
        .map((e) => {
          const el = e.sheet !== previous && !e.hasI ? e.el.replace(/^<c\b/, `<c i="${e.sheet}"`) : e.el;
          previous = e.sheet;
          return el;
        })
        .join("");
      parts[calcPart] = strToU8(calc.replace(/(<calcChain\b[^>]*>)[\s\S]*(<\/calcChain>)/, `$1${body}$2`));
    }
  }

  if (options.activeSheet) workbookXml = openOn(options.activeSheet, workbookXml, workbookRels, parts);

  parts[workbookPart] = strToU8(workbookXml);
  parts[workbookRelsPart] = strToU8(relsXml(workbookRels));
  parts["[Content_Types].xml"] = strToU8(contentTypes.toString());
  if (userStylesXml !== null) parts["xl/styles.xml"] = strToU8(userStylesXml);
  return zipPackage(parts);
}

/**
 * Makes the package open on `sheetName`: activeTab of the first workbook view (a <bookViews> is added when the
 * workbook has none), firstSheet no later than it, and tabSelected on that sheet's view only. Returns the new
 * workbook XML; sheet parts are changed in `parts`. A name not in the workbook changes nothing.
 */
function openOn(sheetName: string, workbookXml: string, workbookRels: Relationship[], parts: Parts): string {
  const sheets = parseSheets(workbookXml);
  const index = sheets.findIndex((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (index < 0) return workbookXml;
  const view = /<((?:\w+:)?)workbookView\b[^>]*?\/?>/.exec(workbookXml);
  if (view) {
    let element = view[0].replace(/\sactiveTab="\d+"/, "");
    element = element.replace(/^<((?:\w+:)?)workbookView\b/, (m) => `${m} activeTab="${index}"`);
    const first = Number(attr(element, "firstSheet") ?? 0);
    if (first > index) element = element.replace(/\sfirstSheet="\d+"/, ` firstSheet="${index}"`);
    workbookXml = workbookXml.replace(view[0], element);
  } else {
    workbookXml = workbookXml.replace(/<((?:\w+:)?)sheets\b/, (m, prefix: string) => `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>${m}`);
  }
  sheets.forEach((sheet, i) => {
    const rel = workbookRels.find((r) => r.id === sheet.rid);
    const part = rel ? resolveTarget("xl/workbook.xml", rel.target) : null;
    const xml = part ? text(parts, part) : null;
    if (!part || xml === null) return;
    const sheetView = /<((?:\w+:)?)sheetView\b[^>]*?\/?>/.exec(xml);
    if (!sheetView) {
      // A sheet without views (ExcelJS writes none by default): the shown one gets one, before what follows it (§18.3.1.99).
      if (i === index) {
        const prefix = /<((?:\w+:)?)worksheet\b/.exec(xml)?.[1] ?? "";
        const added = xml.replace(new RegExp(`<${prefix}(?:sheetFormatPr|cols|sheetData)\\b`), (m) => `<${prefix}sheetViews><${prefix}sheetView tabSelected="1" workbookViewId="0"/></${prefix}sheetViews>${m}`);
        parts[part] = strToU8(added);
      }
      return;
    }
    const without = sheetView[0].replace(/\stabSelected="(?:1|true)"/, "");
    const wanted = i === index ? without.replace(/^<((?:\w+:)?)sheetView\b/, (m) => `${m} tabSelected="1"`) : without;
    if (wanted !== sheetView[0]) parts[part] = strToU8(xml.replace(sheetView[0], wanted));
  });
  return workbookXml;
}

/** Zips parts in their order, [Content_Types].xml first (Excel and other readers look there first). */
function zipPackage(parts: Parts): Uint8Array {
  // Without a prototype: a part named "constructor" is a part like any other.
  const ordered: Zippable = Object.create(null) as Zippable;
  if (parts["[Content_Types].xml"]) ordered["[Content_Types].xml"] = parts["[Content_Types].xml"];
  for (const [name, bytes] of Object.entries(parts)) {
    if (name.endsWith("/")) continue; // folder entries carry nothing
    if (!(name in ordered)) ordered[name] = bytes;
  }
  return zipSync(ordered, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}
