/**
 * Finds the table in the used range of a sheet: the header row, even below merged title rows, notes and blank rows
 * ("Woningvoorraad per 1-1-2025", "Bron: ERP-export"), and the data rows below it.
 *
 * Header row: among the first `maxHeaderScan` rows, the row with the best score
 *   distinct texts + 3 × (texts that name a known column role with confidence ≥ 0.7)
 *   − 2 × (numbers, dates and CBS codes in the row) + 2 × (share of its filled cells with a filled cell below)
 * over rows with at least two distinct non-numeric texts. A merged title over several columns reads either as one
 * text in the first cell (Office.js) or as the same text repeated (ExcelJS); both have one distinct text and are no
 * candidate. Ties go to the upper row. Without any candidate, a one-column table is accepted when its header names a
 * known column ("Buurtcode").
 *
 * Data rows: from the row under the header down. A single blank row inside the data is kept as a skipped row (its
 * sheet row number in `skippedRows`); a run of `blankRunToStop` (2) blank rows ends the table, as does a row that
 * starts with "Totaal"/"Total" (a totals row would count dwellings twice; its row is in `footerSheetRow`).
 * Blank rows at the end of the range are neither data nor skipped.
 *
 * Columns: from the first to the last filled header cell; a blank header inside keeps its column (header "").
 */
import type { CellValue } from "./cells";
import { cellText, columnLetters, isBlankCell, isBlankRow, parseNumberText, parseTopLeft } from "./cells";
import { bestHeaderConfidence } from "./headerDetection";
import { messages } from "../messages";

export interface DataRow {
  /** 1-based sheet row. */
  sheetRow: number;
  /** The row's cells over the table's columns (padded with null). */
  cells: CellValue[];
}

export interface LocatedTable {
  /** 0-based index of the header row in the given range. */
  headerRowIndex: number;
  /** 1-based sheet row of the header. */
  headerSheetRow: number;
  /** 0-based index of the table's first column in the given range. */
  firstColumnIndex: number;
  /** 0-based sheet column of the table's first column (A = 0). */
  firstSheetColumn: number;
  /** Header texts, trimmed; "" for a blank header cell. */
  headers: string[];
  /** Sheet column letters of the table's columns ("B", "C", ...). */
  columnLetters: string[];
  rows: DataRow[];
  /** Sheet rows of single blank rows inside the data. */
  skippedRows: number[];
  /** Sheet row of a totals row that ended the table, or null. */
  footerSheetRow: number | null;
  /** Texts of the rows above the header (titles, notes), top to bottom. */
  notesAbove: string[];
}

export interface LocateOptions {
  /** How many rows from the top may hold the header (default 30). */
  maxHeaderScan?: number;
  /** This many blank rows in a row end the data (default 2, at least 1). */
  blankRunToStop?: number;
}

const CODE_OR_DATE = /^(GM\d{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})$/i;
const FOOTER = /^(totaal|total|eindtotaal|grand total|som)\b/i;

function isValueLike(cell: CellValue): boolean {
  if (typeof cell === "number" || typeof cell === "boolean") return true;
  if (!Number.isNaN(parseNumberText(cell))) return true;
  return CODE_OR_DATE.test(cellText(cell));
}

function headerScore(rows: readonly (readonly CellValue[])[], r: number): number | null {
  const row = rows[r] ?? [];
  const texts = new Set<string>();
  const filledColumns: number[] = [];
  let valueLike = 0;
  row.forEach((cell, column) => {
    if (isBlankCell(cell)) return;
    filledColumns.push(column);
    if (isValueLike(cell)) valueLike++;
    else texts.add(cellText(cell).toLowerCase());
  });
  if (texts.size < 2) return null;
  let roleHits = 0;
  for (const text of texts) if (bestHeaderConfidence(text) >= 0.7) roleHits++;
  let below = r + 1;
  while (below < rows.length && isBlankRow(rows[below])) below++;
  const next = rows[below];
  const coverage = next ? filledColumns.filter((c) => !isBlankCell(next[c])).length / filledColumns.length : 0;
  return texts.size + 3 * roleHits - 2 * valueLike + 2 * coverage;
}

/**
 * Locates the table in `cells` (the values of a used range, row 0 = the range's first row) whose top-left cell is
 * `topLeft` ("A1", "B3", "Voorraad!B3:K40").
 */
export function locateTable(cells: readonly (readonly CellValue[])[], topLeft = "A1", options: LocateOptions = {}): LocatedTable {
  const origin = parseTopLeft(topLeft);
  if (!origin) throw messages.mapping.badAddress(topLeft);
  const maxScan = Math.max(1, options.maxHeaderScan ?? 30);
  const blankRunToStop = Math.max(1, options.blankRunToStop ?? 2);

  let headerRowIndex = -1;
  let bestScore = -Infinity;
  for (let r = 0; r < Math.min(cells.length, maxScan); r++) {
    const score = headerScore(cells, r);
    if (score !== null && score > bestScore) {
      bestScore = score;
      headerRowIndex = r;
    }
  }
  if (headerRowIndex < 0) {
    // a one-column table: the first row whose single text names a known column
    for (let r = 0; r < Math.min(cells.length, maxScan) && headerRowIndex < 0; r++) {
      const filled = (cells[r] ?? []).filter((cell) => !isBlankCell(cell));
      if (filled.length === 1 && !isValueLike(filled[0]) && bestHeaderConfidence(cellText(filled[0])) >= 0.7) headerRowIndex = r;
    }
  }
  if (headerRowIndex < 0) throw messages.mapping.noHeaderRow(Math.min(cells.length, maxScan));

  const headerRow = cells[headerRowIndex];
  let first = -1;
  let last = -1;
  headerRow.forEach((cell, column) => {
    if (isBlankCell(cell)) return;
    if (first < 0) first = column;
    last = column;
  });
  const width = last - first + 1;
  const slice = (row: readonly CellValue[] | undefined): CellValue[] => {
    const out: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = row?.[first + c] ?? null;
    return out;
  };
  const headers = slice(headerRow).map(cellText);

  const rows: DataRow[] = [];
  const skippedRows: number[] = [];
  let pendingBlanks: number[] = [];
  let footerSheetRow: number | null = null;
  for (let r = headerRowIndex + 1; r < cells.length; r++) {
    const sheetRow = origin.row + r;
    const rowCells = slice(cells[r]);
    if (isBlankRow(rowCells)) {
      pendingBlanks.push(sheetRow);
      if (pendingBlanks.length >= blankRunToStop) break;
      continue;
    }
    const firstFilled = rowCells.find((cell) => !isBlankCell(cell));
    if (typeof firstFilled === "string" && FOOTER.test(firstFilled.trim())) {
      footerSheetRow = sheetRow;
      break;
    }
    skippedRows.push(...pendingBlanks);
    pendingBlanks = [];
    rows.push({ sheetRow, cells: rowCells });
  }

  const notesAbove: string[] = [];
  for (let r = 0; r < headerRowIndex; r++) {
    const texts = [...new Set((cells[r] ?? []).filter((cell) => !isBlankCell(cell)).map(cellText))];
    if (texts.length > 0) notesAbove.push(texts.join(" "));
  }

  const firstSheetColumn = origin.column + first;
  return {
    headerRowIndex,
    headerSheetRow: origin.row + headerRowIndex,
    firstColumnIndex: first,
    firstSheetColumn,
    headers,
    columnLetters: headers.map((_, c) => columnLetters(firstSheetColumn + c)),
    rows,
    skippedRows,
    footerSheetRow,
    notesAbove,
  };
}
