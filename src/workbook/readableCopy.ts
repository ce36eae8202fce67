/**
 * A copy of a workbook package without the parts ExcelJS stumbles over (drawings with charts or shapes it does not
 * know, comments' VML, pivot tables, embedded objects), for when ExcelJS cannot read the file as it is. Mengwijzer
 * needs only cell values and its own sheets; the parts left out here are not lost: the download is written into the
 * original package (packageMerge.ts), so they come back byte for byte.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Zippable } from "fflate";

/** Relationship types whose targets are set aside, by their last path segment. */
const SET_ASIDE = /\/(drawing|vmlDrawing|comments|pivotTable|oleObject|control|ctrlProp|image|package|threadedComment)$/;

/** Sheet elements that point at set-aside parts (ECMA-376 §18.3.1). */
const SHEET_ELEMENTS = /<(drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>|<(oleObjects|controls)\b[\s\S]*?<\/\2>/g;

export interface ReadableCopy {
  bytes: Uint8Array;
  /** Dutch words for what was set aside, e.g. "grafieken of afbeeldingen", for a notice. */
  setAside: string[];
}

export function readableCopy(original: Uint8Array): ReadableCopy {
  const parts = unzipSync(original);
  const kinds = new Set<string>();
  for (const name of Object.keys(parts)) {
    if (!/^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(name)) continue;
    const rels = strFromU8(parts[name]);
    const kept = rels.replace(/<Relationship\b[^>]*?\/>/g, (el) => {
      const type = /\sType="([^"]*)"/.exec(el)?.[1] ?? "";
      const m = SET_ASIDE.exec(type);
      if (!m) return el;
      kinds.add(m[1] === "comments" || m[1] === "vmlDrawing" || m[1] === "threadedComment" ? "opmerkingen" : m[1] === "pivotTable" ? "draaitabellen" : "grafieken of afbeeldingen");
      return "";
    });
    parts[name] = strToU8(kept);
    const sheet = name.replace("/_rels/", "/").replace(/\.rels$/, "");
    if (parts[sheet]) parts[sheet] = strToU8(strFromU8(parts[sheet]).replace(SHEET_ELEMENTS, ""));
  }
  // The set-aside parts themselves go too: ExcelJS reads every drawing it finds, related or not.
  for (const name of Object.keys(parts)) {
    if (/^xl\/(drawings|charts|pivotTables|pivotCache|embeddings|activeX|ctrlProps|threadedComments)\/|^xl\/comments\d*\.xml$/.test(name)) delete parts[name];
  }
  // Pivot caches hang off the workbook; ExcelJS does not need them to read cells.
  const workbook = parts["xl/workbook.xml"];
  if (workbook) parts["xl/workbook.xml"] = strToU8(strFromU8(workbook).replace(/<pivotCaches\b[\s\S]*?<\/pivotCaches>/, ""));
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) if (!name.endsWith("/")) zippable[name] = bytes;
  // Stored, not compressed: this copy lives only in memory for a moment.
  return { bytes: zipSync(zippable, { level: 0 }), setAside: [...kinds] };
}
