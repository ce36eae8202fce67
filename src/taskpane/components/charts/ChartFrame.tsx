/**
 * What both charts share around the SVG: the title, a box that measures its width (the SVG is drawn at that width in
 * real pixels, so text stays 11–12 px; below MIN_CHART_WIDTH the box scrolls sideways and is keyboard focusable), the
 * first TOP_AREAS categories with "Meer tonen" for the rest, an HTML legend that wraps, and a "Tabel tonen" toggle
 * with all the numbers as a real table.
 */
import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular, TableRegular } from "@fluentui/react-icons";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { countText } from "../../../core/countText";
import type { SeriesColour } from "./chartFormat";
import { chartWidth, visibleCount } from "./chartLayout";
import { panelStyle } from "../panelStyle";

const useStyles = makeStyles({
  figure: {
    margin: 0,
    ...panelStyle,
  },
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& th": { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
    "& td": { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  },
  tableToggle: { alignSelf: "flex-start" },
});

export interface ChartFrameProps {
  title: string;
  /** Spoken summary of what the chart shows (the SVG's description). */
  description: string;
  legend?: { name: string; colour: SeriesColour }[];
  /** Column headers of the table alternative (first column = the categories). */
  tableHeaders: string[];
  tableRows: { label: string; cells: string[] }[];
  /** How many categories the chart has; above TOP_AREAS (+1) only the first are drawn until "Meer tonen". */
  categoryCount: number;
  /** Noun for the categories in "Meer tonen (nog 12 gebieden)": singular and plural. */
  categoryNoun?: [string, string];
  /** Renders the SVG at `width` px with the first `visible` categories; gets the ids to label it with. */
  children: (frame: { titleId: string; descriptionId: string; width: number; visible: number }) => ReactNode;
  testId?: string;
}

/** useLayoutEffect in the browser (measure before paint), useEffect on the server (where it does nothing, silently). */
const useBrowserLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/** The box's content width in px, followed as the pane is resized; null until measured (server render). */
function useBoxWidth(): [React.RefObject<HTMLDivElement>, number | null] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useBrowserLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function ChartFrame({ title, description, legend, tableHeaders, tableRows, categoryCount, categoryNoun = ["gebied", "gebieden"], children, testId }: ChartFrameProps) {
  const styles = useStyles();
  const titleId = useId("grafiek-titel");
  const descriptionId = useId("grafiek-beschrijving");
  const tableId = useId("grafiek-tabel");
  const [showTable, setShowTable] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [boxRef, boxWidth] = useBoxWidth();
  const width = chartWidth(boxWidth);
  const visible = visibleCount(categoryCount, expanded);
  const hidden = categoryCount - visibleCount(categoryCount, false);
  return (
    <figure className={styles.figure} aria-labelledby={titleId} data-testid={testId}>
      <Text as="h3" id={titleId} weight="semibold" size={300} style={{ margin: 0 }}>
        {title}
      </Text>
      {/* The box scrolls sideways in a very narrow pane; tabIndex lets keyboard users scroll it too. */}
      <div ref={boxRef} className={styles.scroll} tabIndex={0} role="group" aria-label={`${title} (grafiek)`} data-chart-width={width}>
        {children({ titleId, descriptionId, width, visible })}
      </div>
      {hidden > 0 && (
        <Button
          className={styles.tableToggle}
          size="small"
          appearance="subtle"
          icon={expanded ? <ChevronUpRegular /> : <ChevronDownRegular />}
          aria-expanded={expanded}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? "Minder tonen" : `Meer tonen (nog ${countText(hidden, categoryNoun[0], categoryNoun[1])})`}
        </Button>
      )}
      <p id={descriptionId} style={{ margin: 0 }}>
        <Text size={200}>{description}</Text>
      </p>
      {legend && legend.length > 0 && (
        <ul className={styles.legend} aria-label="Legenda">
          {legend.map((entry) => (
            <li key={entry.name} className={styles.legendItem}>
              <span className={styles.swatch} style={{ backgroundColor: entry.colour.fill }} aria-hidden="true" />
              <Text size={200}>{entry.name}</Text>
            </li>
          ))}
        </ul>
      )}
      <Button
        className={styles.tableToggle}
        size="small"
        appearance="subtle"
        icon={<TableRegular />}
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? "Tabel verbergen" : "Tabel tonen"}
      </Button>
      <div id={tableId} hidden={!showTable} className={styles.scroll}>
        {showTable && (
          <table className={styles.table}>
            <caption style={{ textAlign: "left" }}>
              <Text size={200}>{title}</Text>
            </caption>
            <thead>
              <tr>
                {tableHeaders.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tableRows.map((row, i) => (
                <tr key={`${row.label}-${i}`}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  );
}
