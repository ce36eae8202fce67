/**
 * The count blocks of the area report (issue 8, point 4). Excel on the web refuses a custom-function call whose input
 * passes 5 MB, and every call over the full stock columns is sent again on each edit of the stock (about 3 MB per call
 * at 100,000 rows; office-js #4654, #2786, #6841 report #BUSY! on heavy calls). So only these blocks read the stock:
 *
 *  - "Telling per buurt, wijk en segment": one LET formula around MENG.PERGEBIED(buurt¦wijk, segment), unfolded by
 *    built-in functions into rows  buurt | wijk | segment | aantal, one per combination that occurs (a few thousand
 *    rows instead of 100,000);
 *  - "Telling per complex, buurt en segment": the same over complex¦buurt, when the stock has complexes.
 *
 * Every index of the report reads a block with its counts as weights (every MENG index takes weights, and a weighted
 * row counts as that many dwellings, so the results are those of the full columns). Two keys of two codes keep each
 * call under the payload limit; one key of three codes does not (bench/reportPayload.ts).
 *
 * The key joins two codes with ¦ (U+00A6, UNICHAR(166)): printable, in no code an export writes, and not escaped in
 * the JSON Excel marshals (a control character would cost 6 bytes per row). Inside the key a 0 is blank, as the
 * functions read a 0 in an area column (coerce.ts), and a row without buurtcode gets no segment, so it is skipped
 * in both blocks as in the report's row account.
 *
 * An earlier stock chosen for the change section (issue 14) gets a static block of the same kind (buurt | segment |
 * aantal, values written when the report is made): it is a past snapshot, and reading it live would be a third call
 * over full columns.
 */
import { isMengError } from "../errors";
import { compareLabels, byAreaOf } from "../indices/byArea";
import { tabulate } from "../indices/contingency";
import type { Label } from "../labels";
import { columnLetters } from "../mapping/cells";
import { call } from "./formulaText";
import type { FormulaPart } from "./reportSheet";
import { COUNT_FORMAT, type SheetGrid } from "./sheetGrid";

export const AREA_COUNT_HEADERS = ["buurt", "wijk", "segment", "aantal"] as const;
export const COMPLEX_COUNT_HEADERS = ["complex", "buurt", "segment", "aantal"] as const;
export const EARLIER_COUNT_HEADERS = ["buurt", "segment", "aantal"] as const;
export const KEY_SEPARATOR = "\u00a6";
/** Columns of a MENG.PERGEBIED spill besides the two per group (gebied, aantal, entropie, lokale score, bijdrage aan M). */
export const BY_AREA_FIXED_COLUMNS = 5;
/** Width of a block and the empty column after it. */
const BLOCK_STEP = 5;

/** The columns of a count block as formula arguments (INDEX(X8#,0,k) of a live block, $X$8:$X$20 of a static one). */
export interface CountColumns {
  /** First code (buurt, or complex). */
  first: string;
  /** Second code (wijk, or buurt); "" for the earlier stock's block. */
  second: string;
  segment: string;
  count: string;
}

export interface CountBlocks {
  /** buurt | wijk | segment | aantal, live; null when the report is static. */
  area: CountColumns | null;
  /** complex | buurt | segment | aantal, live; null without a complex column or when static. */
  complex: CountColumns | null;
  /** buurt | segment | aantal of the earlier stock, static; null without one (or when it has no usable rows). */
  earlier: CountColumns | null;
}

export type CountRow = [string, string, string, number];

/**
 * A live block's rows as Excel's formula gives them: MENG.PERGEBIED over the joined key (keys sorted by name,
 * segments as in its header), unfolded key by key, segment by segment, keeping counts above 0; each count is
 * aantal × aandeel rounded, as the formula computes it. Rows whose segment is null (no buurtcode, or no segment) are
 * left out, as the formula leaves them out.
 */
export function countRows(first: readonly Label[] | null, second: readonly Label[] | null, segment: readonly Label[]): CountRow[] {
  const keys: Label[] = segment.map((_, r) => `${first?.[r] ?? ""}${KEY_SEPARATOR}${second?.[r] ?? ""}`);
  const table = byAreaOf(tabulate(keys, segment, null));
  const rows: CountRow[] = [];
  for (const areaRow of table.rows) {
    const at = areaRow.area.indexOf(KEY_SEPARATOR);
    const [a, b] = [areaRow.area.slice(0, at), areaRow.area.slice(at + 1)];
    table.groups.forEach((group, m) => {
      const count = Math.round(areaRow.count * areaRow.shares[m]);
      if (count > 0) rows.push([a, b, group, count]);
    });
  }
  return rows;
}

/**
 * The block's formula. `buurtPart` says which part is the buurtcode: a row where it is blank (empty, spaces or 0) gets
 * the segment "", so MENG.PERGEBIED skips it. LET names are words: "r" and "c" are not valid names (R1C1 references).
 */
