/**
 * Every number of a partner copy as one system: cells with their true values, the additive relations between them
 * (a total is the sum of its parts: a buurt's count is the sum of its segments, a wijk's count of a segment is the
 * sum of its buurten's, and so on up to the gemeente and the grand total; an allocation group's judged count is the
 * passing plus the failing), and published linear statements (an allocation verdict says "passing ≥ norm × judged"
 * or its opposite).
 *
 * How a reader knows a cell is its mark, and the marks' meaning is published in the copy:
 *  - visible:     the number itself (rounded to 5 when the copy rounds; the audit still assumes the exact number,
 *                 which only makes it stricter, because a rounded number is a function of the exact one);
 *  - small ("<k"): a count from 1 to k−1;
 *  - complement ("x"): hidden to protect a small count; its true value is k or more (zeros and small counts are
 *                 never complements, so this is true by construction and the reader's knowledge stays linear);
 *  - open ("."):  a part of a total that is itself "<k" or ".": any number from 0 up (zeros included). Without it,
 *                 several "<k" parts of a "<k" total would betray each other: four "<5" buurten in a wijk whose count
 *                 is "<5" are each exactly 1, whatever else is hidden.
 */

export type Mark = "visible" | "small" | "complement" | "open";

export interface Relation {
  /** Cell id of the total. */
  total: number;
  /** Cell ids of the parts; total = Σ parts. */
  parts: readonly number[];
}

/** A published linear fact Σ coefficient × cell ∈ [min, max] (min/max may be ±Infinity). */
export interface Statement {
  terms: readonly (readonly [cell: number, coefficient: number])[];
  min: number;
  max: number;
}

export interface LinkedCells {
  /** True value of every cell (whole numbers ≥ 0). */
  values: readonly number[];
  relations: readonly Relation[];
  statements: readonly Statement[];
  /**
   * Cells the copy publishes exactly elsewhere, so they are never hidden: the grand total of the stock follows from
   * the "Gelezen rijen" sheet (rows in the source) minus the dwellings left out ("Over deze kopie").
   */
  alwaysVisible: readonly number[];
}

export interface Pattern {
  marks: Mark[];
  /** Per statement: published or withheld. */
  statementShown: boolean[];
}

/** A small helper to build LinkedCells incrementally. */
export class LinkedCellsBuilder {
  readonly values: number[] = [];
  readonly relations: Relation[] = [];
  readonly statements: Statement[] = [];
  readonly alwaysVisible: number[] = [];

  cell(value: number): number {
    if (!Number.isInteger(value) || value < 0) throw new Error(`telling moet een geheel getal ≥ 0 zijn: ${value}`);
    this.values.push(value);
    return this.values.length - 1;
  }

  relate(total: number, parts: readonly number[]): void {
    const sum = parts.reduce((s, p) => s + this.values[p], 0);
    if (sum !== this.values[total]) throw new Error(`totaal ${this.values[total]} ≠ som van de delen ${sum}`);
    if (parts.length > 0) this.relations.push({ total, parts: [...parts] });
  }

  state(statement: Statement): number {
    this.statements.push(statement);
    return this.statements.length - 1;
  }

  /** A cell that is published exactly elsewhere in the copy (never hidden). */
  publishedElsewhere(id: number): void {
    this.alwaysVisible.push(id);
  }

  build(): LinkedCells {
    return { values: this.values, relations: this.relations, statements: this.statements, alwaysVisible: this.alwaysVisible };
  }
}

/**
 * Primary marks: every count from 1 to k−1 is small; then every part of a relation whose total is small or open is
 * open (to a fixed point, so it runs down the hierarchy); statements are shown. A cell published elsewhere stays
 * visible even when small (its parts are still open; the audit then decides whether the copy can be made at all).
 */
export function primaryPattern(cells: LinkedCells, k: number): Pattern {
  const marks: Mark[] = cells.values.map((v) => (v >= 1 && v < k ? "small" : "visible"));
  const partsOf = new Map<number, number[]>();
  for (const relation of cells.relations) {
    const list = partsOf.get(relation.total);
    if (list) list.push(...relation.parts);
    else partsOf.set(relation.total, [...relation.parts]);
  }
  const stack = marks.flatMap((m, id) => (m === "small" ? [id] : []));
  while (stack.length > 0) {
    const id = stack.pop() as number;
    for (const part of partsOf.get(id) ?? []) {
      if (marks[part] === "open") continue;
      marks[part] = "open";
      stack.push(part);
    }
  }
  for (const id of cells.alwaysVisible) marks[id] = "visible";
  return { marks, statementShown: cells.statements.map(() => true) };
}

export function isHidden(mark: Mark): boolean {
  return mark !== "visible";
}

/** Marks that protect a small count (the audit's rule applies to them). */
export function isSensitive(mark: Mark): boolean {
  return mark === "small" || mark === "open";
}
