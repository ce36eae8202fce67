/**
 * A plain horizontal bar chart (e.g. the scale decomposition: total, between wijken, within wijken). One bar per
 * category and series; the value is written at the end of each bar. SVG in real pixels at the pane's width
 * (chartLayout.ts), with Fluent tokens, title, description and a table alternative.
 */
import { tokens } from "@fluentui/react-components";
import { ChartFrame } from "./ChartFrame";
import { formatNumber, seriesColours } from "./chartFormat";
import { plainBarLayout } from "./chartLayout";

export interface BarChartProps {
  title: string;
  labels: string[];
  series: { name: string; values: number[] }[];
  /** How values are written (default: up to three decimals, Dutch). */
  format?: (value: number) => string;
  testId?: string;
}

export function BarChart({ title, labels, series, format = formatNumber, testId }: BarChartProps) {
  const names = series.map((s) => s.name);
  const colours = seriesColours(names);
  const multi = series.length > 1;
  const description =
    labels.length === 0
      ? `${title}: geen gegevens.`
      : `Staafdiagram: ${labels
          .map((label, i) => series.map((s) => `${label}${multi ? ` (${s.name})` : ""} ${format(s.values[i])}`).join(", "))
          .join("; ")}.`;
  return (
    <ChartFrame
      title={title}
      description={description}
      legend={multi ? names.map((name, i) => ({ name, colour: colours[i] })) : undefined}
      tableHeaders={["Onderdeel", ...names]}
      tableRows={labels.map((label, i) => ({ label, cells: series.map((s) => format(s.values[i])) }))}
      categoryCount={labels.length}
      categoryNoun={["onderdeel", "onderdelen"]}
      testId={testId}
    >
      {({ titleId, descriptionId, width, visible }) => {
        const layout = plainBarLayout(width, labels.slice(0, visible), series.map((s) => ({ values: s.values.slice(0, visible) })), format);
        return (
          <svg
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descriptionId}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width={layout.width}
            height={layout.height}
            style={{ display: "block", fontFamily: tokens.fontFamilyBase }}
            data-chart="bar"
          >
            <line x1={layout.zero} x2={layout.zero} y1={0} y2={layout.height - 4} style={{ stroke: tokens.colorNeutralStroke1 }} strokeWidth={1} />
            {layout.rows.map((row) => {
              const label = labels[row.index];
              return (
                <g key={`${label}-${row.index}`} data-label={label}>
                  <text x={row.label.x} y={row.label.y} dominantBaseline="central" textAnchor="end" fontSize={row.label.fontPx} style={{ fill: tokens.colorNeutralForeground1 }}>
                    <title>{label}</title>
                    {row.label.text}
                  </text>
                  {row.bars.map((bar) => (
                    <g key={names[bar.series]}>
                      <rect
                        x={bar.x}
                        y={bar.y + 1}
                        width={Math.max(bar.width, bar.value === 0 ? 0 : 1)}
                        height={layout.barHeight}
                        style={{ fill: colours[bar.series].fill }}
                        data-series={names[bar.series]}
                        data-value={bar.value}
                      >
                        <title>{`${label}${multi ? `, ${names[bar.series]}` : ""}: ${bar.label.text}`}</title>
                      </rect>
                      <text
                        x={bar.label.x}
                        y={bar.label.y}
                        dominantBaseline="central"
                        textAnchor={bar.label.anchor}
                        fontSize={bar.label.fontPx}
                        style={{ fill: tokens.colorNeutralForeground2 }}
                      >
                        {bar.label.text}
                      </text>
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