export function countFormula(first: string, second: string | null, buurtPart: "first" | "second", segment: string): FormulaPart[] {
  const buurt = buurtPart === "first" ? "eerste" : "tweede";
  const part = (name: string) => `IF(${name}=0,"",${name})`;
  const key = second === null ? `${part("eerste")}&UNICHAR(166)` : `${part("eerste")}&UNICHAR(166)&${part("tweede")}`;
  return [
    `LET(eerste,${first},${second === null ? "" : `tweede,${second},`}zonderbuurt,(${buurt}=0)+(TRIM(${buurt})=""),telling,`,
    call("BY_AREA", key, `IF(zonderbuurt,"",${segment})`),
    `,ngroep,(COLUMNS(telling)-${BY_AREA_FIXED_COLUMNS})/2,volgnr,SEQUENCE((ROWS(telling)-1)*ngroep,1,0),` +
      "rij,INT(volgnr/ngroep)+2,kol,MOD(volgnr,ngroep)+3,sleutel,INDEX(telling,rij,1),pos,FIND(UNICHAR(166),sleutel)," +
      "stuks,ROUND(INDEX(telling,rij,2)*INDEX(telling,rij,kol),0)," +
      "blok,CHOOSE({1,2,3,4},LEFT(sleutel,pos-1),MID(sleutel,pos+1,32767),MID(INDEX(telling,1,kol),9,32767),stuks),FILTER(blok,stuks>0))",
  ];
}

/** Column k (1-based) of a live block's spill. */
function spillColumn(anchor: string, k: number): string {
  return `INDEX(${anchor},0,${k})`;
}

/** An absolute range of one column on the report sheet itself (no sheet name: the sheet is written under another name and renamed). */
function ownRange(column: number, firstRow: number, lastRow: number): string {
  const letters = columnLetters(column);
  return `$${letters}$${firstRow + 1}:$${letters}$${lastRow + 1}`;
}

export interface CountBlockInput {
  live: boolean;
  refs: { buurt: string | null; wijk: string | null; complex: string | null; segment: string | null };
  buurt: readonly Label[];
  wijk: readonly Label[] | null;
  complex: readonly Label[] | null;
  segment: readonly Label[];
  earlier: { buurt: readonly Label[]; segment: readonly Label[] } | null;
}

/** Writes the blocks from (top, column) to the right; returns the columns each index reads. */
export function writeCountBlocks(g: SheetGrid, top: number, column: number, input: CountBlockInput): CountBlocks {
  const blocks: CountBlocks = { area: null, complex: null, earlier: null };
  let at = column;
  const head = (title: string, note: string, headers: readonly string[]) => {
    g.text(top, at, title, true);
    g.text(top, at + 1, note);
    headers.forEach((h, k) => g.text(top + 1, at + k, h, true));
  };
  const liveBlock = (title: string, headers: readonly string[], formula: FormulaPart[], rows: CountRow[]): CountColumns => {
    head(title, "invoer voor de formules van dit blad: alleen deze tellingen lezen de hele voorraad (zie docs/analyses.md).", headers);
    const first = top + 2;
    const anchor = `${columnLetters(at)}${first + 1}#`;
    rows.forEach((values, i) =>
      values.forEach((value, k) => {
        if (i === 0 && k === 0) g.formula(first, at, formula, value);
        else g.spilled(first + i, at + k, value, k === 3 ? COUNT_FORMAT : undefined);
      }),
    );
    at += BLOCK_STEP;
    return { first: spillColumn(anchor, 1), second: spillColumn(anchor, 2), segment: spillColumn(anchor, 3), count: spillColumn(anchor, 4) };
  };
  const { refs } = input;
  if (input.live && refs.buurt !== null && refs.segment !== null) {
    blocks.area = liveBlock("Telling per buurt, wijk en segment", AREA_COUNT_HEADERS,
      countFormula(refs.buurt, refs.wijk, "first", refs.segment), countRows(input.buurt, refs.wijk === null ? null : input.wijk, input.segment));
    if (refs.complex !== null && input.complex) {
      blocks.complex = liveBlock("Telling per complex, buurt en segment", COMPLEX_COUNT_HEADERS,
        countFormula(refs.complex, refs.buurt, "second", refs.segment), countRows(input.complex, input.buurt, input.segment));
    }
  }
  if (input.live && blocks.area && input.earlier) {
    const rows = earlierRows(input.earlier.buurt, input.earlier.segment);
    if (rows.length > 0) {
      head("Telling eerdere peiling per buurt en segment", "statisch: geteld bij het maken van het rapport (een eerdere peiling verandert niet); maak het rapport opnieuw als u die tabel wijzigt.", EARLIER_COUNT_HEADERS);
      const first = top + 2;
      rows.forEach(([buurt, segment, count], i) => {
        g.text(first + i, at, buurt);
        g.text(first + i, at + 1, segment);
        g.value(first + i, at + 2, count, COUNT_FORMAT);
      });
      const last = first + rows.length - 1;
      blocks.earlier = { first: ownRange(at, first, last), second: "", segment: ownRange(at + 1, first, last), count: ownRange(at + 2, first, last) };
    }
  }
  return blocks;
}

/** The earlier stock's buurt × segment counts, sorted by buurt and segment; none when it has no usable rows. */
function earlierRows(buurt: readonly Label[], segment: readonly Label[]): [string, string, number][] {
  let table;
  try {
    table = tabulate(buurt, segment, null);
  } catch (error) {
    if (!isMengError(error)) throw error;
    return []; // no usable rows: the change section reports the error itself
  }
  const rows: [string, string, number][] = [];
  const K = table.groups.length;
  table.areas.forEach((area, i) => table.groups.forEach((group, m) => {
    const count = table.counts[i * K + m];
    if (count > 0) rows.push([area, group, count]);
  }));
  return rows.sort((x, y) => compareLabels(x[0], y[0]) || compareLabels(x[1], y[1]));
}
