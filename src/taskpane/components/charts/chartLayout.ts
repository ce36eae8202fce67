/**
 * Geometry of the pane's charts, in real CSS pixels: the SVG is drawn at the width of its box (no viewBox scaling), so
 * text keeps its size at 320–400 px. Pure functions, so tests can check at any width that text is at least 11 px,
 * that no label overlaps another, and what is left out (a label that does not fit is cut with "…", a segment too
 * narrow for its percentage shows none; the full numbers stay in the tooltip and the table).
 */

/** Category labels (areas). */
export const LABEL_FONT = 12;
/** Values, percentages and axis ticks: the smallest text in a chart. */
export const SMALL_FONT = 11;
/** Narrower than this the chart does not shrink further: its box scrolls sideways instead. */
export const MIN_CHART_WIDTH = 280;
/** Width used before the box is measured (server render, first paint). */
export const DEFAULT_CHART_WIDTH = 340;
/** Areas shown before "Meer tonen" (the table alternative always has all of them). */
export const TOP_AREAS = 10;

/**
 * A safe upper estimate of a text's width in px: 0.62 em per character. Segoe UI (Fluent's font) averages about
 * 0.5 em for lower-case text and digits; the margin covers capitals and wider fallback fonts.
 */
export function textWidth(text: string, fontPx: number): number {
  return text.length * fontPx * 0.62;
}

/**
 * The label cut with "…" until it fits `maxWidth` at `fontPx` (at least one character and the ellipsis). A CBS area
 * code (BU/WK/GM and digits) keeps its end instead: the codes of one gemeente share their start, so "BU999902…" would
 * make every row look alike, while "…9990201" still tells them apart.
 */
export function fitText(text: string, maxWidth: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontPx * 0.62)) - 1);
  if (/^(BU|WK|GM)\d+$/i.test(text.trim())) return `…${text.trim().slice(-chars)}`;
  return `${text.slice(0, chars).trimEnd()}…`;
}

/** The drawing width for a measured box width: the box itself, but never below MIN_CHART_WIDTH. */
export function chartWidth(boxWidth: number | null): number {
  const width = boxWidth === null || !Number.isFinite(boxWidth) || boxWidth <= 0 ? DEFAULT_CHART_WIDTH : Math.floor(boxWidth);
  return Math.max(MIN_CHART_WIDTH, width);
}

/** Width of the label column: what the longest label needs, at most 38% of the chart. */
export function labelColumnWidth(labels: readonly string[], width: number): number {
  const longest = Math.max(0, ...labels.map((label) => textWidth(label, LABEL_FONT)));
  // +10: 6 px gap to the bars and room for rounding, so a label that fits is never cut (fitText allows width − 8).
  return Math.ceil(Math.min(width * 0.38, Math.max(48, longest + 10)));
}

