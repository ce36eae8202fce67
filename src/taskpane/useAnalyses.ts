/**
 * State of the Analyses tab: the sources and their mappings (with the user's corrections as drafts), the settings,
 * the running job with its progress and cancel, the "Vervangen?" question for a sheet the user edited, and the
 * results and charts of the last run.
 */
import type { SkippedRowsError } from "../analysis/AnalysisService";
import { rowAccountLines } from "./rowsText";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisService, CallOptions, ChartData, Progress, ReportResult, SourceProposal } from "../analysis/AnalysisService";
import { SourceReads } from "../analysis/SourceReads";
import type { AllocationChoice } from "../core/allocation/allocationChoice";
import { useAllocationChoice } from "./useAllocationChoice";
import { assignRole } from "../core/mapping";
import type { ColumnMapping, ColumnRole, SheetKind } from "../core/mapping";
import type { KeyFigure } from "../core/report/keyFigures";
import type { DataSource } from "../workbook/AnalysisWorkbook";
import { pluralForm } from "../core/countText";
import { confirmedNameList, type PartnerCopySettings } from "./components/PartnerCopyOptions";
import {
  analysisErrorText,
  assignmentsOf,
  defaultNormYear,
  dutchList,
  editedSheetName,
  isAbortError,
  KIND_LABEL,
  mappingChanged,
  mappingFor,
  proposalsFor,
  sourceKey,
} from "./analysisView";

export type JobStep = "area" | "allocation" | "partner";

export const STEP_LABEL: Record<JobStep, string> = {
  area: "Wijkrapport",
  allocation: "Toewijzingsrapport",
  partner: "Partnerkopie",
};

export interface AnalysisSettings {
  /** Target share of social rent in percent (0–100). */
  targetPercent: number;
  year: number;
  /** Key (sourceKey) of an earlier stock to compare the area report with (issue 14), or null. */
  earlierKey: string | null;
  /** The partner copy's options (PartnerCopyOptions). */
  partner: PartnerCopySettings;
}

export interface JobProgress {
  /** "Wijkrapport" etc. */
  label: string;
  stepIndex: number;
  stepCount: number;
  progress: Progress;
}

export interface ResultMessage {
  id: number;
  intent: "success" | "warning" | "error" | "info";
  title: string;
  lines: string[];
}

/** One report (or the partner copy) made in the last run, as a summary card. */
export interface ResultCard {
  /** The report sheet, or "partner" for the partner copy. */
  id: string;
  title: string;
  summary: string;
  figures: KeyFigure[];
  /** "Rijen gelezen N van M." of the report's source (issue 9's row account); null for the partner copy. */
  rowsRead: string | null;
  /** The source the report read and how many of its rows were skipped: the card then offers to check that source. */
  source: { kind: SheetKind; skipped: number } | null;
  /** The sheet to select from the card; null for the partner copy (a separate workbook). */
  sheetName: string | null;
  /** The partner copy's file name. */
  fileName: string | null;
  warnings: string[];
}

export interface ReplaceQuestion {
  sheetName: string;
  answer: (replace: boolean) => void;
}

/** The partner copy would skip more than 5% of a source's rows: make it anyway? */
export interface SkippedQuestion {
  lines: string[];
  answer: (makeAnyway: boolean) => void;
}

export interface SourceState {
  proposal: SourceProposal;
  /** The mapping as the user sees it, corrections included. */
  draft: ColumnMapping;
  changed: boolean;
}

let nextMessageId = 1;

/** The earlier stock chosen for the comparison, unless it is the stock itself. */
function earlierSource(proposals: SourceProposal[] | null, key: string | null, current: DataSource): DataSource | null {
  if (!key || key === sourceKey(current)) return null;
  return proposals?.find((p) => sourceKey(p.source) === key)?.source ?? null;
}

