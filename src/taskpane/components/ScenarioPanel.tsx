/**
 * The pane's scenario section (issue 15): make the scenario table Mengwijzer_Scenario (filled in by hand), check it
 * with a message per row, and build Mengwijzer_Scenario_Rapport. The paragraphs and charts of the report are shown
 * here too, mix effect and housing effect side by side.
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DocumentTableRegular, ShieldLockRegular, TableAddRegular } from "@fluentui/react-icons";
import type { AnalysisService } from "../../analysis/AnalysisService";
import type { DataSource } from "../../workbook/AnalysisWorkbook";
import { useScenario } from "../useScenario";
import { BarChart } from "./charts/BarChart";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  settings: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`.replace(".", ",");
const oneDecimal = (value: number) => value.toLocaleString("nl-NL", { maximumFractionDigits: 1 });

/** A percentage typed by the user ("7", "7,5"), or null for empty; undefined when it is not a percentage. */
function readPercent(text: string): number | null | undefined {
  const t = text.trim().replace("%", "").replace(",", ".");
  if (t === "") return null;
  const x = Number(t);
  return Number.isFinite(x) && x >= 0 && x <= 100 ? x : undefined;
}

export function ScenarioPanel(props: {
  service: AnalysisService;
  stock: DataSource | null;
  allocations: DataSource | null;
  targetSocialShare: number;
  year: number;
  /** The partner copy's threshold k. */
  threshold: number;
  disabled: boolean;
}) {
  const styles = useStyles();
  const s = useScenario(props.service, { stock: props.stock, allocations: props.allocations }, { targetSocialShare: props.targetSocialShare, year: props.year, threshold: props.threshold });
  if (!s.available) return null;
  const busy = props.disabled || s.busy !== null;
  const field = (label: string, hint: string, value: number | null, set: (v: number | null) => void, testId: string) => {
    return (
      <Field label={label} hint={hint}>
        <Input
          data-testid={testId}
          defaultValue={value === null ? "" : String(value).replace(".", ",")}
          placeholder="automatisch"
          disabled={busy}
          onBlur={(e) => {
            const v = readPercent(e.target.value);
            if (v !== undefined) set(v);
          }}
        />
      </Field>
    );
  };
  const o = s.outcome;
  return (
    <section className={styles.section} aria-labelledby="analyses-scenario" data-testid="scenario">
      <Text as="h2" id="analyses-scenario" weight="semibold" size={500} className={styles.heading}>
        Scenario
      </Text>
      <Text size={200}>
        Wat doen verkoop, sloop, nieuwbouw en liberalisatie met de mix, en met wie er nog een woning kan krijgen? Maak de
        scenariotabel, vul per ingreep een rij in (gebied, ingreep, van, naar, aantal, aantal na, jaar) en maak het rapport. Het doel
        en het jaar zijn die van de rapporten hierboven; de partnerversie gebruikt de drempel van de partnerkopie.
      </Text>
      <div className={styles.settings}>
        {field("Mutatiegraad sociale huur (%)", "Leeg: uit uw toewijzingen, anders 7%.", s.inputs.turnoverPercent, (v) => s.setInputs({ ...s.inputs, turnoverPercent: v }), "scenario-mutatiegraad")}
        {field("Aandeel lage inkomens (%)", "Leeg: uit uw toewijzingen, anders 92,5%.", s.inputs.lowIncomePercent, (v) => s.setInputs({ ...s.inputs, lowIncomePercent: v }), "scenario-lage-inkomens")}
      </div>
      <div className={styles.actions}>
        <Button icon={<TableAddRegular />} disabled={busy} onClick={() => void s.createTable()}>
          Scenariotabel maken
        </Button>
        <Button icon={<CheckmarkCircleRegular />} disabled={busy || !props.stock} onClick={() => void s.check()}>
          Scenario controleren
        </Button>
        <Button appearance="primary" icon={<DocumentTableRegular />} disabled={busy || !props.stock} onClick={() => void s.build()}>
          Scenariorapport maken
        </Button>
        {s.canPartner && (
          <Button icon={<ShieldLockRegular />} disabled={busy || !props.stock} onClick={() => void s.partner()}>
            Partnerversie maken
          </Button>
        )}
      </div>
      {s.busy && <Spinner size="tiny" labelPosition="after" label={`${s.busy}…`} style={{ justifyContent: "flex-start" }} />}
      {s.replaceQuestion !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Vervangen?</MessageBarTitle>
            Het blad {s.replaceQuestion} is na de vorige keer met de hand gewijzigd.{" "}
            <Button size="small" onClick={() => s.answerReplace(true)}>Vervangen</Button>{" "}
            <Button size="small" onClick={() => s.answerReplace(false)}>Niet vervangen</Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {o && (
        <div aria-live="polite" className={styles.section} data-testid="scenario-resultaat">
          <MessageBar intent={o.intent} layout="multiline" role={o.intent === "error" ? "alert" : undefined}>
            <MessageBarBody>
              <span>{o.summary}</span>
              {o.problems.length > 0 && (
                <ul className={styles.list} data-testid="scenario-problemen">
                  {o.problems.map((p, i) => (
                    <li key={`${p.row}-${i}`}>
                      {p.severity === "fout" ? "Rij" : "Let op, rij"} {p.row}: {p.message}
                    </li>
                  ))}
                </ul>
              )}
              {o.warnings.length > 0 && (
                <ul className={styles.list}>
                  {o.warnings.map((w, i) => <li key={i}>{w}</li>)}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
          {o.paragraphs.map((p, i) => (
            <Text key={i} size={200} as="p" data-testid="scenario-alinea">
              {p}
            </Text>
          ))}
          {o.charts.map((chart, i) => (
            <BarChart
              key={i}
              title={chart.title}
              labels={chart.labels}
              series={chart.series}
              format={/aandeel/i.test(chart.title) ? percent : oneDecimal}
              testId={`scenario-grafiek-${i}`}
            />
          ))}
        </div>
      )}
    </section>
  );
}
