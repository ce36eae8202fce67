/**
 * Horizontal stacked bars, one per category (area), each split into the series (segments) as shares of the bar.
 * The order is the caller's (the report sorts by social-rent share). Drawn as SVG with Fluent palette tokens; the
 * SVG is an image with a title and a description, and the same numbers are available as a table.
 */
import { tokens } from "@fluentui/react-components";
import { ChartFrame } from "./ChartFrame";
import { formatPercent, seriesColours, shorten } from "./chartFormat";

export interface StackedBarChartProps {
  title: string;
  labels: string[];
  series: { name: string; values: number[] }[];
  testId?: string;
}

const WIDTH = 400;
const LABEL_WIDTH = 112;
const RIGHT = 10;
const ROW = 24;
const BAR = 17;
const AXIS = 20;
const FONT = 11;

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
  const barWidth = WIDTH - LABEL_WIDTH - RIGHT;
  const height = labels.length * ROW + AXIS + 4;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <ChartFrame
      title={title}
      description={describe(title, labels, names, shares)}
      legend={names.map((name, i) => ({ name, colour: colours[i] }))}
      tableHeaders={["Gebied", ...names]}
      tableRows={labels.map((label, i) => ({ label, cells: shares[i].map((v) => formatPercent(v, true)) }))}
      testId={testId}
    >
      {({ titleId, descriptionId }) => (
        <svg
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          style={{ minWidth: "300px", display: "block", fontFamily: tokens.fontFamilyBase }}
          data-chart="stacked"
        >
          {ticks.map((t) => {
            const x = LABEL_WIDTH + t * barWidth;
            return (
              <g key={t}>
                <line x1={x} x2={x} y1={0} y2={labels.length * ROW} style={{ stroke: tokens.colorNeutralStroke2 }} strokeWidth={1} />
                <text
                  x={x}
                  y={labels.length * ROW + 14}
                  textAnchor={t === 0 ? "start" : t === 1 ? "end" : "middle"}
                  fontSize={FONT - 1}
                  style={{ fill: tokens.colorNeutralForeground3 }}
                >
                  {formatPercent(t)}
                </text>
              </g>
            );
          })}
          {labels.map((label, i) => {
            const y = i * ROW + (ROW - BAR) / 2;
            let x = LABEL_WIDTH;
            return (
              <g key={`${label}-${i}`} data-label={label} data-shares={JSON.stringify(shares[i])}>
                <text x={LABEL_WIDTH - 6} y={y + BAR / 2} dominantBaseline="central" textAnchor="end" fontSize={FONT} style={{ fill: tokens.colorNeutralForeground1 }}>
                  <title>{label}</title>
                  {shorten(label, 18)}
                </text>
                {shares[i].map((share, j) => {
                  const w = share * barWidth;
                  const start = x;
                  x += w;
                  if (w <= 0) return null;
                  return (
                    <g key={names[j]}>
                      <rect
                        x={start}
                        y={y}
                        width={w}
                        height={BAR}
                        style={{ fill: colours[j].fill, stroke: tokens.colorNeutralBackground1 }}
                        strokeWidth={0.75}
                        data-series={names[j]}
                        data-value={share}
                      >
                        <title>{`${label}, ${names[j]}: ${formatPercent(share, true)}`}</title>
                      </rect>
                      {w >= 28 && (
                        <text
                          x={start + w / 2}
                          y={y + BAR / 2}
                          dominantBaseline="central"
                          textAnchor="middle"
                          fontSize={FONT - 1}
                          style={{ fill: colours[j].text, pointerEvents: "none" }}
                        >
                          {formatPercent(share)}
                        </text>
                      )}
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      )}
    </ChartFrame>
  );
}
