/**
 * The typed columns of a housing-stock table for the area report: buurt, wijk, complex and segment per data row, read
 * by the confirmed column mapping, with the formula references of the same columns.
 *
 * Labels are read as the MENG functions read them (trimmed text, numbers as written, WAAR/ONWAAR; blank → skipped),
 * so the report's static values equal the live formulas over the same cells.
 *
 * Without a wijkcode column, when every buurtcode is a CBS code (BU + 8 digits), the wijk is derived from it
 * (WK + digits 1–6); `refs.wijk` is then null and the wijk figures are static.
 *
 * Without a segment column the segment is derived per row with the core SEGMENT logic (as MENG.SEGMENT: eigendom,
 * WWS-punten, kale huur, by the norms of `year`). Rows whose segment cannot be derived (no rent and no points, an
 * unknown eigendom word, ...) get no segment and are counted in `unreadable`; a derived segment has no column to refer
 * to, so `refs.segment` is null and the report writes static values. A year without norms (segmentYear.ts) throws
 * before any row is read: it is the user's choice of year that must change.
 */
import { isMengError } from "../errors";
import type { Label } from "../labels";
import { labelKey } from "../labels";
import type { CellValue } from "../mapping/cells";
import type { ColumnMapping } from "../mapping/headerDetection";
import type { LocatedTable } from "../mapping/tableLocator";
import type { StockRole } from "../mapping/columnRoles";
import type { SkipCode } from "../messages/rows";
import { readAmountCell, readAreaCell, readOwnershipCell, readPointsCell, readSegmentCell, type CellReading } from "../readers/fieldReaders";
import { EMPTY_LOOKUP, ValueLookup, type ValueMap } from "../readers/valueMap";
import { RowAccount } from "../rows/rowAccount";
import { isAreaCode, wijkOfBuurtCode } from "../readers/areaCode";
import { classifySegment } from "../rules/segment";
import { requireSegmentNorms } from "../rules/segmentYear";
import { columnReferencer, type ColumnReferencer, type SourcePlace } from "./sourceReference";

export interface StockColumns {
  /** Data rows of the source table (rows read + rows skipped). */
  rowCount: number;
  sheetRows: number[];
  buurt: Label[];
  wijk: Label[] | null;
  /** True when the wijk was derived from CBS buurtcodes (no wijkcode column): no column to refer to. */
  wijkDerived: boolean;
  complex: Label[] | null;
  /** Per row the segment the report uses, null for a skipped row (so every index skips it). */
  segment: Label[];
  /** True when the segment was derived (no segment column). */
  segmentDerived: boolean;
  /**
   * True when a segment column's values were translated (a built-in word such as "DAEB", or the user's value mapping):
   * the live formulas would read the raw words, so the report is static; `refs.segment` is then null.
   */
  segmentTranslated: boolean;
  /** The norms year used to derive segments. */
  year: number;
  /** Every row read or skipped, with the reason. */
  account: RowAccount;
  /** Rows skipped for want of a segment (not for a blank buurtcode). */
  unreadable: number;
  /** Sheet rows of the first such rows (at most 20). */
  unreadableRows: number[];
  /** Formula references of the columns; segment null when derived or translated. */
  refs: { buurt: string | null; wijk: string | null; complex: string | null; segment: string | null };
  referencer: ColumnReferencer;
}

/** A cell as a label, as the custom functions read it (coerce.toLabel). */
export function toLabel(cell: CellValue): Label {
  const reading = readAreaCell(cell);
  return reading.kind === "value" ? reading.value : null;
}

/** The CBS wijkcode of a CBS buurtcode (src/core/readers/areaCode.ts). */
export const wijkOfBuurt = wijkOfBuurtCode;

/** A segment, or why there is none (with the cell text that could not be read). */
export type SegmentOutcome = { segment: string } | { code: SkipCode; value: string | null };

function optional(reading: CellReading<number>): number | undefined {
  return reading.kind === "value" ? reading.value : undefined;
}

/**
 * The segment of one row from eigendom, points and rent, read as MENG.SEGMENT reads them (same readers, same
 * classifySegment), or the reason there is none.
 */
export function deriveSegmentOutcome(rentCell: CellValue, pointsCell: CellValue, tenureCell: CellValue, year: number, lookup: ValueLookup = EMPTY_LOOKUP): SegmentOutcome {
  const tenure = readOwnershipCell(tenureCell, lookup);
  if (tenure.kind === "unknown") return { code: "unknownOwnership", value: tenure.text };
  if (tenure.kind === "skip") return { code: "skippedByUser", value: `eigendom ${tenure.text}` };
  const rent = readAmountCell(rentCell);
  const points = readPointsCell(pointsCell);
  const owned = tenure.kind === "value" && tenure.value === "koop";
  if (!owned) {
    if (rent.kind === "unknown") return { code: "unreadableRent", value: rent.text };
    if (points.kind === "unknown") return { code: "unreadablePoints", value: points.text };
    if (rent.kind === "blank" && points.kind === "blank") return { code: "noRentOrPoints", value: null };
  }
  try {
    return { segment: classifySegment({ rent: optional(rent), points: optional(points), tenure: tenure.kind === "value" ? tenure.value : null, year }) };
  } catch (error) {
    if (!isMengError(error)) throw error; // a bug, not this row's cells
    return { code: "segmentNotDerived", value: error.message };
  }
}

