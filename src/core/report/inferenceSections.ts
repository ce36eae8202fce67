/**
 * The area report's sections for issue 14, over buurten:
 *  - "Toeval en betrouwbaarheid": =MENG.TOEVAL(buurt, segment, , "sociale huur") (observed, expected under random
 *    allocation and the part above chance for D, H, M, side by side) and =MENG.INTERVAL(buurt, segment, , "sociale huur")
 *    (bootstrap intervals, 500 draws, seed 1), each with a Dutch sentence;
 *  - "Verandering sinds een eerdere peiling": =MENG.VERANDERING(earlier buurt, earlier segment, buurt, segment), a
 *    short table (part, M, H) with one Dutch sentence per part (changeSentences.ts), when the user chose an earlier
 *    stock; otherwise a line saying how to choose one.
 * Live formulas over the report's count blocks (countBlocks.ts: area, category and count columns, the counts passed
 * as weights) where the report is live; values computed by the same core functions on the stock's rows, for the
 * preview and tests. The sentences are static text (written when the report is made).
 */
import { tabulate, type Contingency } from "../indices/contingency";
import { randomBaselineOf } from "../indices/randomBaseline";
import { DEFAULT_DRAWS, DEFAULT_LEVEL, DEFAULT_SEED, bootstrapIntervalsOf } from "../indices/bootstrap";
import { segregationChange } from "../indices/segregationChange";
import type { ChangeTerms } from "../indices/changeShapley";
import { labelKey } from "../labels";
import { changeSentences, nl3 } from "./changeSentences";
import { call, stringLiteral } from "./formulaText";
import { INDEX_FORMAT, SheetGrid, attempt, finiteOrNull } from "./sheetGrid";
import type { StockColumns } from "./stockColumns";

export interface EarlierStock {
  columns: StockColumns;
  /** Dutch description, e.g. "tabel Voorraad2020 (blad Voorraad 2020)". */
  sourceLabel: string;
}

/** Labels as MENG.VERANDERING spills them (functions/changeFunctions.ts keeps the same texts; a test checks). */
export const CHANGE_ROW_LABELS = [
  "eerste peiling",
  "tweede peiling",
  "verschil",
  "gebieden of categorieën erbij",
  "gebieden of categorieën verdwenen",
  "samenstelling naar categorie",
  "grootte van de gebieden",
  "structurele verandering",
] as const;
export const BASELINE_HEADER = ["index", "waargenomen", "verwacht bij toeval", "boven toeval"] as const;
export const INTERVAL_HEADER = ["index", "waargenomen", "gecorrigeerd", "standaardfout", "ondergrens", "bovengrens"] as const;

const SOCIAL_RENT = "sociale huur";

/** Formula arguments of one stock: areas, categories and weights (the columns of a count block). */
export interface StockArguments {
  areas: string;
  categories: string;
  weights: string;
}
const STATIC_NOTE = "statisch: zie Segment bovenaan.";

/** Writes the chance-and-interval section from `row`; returns the next free row and any warnings. */
export function writeChanceSection(
  g: SheetGrid,
  row: number,
  columns: StockColumns,
  args: StockArguments | null,
  buurtTable?: Contingency,
): { row: number; warnings: string[] } {
  const warnings: string[] = [];
  const live = args !== null;
  const [b, s, w] = args ? [args.areas, args.categories, args.weights] : ["", "", ""];
  const table = attempt(() => buurtTable ?? tabulate(columns.buurt, columns.segment, null));
  const hasSocial = table.value !== null && table.value.groups.some((x, m) => labelKey(x) === SOCIAL_RENT && (table.value?.groupTotals[m] ?? 0) > 0);
  const group = hasSocial ? SOCIAL_RENT : null;
  const groupArg = group ? stringLiteral(group) : "";

  g.text(row, 0, "Toeval en betrouwbaarheid (hele stad, over buurten)", true);
  g.text(row, 1, "Verwacht bij toeval: de gemiddelde waarde als dezelfde woningen willekeurig over dezelfde buurten verdeeld worden (exact berekend). Boven toeval = waargenomen − verwacht.");
  row++;
  const baseline = attempt(() => randomBaselineOf(table.value ?? tabulate(columns.buurt, columns.segment, null), group));
  const b0 = baseline.value;
  const baselineRows: (string | number | null)[][] = [
    [...BASELINE_HEADER],
    ...(b0
      ? [
          [b0.dLabel, b0.d.observed, b0.d.expected, b0.d.corrected],
          ["H", b0.h.observed, b0.h.expected, b0.h.corrected],
          ["M", b0.m.observed, b0.m.expected, b0.m.corrected],
        ]
      : [["D", null, null, null], ["H", null, null, null], ["M", null, null, null]]),
  ];
  row = writeBlock(g, row, baselineRows, live, [call("RANDOM_BASELINE", b, s, w, groupArg)]);
  if (baseline.error) {
    g.text(row, 0, baseline.error);
    warnings.push(`Toeval: ${baseline.error}`);
  } else if (b0) {
    g.text(row, 0, `Bij willekeurige verdeling zou ${b0.dLabel.startsWith("D_M") ? "D_M" : "D"} gemiddeld ${nl3(b0.d.expected)} zijn en H ${nl3(b0.h.expected)}; de waargenomen waarden liggen ${nl3(b0.d.corrected)} en ${nl3(b0.h.corrected)} daarboven.`);
  }
  row += 2;

  g.text(row, 0, `Betrouwbaarheid (bootstrap, ${DEFAULT_DRAWS} trekkingen, startwaarde ${DEFAULT_SEED})`, true);
  g.text(row, 1, "Gecorrigeerd = voor de vertekening door de steekproef gecorrigeerde waarde; onder- en bovengrens van het 95%-interval.");
  row++;
  const intervals = attempt(() => bootstrapIntervalsOf(table.value ?? tabulate(columns.buurt, columns.segment, null), group));
  const iv = intervals.value;
  const line = (label: string, x: { observed: number; corrected: number; standardError: number; lower: number; upper: number }) =>
    [label, x.observed, finiteOrNull(x.corrected), finiteOrNull(x.standardError), finiteOrNull(x.lower), finiteOrNull(x.upper)];
  const intervalRows: (string | number | null)[][] = [
    [...INTERVAL_HEADER],
    ...(iv ? [line(iv.dLabel, iv.d), line("H", iv.h), line("M", iv.m)] : [["D"], ["H"], ["M"]]),
  ];
  row = writeBlock(g, row, intervalRows, live, [call("CONFIDENCE_INTERVAL", b, s, w, groupArg)]);
  if (intervals.error) {
    g.text(row, 0, intervals.error);
    warnings.push(`Betrouwbaarheid: ${intervals.error}`);
  } else if (iv && Number.isFinite(iv.h.lower)) {
    g.text(row, 0, `Met ${Math.round(DEFAULT_LEVEL * 100)}% betrouwbaarheid ligt H tussen ${nl3(iv.h.lower)} en ${nl3(iv.h.upper)} (waargenomen ${nl3(iv.h.observed)}).`);
  }
  return { row: row + 2, warnings };
}

