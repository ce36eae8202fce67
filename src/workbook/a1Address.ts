/** A1 addresses for the adapters: "K41" ↔ column 11, row 41 (1-based, as Excel counts). */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToColumn(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "A1:K41", "$A$1:$K$41" or "A1" (a sheet prefix such as "Blad1!" is ignored). */
export function parseBox(ref: string): Box {
  const local = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local.trim());
  if (!match) throw new Error(`Onbekend celadres '${ref}'.`);
  const left = lettersToColumn(match[1]);
  const top = Number(match[2]);
  return { left, top, right: match[3] ? lettersToColumn(match[3]) : left, bottom: match[4] ? Number(match[4]) : top };
}

export function boxRef(box: Box): string {
  return `${columnLetters(box.left)}${box.top}:${columnLetters(box.right)}${box.bottom}`;
}
