/**
 * State of the value mapping of one source: the overview of its categorical values (read from the whole source by the
 * service, so every count is exact), the user's choices as a draft, saving (with the "Vervangen?" question when the
 * user edited Mengwijzer_Waarden by hand), and the rows read with this mapping.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalysisService, Progress, SourceProposal, ValueOverview } from "../analysis/AnalysisService";
import type { SheetKind } from "../core/mapping";
import type { ValueMap } from "../core/readers/valueMap";
import type { ValueField } from "../core/readers/vocabulary";
import { valueKey } from "../core/readers/vocabulary";
import type { DataSource } from "../workbook/AnalysisWorkbook";
import { analysisErrorText, editedSheetName, isAbortError } from "./analysisView";

/** The draft with `value` of `field` read as `reading` (null: back to the built-in reading, or unknown). */
export function withChoice(draft: ValueMap, field: ValueField, value: string, reading: string | null): ValueMap {
  const key = valueKey(value);
  const entries = (draft[field] ?? []).filter((e) => valueKey(e.value) !== key);
  if (reading !== null) entries.push({ value, reading });
  return { ...draft, [field]: entries };
}

/** The reading the draft gives a value, or undefined when the draft does not mention it. */
export function draftReading(draft: ValueMap, field: ValueField, value: string): string | undefined {
  const key = valueKey(value);
  return draft[field]?.find((e) => valueKey(e.value) === key)?.reading;
}

/** How many unknown values (and rows) the draft leaves unmapped. */
export function openUnknowns(overview: ValueOverview, draft: ValueMap): { values: number; rows: number } {
  let values = 0;
  let rows = 0;
  for (const field of overview.fields) {
    for (const v of field.values) {
      if (v.source === "unknown" && draftReading(draft, field.field, v.value) === undefined) {
        values++;
        rows += v.count;
      }
    }
  }
  return { values, rows };
}

export function useValueMapping(
  service: AnalysisService,
  kind: SheetKind,
  source: DataSource | null,
  year: number,
  onSaved?: (proposal: SourceProposal) => void,
) {
  const [overview, setOverview] = useState<ValueOverview | null>(null);
  const [draft, setDraft] = useState<ValueMap>({});
  const [busy, setBusy] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [replaceQuestion, setReplaceQuestion] = useState<((replace: boolean) => void) | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  // another source: start over
  useEffect(() => {
    setOverview(null);
    setDraft({});
    setError(null);
    setSaved(null);
  }, [source, kind]);

  const load = useCallback(async () => {
    if (!source || controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setError(null);
    setBusy({ step: "Alle rijen lezen…", fraction: null });
    try {
      const result = await service.inspectValues(source, kind, { year, signal: abort.signal, onProgress: (p) => mounted.current && setBusy(p) });
      if (!mounted.current) return;
      setOverview(result);
      setDraft(result.values);
    } catch (e) {
      if (mounted.current) setError(isAbortError(e) ? "Het lezen is geannuleerd." : `De waarden konden niet worden gelezen: ${analysisErrorText(e)}`);
    } finally {
      if (controller.current === abort) controller.current = null;
      if (mounted.current) setBusy(null);
    }
  }, [service, source, kind, year]);

  const choose = useCallback((field: ValueField, value: string, reading: string | null) => {
    setSaved(null);
    setDraft((current) => withChoice(current, field, value, reading));
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const askReplace = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        setReplaceQuestion(() => (replace: boolean) => {
          setReplaceQuestion(null);
          resolve(replace);
        });
      }),
    [],
  );

  const save = useCallback(async () => {
    if (!source) return;
    setError(null);
    setBusy({ step: "Waarden opslaan…", fraction: null });
    try {
      let proposal: SourceProposal;
      try {
        proposal = await service.saveValueMapping(source, kind, draft);
      } catch (e) {
        if (editedSheetName(e) === null) throw e;
        if (!(await askReplace())) {
          if (mounted.current) setError("Niet opgeslagen: het blad Mengwijzer_Waarden is met de hand gewijzigd en blijft zoals het is.");
          return;
        }
        proposal = await service.saveValueMapping(source, kind, draft, { replaceEdited: true });
      }
      if (!mounted.current) return;
      onSaved?.(proposal);
      setSaved("Opgeslagen in de werkmap, bij de kolomindeling, en op het blad Mengwijzer_Waarden.");
      setBusy(null);
      await load();
    } catch (e) {
      if (mounted.current) setError(`De waarden zijn niet opgeslagen: ${analysisErrorText(e)}`);
    } finally {
      if (mounted.current) setBusy(null);
    }
  }, [service, source, kind, draft, askReplace, load, onSaved]);

  return { overview, draft, busy, error, saved, load, choose, save, cancel, replaceQuestion };
}

export type ValueMappingState = ReturnType<typeof useValueMapping>;
