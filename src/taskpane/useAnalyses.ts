/**
 * State of the Analyses tab: the sources and their mappings (with the user's corrections as drafts), the settings,
 * the running job with its progress and cancel, the "Vervangen?" question for a sheet the user edited, and the
 * results and charts of the last run.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisService, ChartData, Progress, SourceProposal } from "../analysis/AnalysisService";
import { assignRole } from "../core/mapping";
import type { ColumnMapping, ColumnRole, SheetKind } from "../core/mapping";
import type { DataSource } from "../workbook/AnalysisWorkbook";
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
  /** Minimum group size in the partner copy. */
  threshold: number;
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

export interface ReplaceQuestion {
  sheetName: string;
  answer: (replace: boolean) => void;
}

export interface SourceState {
  proposal: SourceProposal;
  /** The mapping as the user sees it, corrections included. */
  draft: ColumnMapping;
  changed: boolean;
}

let nextMessageId = 1;

export function useAnalyses(service: AnalysisService) {
  const [proposals, setProposals] = useState<SourceProposal[] | null>(null);
  const [findError, setFindError] = useState<string | null>(null);
  const [finding, setFinding] = useState<Progress | null>(null);
  const [selected, setSelected] = useState<Record<SheetKind, string | null>>({ stock: null, allocations: null });
  const [drafts, setDrafts] = useState<Record<string, ColumnMapping>>({});
  const [settings, setSettings] = useState<AnalysisSettings>(() => ({ targetPercent: 30, year: defaultNormYear(), threshold: 5 }));
  const [job, setJob] = useState<JobProgress | null>(null);
  const [messages, setMessages] = useState<ResultMessage[]>([]);
  const [charts, setCharts] = useState<{ sheetName: string; charts: ChartData[] }[]>([]);
  const [question, setQuestion] = useState<ReplaceQuestion | null>(null);
  const [confirming, setConfirming] = useState<SheetKind | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);

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

  const cancel = useCallback(() => controller.current?.abort(), []);

  const run = useCallback(
    async (steps: JobStep[]) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setMessages([]);
      const done: string[] = [];
      const notDone: string[] = [];
      const stepCount = steps.length;
      const stockSource = stock?.proposal.source;
      const allocationSource = allocations?.proposal.source;
      try {
        // Corrections the user made but did not confirm yet are stored first: the reports read the stored mapping.
        for (const [kind, state] of [["stock", stock], ["allocations", allocations]] as const) {
          if (state?.changed && ((kind === "stock" && steps.some((s) => s !== "allocation")) || (kind === "allocations" && steps.some((s) => s !== "area")))) {
            setJob({ label: "Koppeling opslaan", stepIndex: 0, stepCount, progress: { step: `Koppeling ${KIND_LABEL[kind].toLowerCase()} opslaan…`, fraction: null } });
            await storeMapping(kind, state);
          }
        }
        for (let index = 0; index < steps.length; index++) {
          const step = steps[index];
          const label = STEP_LABEL[step];
          if (abort.signal.aborted) throw Object.assign(new Error("geannuleerd"), { name: "AbortError" });
          const onProgress = (progress: Progress) => {
            if (mounted.current) setJob({ label, stepIndex: index, stepCount, progress });
          };
          onProgress({ step: `${label} voorbereiden…`, fraction: null });
          const options = { signal: abort.signal, onProgress };
          try {
            if (step === "partner") {
              const copy = await service.makePartnerCopy({ ...options, threshold: settings.threshold, stock: stockSource, allocations: allocationSource });
              addMessage("success", copy.summary, [`Bestand: ${copy.fileName}`, ...copy.warnings]);
              done.push(label);
              continue;
            }
            const source = step === "area" ? stockSource : allocationSource;
            if (!source) {
              addMessage("warning", `${label} overgeslagen`, [
                step === "area" ? "Kies eerst een bron voor de voorraad." : "Kies eerst een bron voor de toewijzingen.",
              ]);
              notDone.push(label);
              continue;
            }
            const build = (replaceEdited: boolean) =>
              step === "area"
                ? service.buildAreaReport(source, { ...options, targetSocialShare: settings.targetPercent / 100, year: settings.year, replaceEdited })
                : service.buildAllocationReport(source, { ...options, replaceEdited });
            let result;
            try {
              result = await build(false);
            } catch (e) {
              const sheetName = editedSheetName(e);
              if (sheetName === null) throw e;
              onProgress({ step: `Wachten op uw antwoord over het blad ${sheetName}…`, fraction: null });
              const replace = await askReplace(sheetName);
              if (!replace) {
                addMessage("info", `${label} niet vervangen`, [`Het blad ${sheetName} is met de hand gewijzigd en blijft zoals het is.`]);
                notDone.push(label);
                continue;
              }
              result = await build(true);
            }
            if (!mounted.current) return;
            addMessage(result.warnings.length > 0 ? "warning" : "success", result.summary, result.warnings);
            setCharts((current) => [...current.filter((c) => c.sheetName !== result.sheetName), { sheetName: result.sheetName, charts: result.charts }]);
            done.push(label);
          } catch (e) {
            if (isAbortError(e) || abort.signal.aborted) throw e;
            const rest = steps.slice(index + 1).map((s) => STEP_LABEL[s].toLowerCase());
            addMessage("error", `${label} is mislukt`, [
              analysisErrorText(e),
              ...(done.length > 0 ? [`Wel gemaakt: ${dutchList(done.map((d) => d.toLowerCase()))}.`] : []),
              ...(rest.length > 0 ? [`Niet meer gemaakt: ${dutchList(rest)}.`] : []),
              "Een rapportblad dat al bestond, blijft zoals het was.",
            ]);
            return;
          }
        }
        if (stepCount > 1 && notDone.length === 0) addMessage("success", "Alles is gemaakt", [`${dutchList(done)} zijn klaar.`]);
      } catch (e) {
        if (!mounted.current) return;
        if (isAbortError(e) || abort.signal.aborted) {
          addMessage("info", "Geannuleerd", [
            done.length > 0 ? `Wel gemaakt: ${dutchList(done.map((d) => d.toLowerCase()))}.` : "Er is niets gewijzigd.",
            "Een rapportblad dat al bestond, blijft zoals het was.",
          ]);
        } else {
          addMessage("error", "Er ging iets mis", [analysisErrorText(e)]);
        }
      } finally {
        if (controller.current === abort) controller.current = null;
        if (mounted.current) setJob(null);
      }
    },
    [service, stock, allocations, settings, storeMapping, askReplace, addMessage],
  );

  const dismissMessage = useCallback((id: number) => setMessages((current) => current.filter((m) => m.id !== id)), []);

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
    job,
    run,
    cancel,
    messages,
    dismissMessage,
    charts,
    question,
  };
}

export type AnalysesState = ReturnType<typeof useAnalyses>;
export type { DataSource };
