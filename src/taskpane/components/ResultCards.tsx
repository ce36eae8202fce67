/**
 * What the last run made: one card per report with its key figures (D, H, share of social rent; the verdicts of the
 * allocation checks), its remarks, and "Blad tonen" to select the report sheet; a card for the partner copy with its
 * file name. When a run ends the heading takes the focus and the cards are scrolled into view.
 */
import { Badge, Card, CardHeader, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, OpenRegular, ShieldLockRegular, WarningRegular } from "@fluentui/react-icons";
import type { SheetKind } from "../../core/mapping";
import { KIND_LABEL } from "../analysisView";
import type { KeyFigure } from "../../core/report/keyFigures";
import { countText } from "../../core/countText";
import { formatNumber, formatPercent } from "./charts/chartFormat";
import type { ResultCard } from "../useAnalyses";

const useStyles = makeStyles({
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  card: { minWidth: 0 },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  figure: { display: "flex", flexDirection: "column", minWidth: 0, margin: 0 },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", margin: 0 },
  remarks: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

function figureText(figure: KeyFigure): string {
  if (figure.value === null) return "—";
  if (typeof figure.value === "string") return figure.value;
  if (figure.format === "share") return formatPercent(figure.value, true);
  if (figure.format === "count") return String(figure.value);
  return formatNumber(figure.value);
}

function Figure({ figure }: { figure: KeyFigure }) {
  const styles = useStyles();
  const text = figureText(figure);
  return (
    <div className={styles.figure}>
      <dt className={styles.label}>{figure.label}</dt>
      <dd className={styles.value} title={figure.note}>
        {figure.tone ? (
          <Badge appearance="tint" color={figure.tone === "good" ? "success" : "danger"}>
            {text}
          </Badge>
        ) : (
          text
        )}
        {figure.note && figure.value !== null && typeof figure.value === "number" && figure.format === "count" && (
          <Text size={200} weight="regular"> {figure.note}</Text>
        )}
      </dd>
    </div>
  );
}

export function ResultCards({
  cards,
  onShowSheet,
  onCheckSource,
  sheetNote,
}: {
  cards: ResultCard[];
  onShowSheet: (sheetName: string) => void;
  /** Opens the data line of a source whose rows were skipped (column and value mapping, skipped rows by reason). */
  onCheckSource: (kind: SheetKind) => void;
  sheetNote: string | null;
}) {
  const styles = useStyles();
  return (
    <div className={styles.cards} data-testid="samenvattingen">
      {cards.map((card) => (
        <Card key={card.id} className={styles.card} data-card={card.id} aria-labelledby={`kaart-${card.id}`}>
          <CardHeader
            image={card.sheetName ? <DocumentTableRegular fontSize={20} aria-hidden="true" /> : <ShieldLockRegular fontSize={20} aria-hidden="true" />}
            header={
              <Text as="h3" id={`kaart-${card.id}`} weight="semibold" style={{ margin: 0 }}>
                {card.title}
              </Text>
            }
            description={<Text size={200}>{card.summary}</Text>}
          />
          {card.figures.length > 0 && (
            <dl className={styles.figures} aria-label={`Kerncijfers ${card.title.toLowerCase()}`}>
              {card.figures.map((figure) => (
                <Figure key={figure.label} figure={figure} />
              ))}
            </dl>
          )}
          {card.rowsRead && <Text size={200}>{card.rowsRead}</Text>}
          {card.fileName && <Text size={200}>Bestand: {card.fileName}</Text>}
          {card.warnings.length > 0 && (
            <details>
              <summary>
                <Text size={200}>{countText(card.warnings.length, "opmerking", "opmerkingen")}</Text>
              </summary>
              <ul className={styles.remarks}>
                {card.warnings.map((warning, i) => (
                  <li key={i}>{warning}</li>
                ))}
              </ul>
            </details>
          )}
          {(card.sheetName || (card.source && card.source.skipped > 0)) && (
            <div className={styles.actions}>
              {card.sheetName && (
                <Link as="button" onClick={() => onShowSheet(card.sheetName!)}>
                  <OpenRegular aria-hidden="true" /> Blad {card.sheetName} tonen
                </Link>
              )}
              {card.source && card.source.skipped > 0 && (
                <Link as="button" onClick={() => onCheckSource(card.source!.kind)}>
                  <WarningRegular aria-hidden="true" /> {KIND_LABEL[card.source.kind]} controleren ({countText(card.source.skipped, "rij", "rijen")} overgeslagen)
                </Link>
              )}
            </div>
          )}
        </Card>
      ))}
      {sheetNote && (
        <Text size={200} role="status">
          {sheetNote}
        </Text>
      )}
    </div>
  );
}