/** Which categories to draw: all when expanded or when there are at most `limit` (+1: hiding one is silly). */
export function visibleCount(total: number, expanded: boolean, limit = TOP_AREAS): number {
  return expanded || total <= limit + 1 ? total : limit;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box of a text drawn at (x, y) with this anchor and a central baseline. */
export function textBox(text: string, x: number, y: number, fontPx: number, anchor: "start" | "middle" | "end"): Box {
  const width = textWidth(text, fontPx);
  const left = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
  return { x: left, y: y - fontPx / 2, width, height: fontPx };
}

export interface PlacedText {
  text: string;
  /** The full text when `text` was cut (for a tooltip). */
  full: string;
  x: number;
  y: number;
  fontPx: number;
  anchor: "start" | "middle" | "end";
}

export interface StackedSegment {
  series: number;
  x: number;
  width: number;
  share: number;
  /** The percentage written inside, or null when the segment is too narrow for it. */
  label: PlacedText | null;
}

export interface StackedRow {
  index: number;
  label: PlacedText;
  y: number;
  segments: StackedSegment[];
}

export interface StackedLayout {
  width: number;
  height: number;
  barHeight: number;
  plotLeft: number;
  plotRight: number;
  plotBottom: number;
  rows: StackedRow[];
  ticks: PlacedText[];
}

const STACK_ROW = 26;
const STACK_BAR = 20;
const STACK_AXIS = 20;

/**
 * Stacked bars, one row per category: label column, bar from plotLeft to plotRight split by the shares, and a
 * percentage axis below. `format` writes a share (e.g. "36%").
 */
export function stackedBarLayout(
  width: number,
  labels: readonly string[],
  shares: readonly (readonly number[])[],
  format: (share: number) => string,
): StackedLayout {
  const labelWidth = labelColumnWidth(labels, width);
  const plotLeft = labelWidth;
  // Room on the right for half of the "100%" tick.
  const plotRight = width - Math.ceil(textWidth(format(1), SMALL_FONT) / 2) - 2;
  const plot = plotRight - plotLeft;
  const rows: StackedRow[] = labels.map((label, i) => {
    const y = i * STACK_ROW + (STACK_ROW - STACK_BAR) / 2;
    let x = plotLeft;
    const segments: StackedSegment[] = [];
    (shares[i] ?? []).forEach((share, series) => {
      const w = share * plot;
      const start = x;
      x += w;
      if (w <= 0) return;
      const text = format(share);
      const fits = textWidth(text, SMALL_FONT) + 6 <= w;
      segments.push({
        series,
        x: start,
        width: w,
        share,
        label: fits ? { text, full: text, x: start + w / 2, y: y + STACK_BAR / 2, fontPx: SMALL_FONT, anchor: "middle" } : null,
      });
    });
    const shown = fitText(label, labelWidth - 8, LABEL_FONT);
    return { index: i, y, segments, label: { text: shown, full: label, x: labelWidth - 6, y: y + STACK_BAR / 2, fontPx: LABEL_FONT, anchor: "end" } };
  });
  const plotBottom = labels.length * STACK_ROW;
  const ticks: PlacedText[] = [0, 0.25, 0.5, 0.75, 1].map((t) => {
    const text = format(t);
    return { text, full: text, x: plotLeft + t * plot, y: plotBottom + 12, fontPx: SMALL_FONT, anchor: t === 0 ? "start" : "middle" };
  });
  return { width, height: plotBottom + STACK_AXIS, barHeight: STACK_BAR, plotLeft, plotRight, plotBottom, rows, ticks };
}

export interface PlainBar {
  series: number;
  x: number;
  y: number;
  width: number;
  value: number;
  label: PlacedText;
}

export interface PlainBarRow {
  index: number;
  label: PlacedText;
  bars: PlainBar[];
}

export interface PlainBarLayout {
  width: number;
  height: number;
  barHeight: number;
  zero: number;
  rows: PlainBarRow[];
}

const PLAIN_BAR = 18;
const PLAIN_GAP = 10;

/** Horizontal bars per category and series, the value written beyond the end of each bar. */
export function plainBarLayout(
  width: number,
  labels: readonly string[],
  series: readonly { values: readonly number[] }[],
  format: (value: number) => string,
): PlainBarLayout {
  const labelWidth = labelColumnWidth(labels, width);
  const values = series.flatMap((s) => s.values.filter((v) => Number.isFinite(v)));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const valueSpace = Math.ceil(Math.max(24, ...series.flatMap((s) => s.values.map((v) => textWidth(format(v), SMALL_FONT))))) + 6;
  // Negative values write their number to the left of the bar, so the plot keeps room there too.
  const left = labelWidth + (min < 0 ? valueSpace : 0);
  const plot = Math.max(40, width - left - valueSpace);
  const zero = left + (-min / span) * plot;
  const groupHeight = series.length * PLAIN_BAR + PLAIN_GAP;
  const rows: PlainBarRow[] = labels.map((label, i) => {
    const top = i * groupHeight + PLAIN_GAP / 2;
    const bars = series.map((s, j) => {
      const raw = s.values[i];
      const value = Number.isFinite(raw) ? raw : 0;
      const w = (Math.abs(value) / span) * plot;
      const x = value >= 0 ? zero : zero - w;
      const y = top + j * PLAIN_BAR;
      const text = format(raw);
      return {
        series: j,
        x,
        y,
        width: w,
        value: raw,
        label: { text, full: text, x: value >= 0 ? x + w + 4 : x - 4, y: y + PLAIN_BAR / 2, fontPx: SMALL_FONT, anchor: value >= 0 ? ("start" as const) : ("end" as const) },
      };
    });
    const shown = fitText(label, labelWidth - 8, LABEL_FONT);
    return { index: i, bars, label: { text: shown, full: label, x: labelWidth - 6, y: top + (series.length * PLAIN_BAR) / 2, fontPx: LABEL_FONT, anchor: "end" } };
  });
  return { width, height: Math.max(1, labels.length) * groupHeight + 4, barHeight: PLAIN_BAR - 2, zero, rows };
}
