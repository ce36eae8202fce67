/**
 * A plain horizontal bar chart (e.g. the scale decomposition: total, between wijken, within wijken). One bar per
 * category and series; the value is written at the end of each bar. SVG with Fluent tokens, title, description and
 * a table alternative.
 */
import { tokens } from "@fluentui/react-components";
import { ChartFrame } from "./ChartFrame";
import { formatNumber, seriesColours, shorten } from "./chartFormat";

export interface BarChartProps {
  title: string;
  labels: string[];
  series: { name: string; values: number[] }[];
  /** How values are written (default: up to three decimals, Dutch). */
  format?: (value: number) => string;
  testId?: string;
}

const WIDTH = 400;
const LABEL_WIDTH = 130;
const VALUE_SPACE = 52;
const BAR = 16;
const GAP = 8;
const FONT = 11;

export function BarChart({ title, labels, series, format = formatNumber, testId }: BarChartProps) {
  const names = series.map((s) => s.name);
  const colours = seriesColours(names);
  const all = series.flatMap((s) => s.values.filter((v) => Number.isFinite(v)));
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const plot = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const zero = LABEL_WIDTH + (-min / span) * plot;
  const groupHeight = series.length * BAR + GAP;
  const height = Math.max(1, labels.length) * groupHeight + 4;
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
          data-chart="bar"
        >
          <line x1={zero} x2={zero} y1={0} y2={height - 4} style={{ stroke: tokens.colorNeutralStroke1 }} strokeWidth={1} />
          {labels.map((label, i) => {
            const top = i * groupHeight + GAP / 2;
            return (
              <g key={`${label}-${i}`} data-label={label}>
                <text
                  x={LABEL_WIDTH - 6}
                  y={top + (series.length * BAR) / 2}
                  dominantBaseline="central"
                  textAnchor="end"
                  fontSize={FONT}
                  style={{ fill: tokens.colorNeutralForeground1 }}
                >
                  <title>{label}</title>
                  {shorten(label, 22)}
                </text>
                {series.map((s, j) => {
                  const value = Number.isFinite(s.values[i]) ? s.values[i] : 0;
                  const w = (Math.abs(value) / span) * plot;
                  const x = value >= 0 ? zero : zero - w;
                  const y = top + j * BAR;
                  return (
                    <g key={s.name}>
                      <rect
                        x={x}
                        y={y + 1}
                        width={Math.max(w, value === 0 ? 0 : 1)}
                        height={BAR - 2}
                        style={{ fill: colours[j].fill }}
                        data-series={s.name}
                        data-value={s.values[i]}
                      >
                        <title>{`${label}${multi ? `, ${s.name}` : ""}: ${format(s.values[i])}`}</title>
                      </rect>
                      <text
                        x={value >= 0 ? x + w + 4 : x - 4}
                        y={y + BAR / 2}
                        dominantBaseline="central"
                        textAnchor={value >= 0 ? "start" : "end"}
                        fontSize={FONT - 1}
                        style={{ fill: tokens.colorNeutralForeground2 }}
                      >
                        {format(s.values[i])}
                      </text>
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
