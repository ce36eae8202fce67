/**
 * Pure helpers for the Analyses tab: how a source is named, which year is the default, how sure a column match is
 * in words, and what the user changed in a mapping. No React here, so they are easy to test.
 */
import type { SourceProposal } from "../analysis/AnalysisService";
import { countText } from "../core/countText";
import { detectColumns, rolesFor } from "../core/mapping";
import type { ColumnMapping, ColumnRole, RoleAssignment, SheetKind } from "../core/mapping";
import { knownNormYears } from "../core/norms/resolveNorm";
import type { DataSource } from "../workbook/AnalysisWorkbook";

export const KIND_LABEL: Record<SheetKind, string> = { stock: "Voorraad", allocations: "Toewijzingen" };

/** A stable key for a source (sheet, table and address). */
export function sourceKey(source: DataSource): string {
  return `${source.sheetName}|${source.tableName ?? ""}|${source.address}`;
}

/** "2.000 rijen": the data rows of a table (its header row not counted), or of a range below its first row. */
export function sourceRows(source: DataSource): string {
  return countText(Math.max(0, source.rowCount - 1), "rij", "rijen");
}

/** "tabel Voorraad op blad Voorraad" or "bereik Blad1!A1:K400". */
export function sourcePlace(source: DataSource): string {
  return source.kind === "table" ? `tabel ${source.tableName ?? source.sheetName} op blad ${source.sheetName}` : `bereik ${source.address}`;
}

/** "Tabel Voorraad (blad Voorraad, 2.000 rijen)" or "Bereik Blad1!A1:K400 (399 rijen)". */
export function sourceLabel(source: DataSource): string {
  const rows = countText(Math.max(0, source.rowCount - 1), "rij", "rijen");
  if (source.kind === "table") return `Tabel ${source.tableName ?? source.sheetName} (blad ${source.sheetName}, ${rows})`;
  return `Bereik ${source.address} (${rows})`;
}

/** The latest year in the norms table that is not in the future (the first known year if all are). */
export function defaultNormYear(today: Date = new Date()): number {
  const years = knownNormYears();
  const current = today.getFullYear();
  const past = years.filter((y) => y <= current);
  return past.length > 0 ? past[past.length - 1] : years[0] ?? current;
}

/** How sure the match is, in words for the pane. */
export function confidenceText(assignment: RoleAssignment | undefined): string {
  if (!assignment) return "—";
  if (assignment.source === "user") return "door u gekozen";
  if (assignment.source === "stored") return "bevestigd";
  if (assignment.confidence >= 0.9) return "zeker";
  if (assignment.confidence >= 0.7) return "waarschijnlijk";
  return "gok";
}

/** The mapping to show for a source used as `kind`: its own when the kinds agree, else one from the headers alone. */
export function mappingFor(proposal: SourceProposal, kind: SheetKind): ColumnMapping {
  return proposal.kind === kind ? proposal.mapping : detectColumns(proposal.headers, kind);
}

/** Role → column index (null = not present) for every role of the kind, as confirmMapping takes it. */
export function assignmentsOf(mapping: ColumnMapping, kind: SheetKind): Partial<Record<ColumnRole, number | null>> {
  const result: Partial<Record<ColumnRole, number | null>> = {};
  for (const role of rolesFor(kind)) result[role] = mapping.roles[role]?.columnIndex ?? null;
  return result;
}

/** True when the draft maps some role to another column than the proposal. */
export function mappingChanged(proposal: ColumnMapping, draft: ColumnMapping, kind: SheetKind): boolean {
  const a = assignmentsOf(proposal, kind);
  const b = assignmentsOf(draft, kind);
  return rolesFor(kind).some((role) => a[role] !== b[role]);
}

/** Proposals of `kind` first (in their order), then the others, so a mis-guessed sheet can still be chosen. */
export function proposalsFor(proposals: readonly SourceProposal[], kind: SheetKind): SourceProposal[] {
  return [...proposals.filter((p) => p.kind === kind), ...proposals.filter((p) => p.kind !== kind)];
}

/** Text for an error from the service; the service's own messages are Dutch already. */
export function analysisErrorText(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  return "Onbekende fout. Probeer het opnieuw.";
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

/** EditedSheetError, also when it comes from another copy of the module (checked by name). */
export function editedSheetName(error: unknown): string | null {
  if (error instanceof Error && error.name === "EditedSheetError") {
    const sheetName = (error as Error & { sheetName?: unknown }).sheetName;
    return typeof sheetName === "string" ? sheetName : "";
  }
  return null;
}

/** A Dutch list: "a", "a en b", "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** The roles without which a report of this kind says little: the area (stock) and the allocation date. */
const ESSENTIAL_ROLES: Record<SheetKind, readonly ColumnRole[]> = { stock: ["buurtCode"], allocations: ["allocationDate"] };

export interface MappingCertainty {
  /** True when every found column is "zeker", "bevestigd" or "door u gekozen" and the essential columns are there. */
  sure: boolean;
  /** Roles matched only "waarschijnlijk" or as a "gok". */
  unsure: ColumnRole[];
  /** Essential roles no column holds. */
  missing: ColumnRole[];
  /** How many roles a column was found for. */
  found: number;
}

/** How sure the mapping of a source is, for the one-line summary (and whether its details open by themselves). */
export function mappingCertainty(mapping: ColumnMapping, kind: SheetKind): MappingCertainty {
  const assigned = rolesFor(kind).filter((role) => mapping.roles[role]);
  const unsure = assigned.filter((role) => !["zeker", "bevestigd", "door u gekozen"].includes(confidenceText(mapping.roles[role])));
  const missing = ESSENTIAL_ROLES[kind].filter((role) => !mapping.roles[role]);
  return { sure: unsure.length === 0 && missing.length === 0, unsure, missing, found: assigned.length };
}
