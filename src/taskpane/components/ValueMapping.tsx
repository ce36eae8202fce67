/**
 * The value mapping of one source, beside its column mapping: for each categorical column (eigendom, segment,
 * toewijzingsgrond, huurtoeslaggerechtigd) every distinct value of the WHOLE source with its exact count and what it is
 * read as, unknown values first; the user picks a reading per value and saves it in the workbook. Above it, the rows
 * read and the skipped rows grouped by reason, as the report sheet shows them. Self-contained (own state via
 * useValueMapping), so the Analyses layout can place it where it fits.
 */
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ArrowSyncRegular, SaveRegular } from "@fluentui/react-icons";
import type { AnalysisService, SourceProposal } from "../../analysis/AnalysisService";
import type { SheetKind } from "../../core/mapping";
import type { FieldValues } from "../../core/readers/valueSummary";
import type { RowAccountSummary } from "../../core/rows/rowAccount";
import type { DataSource } from "../../workbook/AnalysisWorkbook";
import { KIND_LABEL } from "../analysisView";
import { countText, pluralForm } from "../../core/countText";
import { draftReading, openUnknowns, useValueMapping, type ValueMappingState } from "../useValueMapping";
import type { SourceState } from "../useAnalyses";
import { panelStyle } from "./panelStyle";

const UNKNOWN = "__onbekend__";
const nl = (n: number) => n.toLocaleString("nl-NL");

