/**
 * State of the checklist for the task pane: the latest snapshot, a delayed busy label and the last error. Every
 * repository call goes through `run`, so no call can fail silently or leave the pane blank.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerPatch, ChecklistRepository, ChecklistSnapshot } from "../core/checklist/ChecklistRepository";
import type { Area } from "../core/checklist/types";

/** Only show a spinner for calls that take noticeable time; quick calls would just flicker. */
export const BUSY_DELAY_MS = 150;

const LOAD_FAILED = "De checklist kon niet worden gelezen";

export interface ChecklistState {
  snapshot: ChecklistSnapshot | null;
  /** Dutch label while a call takes longer than BUSY_DELAY_MS, else null. */
  busyLabel: string | null;
  /** Dutch messages of failed calls (newest last, no repeats), until dismissed. */
  errors: string[];
  /** True when the very first load failed: the pane shows a retry button instead of the checklist. */
  loadFailed: boolean;
  dismissError: () => void;
  reload: () => Promise<void>;
  /** Resolves to null on success, else a Dutch message (the dialog shows it itself). */
  addArea: (area: Area) => Promise<string | null>;
  /** Resolves to true when the change was stored. */
  updateAnswer: (area: string, itemId: string, patch: AnswerPatch) => Promise<boolean>;
  /** Puts the checklist table back over answers found outside it; null when the repository cannot. */
  repairTable: (() => Promise<boolean>) | null;
}

export function errorText(error: unknown, prefix: string): string {
  const detail = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return detail ? `${prefix}: ${detail}` : `${prefix}. Probeer het opnieuw.`;
}

function applyPatch(snapshot: ChecklistSnapshot, area: string, itemId: string, patch: AnswerPatch): ChecklistSnapshot {
  return {
    ...snapshot,
    answers: snapshot.answers.map((a) => (a.area === area && a.itemId === itemId ? { ...a, ...patch } : a)),
  };
}

export function useChecklist(repository: ChecklistRepository): ChecklistState {
  const [snapshot, setSnapshot] = useState<ChecklistSnapshot | null>(null);
  const [busyLabel, setBusyLabel] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  // Several calls can fail at once (load and subscribe); keep each message once, at most the last three.
  const setError = useCallback((message: string) => {
    setErrors((current) => [...current.filter((m) => m !== message), message].slice(-3));
  }, []);
  const [loadFailed, setLoadFailed] = useState(false);

  // Calls may overlap (a quick status change while a note saves); an older call's result never replaces a newer one's.
  const sequence = useRef(0);
  const applied = useRef(0);
  const pending = useRef(new Map<number, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  const hasSnapshot = useRef(false);

  const refreshBusy = useCallback(() => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (pending.current.size === 0) {
      setBusyLabel(null);
      return;
    }
    const label = [...pending.current.values()].pop() ?? "Bezig…";
    timer.current = setTimeout(() => {
      if (mounted.current && pending.current.size > 0) setBusyLabel(label);
    }, BUSY_DELAY_MS);
  }, []);

  const run = useCallback(
    async (label: string, call: () => Promise<ChecklistSnapshot>): Promise<ChecklistSnapshot> => {
      const id = ++sequence.current;
      pending.current.set(id, label);
      refreshBusy();
      try {
        const result = await call();
        if (mounted.current && id > applied.current) {
          applied.current = id;
          hasSnapshot.current = true;
          setSnapshot(result);
        }
        return result;
      } finally {
        pending.current.delete(id);
        if (mounted.current) refreshBusy();
      }
    },
    [refreshBusy],
  );

  const reload = useCallback(async () => {
    try {
      await run("Checklist laden…", () => repository.load());
      setLoadFailed(false);
      setErrors((current) => current.filter((m) => !m.startsWith(LOAD_FAILED)));
    } catch (e) {
      setError(errorText(e, LOAD_FAILED));
      if (!hasSnapshot.current) setLoadFailed(true);
    }
  }, [repository, run, setError]);

  useEffect(() => {
    mounted.current = true;
    let unsubscribe: (() => Promise<void>) | null = null;
    let cancelled = false;
    void reload();
    repository
      .subscribe((fresh) => {
        // A co-author's edit: take it as the newest state (open note drafts live in the editors, not here).
        if (!mounted.current) return;
        hasSnapshot.current = true;
        setSnapshot(fresh);
      })
      .then((stop) => {
        if (cancelled) void stop().catch(() => undefined);
        else unsubscribe = stop;
      })
      .catch((e: unknown) => {
        if (mounted.current) setError(errorText(e, "Wijzigingen van anderen worden niet automatisch getoond"));
      });
    return () => {
      cancelled = true;
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [repository, reload, setError]);

  const addArea = useCallback(
    async (area: Area): Promise<string | null> => {
      try {
        await run(`Gebied '${area.name}' toevoegen…`, () => repository.addArea(area));
        return null;
      } catch (e) {
        return errorText(e, "Het gebied kon niet worden toegevoegd");
      }
    },
    [repository, run],
  );

  const updateAnswer = useCallback(
    async (area: string, itemId: string, patch: AnswerPatch): Promise<boolean> => {
      // Show the choice at once; the stored snapshot replaces it when the call returns.
      setSnapshot((current) => (current ? applyPatch(current, area, itemId, patch) : current));
      try {
        await run("Wijziging opslaan…", () => repository.updateAnswer(area, itemId, patch));
        return true;
      } catch (e) {
        setError(errorText(e, "De wijziging is niet opgeslagen"));
        // Undo the optimistic change by reading what is really stored.
        try {
          await run("Checklist opnieuw lezen…", () => repository.load());
        } catch {
          // The error above is already shown.
        }
        return false;
      }
    },
    [repository, run, setError],
  );

  const repair = useCallback(async (): Promise<boolean> => {
    try {
      await run("Checklisttabel herstellen…", () => repository.repairTable!());
      return true;
    } catch (e) {
      setError(errorText(e, "De checklisttabel kon niet worden hersteld"));
      return false;
    }
  }, [repository, run, setError]);

  const dismissError = useCallback(() => setErrors([]), []);

  return { snapshot, busyLabel, errors, loadFailed, dismissError, reload, addArea, updateAnswer, repairTable: repository.repairTable ? repair : null };
}
