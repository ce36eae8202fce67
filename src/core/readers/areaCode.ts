/**
 * Reading a CBS area code (gemeente GM + 4, wijk WK + 6, buurt BU + 8 characters): the one reading for the column
 * detection, the area report (deriving the wijk from a buurtcode) and the checklist's area dialog. Spaces inside are
 * removed and case is ignored ("bu 0268 0501" is BU02680501). Gemeente codes are digits; wijk and buurt codes may hold
 * letters after the gemeente part, as some municipalities' own codes do.
 */
export type AreaLevel = "GM" | "WK" | "BU";

/** Characters after the prefix, per level. */
export const AREA_CODE_LENGTHS: Readonly<Record<AreaLevel, number>> = { GM: 4, WK: 6, BU: 8 };

const PATTERNS: Readonly<Record<AreaLevel, RegExp>> = {
  GM: /^GM\d{4}$/,
  WK: /^WK\d{4}[0-9A-Z]{2}$/,
  BU: /^BU\d{4}[0-9A-Z]{4}$/,
};

/** Upper case, trimmed, spaces inside removed. */
export function normaliseAreaCode(text: string): string {
  return text.replace(/\s+/g, "").toUpperCase();
}

/** The level of a cell that is a CBS area code, else null. */
export function areaCodeLevel(cell: unknown): AreaLevel | null {
  if (typeof cell !== "string") return null;
  const code = normaliseAreaCode(cell);
  const prefix = code.slice(0, 2) as AreaLevel;
  return PATTERNS[prefix]?.test(code) ? prefix : null;
}

/** True when the cell is a CBS code of this level. */
export function isAreaCode(cell: unknown, level: AreaLevel): boolean {
  return areaCodeLevel(cell) === level;
}

/** The CBS wijkcode of a CBS buurtcode: BU + gemeente (4) + wijk (2) + buurt (2) → WK + gemeente + wijk. */
export function wijkOfBuurtCode(buurtCode: string): string {
  return `WK${normaliseAreaCode(buurtCode).slice(2, 8)}`;
}
