/**
 * The one error type of the core. `code` is the Excel error the user will see; `message` is the Dutch text that says
 * what to fix. Excel only shows a message for #VALUE! and #N/A (see docs/functies.md), so other codes carry one for
 * tests and the task pane but show bare in a cell.
 */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

export class MengError extends Error {
  readonly code: ExcelErrorCode;

  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.name = "MengError";
    this.code = code;
  }
}

export function isMengError(value: unknown): value is MengError {
  return value instanceof MengError;
}
