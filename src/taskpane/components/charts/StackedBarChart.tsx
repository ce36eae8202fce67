/**
 * Horizontal stacked bars, one per category (area), each split into the series (segments) as shares of the bar.
 * The order is the caller's (the report sorts by social-rent share). Drawn as SVG in real pixels at the width of the
 * pane (chartLayout.ts): labels 12 px, percentages 11 px, a percentage only inside a segment wide enough for it.
 * The SVG is an image with a title and a description; the same numbers are available as a table.
 */
import { tokens } from "@fluentui/react-components";
import { ChartFrame } from "./ChartFrame";
import { formatPercent, seriesColours } from "./chartFormat";
import { stackedBarLayout } from "./chartLayout";

export interface StackedBarChartProps {
  title: string;
  labels: string[];
  series: { name: string; values: number[] }[];
  testId?: string;
}

/** Share of each series in each category's bar: values divided by the category's total (0 when it is empty). */
export function sharesPerCategory(labels: readonly string[], series: readonly { values: readonly number[] }[]): number[][] {
  return labels.map((_, i) => {
    const values = series.map((s) => (Number.isFinite(s.values[i]) && s.values[i] > 0 ? s.values[i] : 0));
    const total = values.reduce((sum, v) => sum + v, 0);
    return values.map((v) => (total > 0 ? v / total : 0));
  });
}

function describe(title: string, labels: readonly string[], names: readonly string[], shares: number[][]): string {
  if (labels.length === 0) return `${title}: geen gegevens.`;
  // Speak about social rent when it is one of the series (the report sorts by it), else about the first series.
  const social = names.findIndex((name) => name.trim().toLowerCase() === "sociale huur");
  const focus = social >= 0 ? social : 0;
  const values = shares.map((row) => row[focus] ?? 0);
  let hi = 0;
  let lo = 0;
  values.forEach((v, i) => {
    if (v > values[hi]) hi = i;
    if (v < values[lo]) lo = i;
  });
  return (
    `Gestapelde staven, ${labels.length} in de volgorde van het rapport; per staaf het aandeel van ${names.join(", ")}. ` +
    `Hoogste aandeel ${names[focus]}: ${labels[hi]} (${formatPercent(values[hi])}); laagste: ${labels[lo]} (${formatPercent(values[lo])}).`
  );
}

export function StackedBarChart({ title, labels, series, testId }: StackedBarChartProps) {
  const names = series.map((s) => s.name);
  const colours = seriesColours(names);
  const shares = sharesPerCategory(labels, series);
  return (
    <ChartFrame
      title={title}
      description={describe(title, labels, names, shares)}
      legend={names.map((name, i) => ({ name, colour: colours[i] }))}
      tableHeaders={["Gebied", ...names]}
      tableRows={labels.map((label, i) => ({ label, cells: shares[i].map((v) => formatPercent(v, true)) }))}
      categoryCount={labels.length}
      testId={testId}
    >
      {({ titleId, descriptionId, width, visible }) => {
        const layout = stackedBarLayout(width, labels.slice(0, visible), shares.slice(0, visible), (v) => formatPercent(v));
        return (
          <svg
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descriptionId}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width={layout.width}
            height={layout.height}
            style={{ display: "block", fontFamily: tokens.fontFamilyBase }}
            data-chart="stacked"
          >
            {layout.ticks.map((tick) => (
              <g key={tick.text}>
                <line x1={tick.x} x2={tick.x} y1={0} y2={layout.plotBottom} style={{ stroke: tokens.colorNeutralStroke2 }} strokeWidth={1} />
                <text x={tick.x} y={tick.y} dominantBaseline="central" textAnchor={tick.anchor} fontSize={tick.fontPx} style={{ fill: tokens.colorNeutralForeground2 }}>
                  {tick.text}
                </text>
              </g>
            ))}
            {layout.rows.map((row) => {
              const label = labels[row.index];
              return (
                <g key={`${label}-${row.index}`} data-label={label} data-shares={JSON.stringify(shares[row.index])}>
                  <text x={row.label.x} y={row.label.y} dominantBaseline="central" textAnchor="end" fontSize={row.label.fontPx} style={{ fill: tokens.colorNeutralForeground1 }}>
                    <title>{label}</title>
                    {row.label.text}
                  </text>
                  {row.segments.map((segment) => (
                    <g key={names[segment.series]}>
                      <rect
                        x={segment.x}
                        y={row.y}
                        width={segment.width}
                        height={layout.barHeight}
                        style={{ fill: colours[segment.series].fill, stroke: tokens.colorNeutralBackground1 }}
                        strokeWidth={0.75}
                        data-series={names[segment.series]}
                        data-value={segment.share}
                      >
                        <title>{`${label}, ${names[segment.series]}: ${formatPercent(segment.share, true)}`}</title>
                      </rect>
                      {segment.label && (
                        <text
                          x={segment.label.x}
                          y={segment.label.y}
                          dominantBaseline="central"
                          textAnchor="middle"
                          fontSize={segment.label.fontPx}
                          style={{ fill: colours[segment.series].text, pointerEvents: "none" }}
                        >
                          {segment.label.text}
                        </text>
                      )}
                    </g>
                  ))}
                </g>
              );
            })}
          </svg>
        );
      }}
    </ChartFrame>
  );
}
