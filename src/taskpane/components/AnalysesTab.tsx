/**
 * The "Analyses" tab: find the data and confirm the column mapping, set the target share, year and partner threshold,
 * then build the area report, the allocation report and the partner-safe copy (or all three with one click). Long work
 * shows a progress bar with the step and "Annuleren"; a report sheet the user edited is only replaced after asking.
 * The charts of the last reports are shown here too (in the browser preview they are the only charts).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Divider,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  SpinButton,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, DismissRegular, DocumentTableRegular, PeopleTeamRegular, ShieldLockRegular, SparkleRegular } from "@fluentui/react-icons";
import type { AnalysisService, ChartData } from "../../analysis/AnalysisService";
import { knownNormYears } from "../../core/norms/resolveNorm";
import { useAnalyses } from "../useAnalyses";
import { sourceKey, sourceLabel } from "../analysisView";
import type { AnalysisSettings, JobProgress } from "../useAnalyses";
import { BarChart } from "./charts/BarChart";
import { StackedBarChart } from "./charts/StackedBarChart";
import { SourceMapping } from "./SourceMapping";
import { ValueMapping, valueMappingBlock } from "./ValueMapping";
import { VitalityPanel } from "./VitalityPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  settings: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalM },
  spin: { width: "100%", minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  progressRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap", justifyContent: "space-between" },
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ProgressPanel({ job, onCancel }: { job: JobProgress; onCancel: () => void }) {
  const styles = useStyles();
  const { stepIndex, stepCount, progress } = job;
  const overall = progress.fraction === null ? undefined : Math.min(1, (stepIndex + progress.fraction) / stepCount);
  const percent = overall === undefined ? null : Math.round(overall * 100);
  return (
    <div className={styles.progress} role="status" aria-live="polite" data-testid="voortgang">
      <Field
        label={stepCount > 1 ? `Stap ${stepIndex + 1} van ${stepCount}: ${job.label}` : job.label}
        validationState="none"
        validationMessage={progress.step}
      >
        <ProgressBar value={overall} max={1} thickness="large" aria-valuetext={percent === null ? progress.step : `${percent}%: ${progress.step}`} />
      </Field>
      <div className={styles.progressRow}>
        <Text size={200}>{percent === null ? "Bezig…" : `${percent}% klaar`}</Text>
        <Button icon={<DismissRegular />} onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </div>
  );
}

const NO_EARLIER = "geen (geen vergelijking)";

function Settings({
  settings,
  onChange,
  disabled,
  earlierOptions,
}: {
  settings: AnalysisSettings;
  onChange: (next: AnalysisSettings) => void;
  disabled: boolean;
  /** Stock sources the area report can be compared with (issue 14). */
  earlierOptions: { key: string; label: string }[];
}) {
  const styles = useStyles();
  const years = knownNormYears();
  const number = (value: number | null | undefined, display: string | undefined): number | null => {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    const parsed = display === undefined ? NaN : Number(display.replace("%", "").replace(",", ".").trim());
    return Number.isFinite(parsed) ? parsed : null;
  };
  return (
    <div className={styles.settings}>
      <Field label="Doelaandeel sociale huur (%)" hint="Standaard 30%">
        <SpinButton
          className={styles.spin}
          disabled={disabled}
          min={0}
          max={100}
          step={1}
          value={settings.targetPercent}
          onChange={(_, d) => {
            const v = number(d.value, d.displayValue);
            if (v !== null) onChange({ ...settings, targetPercent: Math.min(100, Math.max(0, Math.round(v))) });
          }}
        />
      </Field>
      <Field label="Jaar (normen)" hint="Voor het afleiden van segmenten">
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={String(settings.year)}
          selectedOptions={[String(settings.year)]}
          onOptionSelect={(_, d) => d.optionValue && onChange({ ...settings, year: Number(d.optionValue) })}
        >
          {years.map((year) => (
            <Option key={year} value={String(year)}>
              {String(year)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Vergelijk met" hint="Eerdere voorraad voor de verandering in het wijkrapport">
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={earlierOptions.find((o) => o.key === settings.earlierKey)?.label ?? NO_EARLIER}
          selectedOptions={[settings.earlierKey ?? ""]}
          onOptionSelect={(_, d) => onChange({ ...settings, earlierKey: d.optionValue ? d.optionValue : null })}
        >
          <Option value="">{NO_EARLIER}</Option>
          {earlierOptions.map((o) => (
            <Option key={o.key} value={o.key}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Drempel partnerkopie" hint="Kleinere aantallen worden afgeschermd">
        <SpinButton
          className={styles.spin}
          disabled={disabled}
          min={1}
          max={1000}
          step={1}
          value={settings.threshold}
          onChange={(_, d) => {
            const v = number(d.value, d.displayValue);
            if (v !== null) onChange({ ...settings, threshold: Math.min(1000, Math.max(1, Math.round(v))) });
          }}
        />
      </Field>
    </div>
  );
}

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`.replace(".", ",");

export function ReportChart({ chart, testId }: { chart: ChartData; testId?: string }) {
  if (chart.stacked) {
    // Social rent, the share the areas are sorted by, goes first so its bars share a baseline and read as a ranking.
    const social = chart.series.filter((s) => s.name.trim().toLowerCase() === "sociale huur");
    const series = [...social, ...chart.series.filter((s) => !social.includes(s))];
    return <StackedBarChart title={chart.title} labels={chart.labels} series={series} testId={testId} />;
  }
  const fractions = chart.series.every((s) => s.values.every((v) => !Number.isFinite(v) || (v >= 0 && v <= 1))) && /aandeel|%/i.test(chart.title);
  return <BarChart title={chart.title} labels={chart.labels} series={chart.series} format={fractions ? percent : undefined} testId={testId} />;
}

export function AnalysesTab({ service }: { service: AnalysisService }) {
  const styles = useStyles();
  const state = useAnalyses(service);
  const { settings, setSettings, job, run, cancel, messages, dismissMessage, charts, question, skippedQuestion, finding, findError, proposals } = state;
  const busy = job !== null || finding !== null;
  const intentTitle = { success: "Klaar", warning: "Let op", error: "Mislukt", info: "Melding" } as const;
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="analyses-gegevens">
        <Text as="h2" id="analyses-gegevens" weight="semibold" size={500} className={styles.heading}>
          Gegevens
        </Text>
        <Text size={200}>
          Mengwijzer zoekt de tabellen met de woningvoorraad en de toewijzingen en stelt per gegeven een kolom voor. Controleer de
          koppeling en bevestig die; ze wordt in de werkmap bewaard.
        </Text>
        {finding && (
          <div aria-live="polite">
            <Spinner size="tiny" labelPosition="after" label={finding.step} style={{ justifyContent: "flex-start" }} />
          </div>
        )}
        {findError && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>{findError}</MessageBarBody>
          </MessageBar>
        )}
        {proposals && (
          <>
            <SourceMapping
              kind="stock"
              options={state.stockOptions}
              state={state.stock}
              onChoose={(key) => state.choose("stock", key)}
              onAssign={(role, column) => state.assign("stock", role, column)}
              onConfirm={() => void state.confirm("stock")}
              confirming={state.confirming === "stock"}
              disabled={busy}
            />
            <ValueMapping
              service={service}
              kind="stock"
              source={state.stock?.proposal.source ?? null}
              blockedReason={valueMappingBlock(state.stock)}
              year={settings.year}
              disabled={busy}
            />
            <SourceMapping
              kind="allocations"
              options={state.allocationOptions}
              state={state.allocations}
              onChoose={(key) => state.choose("allocations", key)}
              onAssign={(role, column) => state.assign("allocations", role, column)}
              onConfirm={() => void state.confirm("allocations")}
              confirming={state.confirming === "allocations"}
              disabled={busy}
            />
            <ValueMapping
              service={service}
              kind="allocations"
              source={state.allocations?.proposal.source ?? null}
              blockedReason={valueMappingBlock(state.allocations)}
              year={settings.year}
              disabled={busy}
            />
          </>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} disabled={busy} onClick={() => void state.find()} style={{ alignSelf: "flex-start" }}>
          Opnieuw zoeken
        </Button>
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="analyses-rapporten">
        <Text as="h2" id="analyses-rapporten" weight="semibold" size={500} className={styles.heading}>
          Rapporten
        </Text>
        <Settings
          settings={settings}
          onChange={setSettings}
          disabled={busy}
          earlierOptions={state.stockOptions
            .filter((p) => p.kind === "stock" && (!state.stock || sourceKey(p.source) !== sourceKey(state.stock.proposal.source)))
            .map((p) => ({ key: sourceKey(p.source), label: sourceLabel(p.source) }))}
        />
        <div className={styles.actions}>
          <Button appearance="primary" icon={<SparkleRegular />} disabled={busy || !proposals} onClick={() => void run(["area", "allocation", "partner"])}>
            Alles maken
          </Button>
          <Button icon={<DocumentTableRegular />} disabled={busy || !state.stock} onClick={() => void run(["area"])}>
            Wijkrapport maken
          </Button>
          <Button icon={<PeopleTeamRegular />} disabled={busy || !state.allocations} onClick={() => void run(["allocation"])}>
            Toewijzingsrapport maken
          </Button>
          <Button icon={<ShieldLockRegular />} disabled={busy || !proposals} onClick={() => void run(["partner"])}>
            Partnerkopie maken
          </Button>
          {state.canFreeze && (
            <Button icon={<DocumentTableRegular />} disabled={busy || state.freezing} onClick={() => void state.reportsAsValues()}>
              Rapport als waarden
            </Button>
          )}
        </div>
        <Text size={200}>
          Het wijkrapport komt op het blad Mengwijzer_Wijkrapport, het toewijzingsrapport op Mengwijzer_Toewijzing. De partnerkopie is
          een aparte werkmap zonder gegevens over personen of woningen; aantallen onder de drempel worden afgeschermd. Rapport als
          waarden zet de rapportbladen in deze werkmap vast als getallen (de formules als tekst ernaast), voor wie Mengwijzer niet heeft.
        </Text>
        {job && <ProgressPanel job={job} onCancel={cancel} />}
        <div aria-live="polite" className={styles.section} data-testid="resultaten">
          {messages.map((message) => (
            <MessageBar key={message.id} intent={message.intent} layout="multiline" role={message.intent === "error" ? "alert" : undefined}>
              <MessageBarBody>
                <MessageBarTitle>{intentTitle[message.intent]}</MessageBarTitle>
                <span>{message.title}</span>
                {message.lines.length > 0 && (
                  <ul className={styles.list}>
                    {message.lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </MessageBarBody>
              <MessageBarActions
                containerAction={<Button appearance="transparent" aria-label="Melding sluiten" icon={<DismissRegular />} onClick={() => dismissMessage(message.id)} />}
              />
            </MessageBar>
          ))}
        </div>
      </section>
      <Divider />
      <VitalityPanel service={service} stock={state.stock?.proposal.source ?? null} normYear={settings.year} disabled={busy} />
      {charts.some((c) => c.charts.length > 0) && (
        <>
          <Divider />
          <section className={styles.charts} aria-labelledby="analyses-grafieken" data-testid="grafieken">
            <Text as="h2" id="analyses-grafieken" weight="semibold" size={500} className={styles.heading}>
              Grafieken
            </Text>
            {charts.flatMap((group) =>
              group.charts.map((chart, i) => <ReportChart key={`${group.sheetName}-${i}`} chart={chart} testId={`grafiek-${group.sheetName}-${i}`} />),
            )}
          </section>
        </>
      )}
      <Dialog open={question !== null} modalType="alert" onOpenChange={(_, d) => !d.open && question?.answer(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Blad vervangen?</DialogTitle>
            <DialogContent>
              Het blad {question?.sheetName} is met de hand gewijzigd. Vervangen? Uw wijzigingen op dat blad gaan dan verloren.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => question?.answer(true)}>
                Vervangen
              </Button>
              <Button onClick={() => question?.answer(false)}>Annuleren</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Dialog open={skippedQuestion !== null} modalType="alert" onOpenChange={(_, d) => !d.open && skippedQuestion?.answer(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Partnerkopie toch maken?</DialogTitle>
            <DialogContent>
              <ul className={styles.list} data-testid="overgeslagen-vraag">
                {skippedQuestion?.lines.map((line, i) => <li key={i}>{line}</li>)}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => skippedQuestion?.answer(true)}>
                Toch maken
              </Button>
              <Button onClick={() => skippedQuestion?.answer(false)}>Niet maken</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
