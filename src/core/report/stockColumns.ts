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
import type { CellValue } from "../mapping/cells";
import { cellText, isBlankCell, parseNumberText } from "../mapping/cells";
import type { ColumnMapping } from "../mapping/headerDetection";
import type { LocatedTable } from "../mapping/tableLocator";
import type { StockRole } from "../mapping/columnRoles";
import { classifySegment } from "../rules/segment";
import { requireSegmentNorms } from "../rules/segmentYear";
import { parseTenure } from "../rules/tenure";
import { columnReferencer, type ColumnReferencer, type SourcePlace } from "./sourceReference";

export interface StockColumns {
  /** Data rows read (the located table's rows). */
  rowCount: number;
  sheetRows: number[];
  buurt: Label[];
  wijk: Label[] | null;
  /** True when the wijk was derived from CBS buurtcodes (no wijkcode column): no column to refer to. */
  wijkDerived: boolean;
  complex: Label[] | null;
  segment: Label[];
  /** True when the segment was derived (no segment column). */
  segmentDerived: boolean;
  /** The norms year used to derive segments. */
  year: number;
  /** Rows whose segment could not be read or derived (not blank rows). */
  unreadable: number;
  /** Sheet rows of the first unreadable rows (at most 20), for the warning. */
  unreadableRows: number[];
  /** Formula references of the columns; segment null when derived. */
  refs: { buurt: string | null; wijk: string | null; complex: string | null; segment: string | null };
  referencer: ColumnReferencer;
}

/** A cell as a label, as the custom functions read it (coerce.toLabel). */
export function toLabel(cell: CellValue): Label {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return cell.trim() === "" ? null : cell;
  if (typeof cell === "boolean") return cell ? "WAAR" : "ONWAAR";
  return String(cell);
}

const CBS_BUURT = /^BU\d{8}$/i;

/** The CBS wijkcode of a CBS buurtcode: BU + gemeente (4) + wijk (2) + buurt (2) → WK + gemeente + wijk. */
export function wijkOfBuurt(buurtCode: string): string {
  return `WK${buurtCode.trim().slice(2, 8)}`;
}

function optionalNumber(cell: CellValue): number | undefined | "bad" {
  if (isBlankCell(cell)) return undefined;
  const n = parseNumberText(cell);
  return Number.isNaN(n) ? "bad" : n;
}

/** The segment of one row from eigendom, points and rent; null when it cannot be derived. */
export function deriveSegment(rentCell: CellValue, pointsCell: CellValue, tenureCell: CellValue, year: number): string | null {
  const rent = optionalNumber(rentCell);
  const points = optionalNumber(pointsCell);
  if (rent === "bad" || points === "bad") return null;
  try {
    const tenureValue = typeof tenureCell === "boolean" ? tenureCell : isBlankCell(tenureCell) ? null : cellText(tenureCell);
    return classifySegment({ rent, points, tenure: parseTenure(tenureValue), year });
  } catch (error) {
    if (isMengError(error)) return null; // this row's cells do not give a segment (the report counts it as unreadable)
    throw error;
  }
}

export function stockColumns(table: LocatedTable, mapping: ColumnMapping, options: { year: number; place: SourcePlace }): StockColumns {
  const referencer = columnReferencer(options.place, table);
  const index = (role: StockRole): number | null => mapping.roles[role]?.columnIndex ?? null;
  const read = (column: number | null): Label[] | null => (column === null ? null : table.rows.map((row) => toLabel(row.cells[column])));
  const buurtColumn = index("buurtCode");
  const segmentColumn = index("segment");
  const buurt = read(buurtColumn) ?? table.rows.map(() => null);
  let segment: Label[];
  let unreadable = 0;
  const unreadableRows: number[] = [];
  if (segmentColumn !== null) {
    segment = read(segmentColumn) as Label[];
  } else {
    requireSegmentNorms(options.year); // a year without norms is an error for the user, not a stock of koop only
    const rent = index("netRent");
    const points = index("wwsPoints");
    const tenure = index("ownership");
    segment = table.rows.map((row) => {
      const cells = row.cells;
      const at = (c: number | null): CellValue => (c === null ? null : cells[c]);
      if (isBlankCell(at(rent)) && isBlankCell(at(points)) && isBlankCell(at(tenure))) {
        unreadable++;
        if (unreadableRows.length < 20) unreadableRows.push(row.sheetRow);
        return null;
      }
      const derived = deriveSegment(at(rent), at(points), at(tenure), options.year);
      if (derived === null) {
        unreadable++;
        if (unreadableRows.length < 20) unreadableRows.push(row.sheetRow);
      }
      return derived;
    });
  }
  if (segmentColumn !== null) {
    table.rows.forEach((row, r) => {
      if (buurt[r] !== null && segment[r] === null) {
        unreadable++;
        if (unreadableRows.length < 20) unreadableRows.push(row.sheetRow);
      }
    });
  }
  const ref = (column: number | null) => (column === null ? null : referencer.column(column));
  let wijk = read(index("wijkCode"));
  const wijkDerived = wijk === null && buurtColumn !== null && buurt.some((b) => b !== null) && buurt.every((b) => b === null || CBS_BUURT.test(b.trim()));
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
    year: options.year,
    unreadable,
    unreadableRows,
    refs: {
      buurt: ref(buurtColumn),
      wijk: ref(index("wijkCode")),
      complex: ref(index("complexNumber")),
      segment: segmentColumn === null ? null : ref(segmentColumn),
    },
    referencer,
  };
}