const useStyles = makeStyles({
  root: {
    ...panelStyle,
  },
  heading: { margin: 0 },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    "& th, & td": { padding: `2px ${tokens.spacingHorizontalXXS}`, verticalAlign: "middle", textAlign: "left", fontSize: tokens.fontSizeBase200 },
    "& thead th": { fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& tbody th": { fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
    "& td.aantal": { textAlign: "right", paddingRight: tokens.spacingHorizontalS },
  },
  colValue: { width: "42%" },
  colCount: { width: "18%" },
  colReading: { width: "40%" },
  cellDropdown: { minWidth: 0, width: "100%", "& button": { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** Rows read and skipped rows by reason, the same grouping as on the report sheet. */
export function RowsRead({ rows, label }: { rows: RowAccountSummary; label: string }) {
  const styles = useStyles();
  return (
    <div data-testid="gelezen-rijen">
      <Text size={200} weight="semibold">
        Rijen gelezen {nl(rows.read)} van {nl(rows.total)}
      </Text>
      {rows.skipped > 0 && (
        <ul className={styles.list} aria-label={`Overgeslagen rijen ${label}`}>
          {rows.groups.map((g) => (
            <li key={`${g.code}|${g.value ?? ""}`}>
              {g.text}: {countText(g.count, "rij", "rijen")} ({pluralForm(g.firstRows.length, "rij", "rijen")} {g.firstRows.join(", ")}
              {g.count > g.firstRows.length ? ", …" : ""})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FieldTable({ field, state, disabled, lower }: { field: FieldValues; state: ValueMappingState; disabled: boolean; lower: string }) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={`Waarden van ${field.name} (${lower})`} data-field={field.field}>
      <caption style={{ textAlign: "left" }}>
        <Text size={200} weight="semibold">
          {field.name} (kolom '{field.header}', {nl(field.filled)} gevulde cellen{field.yesNo ? ", gelezen als voorrang ja/nee" : ""})
        </Text>
      </caption>
      <colgroup>
        <col className={styles.colValue} />
        <col className={styles.colCount} />
        <col className={styles.colReading} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Waarde</th>
          <th scope="col">Aantal</th>
          <th scope="col">Gelezen als</th>
        </tr>
      </thead>
      <tbody>
        {field.values.map((v) => {
          const chosen = draftReading(state.draft, field.field, v.value);
          const builtIn = v.source === "builtIn" ? v.reading : null;
          const reading = chosen ?? builtIn;
          const shown = reading ?? "onbekend";
          return (
            <tr key={v.value} data-value={v.value}>
              <th scope="row">
                {v.value}{" "}
                {v.source === "unknown" && chosen === undefined && (
                  <Badge appearance="tint" color="danger" size="small">
                    onbekend
                  </Badge>
                )}
              </th>
              <td className="aantal">{nl(v.count)}</td>
              <td>
                <Dropdown
                  className={styles.cellDropdown}
                  size="small"
                  disabled={disabled}
                  aria-label={`${field.name} '${v.value}' lezen als`}
                  value={shown}
                  selectedOptions={[reading ?? UNKNOWN]}
                  onOptionSelect={(_, d) => {
                    const picked = d.optionValue === UNKNOWN || d.optionValue === undefined ? null : d.optionValue;
                    // choosing the built-in reading again removes the user's entry
                    state.choose(field.field, v.value, picked !== null && picked === builtIn ? null : picked);
                  }}
                >
                  {builtIn === null && (
                    <Option value={UNKNOWN} text="onbekend">
                      onbekend
                    </Option>
                  )}
                  {field.readings.map((r) => (
                    <Option key={r} value={r} text={r}>
                      {r === builtIn ? `${r} (ingebouwd)` : r}
                    </Option>
                  ))}
                </Dropdown>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Why the values cannot be read yet: the column mapping must be confirmed first (the values depend on it). */
export function valueMappingBlock(state: SourceState | null): string | null {
  if (!state) return null;
  if (state.changed) return "Bevestig eerst de kolomindeling hierboven: de waarden hangen af van de gekozen kolommen.";
  if (!state.proposal.fromStorage) return "Bevestig eerst de kolomindeling hierboven; daarna kunt u de waarden bekijken en koppelen.";
  return null;
}

interface Props {
  service: AnalysisService;
  kind: SheetKind;
  source: DataSource | null;
  /** Shown instead of the values when they cannot be read yet. */
  blockedReason?: string | null;
  /** Norms year for derived segments (the rows read depend on it). */
  year: number;
  disabled?: boolean;
  onSaved?: (proposal: SourceProposal) => void;
}

export function ValueMapping({ service, kind, source, blockedReason = null, year, disabled = false, onSaved }: Props) {
  const styles = useStyles();
  const headingId = useId("waarden-kop");
  const state = useValueMapping(service, kind, source, year, onSaved);
  const lower = KIND_LABEL[kind].toLowerCase();
  if (!source) return null;
  if (blockedReason) {
    return (
      <section className={styles.root} aria-labelledby={headingId} data-testid={`waarden-${kind}`}>
        <Text as="h3" id={headingId} weight="semibold" size={300} className={styles.heading}>
          Waarden {lower}
        </Text>
        <Text size={200}>{blockedReason}</Text>
      </section>
    );
  }
  const { overview, busy } = state;
  const open = overview ? openUnknowns(overview, state.draft) : null;
  const locked = disabled || busy !== null;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid={`waarden-${kind}`}>
      <Text as="h3" id={headingId} weight="semibold" size={300} className={styles.heading}>
        Waarden {lower}
      </Text>
      {!overview && (
        <Text size={200}>
          Bekijk welke waarden de hele bron bevat (eigendom, segment, toewijzingsgrond, ja/nee) en hoe Mengwijzer ze leest. Onbekende
          waarden koppelt u hier, zodat geen rij ongemerkt wegvalt.
        </Text>
      )}
      {overview && <RowsRead rows={overview.rows} label={lower} />}
      {overview && open && open.values > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {countText(open.values, "onbekende waarde", "onbekende waarden")} in {countText(open.rows, "rij", "rijen")}: kies wat ze betekenen en sla op.
          </MessageBarBody>
        </MessageBar>
      )}
      {overview?.fields.map((field) => <FieldTable key={field.field} field={field} state={state} disabled={locked} lower={lower} />)}
      {overview && overview.fields.length === 0 && <Text size={200}>Deze bron heeft geen gekoppelde kolom met categorieën.</Text>}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.saved && (
        <MessageBar intent="success">
          <MessageBarBody>{state.saved}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button disabled={locked} icon={busy && !overview ? <Spinner size="tiny" /> : <ArrowSyncRegular />} onClick={() => void state.load()}>
          {overview ? "Opnieuw tellen" : "Waarden bekijken"}
        </Button>
        {overview && (
          <Button appearance="primary" disabled={locked} icon={busy && overview ? <Spinner size="tiny" /> : <SaveRegular />} onClick={() => void state.save()}>
            Waarden opslaan
          </Button>
        )}
        {busy && (
          <>
            <Text size={200} role="status">
              {busy.step}
            </Text>
            <Button size="small" onClick={state.cancel}>
              Annuleren
            </Button>
          </>
        )}
      </div>
      <Dialog open={state.replaceQuestion !== null} modalType="alert" onOpenChange={(_, d) => !d.open && state.replaceQuestion?.(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Blad vervangen?</DialogTitle>
            <DialogContent>Het blad Mengwijzer_Waarden is met de hand gewijzigd. Wilt u het vervangen door uw waardenkoppeling?</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => state.replaceQuestion?.(false)}>
                Niet vervangen
              </Button>
              <Button appearance="primary" onClick={() => state.replaceQuestion?.(true)}>
                Vervangen
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