export function useAnalyses(service: AnalysisService) {
  const [proposals, setProposals] = useState<SourceProposal[] | null>(null);
  const [findError, setFindError] = useState<string | null>(null);
  const [finding, setFinding] = useState<Progress | null>(null);
  const [selected, setSelected] = useState<Record<SheetKind, string | null>>({ stock: null, allocations: null });
  const [drafts, setDrafts] = useState<Record<string, ColumnMapping>>({});
  const [settings, setSettings] = useState<AnalysisSettings>(() => ({ targetPercent: 30, year: defaultNormYear(), earlierKey: null, partner: { threshold: 5, wijkOnly: false, roundToFive: false, confirmedNames: "" } }));
  const [job, setJob] = useState<JobProgress | null>(null);
  const [messages, setMessages] = useState<ResultMessage[]>([]);
  const [charts, setCharts] = useState<{ sheetName: string; charts: ChartData[]; onSheet: boolean }[]>([]);
  const [cards, setCards] = useState<ResultCard[]>([]);
  /** Said after "Blad tonen" where the host shows no sheets (the browser preview). */
  const [sheetNote, setSheetNote] = useState<string | null>(null);
  const [question, setQuestion] = useState<ReplaceQuestion | null>(null);
  const [skippedQuestion, setSkippedQuestion] = useState<SkippedQuestion | null>(null);
  const [confirming, setConfirming] = useState<SheetKind | null>(null);
  /** "Controleren" asked from a result card: the data line of that source opens (n makes a repeat a new request). */
  const [checkRequest, setCheckRequest] = useState<{ kind: SheetKind; n: number } | null>(null);
  const checkSource = useCallback((kind: SheetKind) => setCheckRequest((r) => ({ kind, n: (r?.n ?? 0) + 1 })), []);
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  /** The allocation report's legal options (issue 10), kept with the workbook. */
  const allocationChoice = useAllocationChoice(service);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const find = useCallback(async () => {
    const abort = new AbortController();
    controller.current = abort;
    setFindError(null);
    setFinding({ step: "Tabellen en bereiken zoeken…", fraction: null });
    try {
      const found = await service.findSources({ signal: abort.signal, onProgress: (p) => mounted.current && setFinding(p) });
      if (!mounted.current) return;
      setProposals(found);
      setDrafts({});
      setSelected((current) => {
        const pick = (kind: SheetKind): string | null => {
          const keep = current[kind] && found.some((p) => sourceKey(p.source) === current[kind]) ? current[kind] : null;
          return keep ?? (found.find((p) => p.kind === kind) ? sourceKey(found.find((p) => p.kind === kind)!.source) : null);
        };
        return { stock: pick("stock"), allocations: pick("allocations") };
      });
    } catch (e) {
      if (!mounted.current) return;
      setFindError(isAbortError(e) || abort.signal.aborted ? "Het zoeken naar gegevens is geannuleerd." : `De gegevens konden niet worden gevonden: ${analysisErrorText(e)}`);
    } finally {
      if (controller.current === abort) controller.current = null;
      if (mounted.current) setFinding(null);
    }
  }, [service]);

  useEffect(() => {
    void find();
  }, [find]);

  const sourceState = useCallback(
    (kind: SheetKind): SourceState | null => {
      const key = selected[kind];
      const proposal = key ? proposals?.find((p) => sourceKey(p.source) === key) : undefined;
      if (!proposal) return null;
      const base = mappingFor(proposal, kind);
      const draft = drafts[`${kind}|${key}`] ?? base;
      return { proposal, draft, changed: mappingChanged(base, draft, kind) };
    },
    [selected, proposals, drafts],
  );

  const stock = useMemo(() => sourceState("stock"), [sourceState]);
  const allocations = useMemo(() => sourceState("allocations"), [sourceState]);

  const choose = useCallback((kind: SheetKind, key: string | null) => setSelected((current) => ({ ...current, [kind]: key })), []);

  const assign = useCallback(
    (kind: SheetKind, role: ColumnRole, column: number | null) => {
      const state = kind === "stock" ? stock : allocations;
      if (!state) return;
      const key = `${kind}|${sourceKey(state.proposal.source)}`;
      setDrafts((current) => ({ ...current, [key]: assignRole(state.draft, role, column) }));
    },
    [stock, allocations],
  );

  const addMessage = useCallback((intent: ResultMessage["intent"], title: string, lines: string[] = []) => {
    setMessages((current) => [...current, { id: nextMessageId++, intent, title, lines }]);
  }, []);

  /** Stores a mapping and puts the stored proposal in the list; returns false (with a message) on failure. */
  const storeMapping = useCallback(
    async (kind: SheetKind, state: SourceState): Promise<boolean> => {
      const result = await service.confirmMapping(state.proposal.source, kind, assignmentsOf(state.draft, kind));
      if (!mounted.current) return true;
      const key = sourceKey(state.proposal.source);
      setProposals((current) =>
        (current ?? []).map((p) => (sourceKey(p.source) === key && (p.kind === kind || result.kind === p.kind) ? result : p)),
      );
      setDrafts((current) => {
        const next = { ...current };
        delete next[`${kind}|${key}`];
        return next;
      });
      return true;
    },
    [service],
  );

  const confirm = useCallback(
    async (kind: SheetKind) => {
      const state = kind === "stock" ? stock : allocations;
      if (!state) return;
      setConfirming(kind);
      try {
        await storeMapping(kind, state);
        addMessage("success", `Koppeling voor ${KIND_LABEL[kind].toLowerCase()} opgeslagen`, [
          `De kolomindeling van '${state.proposal.source.tableName ?? state.proposal.source.address}' staat nu in de werkmap en wordt de volgende keer gebruikt.`,
        ]);
      } catch (e) {
        addMessage("error", "De koppeling is niet opgeslagen", [analysisErrorText(e)]);
      } finally {
        if (mounted.current) setConfirming(null);
      }
    },
    [stock, allocations, storeMapping, addMessage],
  );

  const askReplace = useCallback(
    (sheetName: string) =>
      new Promise<boolean>((resolve) => {
        setQuestion({
          sheetName,
          answer: (replace) => {
            setQuestion(null);
            resolve(replace);
          },
        });
      }),
    [],
  );

  const askSkipped = useCallback(
    (lines: string[]) =>
      new Promise<boolean>((resolve) => {
        setSkippedQuestion({
          lines,
          answer: (makeAnyway) => {
            setSkippedQuestion(null);
            resolve(makeAnyway);
          },
        });
      }),
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  const run = useCallback(
    async (steps: JobStep[]) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setMessages([]);
      setCards([]);
      setSheetNote(null);
      const job: RunJob = {
        steps,
        signal: abort.signal,
        reads: new SourceReads(),
        done: [],
        notDone: [],
        stock: stock?.proposal.source,
        allocations: allocations?.proposal.source,
        earlier: stock ? earlierSource(proposals, settings.earlierKey, stock.proposal.source) : null,
      };
      const pane: RunPane = {
        service,
        settings,
        allocation: allocationChoice.choice,
        mounted: () => mounted.current,
        setJob,
        addMessage,
        askReplace,
        askSkipped,
        showCharts: (result) =>
          setCharts((current) => [...current.filter((c) => c.sheetName !== result.sheetName), { sheetName: result.sheetName, charts: result.charts, onSheet: result.chartsOnSheet === true }]),
        showCard: (card) => setCards((current) => [...current.filter((c) => c.id !== card.id), card]),
      };
      try {
        await storePendingMappings(job, { stock, allocations }, storeMapping, setJob);
        for (let index = 0; index < steps.length; index++) {
          if (abort.signal.aborted) throw Object.assign(new Error("geannuleerd"), { name: "AbortError" });
          const outcome = await runStep(pane, job, index);
          if (outcome === "stopped") return;
        }
        if (steps.length > 1 && job.notDone.length === 0) addMessage("success", "Alles is gemaakt", [`${dutchList(job.done)} ${pluralForm(job.done.length, "is", "zijn")} klaar.`]);
      } catch (e) {
        if (!mounted.current) return;
        if (isAbortError(e) || abort.signal.aborted) reportCancelled(addMessage, job);
        else addMessage("error", "Er ging iets mis", [analysisErrorText(e)]);
      } finally {
        if (controller.current === abort) controller.current = null;
        if (mounted.current) setJob(null);
      }
    },
    [service, stock, allocations, settings, allocationChoice.choice, proposals, storeMapping, askReplace, askSkipped, addMessage],
  );

  const dismissMessage = useCallback((id: number) => setMessages((current) => current.filter((m) => m.id !== id)), []);

  /** "Rapport als waarden": the report sheets frozen to values, for sharing with someone without Mengwijzer. */
  const [freezing, setFreezing] = useState(false);
  const reportsAsValues = useCallback(async () => {
    if (!service.reportsAsValues) return;
    setFreezing(true);
    try {
      const result = await service.reportsAsValues();
      if (mounted.current) addMessage("success", result.summary, result.warnings);
    } catch (e) {
      if (mounted.current) addMessage("error", "Er ging iets mis", [analysisErrorText(e)]);
    } finally {
      if (mounted.current) setFreezing(false);
    }
  }, [service, addMessage]);

  /** Selects a report sheet; where nothing can be shown (the preview) says what happened instead. */
  const showSheet = useCallback(
    async (sheetName: string) => {
      setSheetNote(null);
      try {
        const { shown } = await service.showSheet(sheetName);
        if (mounted.current && !shown) {
          setSheetNote(`In de voorbeeldweergave is geen werkblad te zien. ${sheetName} is nu het actieve blad: de download opent daarop.`);
        }
      } catch (e) {
        if (mounted.current) setSheetNote(`Het blad kon niet worden getoond: ${analysisErrorText(e)}`);
      }
    },
    [service],
  );

  return {
    proposals,
    stockOptions: proposals ? proposalsFor(proposals, "stock") : [],
    allocationOptions: proposals ? proposalsFor(proposals, "allocations") : [],
    findError,
    finding,
    find,
    stock,
    allocations,
    choose,
    assign,
    confirm,
    confirming,
    settings,
    setSettings,
    allocationChoice,
    job,
    run,
    cancel,
    messages,
    dismissMessage,
    canFreeze: typeof service.reportsAsValues === "function",
    freezing,
    reportsAsValues,
    charts,
    cards,
    showSheet,
    sheetNote,
    checkRequest,
    checkSource,
    question,
    skippedQuestion,
  };
}

