/**
 * Which status changes are allowed, and which deserve a warning.
 *
 * Decision: every status may go to every other status, including back to "nog niet bekeken". A checklist records a
 * conversation between partners, not a workflow engine: plans are dropped, finished measures are reopened, and a wrong
 * click must be undoable. Blocking would push people to edit the sheet by hand, which is worse.
 *
 * What we do instead is warn (ChecklistSnapshot.notices), never block:
 * - "bewust niet" without a toelichting: a deliberate "no" should say why, so partners and later readers can follow it.
 */
import { checklistMessages as m } from "../messages/checklist";
import { STATUSES } from "./types";
import type { Answer, Catalogue, Status } from "./types";

export interface TransitionCheck {
  /** Always true (see above); kept so a future rule can block without changing callers. */
  allowed: boolean;
  /** Dutch warnings to show next to the answer. */
  warnings: string[];
}

/** The statuses reachable from `from`: all others. */
export function allowedNextStatuses(from: Status): Status[] {
  return STATUSES.filter((status) => status !== from);
}

export function checkTransition(answer: Pick<Answer, "area" | "note">, to: Status, itemTitle: string): TransitionCheck {
  const warnings: string[] = [];
  if (to === "bewust niet" && answer.note.trim() === "") warnings.push(m.deliberateWithoutNote(answer.area, itemTitle));
  return { allowed: true, warnings };
}

/** The warnings for a whole set of answers, for the snapshot notices. */
export function answerWarnings(answers: readonly Answer[], catalogue: Catalogue): string[] {
  const titles = new Map(catalogue.items.map((item) => [item.id, item.title]));
  return answers.flatMap((answer) =>
    answer.status === "nog niet bekeken" ? [] : checkTransition(answer, answer.status, titles.get(answer.itemId) ?? answer.itemId).warnings,
  );
}
