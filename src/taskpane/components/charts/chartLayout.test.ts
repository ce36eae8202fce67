/**
 * The pane's charts at the widths of Excel's task pane (320–400 px, and the 280 px floor): every text at least 11 px,
 * no text overlapping another, percentages only inside segments wide enough, nothing drawn outside the SVG, and
 * "Meer tonen" limiting long area lists.
 */
import { formatNumber, formatPercent } from "./chartFormat";
import { SMALL_FONT, overlaps, plainBarLayout, stackedBarLayout, textBox, textWidth, fitText, visibleCount, chartWidth, MIN_CHART_WIDTH, TOP_AREAS } from "./chartLayout";
import type { PlacedText } from "./chartLayout";
import { sharesPerCategory } from "./StackedBarChart";

const AREAS = ["Lindenhof", "Vogelbuurt", "Schildersbuurt-Noord en Kanaalstrook", "Kanaalstrook", "Dijkzicht", "Centrum-Oost", "BU99990101", "Parkzoom"];
// Shares per segment, including slivers (0.5%, 2%) where no percentage fits.
const SERIES = [
  { name: "sociale huur", values: [0.82, 0.78, 0.65, 0.55, 0.45, 0.35, 0.1, 0.005] },
  { name: "middenhuur", values: [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.3, 0.02] },
  { name: "vrije sector huur", values: [0.03, 0.02, 0.1, 0.05, 0.1, 0.15, 0.2, 0.175] },
  { name: "koop", values: [0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.4, 0.8] },
];
const WIDTHS = [280, 300, 320, 340, 360, 380, 400];

function assertLegible(texts: PlacedText[], width: number, height: number) {
  for (const t of texts) expect(t.fontPx).toBeGreaterThanOrEqual(11);
  const boxes = texts.map((t) => ({ t, box: textBox(t.text, t.x, t.y, t.fontPx, t.anchor) }));
  for (const { box } of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(-0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i].box, boxes[j].box)) throw new Error(`'${boxes[i].t.text}' overlaps '${boxes[j].t.text}' at ${width}px`);
    }
  }
}

describe("stacked bars at task-pane widths", () => {
  const shares = sharesPerCategory(AREAS, SERIES);
  it.each(WIDTHS)("%i px: text ≥ 11 px, no overlap, percentages only where they fit", (width) => {
    const layout = stackedBarLayout(width, AREAS, shares, (v) => formatPercent(v));
    expect(layout.width).toBe(width);
    const texts = [...layout.ticks, ...layout.rows.flatMap((r) => [r.label, ...r.segments.flatMap((s) => (s.label ? [s.label] : []))])];
    assertLegible(texts, width, layout.height);
    for (const row of layout.rows) {
      // The label stays in its column, left of the bars.
      expect(textBox(row.label.text, row.label.x, row.label.y, row.label.fontPx, "end").x + textWidth(row.label.text, row.label.fontPx)).toBeLessThanOrEqual(layout.plotLeft);
      for (const segment of row.segments) {
        expect(segment.x + segment.width).toBeLessThanOrEqual(layout.plotRight + 1e-9);
        if (segment.label) expect(textWidth(segment.label.text, SMALL_FONT)).toBeLessThanOrEqual(segment.width);
      }
      // Bars are whole: segments add up to the plot width.
      expect(row.segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(layout.plotRight - layout.plotLeft, 6);
    }
    // The 0.5% sliver of Parkzoom has no percentage written in it.
    expect(layout.rows[7].segments.find((s) => s.series === 0)?.label).toBeNull();
    // A long name is cut with an ellipsis; the full name stays with it (tooltip, table).
    const long = layout.rows[2].label;
    expect(long.text.endsWith("…")).toBe(true);
    expect(long.full).toBe(AREAS[2]);
  });
});

describe("plain bars at task-pane widths", () => {
  const scale = [{ values: [0.182, -0.05, 0.061] }];
  it.each(WIDTHS)("%i px: values and labels ≥ 11 px without overlap, also for a negative value", (width) => {
    const layout = plainBarLayout(width, ["Totaal (buurten)", "Tussen wijken", "Binnen wijken"], scale, formatNumber);
    const texts = layout.rows.flatMap((r) => [r.label, ...r.bars.map((b) => b.label)]);
    assertLegible(texts, width, layout.height);
  });
  it("keeps two series per category apart", () => {
    const layout = plainBarLayout(320, ["complex → buurt", "buurt → wijk"], [{ values: [0.12, 0.3] }, { values: [0.06, 0.01] }], formatNumber);
    assertLegible(layout.rows.flatMap((r) => [r.label, ...r.bars.map((b) => b.label)]), 320, layout.height);
  });
});

describe("how much is drawn", () => {
  it("shows the first areas until 'Meer tonen', and never hides a single one", () => {
    expect(visibleCount(40, false)).toBe(TOP_AREAS);
    expect(visibleCount(40, true)).toBe(40);
    expect(visibleCount(TOP_AREAS + 1, false)).toBe(TOP_AREAS + 1);
    expect(visibleCount(3, false)).toBe(3);
  });
  it("draws at the measured width, scrolling below the floor", () => {
    expect(chartWidth(336)).toBe(336);
    expect(chartWidth(200)).toBe(MIN_CHART_WIDTH);
    expect(chartWidth(null)).toBeGreaterThanOrEqual(MIN_CHART_WIDTH);
  });
});

describe("fitText", () => {
  it("keeps the distinguishing end of CBS codes and the start of names", () => {
    const codes = ["BU99990201", "BU99990202", "BU99990403"].map((c) => fitText(c, 60, 12));
    for (const cut of codes) expect(textWidth(cut, 12)).toBeLessThanOrEqual(60);
    expect(codes.every((c) => c.startsWith("…"))).toBe(true);
    expect(new Set(codes).size).toBe(3);
    expect(fitText("Oude Westerkwartier-Noord", 60, 12).endsWith("…")).toBe(true);
    expect(fitText("BU1", 60, 12)).toBe("BU1");
  });
});
