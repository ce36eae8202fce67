/**
 * How the core reads a category or area label: surrounding spaces and case do not matter, so "Sociale huur",
 * " sociale huur " and "SOCIALE HUUR" are one label (indices.md, edge cases). A blank label is `null`: its row is skipped.
 * The first spelling seen is the one shown back to the user.
 */
export type Label = string | null;

export function labelKey(label: string): string {
  return label.trim().toLocaleLowerCase("nl-NL");
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
      this.display.push(raw.trim());
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
