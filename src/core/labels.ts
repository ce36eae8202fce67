/**
 * How the core reads a category or area label: surrounding spaces and case do not matter, so "Sociale huur",
 * " sociale huur " and "SOCIALE HUUR" are one label (indices.md, edge cases). A blank label is `null`: its row is skipped.
 * The first spelling seen is the one shown back to the user, except that a CBS area code is always shown in its
 * canonical form (upper case, no spaces: " bu03630001" → "BU03630001"), in reports, spills and partner copies alike.
 */
export type Label = string | null;


/** A CBS area code: GM, WK or BU and digits (case and spaces around or inside do not matter). */
const AREA_CODE = /^(gm|wk|bu)\s*(\d+)$/i;

/** How a label is shown: trimmed; a CBS area code in upper case without spaces. */
export function displayLabel(raw: string): string {
  const text = raw.trim();
  const code = AREA_CODE.exec(text);
  return code ? `${code[1].toUpperCase()}${code[2]}` : text;
}

/** The key labels are grouped by: the shown form without case, so one area code in any spelling is one area. */
export function labelKey(label: string): string {
  return displayLabel(label).toLocaleLowerCase("nl-NL");
}

/** Maps labels to dense indices 0..n-1 in order of first appearance, caching raw spellings for speed. */
export class LabelIndex {
  readonly display: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byRaw = new Map<string, number>();

  /** Index of a label, adding it when new. */
  add(raw: string): number {
    const cached = this.byRaw.get(raw);
    if (cached !== undefined) return cached;
    const key = labelKey(raw);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.display.length;
      this.byKey.set(key, index);
      this.display.push(displayLabel(raw));
    }
    this.byRaw.set(raw, index);
    return index;
  }

  /** Index of a label, or -1 when it never occurred. */
  find(raw: string): number {
    return this.byRaw.get(raw) ?? this.byKey.get(labelKey(raw)) ?? -1;
  }

  get size(): number {
    return this.display.length;
  }
}
