/**
 * "Uw gegevens": one line per source (voorraad, toewijzingen) with its table and exact row count, how sure the column
 * mapping is, and "controleren" to open the mapping. A mapping that is not "zeker" opens by itself; a sure one stays
 * one line. The opened part holds the column mapping (SourceMapping) and, below it, the value mapping (ValueMapping,
 * issue 9). Folding only hides the part: a value mapping being edited keeps its choices.
 */
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, ChevronDownRegular, ChevronUpRegular, WarningRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { AnalysisService, SourceProposal } from "../../analysis/AnalysisService";
import { countText } from "../../core/countText";
import { roleLabel } from "../../core/mapping";
import type { ColumnRole, SheetKind } from "../../core/mapping";
import { KIND_LABEL, mappingCertainty, sourcePlace, sourceRows } from "../analysisView";
import type { SourceState } from "../useAnalyses";
import { SourceMapping } from "./SourceMapping";
import { ValueMapping, valueMappingBlock } from "./ValueMapping";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  summary: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, minWidth: 0 },
  icon: { flexShrink: 0, marginTop: "2px", fontSize: "16px" },
  sure: { color: tokens.colorPaletteGreenForeground1 },
  unsure: { color: tokens.colorPaletteMarigoldForeground1 },
  text: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  toggle: { flexShrink: 0, minWidth: "auto" },
  count: { fontWeight: tokens.fontWeightRegular },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface DataOverviewProps {
  /** For the value mapping, which reads the whole source itself. */
  service: AnalysisService;
  /** Norms year for derived segments (the value mapping's rows read depend on it). */
  year: number;
  stock: SourceState | null;
  allocations: SourceState | null;
  options: Record<SheetKind, SourceProposal[]>;
  onChoose: (kind: SheetKind, key: string | null) => void;
  onAssign: (kind: SheetKind, role: ColumnRole, column: number | null) => void;
  onConfirm: (kind: SheetKind) => void;
  confirming: SheetKind | null;
  disabled: boolean;
  /** Rows of each source the last report skipped (unknown values, missing codes); shown on its line. */
  skipped?: Partial<Record<SheetKind, number>>;
  /** Opens a source's line from elsewhere (a result card's "controleren"): it opens, scrolls into view, takes the focus. */
  openRequest?: { kind: SheetKind; n: number } | null;
}

function certaintyText(state: SourceState, kind: SheetKind): { sure: boolean; text: string } {
  const c = mappingCertainty(state.draft, kind);
  if (state.changed) return { sure: false, text: "gewijzigd, nog niet bevestigd" };
  if (c.missing.length > 0) return { sure: false, text: `geen kolom voor ${c.missing.map(roleLabel).join(", ").toLowerCase()}` };
  if (c.unsure.length > 0) return { sure: false, text: `${countText(c.unsure.length, "kolom", "kolommen")} niet zeker` };
  return { sure: true, text: state.proposal.fromStorage ? `${countText(c.found, "kolom", "kolommen")} bevestigd` : `${countText(c.found, "kolom", "kolommen")} zeker herkend` };
}

function SourceLine({ kind, state, props }: { kind: SheetKind; state: SourceState | null; props: DataOverviewProps }) {
  const styles = useStyles();
  const certainty = state ? certaintyText(state, kind) : { sure: false, text: "niet gevonden" };
  // Open by itself when not sure; the user's own choice wins once made.
  const [asked, setAsked] = useState<boolean | null>(null);
  const open = asked ?? !certainty.sure;
  const detailsId = `gegevens-${kind}`;
  const skipped = props.skipped?.[kind] ?? 0;
  const line = useRef<HTMLLIElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const request = props.openRequest?.kind === kind ? props.openRequest.n : null;
  useEffect(() => {
    if (request === null) return;
    setAsked(true);
    line.current?.scrollIntoView({ block: "start", behavior: "smooth" });
    toggle.current?.focus({ preventScroll: true });
  }, [request]);
  return (
    <li ref={line} className={styles.line} data-source={kind} style={{ scrollMarginTop: "8px" }}>
      <div className={styles.summary}>
        {certainty.sure ? (
          <CheckmarkCircleRegular className={`${styles.icon} ${styles.sure}`} aria-hidden="true" />
        ) : (
          <WarningRegular className={`${styles.icon} ${styles.unsure}`} aria-hidden="true" />
        )}
        <div className={styles.text}>
          <Text weight="semibold">
            {KIND_LABEL[kind]}
            {state && <span className={styles.count}> · {sourceRows(state.proposal.source)}</span>}
          </Text>
          <Text size={200} data-testid={`bron-${kind}`}>
            {state ? sourcePlace(state.proposal.source) : "Geen tabel gevonden die hierop lijkt."}{" "}
            <Badge appearance="tint" size="small" color={certainty.sure ? "success" : "warning"}>
              {certainty.text}
            </Badge>
            {skipped > 0 && (
              <>
                {" "}
                <Badge appearance="tint" size="small" color="warning" data-testid={`overgeslagen-${kind}`}>
                  {countText(skipped, "rij", "rijen")} overgeslagen
                </Badge>
              </>
            )}
          </Text>
        </div>
        <Button
          ref={toggle}
          className={styles.toggle}
          appearance="transparent"
          size="small"
          icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
          iconPosition="after"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={`${open ? "Koppeling verbergen" : "Controleren"}: ${KIND_LABEL[kind].toLowerCase()}`}
          onClick={() => setAsked(!open)}
        >
          {open ? "verbergen" : "controleren"}
        </Button>
      </div>
      {/* `hidden` on a plain wrapper: a display set by a class would override it. */}
      <div id={detailsId} hidden={!open}>
        <div className={styles.details}>
          <SourceMapping
            kind={kind}
            options={props.options[kind]}
            state={state}
            onChoose={(key) => props.onChoose(kind, key)}
            onAssign={(role, column) => props.onAssign(kind, role, column)}
            onConfirm={() => props.onConfirm(kind)}
            confirming={props.confirming === kind}
            disabled={props.disabled}
          />
          <ValueMapping
            service={props.service}
            kind={kind}
            source={state?.proposal.source ?? null}
            blockedReason={valueMappingBlock(state)}
            year={props.year}
            disabled={props.disabled}
          />
        </div>
      </div>
    </li>
  );
}

export function DataOverview(props: DataOverviewProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Gevonden gegevens">
      <SourceLine kind="stock" state={props.stock} props={props} />
      <SourceLine kind="allocations" state={props.allocations} props={props} />
    </ul>
  );
}