// ---- the steps of a run ---------------------------------------------------------------------------------------------

type AddMessage = (intent: ResultMessage["intent"], title: string, lines?: string[]) => void;

/** One run of the pane: what it makes, from which sources, and how far it got. */
interface RunJob {
  steps: JobStep[];
  signal: AbortSignal;
  /** Each source is read once per run, whichever steps need it. */
  reads: SourceReads;
  /** Labels of the steps made, and of those skipped or declined. */
  done: string[];
  notDone: string[];
  stock: DataSource | undefined;
  allocations: DataSource | undefined;
  /** The earlier stock the area report compares with (issue 14), or null. */
  earlier: DataSource | null;
}

/** What a step needs from the pane. */
interface RunPane {
  service: AnalysisService;
  settings: AnalysisSettings;
  /** The allocation report's legal options, for the report and the partner copy's verdicts. */
  allocation: AllocationChoice;
  mounted: () => boolean;
  setJob: (job: JobProgress | null) => void;
  addMessage: AddMessage;
  askReplace: (sheetName: string) => Promise<boolean>;
  /** Asks whether to make the partner copy although many rows are skipped (the lines say which). */
  askSkipped: (lines: string[]) => Promise<boolean>;
  showCharts: (result: ReportResult) => void;
  showCard: (card: ResultCard) => void;
}

