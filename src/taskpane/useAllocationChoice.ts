/**
 * The allocation report's legal options in the pane (issue 10): read from the workbook when the pane opens, stored
 * again each time the user changes one. Nothing is written before the stored choice has been read, so opening the pane
 * never overwrites what was saved; a stored value that cannot be read is reported and kept until the user chooses.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalysisService } from "../analysis/AnalysisService";
import { DEFAULT_ALLOCATION_CHOICE, type AllocationChoice } from "../core/allocation/allocationChoice";
import { analysisErrorText } from "./analysisView";

export interface AllocationChoiceState {
  choice: AllocationChoice;
  /** False until the stored choice is read: the controls wait, so nothing stored is overwritten. */
  loaded: boolean;
  /** Dutch: the stored choice could not be read (the default is used, the stored value is kept). */
  problem: string | null;
  saving: boolean;
  /** True once a change of this session is stored in the workbook. */
  saved: boolean;
  /** Dutch: the last change could not be stored. */
  saveError: string | null;
  change: (next: AllocationChoice) => void;
}

export function useAllocationChoice(service: AnalysisService): AllocationChoiceState {
  const [choice, setChoice] = useState<AllocationChoice>(DEFAULT_ALLOCATION_CHOICE);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const mounted = useRef(true);
  /** Saves run one after another, the last choice last. */
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);

  useEffect(() => {
    mounted.current = true;
    let current = true;
    service
      .readAllocationChoice()
      .then((stored) => {
        if (!current) return;
        setChoice(stored.choice);
        setProblem(stored.problem);
        setLoaded(true);
      })
      .catch((e: unknown) => {
        if (!current) return;
        // Unread is not the same as absent: keep the controls locked, so a default never replaces the stored choice.
        setProblem(`De opgeslagen keuzes voor het toewijzingsrapport konden niet worden gelezen: ${analysisErrorText(e)}. Het rapport gebruikt de standaard.`);
      });
    return () => {
      current = false;
      mounted.current = false;
    };
  }, [service]);

  const change = useCallback(
    (next: AllocationChoice) => {
      if (!loaded) return;
      setChoice(next);
      setSaving(true);
      setSaveError(null);
      pending.current++;
      queue.current = queue.current.then(async () => {
        try {
          await service.saveAllocationChoice(next);
          if (mounted.current) {
            setProblem(null);
            setSaved(true);
          }
        } catch (e) {
          if (mounted.current) setSaveError(`Uw keuze is niet in de werkmap opgeslagen: ${analysisErrorText(e)}. Het rapport gebruikt haar wel.`);
        } finally {
          pending.current--;
          if (mounted.current && pending.current === 0) setSaving(false);
        }
      });
    },
    [service, loaded],
  );

  return { choice, loaded, problem, saving, saved, saveError, change };
}