/** The segment of one row from eigendom, points and rent; null when it cannot be derived. */
export function deriveSegment(rentCell: CellValue, pointsCell: CellValue, tenureCell: CellValue, year: number): string | null {
  const outcome = deriveSegmentOutcome(rentCell, pointsCell, tenureCell, year);
  return "segment" in outcome ? outcome.segment : null;
}

/** The segment of a segment-column cell, or why there is none; `translated` when the label differs from the cell. */
export function segmentColumnOutcome(cell: CellValue, lookup: ValueLookup): SegmentOutcome & { translated: boolean } {
  const reading = readSegmentCell(cell, lookup);
  switch (reading.kind) {
    case "blank":
      return { code: "blankSegment", value: null, translated: false };
    case "skip":
      return { code: "skippedByUser", value: `segment ${reading.text}`, translated: true };
    case "unknown":
      return { code: "unknownSegment", value: reading.text, translated: true };
    case "value": {
      // an untranslated label keeps its spelling, as MENG.PERGEBIED shows the first spelling seen
      const translated = reading.mapped || labelKey(String(cell)) !== reading.value;
      return { segment: translated ? reading.value : String(cell), translated };
    }
  }
}

export function stockColumns(
  table: LocatedTable,
  mapping: ColumnMapping,
  options: { year: number; place: SourcePlace; values?: ValueMap | null },
): StockColumns {
  const referencer = columnReferencer(options.place, table);
  const lookup = new ValueLookup(options.values);
  const index = (role: StockRole): number | null => mapping.roles[role]?.columnIndex ?? null;
  const read = (column: number | null): Label[] | null => (column === null ? null : table.rows.map((row) => toLabel(row.cells[column])));
  const buurtColumn = index("buurtCode");
  const segmentColumn = index("segment");
  const rent = index("netRent");
  const points = index("wwsPoints");
  const tenure = index("ownership");
  const buurt = read(buurtColumn) ?? table.rows.map(() => null);
  const account = new RowAccount(table.rows.length);
  let unreadable = 0;
  const unreadableRows: number[] = [];
  let segmentTranslated = false;
  // a year without norms is an error for the user, not a stock of koop only
  if (segmentColumn === null) requireSegmentNorms(options.year);
  const segmentCache = new Map<string, ReturnType<typeof segmentColumnOutcome>>();
  const segment: Label[] = table.rows.map((row, r) => {
    const at = (c: number | null): CellValue => (c === null ? null : row.cells[c]);
    let outcome: SegmentOutcome;
    if (segmentColumn !== null) {
      // a stock has a handful of distinct segment texts: read each once (100,000 rows in the benchmark)
      const cell = at(segmentColumn);
      let fromColumn = typeof cell === "string" ? segmentCache.get(cell) : undefined;
      if (!fromColumn) {
        fromColumn = segmentColumnOutcome(cell, lookup);
        if (typeof cell === "string") segmentCache.set(cell, fromColumn);
      }
      if (fromColumn.translated) segmentTranslated = true;
      outcome = fromColumn;
    } else {
      outcome = deriveSegmentOutcome(at(rent), at(points), at(tenure), options.year, lookup);
    }
    // one reason per row: a blank buurtcode first, since without an area the row cannot count anywhere
    if (buurt[r] === null) {
      account.skip("blankArea", null, row.sheetRow);
      return null;
    }
    if ("segment" in outcome) return outcome.segment;
    account.skip(outcome.code, outcome.value, row.sheetRow);
    unreadable++;
    if (unreadableRows.length < 20) unreadableRows.push(row.sheetRow);
    return null;
  });
  const ref = (column: number | null) => (column === null ? null : referencer.column(column));
  let wijk = read(index("wijkCode"));
  const wijkDerived = wijk === null && buurtColumn !== null && buurt.some((b) => b !== null) && buurt.every((b) => b === null || isAreaCode(b, "BU"));
  if (wijkDerived) wijk = buurt.map((b) => (b === null ? null : wijkOfBuurt(b)));
  return {
    rowCount: table.rows.length,
    sheetRows: table.rows.map((row) => row.sheetRow),
    buurt,
    wijk,
    wijkDerived,
    complex: read(index("complexNumber")),
    segment,
    segmentDerived: segmentColumn === null,
    segmentTranslated,
    year: options.year,
    account,
    unreadable,
    unreadableRows,
    refs: {
      buurt: ref(buurtColumn),
      wijk: ref(index("wijkCode")),
      complex: ref(index("complexNumber")),
      segment: segmentColumn === null || segmentTranslated ? null : ref(segmentColumn),
    },
    referencer,
  };
}