/** Writes the change section from `row`; returns the next free row and any warnings. */
export function writeChangeSection(
  g: SheetGrid,
  row: number,
  columns: StockColumns,
  earlier: EarlierStock | null,
  /** The two stocks' count-block columns; null: static values. */
  args: { earlier: StockArguments; now: StockArguments } | null,
): { row: number; warnings: string[] } {
  const warnings: string[] = [];
  if (!earlier) {
    g.text(row, 0, "Verandering sinds een eerdere peiling", true);
    g.text(row + 1, 0, "Geen eerdere peiling gekozen. Kies in het taakvenster bij 'Vergelijk met' een eerdere voorraad (bijvoorbeeld de tabel van vorig jaar, in deze werkmap) en maak het rapport opnieuw.");
    return { row: row + 3, warnings };
  }
  g.text(row, 0, `Verandering sinds ${earlier.sourceLabel}`, true);
  g.text(row, 1, "Ontleding van het verschil in M en H (Shapley, Elbers 2021); de delen tellen op tot het verschil.");
  row++;
  const prev = earlier.columns;
  const result = attempt(() =>
    segregationChange({ areas: prev.buurt, categories: prev.segment, weights: null }, { areas: columns.buurt, categories: columns.segment, weights: null }),
  );
  const d = result.value;
  const pick = (t: ChangeTerms | undefined): (number | null)[] =>
    t ? [t.first, t.second, t.difference, t.additions, t.removals, t.categories, t.areas, t.structural].map(finiteOrNull) : CHANGE_ROW_LABELS.map(() => null);
  const ms = pick(d?.m);
  const hs = pick(d?.h);
  const rows: (string | number | null)[][] = [["onderdeel", "M", "H"], ...CHANGE_ROW_LABELS.map((label, k) => [label, ms[k], hs[k]])];
  const top = row;
  const formula = args ? [call("CHANGE", args.earlier.areas, args.earlier.categories, args.now.areas, args.now.categories, args.earlier.weights, args.now.weights)] : [];
  row = writeBlock(g, row, rows, args !== null, formula);
  g.text(top, 3, "toelichting (statisch: gemaakt met het rapport)", true);
  if (d) {
    const text = changeSentences(d.m);
    const sentences = [null, null, text.difference, text.additions, text.removals, text.categories, text.areas, text.structural];
    sentences.forEach((sentence, k) => {
      if (sentence) g.text(top + 1 + k, 3, sentence);
    });
  }
  if (result.error) {
    g.text(row, 0, result.error);
    warnings.push(`Verandering: ${result.error}`);
  }
  return { row: row + 2, warnings };
}

/** A spilled block: live = formula in the top-left cell and the rest marked spilled; else static values. */
function writeBlock(g: SheetGrid, row: number, rows: (string | number | null)[][], live: boolean, formula: Parameters<SheetGrid["formula"]>[2]): number {
  rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      const format = typeof value === "number" ? INDEX_FORMAT : undefined;
      if (live && r === 0 && c === 0) g.formula(row, 0, formula, value);
      else if (live) g.spilled(row + r, c, value, format);
      else if (typeof value === "string") g.text(row + r, c, value, r === 0);
      else g.value(row + r, c, value, format);
    });
  });
  if (!live) g.text(row, cells(rows) + 1, STATIC_NOTE);
  return row + rows.length;
}

function cells(rows: readonly unknown[][]): number {
  return Math.max(...rows.map((r) => r.length));
}
