/**
 * The name written to "gewijzigd door". Excel's JavaScript API does not tell who is editing (see OfficeWorkbookAdapter),
 * so the user may type it once; it is kept in this browser's local storage only, never in the workbook.
 */
const KEY = "mengwijzer.naam";

export function readUserName(): string {
  try {
    return window.localStorage.getItem(KEY) ?? "";
  } catch {
    return ""; // storage may be blocked; the name is optional
  }
}

export function storeUserName(name: string): void {
  try {
    window.localStorage.setItem(KEY, name);
  } catch {
    // not stored; it still counts for this session through the caller's state
  }
}
