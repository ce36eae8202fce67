/**
 * The "Analyses" tab, results first, as an analyst works at 350 px: the data found (one line per source, the column
 * mapping opened only when it is not sure or when asked), one primary button "Rapporten maken", then the progress
 * (scrolled into view, focused, with "Annuleren"), a summary card per report with its key figures and a link to its
 * sheet, and the charts. Settings and the single reports sit below, folded. A report sheet the user edited is only
 * replaced after asking.
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
  SpinButton,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwiseRegular,
  ChevronDownRegular,
  ChevronUpRegular,
  DismissRegular,
  DocumentTableRegular,
  PeopleTeamRegular,
  ShieldLockRegular,
  SparkleRegular,
} from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { AnalysisService, ChartData } from "../../analysis/AnalysisService";
import { knownNormYears } from "../../core/norms/resolveNorm";
import { useAnalyses } from "../useAnalyses";
import { sourceKey, sourceLabel } from "../analysisView";
import type { AnalysisSettings } from "../useAnalyses";
import { BarChart } from "./charts/BarChart";
import { StackedBarChart } from "./charts/StackedBarChart";
import { PartnerCopyOptions } from "./PartnerCopyOptions";
import { AllocationOptions } from "./AllocationOptions";
import { VitalityPanel } from "./VitalityPanel";
import { DataOverview } from "./DataOverview";
import { ProgressPanel } from "./ProgressPanel";
import { ResultCards } from "./ResultCards";
import { ScenarioPanel } from "./ScenarioPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  settings: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalM },
  spin: { width: "100%", minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  primary: { width: "100%" },
  disclosure: { alignSelf: "flex-start", paddingLeft: 0 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

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
      <PartnerCopyOptions
        disabled={disabled}
        value={settings.partner}
        onChange={(partner) => onChange({ ...settings, partner })}
      />
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
  const { settings, setSettings, job, run, cancel, messages, dismissMessage, charts, question, skippedQuestion, finding, findError, proposals, cards } = state;
  const busy = job !== null || finding !== null;
  const [moreOpen, setMoreOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const results = useRef<HTMLElement>(null);
  const wasBusy = useRef(false);
  // When a run ends with something to show, the results take the focus and come into view (the progress panel is gone).
  useEffect(() => {
    if (wasBusy.current && job === null && (cards.length > 0 || messages.length > 0)) {
      results.current?.scrollIntoView({ block: "start", behavior: "smooth" });
      resultsHeading.current?.focus({ preventScroll: true });
    }
    wasBusy.current = job !== null;
  }, [job, cards.length, messages.length]);
  const intentTitle = { success: "Klaar", warning: "Let op", error: "Mislukt", info: "Melding" } as const;
  const hasResults = cards.length > 0 || messages.length > 0;
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="analyses-gegevens">
        <Text as="h2" id="analyses-gegevens" weight="semibold" size={400} className={styles.heading}>
          Uw gegevens
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
          <DataOverview
            service={service}
            year={settings.year}
            stock={state.stock}
            allocations={state.allocations}
            options={{ stock: state.stockOptions, allocations: state.allocationOptions }}
            onChoose={state.choose}
            onAssign={state.assign}
            onConfirm={(kind) => void state.confirm(kind)}
            confirming={state.confirming}
            disabled={busy}
            skipped={Object.fromEntries(cards.flatMap((c) => (c.source ? [[c.source.kind, c.source.skipped]] : [])))}
            openRequest={state.checkRequest}
          />
        )}
      </section>
      <section className={styles.section} aria-labelledby="analyses-maken">
        <Text as="h2" id="analyses-maken" className={styles.visuallyHidden}>
          Rapporten maken
        </Text>
        <Button
          appearance="primary"
          size="large"
          className={styles.primary}
          icon={<SparkleRegular />}
          disabled={busy || !proposals}
          onClick={() => void run(["area", "allocation", "partner"])}
        >
          Rapporten maken
        </Button>
        {/* While running the panel takes this place, right under the button, so it shows in the first screen. */}
        {job ? (
          <ProgressPanel job={job} onCancel={cancel} />
        ) : (
          <Text size={200}>Wijkrapport, toewijzingsrapport en een partnerkopie zonder gegevens over personen.</Text>
        )}
      </section>
      {hasResults && (
        <section ref={results} className={styles.section} aria-labelledby="analyses-resultaten" style={{ scrollMarginTop: "8px" }}>
          <Text as="h2" id="analyses-resultaten" ref={resultsHeading} tabIndex={-1} weight="semibold" size={400} className={styles.heading}>
            Resultaten
          </Text>
          <ResultCards cards={cards} onShowSheet={(name) => void state.showSheet(name)} onCheckSource={state.checkSource} sheetNote={state.sheetNote} />
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
      )}
      {charts.some((c) => c.charts.length > 0) && (
        <section className={styles.charts} aria-labelledby="analyses-grafieken" data-testid="grafieken">
          <Text as="h2" id="analyses-grafieken" weight="semibold" size={400} className={styles.heading}>
            Grafieken
          </Text>
          <Text size={200}>
            {charts.every((c) => c.onSheet)
              ? "Dezelfde grafieken staan als Excel-grafiek op het rapportblad."
              : "In Excel zet Mengwijzer dezelfde grafieken als Excel-grafiek op het rapportblad; in deze voorbeeldweergave staan ze alleen hier."}
          </Text>
          {charts.flatMap((group) =>
            group.charts.map((chart, i) => <ReportChart key={`${group.sheetName}-${i}`} chart={chart} testId={`grafiek-${group.sheetName}-${i}`} />),
          )}
        </section>
      )}
      <Divider />
      <section className={styles.section} aria-labelledby="analyses-meer">
        <Button
          id="analyses-meer"
          appearance="subtle"
          className={styles.disclosure}
          icon={moreOpen ? <ChevronUpRegular /> : <ChevronDownRegular />}
          aria-expanded={moreOpen}
          aria-controls="analyses-meer-inhoud"
          onClick={() => setMoreOpen((open) => !open)}
        >
          Instellingen en losse rapporten
        </Button>
        <div id="analyses-meer-inhoud" hidden={!moreOpen} className={styles.section}>
          {moreOpen && (
            <>
              <Settings
                settings={settings}
                onChange={setSettings}
                disabled={busy}
                earlierOptions={state.stockOptions
                  .filter((p) => p.kind === "stock" && (!state.stock || sourceKey(p.source) !== sourceKey(state.stock.proposal.source)))
                  .map((p) => ({ key: sourceKey(p.source), label: sourceLabel(p.source) }))}
              />
              <AllocationOptions state={state.allocationChoice} year={settings.year} disabled={busy} />
              <div className={styles.actions}>
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
                <Button appearance="subtle" icon={<ArrowClockwiseRegular />} disabled={busy} onClick={() => void state.find()}>
                  Opnieuw zoeken
                </Button>
              </div>
              <Text size={200}>
                Het wijkrapport komt op het blad Mengwijzer_Wijkrapport, het toewijzingsrapport op Mengwijzer_Toewijzing. De partnerkopie is
                een aparte werkmap zonder gegevens over personen of woningen; aantallen onder de drempel worden afgeschermd.
                {state.canFreeze &&
                  " Rapport als waarden zet de rapportbladen in deze werkmap vast als getallen (de formules als tekst ernaast), voor wie Mengwijzer niet heeft."}
              </Text>
            </>
          )}
        </div>
      </section>
      <Divider />
      <VitalityPanel service={service} stock={state.stock?.proposal.source ?? null} normYear={settings.year} disabled={busy} />
      <Divider />
      <ScenarioPanel
        service={service}
        stock={state.stock?.proposal.source ?? null}
        allocations={state.allocations?.proposal.source ?? null}
        targetSocialShare={settings.targetPercent / 100}
        year={settings.year}
        threshold={settings.partner.threshold}
        disabled={busy}
      />
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
