/**
 * What both charts share around the SVG: the title, a scrollable box (keyboard focusable, so a narrow pane can scroll
 * it), an HTML legend that wraps, and a "Tabel tonen" toggle with the same numbers as a real table.
 */
import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { TableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { ReactNode } from "react";
import type { SeriesColour } from "./chartFormat";

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
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
  /** Renders the SVG; gets the ids to label it with. */
  children: (ids: { titleId: string; descriptionId: string }) => ReactNode;
  testId?: string;
}

export function ChartFrame({ title, description, legend, tableHeaders, tableRows, children, testId }: ChartFrameProps) {
  const styles = useStyles();
  const titleId = useId("grafiek-titel");
  const descriptionId = useId("grafiek-beschrijving");
  const tableId = useId("grafiek-tabel");
  const [showTable, setShowTable] = useState(false);
  return (
    <figure className={styles.figure} aria-labelledby={titleId} data-testid={testId}>
      <Text as="h3" id={titleId} weight="semibold" size={300} style={{ margin: 0 }}>
        {title}
      </Text>
      {/* The box scrolls sideways in a very narrow pane; tabIndex lets keyboard users scroll it too. */}
      <div className={styles.scroll} tabIndex={0} role="group" aria-label={`${title} (grafiek)`}>
        {children({ titleId, descriptionId })}
      </div>
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
