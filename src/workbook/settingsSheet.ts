/**
 * Where Mengwijzer keeps its settings (the confirmed column mapping, the fingerprints of its own sheets): a sheet
 * "Mengwijzer_Instellingen", very hidden (not listed under Unhide; only code or the VBA editor shows it), one setting
 * per row: key in column A, the value in column B, continued in C, D ... when longer than one cell may hold.
 *
 * Why a sheet: it travels inside the .xlsx (to colleagues, to SharePoint, into the browser preview), both adapters can
 * read and write it (ExcelJS has no API for custom XML parts, and Office.context.document.settings lives in the add-in's
 * web-extension part, which ExcelJS drops when it saves a file), and co-authors see the same values. A partner copy
 * never contains it: createPartnerWorkbook writes the given report sheets only.
 */
export const SETTINGS_SHEET = "Mengwijzer_Instellingen";
export const SETTINGS_HEADER = ["Instelling", "Waarde (door Mengwijzer beheerd, niet wijzigen)"];
/** A cell holds at most 32,767 characters; values are split into parts of this length. */
export const SETTING_PART_CHARS = 30_000;

export type SettingsGridCell = string | number | boolean | null | undefined;

/** Key → { 0-based row in the grid, value }. Rows without a text key (the header too) are skipped. */
export function parseSettings(grid: readonly (readonly SettingsGridCell[])[]): Map<string, { row: number; value: string }> {
  const map = new Map<string, { row: number; value: string }>();
  grid.forEach((cells, row) => {
    if (row === 0) return; // header
    const key = cells[0];
    if (typeof key !== "string" || key === "") return;
    const value = cells.slice(1).map((c) => (c === null || c === undefined ? "" : String(c))).join("");
    map.set(key, { row, value });
  });
  return map;
}

/** The cells of one settings row: key, then the value in parts. */
export function settingRow(key: string, value: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += SETTING_PART_CHARS) parts.push(value.slice(i, i + SETTING_PART_CHARS));
  return [key, ...(parts.length > 0 ? parts : [""])];
}

/** Names of Mengwijzer's own sheets: never offered as a source, replaced only by Mengwijzer. */
export function isOwnSheet(sheetName: string): boolean {
  return sheetName.toLowerCase().startsWith("mengwijzer_");
}

/** Temporary name for a report sheet being written: "<name>_nieuw", shortened to Excel's 31 characters. */
export function temporarySheetName(sheetName: string): string {
  const suffix = "_nieuw";
  return `${sheetName.slice(0, 31 - suffix.length)}${suffix}`;
}

/** Name the previous version gets while the new one takes its place. */
export function previousSheetName(sheetName: string): string {
  const suffix = "_oud";
  return `${sheetName.slice(0, 31 - suffix.length)}${suffix}`;
}

/** "'Blad 1'!A5": a reference to a cell on a sheet, quoted as Excel wants it. */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
