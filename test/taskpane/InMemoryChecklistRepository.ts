/**
 * A checklist kept in memory, for component tests and UI work without a workbook. Not used by the add-in itself.
 */
import type { AnswerPatch, ChecklistRepository, ChecklistSnapshot, UnreadableRow } from "../../src/core/checklist/ChecklistRepository";
import type { Answer, Area, Catalogue } from "../../src/core/checklist/types";

export class InMemoryChecklistRepository implements ChecklistRepository {
  private areas: Area[] = [];
  private answers: Answer[] = [];
  private listeners = new Set<(snapshot: ChecklistSnapshot) => void>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly options: { delayMs?: number; user?: string; unreadable?: UnreadableRow[]; notices?: string[] } = {},
  ) {}

  private snapshot(): ChecklistSnapshot {
    return {
      catalogue: this.catalogue,
      areas: this.areas.map((a) => ({ ...a })),
      answers: this.answers.map((a) => ({ ...a })),
      unreadable: [...(this.options.unreadable ?? [])],
      notices: [...(this.options.notices ?? [])],
    };
  }

  private async pause(): Promise<void> {
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
  }

  async load(): Promise<ChecklistSnapshot> {
    await this.pause();
    return this.snapshot();
  }

  async addArea(area: Area): Promise<ChecklistSnapshot> {
    await this.pause();
    if (this.areas.some((a) => a.name.toLowerCase() === area.name.toLowerCase())) {
      throw new Error(`Er is al een gebied met de naam '${area.name}'.`);
    }
    this.areas.push({ ...area });
    for (const item of this.catalogue.items) {
      this.answers.push({ area: area.name, itemId: item.id, status: "nog niet bekeken", owner: null, note: "", changedAt: null, changedBy: null });
    }
    this.emit();
    return this.snapshot();
  }

  async updateAnswer(area: string, itemId: string, patch: AnswerPatch): Promise<ChecklistSnapshot> {
    await this.pause();
    const answer = this.answers.find((a) => a.area === area && a.itemId === itemId);
    if (!answer) throw new Error(`Onbekend gebied of item: ${area}, ${itemId}.`);
    Object.assign(answer, patch, { changedAt: new Date().toISOString(), changedBy: this.options.user ?? null });
    this.emit();
    return this.snapshot();
  }

  /** Simulates a co-author's edit: changes the answer and notifies subscribers only. */
  coAuthorEdit(area: string, itemId: string, patch: AnswerPatch, by = "Collega"): void {
    const answer = this.answers.find((a) => a.area === area && a.itemId === itemId);
    if (!answer) return;
    Object.assign(answer, patch, { changedAt: new Date().toISOString(), changedBy: by });
    this.emit();
  }

  async subscribe(listener: (snapshot: ChecklistSnapshot) => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }

  private emit(): void {
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}
