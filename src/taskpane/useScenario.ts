/**
 * State of the pane's scenario section (issue 15): make the scenario table, check it (row messages), build the
 * scenario report. Everything goes through the AnalysisService; a report sheet the user edited is only replaced after
 * asking (window.confirm is not available in every Office host, so the pane asks with its own question).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalysisService, ChartData, ScenarioSettings } from "../analysis/AnalysisService";
import type { DataSource } from "../workbook/AnalysisWorkbook";
import type { ScenarioProblem } from "../core/scenario/scenarioRows";
import { analysisErrorText, editedSheetName } from "./analysisView";

export interface ScenarioInputs {
  /** Turnover of social rent in percent, or null: from the allocations, else the default. */
  turnoverPercent: number | null;
  /** Share of lettings to low incomes in percent, or null. */
  lowIncomePercent: number | null;
}

export interface ScenarioOutcome {
  intent: "success" | "warning" | "error" | "info";
  summary: string;
  problems: ScenarioProblem[];
  warnings: string[];
  paragraphs: string[];
  charts: ChartData[];
}

export function useScenario(
  service: AnalysisService,
  sources: { stock: DataSource | null; allocations: DataSource | null },
  settings: { targetSocialShare: number; year: number; threshold: number },
) {
  const [inputs, setInputs] = useState<ScenarioInputs>({ turnoverPercent: null, lowIncomePercent: null });
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ScenarioOutcome | null>(null);
  const [replaceQuestion, setReplaceQuestion] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const available = typeof service.createScenarioSheet === "function" && typeof service.buildScenarioReport === "function";

  const options = useCallback((): ScenarioSettings => ({
    targetSocialShare: settings.targetSocialShare,
    year: settings.year,
    socialTurnover: inputs.turnoverPercent === null ? null : inputs.turnoverPercent / 100,
    lowIncomeShare: inputs.lowIncomePercent === null ? null : inputs.lowIncomePercent / 100,
    allocations: sources.allocations,
  }), [settings, inputs, sources.allocations]);

  const step = useCallback(async (label: string, work: () => Promise<ScenarioOutcome>) => {
    setBusy(label);
    try {
      const result = await work();
      if (mounted.current) setOutcome(result);
    } catch (e) {
      if (!mounted.current) return;
      const problems = (e as { problems?: ScenarioProblem[] }).problems;
      setOutcome({ intent: "error", summary: analysisErrorText(e), problems: Array.isArray(problems) ? problems : [], warnings: [], paragraphs: [], charts: [] });
    } finally {
      if (mounted.current) setBusy(null);
    }
  }, []);

  const createTable = useCallback(() => step("Scenariotabel maken", async () => {
    const r = await service.createScenarioSheet!();
    return { intent: r.created ? "success" : "info", summary: r.summary, problems: [], warnings: [], paragraphs: [], charts: [] };
  }), [service, step]);

  const check = useCallback(() => step("Scenario controleren", async () => {
    if (!sources.stock) throw new Error("Kies eerst de voorraad bij 'Gegevens'.");
    const r = await service.checkScenario!(sources.stock, options());
    return { intent: !r.exists ? "info" : r.valid ? "success" : "error", summary: r.summary, problems: r.problems, warnings: [], paragraphs: [], charts: [] };
  }), [service, step, sources.stock, options]);

  const build = useCallback((replaceEdited = false) => step("Scenariorapport maken", async () => {
    if (!sources.stock) throw new Error("Kies eerst de voorraad bij 'Gegevens'.");
    try {
      const r = await service.buildScenarioReport!(sources.stock, { ...options(), replaceEdited });
      return { intent: r.warnings.length > 0 ? "warning" : "success", summary: r.summary, problems: [], warnings: r.warnings, paragraphs: r.paragraphs, charts: r.charts };
    } catch (e) {
      const sheet = editedSheetName(e);
      if (sheet !== null) {
        if (mounted.current) setReplaceQuestion(sheet);
        return { intent: "info", summary: `Het blad ${sheet} is met de hand gewijzigd; kies of het vervangen mag.`, problems: [], warnings: [], paragraphs: [], charts: [] };
      }
      throw e;
    }
  }), [service, step, sources.stock, options]);

  const partner = useCallback(() => step("Partnerversie maken", async () => {
    if (!sources.stock) throw new Error("Kies eerst de voorraad bij 'Gegevens'.");
    const r = await service.makeScenarioPartnerCopy!(sources.stock, { ...options(), threshold: settings.threshold });
    return { intent: r.warnings.length > 0 ? "warning" : "success", summary: `${r.summary} (${r.fileName})`, problems: [], warnings: r.warnings, paragraphs: [], charts: [] };
  }), [service, step, sources.stock, options, settings.threshold]);

  const answerReplace = useCallback((replace: boolean) => {
    setReplaceQuestion(null);
    if (replace) void build(true);
  }, [build]);

  const canPartner = typeof service.makeScenarioPartnerCopy === "function";
  return { available, canPartner, inputs, setInputs, busy, outcome, createTable, check, build, partner, replaceQuestion, answerReplace };
}
