/**
 * The partner copy's options in the Analyses tab: threshold (3..50; 0, 1 and 2 are refused with the reason), wijk
 * level only, rounding to 5, and the names the user confirms as area or gemeente names (one per line; other labels
 * that are not CBS codes become "gebied 1", ...). The service refuses a bad threshold as well; this only says it early.
 */
import { Checkbox, Field, SpinButton, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { MAX_THRESHOLD, MIN_THRESHOLD } from "../../core/messages/partner";

export interface PartnerCopySettings {
  threshold: number;
  wijkOnly: boolean;
  roundToFive: boolean;
  /** One confirmed name per line, as typed. */
  confirmedNames: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  spin: { width: "100%", minWidth: 0 },
  // a checkbox is as wide as its label by default: let long labels wrap in a 320 px pane
  checkbox: { maxWidth: "100%", minWidth: 0 },
  checkboxLabel: { minWidth: 0, overflowWrap: "anywhere" },
  names: { width: "100%", minWidth: 0, maxWidth: "100%" },
});

/** The Dutch reason a threshold is refused, or null when it is allowed. */
export function thresholdProblem(value: number): string | null {
  if (Number.isInteger(value) && value >= MIN_THRESHOLD && value <= MAX_THRESHOLD) return null;
  if (value < MIN_THRESHOLD) return `Kies ${MIN_THRESHOLD} of meer: bij een drempel van ${Math.max(0, Math.round(value))} kan een aantal van 1 of 2 naar één huishouden wijzen.`;
  return `Kies een geheel getal van ${MIN_THRESHOLD} tot en met ${MAX_THRESHOLD}.`;
}

/** The confirmed names as a list (blank lines dropped). */
export function confirmedNameList(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}

export function PartnerCopyOptions({ value, onChange, disabled }: { value: PartnerCopySettings; onChange: (next: PartnerCopySettings) => void; disabled: boolean }) {
  const styles = useStyles();
  const problem = thresholdProblem(value.threshold);
  return (
    <div className={styles.root} data-testid="partner-opties">
      <Field
        label="Drempel partnerkopie"
        hint={problem ? undefined : `Aantallen van 1 tot ${value.threshold} worden afgeschermd (${MIN_THRESHOLD} tot en met ${MAX_THRESHOLD})`}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ?? undefined}
      >
        <SpinButton
          className={styles.spin}
          disabled={disabled}
          min={0}
          max={MAX_THRESHOLD}
          step={1}
          value={value.threshold}
          onChange={(_, d) => {
            const parsed = typeof d.value === "number" ? d.value : Number((d.displayValue ?? "").replace(",", ".").trim());
            if (Number.isFinite(parsed)) onChange({ ...value, threshold: Math.round(parsed) });
          }}
        />
      </Field>
      <Checkbox
        className={styles.checkbox}
        disabled={disabled}
        checked={value.wijkOnly}
        label={{ children: "Alleen wijken (geen buurtcijfers)", className: styles.checkboxLabel }}
        onChange={(_, d) => onChange({ ...value, wijkOnly: d.checked === true })} />
      <Checkbox
        className={styles.checkbox}
        disabled={disabled}
        checked={value.roundToFive}
        label={{ children: "Aantallen afronden op 5 (verkleint het risico als een partner twee kopieën vergelijkt)", className: styles.checkboxLabel }}
        onChange={(_, d) => onChange({ ...value, roundToFive: d.checked === true })}
      />
      <Field label="Bevestigde gebieds- en gemeentenamen" hint="Eén naam per regel. Andere labels dan CBS-codes komen als 'gebied 1', 'gemeente 1' in de kopie.">
        <Textarea className={styles.names} disabled={disabled} resize="vertical" value={value.confirmedNames} onChange={(_, d) => onChange({ ...value, confirmedNames: d.value })} />
      </Field>
    </div>
  );
}
