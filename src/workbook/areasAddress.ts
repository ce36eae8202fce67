/**
 * The address of an Office.js RangeAreas ("Blad1!A1:L51, Blad1!XFD1048576", each area with its sheet, sheet names
 * quoted when they hold spaces or commas: "'Blad, 1'!A1") as boxes. Whole columns ("A:C") and rows ("3:5") are
 * spelled out to Excel's last row or column.
 */
import { lettersToColumn, parseBox, type Box } from "./a1Address";

const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/** Splits at commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' inside a quoted name toggles twice: no effect
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

export function parseAreas(address: string): Box[] {
  return splitAreas(address).map((area) => {
    const local = area.slice(area.lastIndexOf("!") + 1).replace(/\$/g, "");
    const columns = /^([A-Z]+):([A-Z]+)$/i.exec(local);
    if (columns) return { top: 1, bottom: LAST_ROW, left: lettersToColumn(columns[1]), right: lettersToColumn(columns[2]) };
    const rows = /^(\d+):(\d+)$/.exec(local);
    if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: LAST_COLUMN };
    return parseBox(local);
  });
}
