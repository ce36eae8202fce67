/**
 * "Regels van uw gemeente" for the allocation report (issue 10): the huisvestingsverordening's own priority percentage,
 * the dwelling categories it designates, and the free allocation room widened to 15% in prestatieafspraken. Each
 * control says what it changes in the report and which rule it rests on (law, year, source and how sure, from the
 * norms table). The choice is kept with the workbook (useAllocationChoice). Laid out in one column so it fits 350 px.
 */
import { Checkbox, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { allocationChoiceCitations, priorityPercentProblem, type NormCitation } from "../../core/allocation/allocationChoice";
import { DWELLING_KINDS } from "../../core/allocation/dwellingKind";
import type { AllocationChoiceState } from "../useAllocationChoice";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  kinds: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  kindsLegend: { padding: 0, marginBottom: tokens.spacingVerticalXXS },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  input: { width: "100%", maxWidth: "12em" },
});

/** "Bron: <source> (<year>); <how sure>." for a norm, or that the table has no value for the year. */
function sourceText(c: NormCitation): string {
  if (c.value === null || c.source === null) return `Geen waarde bekend voor ${c.year}; het rapport gebruikt per toewijzing de waarde van haar eigen jaar.`;
  return `${c.label} ${c.year}: ${c.value}. Bron: ${c.source}; ${c.certainty}.`;
}

export function AllocationOptions({ state, year, disabled }: { state: AllocationChoiceState; year: number; disabled: boolean }) {
  const styles = useStyles();
  const ids = useId();
  const { choice, loaded, change } = state;
  const citations = allocationChoiceCitations(year);
  const legalPercent = citations.priority.value === null ? null : Number(citations.priority.value.replace("%", "").replace(",", "."));
  // The percentage as typed; stored when it is valid and the field is left (or Enter is pressed).
  const [typed, setTyped] = useState(choice.priorityPercent === null ? "" : String(choice.priorityPercent).replace(".", ","));
  useEffect(() => setTyped(choice.priorityPercent === null ? "" : String(choice.priorityPercent).replace(".", ",")), [choice.priorityPercent]);
  const typedNumber = typed.trim() === "" ? null : Number(typed.replace("%", "").replace(",", ".").trim());
  const problem = typedNumber === null ? null : priorityPercentProblem(typedNumber, legalPercent);
  const commit = () => {
    if (problem !== null || typedNumber === choice.priorityPercent) return;
    change({ ...choice, priorityPercent: typedNumber });
  };
  const locked = disabled || !loaded;
  return (
    <fieldset className={styles.group} data-testid="toewijzingsopties">
      <legend className={styles.legend}>Toewijzingsrapport: regels van uw gemeente</legend>
      <Text size={200}>
        Deze keuzes gelden voor het toewijzingsrapport en de partnerkopie, en worden in deze werkmap bewaard.
        {state.saving ? " Opslaan…" : state.saved && !state.saveError ? " Opgeslagen in de werkmap." : ""}
      </Text>
      {state.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.problem}</MessageBarBody>
        </MessageBar>
      )}
      {state.saveError && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{state.saveError}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label="Voorrangspercentage uit de huisvestingsverordening (%)"
        validationState={problem ? "error" : "none"}
        validationMessage={problem ?? undefined}
        hint={
          <>
            Leeg: het wettelijk maximum. Het rapport toont de voorrang als <strong>indicatie</strong>: de grens geldt voor wat de
            verordening in de aangewezen categorieën mag reserveren, over de hele gemeente of regio, niet voor één corporatie.{" "}
            <span className={styles.source}>{sourceText(citations.priority)}</span>
          </>
        }
      >
        <Input
          className={styles.input}
          inputMode="decimal"
          value={typed}
          placeholder={legalPercent === null ? "wettelijk maximum" : `wettelijk: ${citations.priority.value}`}
          disabled={locked}
          onChange={(_, d) => setTyped(d.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === "Enter" && commit()}
        />
      </Field>
      <fieldset className={styles.kinds} aria-describedby={`${ids}-kinds`}>
        <legend className={styles.kindsLegend}>
          <Text size={300}>Aangewezen categorieën (voorrang)</Text>
        </legend>
        {DWELLING_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={kind}
            checked={choice.designated.includes(kind)}
            disabled={locked}
            onChange={(_, d) =>
              change({ ...choice, designated: DWELLING_KINDS.filter((k) => (k === kind ? d.checked === true : choice.designated.includes(k))) })
            }
          />
        ))}
      </fieldset>
      <Text size={200} id={`${ids}-kinds`}>
        Geen vinkje: alle toewijzingen tellen mee. Met vinkjes tellen alleen toewijzingen van die soorten woningen mee voor de
        voorrang; daarvoor is de kolom &apos;soort woning&apos; nodig (Huisvestingswet 2014, art. 14: de gemeente wijst de categorieën aan).
      </Text>
      <Checkbox
        label="Vrije toewijzingsruimte verruimd naar 15% (prestatieafspraken)"
        checked={choice.widenedFreeRoom}
        disabled={locked}
        onChange={(_, d) => change({ ...choice, widenedFreeRoom: d.checked === true })}
        aria-describedby={`${ids}-free`}
      />
      <Text size={200} id={`${ids}-free`}>
        De inkomenstoets rekent dan met 85% in plaats van 92,5% van de toewijzingen van DAEB-woningen tot de huurgrens. Alleen
        kiezen als gemeente, corporatie en huurdersorganisatie dat hebben afgesproken.{" "}
        <span className={styles.source}>
          {sourceText(citations.income)} {sourceText(citations.incomeWidened)}
        </span>
      </Text>
    </fieldset>
  );
}
