/**
 * One data source of the Analyses tab: which table or range holds the stock (or the allocations), and the detected
 * column per role as a compact table where each row can be corrected ("niet aanwezig" included), with how sure the
 * match is, the remarks from finding the table, and "Koppeling bevestigen".
 */
import { Badge, Button, Dropdown, Field, makeStyles, Option, Spinner, Text, tokens, useId } from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import type { SourceProposal } from "../../analysis/AnalysisService";
import { roleLabel, rolesFor } from "../../core/mapping";
import type { ColumnRole, SheetKind } from "../../core/mapping";
import { confidenceText, KIND_LABEL, sourceKey, sourceLabel } from "../analysisView";
import type { SourceState } from "../useAnalyses";
import { panelStyle } from "./panelStyle";

const NONE = "__geen__";
const NOT_PRESENT = "niet aanwezig";

const useStyles = makeStyles({
  root: {
    ...panelStyle,
  },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap", margin: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    "& th, & td": { padding: `2px ${tokens.spacingHorizontalXXS}`, verticalAlign: "middle", textAlign: "left" },
    "& thead th": { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& tbody th": { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
    "& td.zekerheid": { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  },
  colRole: { width: "34%" },
  colColumn: { width: "44%" },
  colSure: { width: "22%" },
  cellDropdown: { minWidth: 0, width: "100%", "& button": { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } },
  remarks: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

interface Props {
  kind: SheetKind;
  options: SourceProposal[];
  state: SourceState | null;
  onChoose: (key: string | null) => void;
  onAssign: (role: ColumnRole, column: number | null) => void;
  onConfirm: () => void;
  confirming: boolean;
  disabled: boolean;
}

export function SourceMapping({ kind, options, state, onChoose, onAssign, onConfirm, confirming, disabled }: Props) {
  const styles = useStyles();
  const headingId = useId("bron-kop");
  const kindLabel = KIND_LABEL[kind];
  const lower = kindLabel.toLowerCase();
  const selectedKey = state ? sourceKey(state.proposal.source) : NONE;
  const optionText = (p: SourceProposal) => `${sourceLabel(p.source)}${p.kind !== kind ? ` — herkend als ${KIND_LABEL[p.kind].toLowerCase()}` : ""}`;
  const headers = state?.draft.headers ?? [];
  const columnText = (index: number) => headers[index] || `Kolom ${index + 1}`;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-kind={kind}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {kindLabel}
        {state?.proposal.fromStorage && !state.changed && (
          <Badge appearance="tint" color="success" icon={<CheckmarkRegular />}>
            bevestigd
          </Badge>
        )}
        {state?.changed && (
          <Badge appearance="tint" color="warning">
            gewijzigd, nog niet bevestigd
          </Badge>
        )}
      </Text>
      <Field label={`Bron voor ${lower}`}>
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={state ? optionText(state.proposal) : "geen"}
          selectedOptions={[selectedKey]}
          onOptionSelect={(_, d) => onChoose(d.optionValue === NONE || !d.optionValue ? null : d.optionValue)}
        >
          <Option value={NONE} text="geen">
            geen
          </Option>
          {options.map((p) => (
            <Option key={sourceKey(p.source)} value={sourceKey(p.source)} text={optionText(p)}>
              {optionText(p)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {options.length === 0 && <Text size={200}>Geen tabel of bereik gevonden dat op {lower} lijkt.</Text>}
      {state && (
        <>
          {state.proposal.remarks.length > 0 && (
            <ul className={styles.remarks} aria-label={`Opmerkingen bij ${lower}`}>
              {state.proposal.remarks.map((remark) => (
                <li key={remark}>{remark}</li>
              ))}
            </ul>
          )}
          <table className={styles.table} aria-label={`Koppeling ${lower}: gegeven en kolom`} data-testid={`koppeling-${kind}`}>
            <colgroup>
              <col className={styles.colRole} />
              <col className={styles.colColumn} />
              <col className={styles.colSure} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Gegeven</th>
                <th scope="col">Kolom</th>
                <th scope="col">Zekerheid</th>
              </tr>
            </thead>
            <tbody>
              {rolesFor(kind).map((role) => {
                const assignment = state.draft.roles[role];
                const label = roleLabel(role);
                const value = assignment ? columnText(assignment.columnIndex) : NOT_PRESENT;
                return (
                  <tr key={role} data-role={role}>
                    <th scope="row">{label}</th>
                    <td>
                      <Dropdown
                        className={styles.cellDropdown}
                        size="small"
                        disabled={disabled}
                        aria-label={`Kolom voor ${label} (${lower})`}
                        value={value}
                        selectedOptions={[assignment ? String(assignment.columnIndex) : NONE]}
                        onOptionSelect={(_, d) => onAssign(role, d.optionValue === NONE || d.optionValue === undefined ? null : Number(d.optionValue))}
                      >
                        <Option value={NONE} text={NOT_PRESENT}>
                          {NOT_PRESENT}
                        </Option>
                        {headers.map((_, index) => (
                          <Option key={index} value={String(index)} text={columnText(index)}>
                            {columnText(index)}
                          </Option>
                        ))}
                      </Dropdown>
                    </td>
                    <td className="zekerheid" title={assignment?.reason}>
                      {confidenceText(assignment)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className={styles.actions}>
            <Button
              disabled={disabled || confirming}
              icon={confirming ? <Spinner size="tiny" /> : <CheckmarkRegular />}
              onClick={onConfirm}
            >
              Koppeling bevestigen
            </Button>
            <Text size={200}>
              {state.changed ? "Uw wijzigingen worden opgeslagen in de werkmap." : state.proposal.fromStorage ? "Opgeslagen in de werkmap." : "Voorstel; nog niet opgeslagen."}
            </Text>
          </div>
        </>
      )}
    </section>
  );
}