/** "stopped": a step failed (the message says so) or the pane closed, and the rest of the run is not made. */
type StepOutcome = "done" | "skipped" | "stopped";

/** Corrections the user made but did not confirm yet are stored first: the reports read the stored mapping. */
async function storePendingMappings(
  job: RunJob,
  states: Record<SheetKind, SourceState | null>,
  storeMapping: (kind: SheetKind, state: SourceState) => Promise<boolean>,
  setJob: (job: JobProgress | null) => void,
): Promise<void> {
  const needs: Record<SheetKind, boolean> = {
    stock: job.steps.some((s) => s !== "allocation"),
    allocations: job.steps.some((s) => s !== "area"),
  };
  for (const kind of ["stock", "allocations"] as const) {
    const state = states[kind];
    if (!state?.changed || !needs[kind]) continue;
    setJob({ label: "Koppeling opslaan", stepIndex: 0, stepCount: job.steps.length, progress: { step: `Koppeling ${KIND_LABEL[kind].toLowerCase()} opslaan…`, fraction: null } });
    await storeMapping(kind, state);
  }
}

/** Makes step `index` of the run and reports it; a failure other than a cancel ends the run with a message. */
async function runStep(pane: RunPane, job: RunJob, index: number): Promise<StepOutcome> {
  const step = job.steps[index];
  const label = STEP_LABEL[step];
  const onProgress = (progress: Progress) => {
    if (pane.mounted()) pane.setJob({ label, stepIndex: index, stepCount: job.steps.length, progress });
  };
  onProgress({ step: `${label} voorbereiden…`, fraction: null });
  const options = { signal: job.signal, onProgress, reads: job.reads };
  try {
    const outcome = step === "partner" ? await makePartnerCopy(pane, job, options) : await makeReport(pane, job, step, options);
    (outcome === "done" ? job.done : job.notDone).push(label);
    return outcome;
  } catch (e) {
    if (isAbortError(e) || job.signal.aborted) throw e;
    reportFailure(pane.addMessage, job, index, e);
    return "stopped";
  }
}

type StepOptions = CallOptions & { signal: AbortSignal; onProgress: (progress: Progress) => void };

