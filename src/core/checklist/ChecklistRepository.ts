/**
 * What the task pane asks of the stored checklist. Implemented over a WorkbookAdapter (src/workbook), so the same UI
 * runs in Excel and in the browser preview. Pure interface: no Office.js, no React.
 */
import type { Answer, Area, Catalogue, Owner, Status } from "./types";

/** A row of the sheet table that could not be read; it is kept as it is and never overwritten. */
export interface UnreadableRow {
  /** 1-based sheet row number. */
  sheetRow: number;
  /** Dutch reason, e.g. "onbekende status 'klaar'" or "item-id 'oud.item' staat niet in de catalogus". */
  reason: string;
}

export interface ChecklistSnapshot {
  catalogue: Catalogue;
  areas: Area[];
  /** Every (area, catalogue item) pair; pairs without a stored row read as status "nog niet bekeken". */
  answers: Answer[];
  unreadable: UnreadableRow[];
  /** Dutch notices, e.g. that the table was upgraded from an older catalogue version or a column is missing. */
  notices: string[];
  /**
   * Set when the answers were found outside the checklist table (the table was converted to a range, or rows were left
   * below a shrunk table): `message` says what was found; repairTable puts the table back over them. Until then the
   * answers are shown but not changed.
   */
  repair?: { kind: "noTable" | "rowsOutside"; rows: number; message: string };
}

export interface AnswerPatch {
  status?: Status;
  owner?: Owner | null;
  note?: string;
}

export interface ChecklistRepository {
  /** Reads the checklist table (creating nothing); an absent table gives a snapshot without areas. */
  load(): Promise<ChecklistSnapshot>;
  /** Adds an area: creates the table if needed and writes one row per catalogue item. #-free Dutch Error on a duplicate name. */
  addArea(area: Area): Promise<ChecklistSnapshot>;
  /** Changes one answer, writing only the cells that changed (plus changed-at and changed-by). */
  updateAnswer(area: string, itemId: string, patch: AnswerPatch): Promise<ChecklistSnapshot>;
  /** Puts the checklist table back over the answers found outside it (see ChecklistSnapshot.repair); changes no cell. */
  repairTable?(): Promise<ChecklistSnapshot>;
  /** Calls `listener` with a fresh snapshot when the table changes (a co-author's edit); returns an unsubscribe. */
  subscribe(listener: (snapshot: ChecklistSnapshot) => void): Promise<() => Promise<void>>;
}