/** The partner copy; asks first when more than 5% of a source's rows are skipped (SkippedRowsError). */
async function makePartnerCopy(pane: RunPane, job: RunJob, options: StepOptions): Promise<StepOutcome> {
  const { settings } = pane;
  const make = (acceptSkipped: boolean) =>
    pane.service.makePartnerCopy({
      ...options,
      threshold: settings.partner.threshold,
      wijkOnly: settings.partner.wijkOnly,
      roundToFive: settings.partner.roundToFive,
      confirmedNames: confirmedNameList(settings.partner.confirmedNames),
      year: settings.year,
      targetSocialShare: settings.targetPercent / 100,
      stock: job.stock,
      allocations: job.allocations,
      allocation: pane.allocation,
      acceptSkipped,
    });
  let copy;
  try {
    copy = await make(false);
  } catch (e) {
    if (!(e instanceof Error) || e.name !== "SkippedRowsError") throw e;
    const sources = (e as SkippedRowsError).sources ?? [];
    options.onProgress({ step: "Wachten op uw antwoord over de overgeslagen rijen…", fraction: null });
    const lines = [e.message, ...sources.flatMap((s) => [`${s.source}:`, ...rowAccountLines(s.rows, 5)])];
    if (!(await pane.askSkipped(lines))) {
      pane.addMessage("info", "Partnerkopie niet gemaakt", ["Koppel eerst de onbekende waarden (bij Waarden) of maak de kopie later toch.", ...lines.slice(1)]);
      return "skipped";
    }
    copy = await make(true);
  }
  pane.showCard({ id: "partner", title: STEP_LABEL.partner, summary: copy.summary, figures: [], rowsRead: null, source: null, sheetName: null, fileName: copy.fileName, warnings: copy.warnings });
  return "done";
}

/** The area or allocation report; asks "Vervangen?" when the user edited the report sheet. */
async function makeReport(pane: RunPane, job: RunJob, step: "area" | "allocation", options: StepOptions): Promise<StepOutcome> {
  const label = STEP_LABEL[step];
  const source = step === "area" ? job.stock : job.allocations;
  if (!source) {
    pane.addMessage("warning", `${label} overgeslagen`, [
      step === "area" ? "Kies eerst een bron voor de voorraad." : "Kies eerst een bron voor de toewijzingen.",
    ]);
    return "skipped";
  }
  const { settings, service } = pane;
  const build = (replaceEdited: boolean) =>
    step === "area"
      ? service.buildAreaReport(source, { ...options, targetSocialShare: settings.targetPercent / 100, year: settings.year, replaceEdited, earlier: job.earlier })
      : service.buildAllocationReport(source, { ...options, replaceEdited, allocation: pane.allocation });
  let result: ReportResult;
  try {
    result = await build(false);
  } catch (e) {
    const sheetName = editedSheetName(e);
    if (sheetName === null) throw e;
    options.onProgress({ step: `Wachten op uw antwoord over het blad ${sheetName}…`, fraction: null });
    if (!(await pane.askReplace(sheetName))) {
      pane.addMessage("info", `${label} niet vervangen`, [`Het blad ${sheetName} is met de hand gewijzigd en blijft zoals het is.`]);
      return "skipped";
    }
    result = await build(true);
  }
  if (!pane.mounted()) return "stopped"; // the pane is gone: nothing left to show or make
  // "Rijen gelezen N van M" stays in sight on the card; the skipped rows by reason go with the remarks.
  const [rowsRead = null, ...skippedLines] = rowAccountLines(result.rows);
  pane.showCard({
    id: result.sheetName,
    title: label,
    summary: result.summary,
    figures: result.figures ?? [],
    rowsRead,
    source: { kind: step === "area" ? "stock" : "allocations", skipped: result.rows?.skipped ?? 0 },
    sheetName: result.sheetName,
    fileName: null,
    warnings: [...skippedLines, ...result.warnings],
  });
  pane.showCharts(result);
  return "done";
}

function reportFailure(addMessage: AddMessage, job: RunJob, index: number, error: unknown): void {
  const label = STEP_LABEL[job.steps[index]];
  const rest = job.steps.slice(index + 1).map((s) => STEP_LABEL[s].toLowerCase());
  addMessage("error", `${label} is mislukt`, [
    analysisErrorText(error),
    ...(job.done.length > 0 ? [`Wel gemaakt: ${dutchList(job.done.map((d) => d.toLowerCase()))}.`] : []),
    ...(rest.length > 0 ? [`Niet meer gemaakt: ${dutchList(rest)}.`] : []),
    "Een rapportblad dat al bestond, blijft zoals het was.",
  ]);
}

function reportCancelled(addMessage: AddMessage, job: RunJob): void {
  addMessage("info", "Geannuleerd", [
    job.done.length > 0 ? `Wel gemaakt: ${dutchList(job.done.map((d) => d.toLowerCase()))}.` : "Er is niets gewijzigd.",
    "Een rapportblad dat al bestond, blijft zoals het was.",
  ]);
}

export type AnalysesState = ReturnType<typeof useAnalyses>;
export type { DataSource };
