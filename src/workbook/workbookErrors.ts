/**
 * The kinds of workbook failure the add-in expects and handles, told apart by Office's error code (`error.code`, e.g.
 * "ItemNotFound"; Office.js sets it on every rejected sync). The file adapter (ExcelJS, browser preview) throws the
 * same codes for the same situations, so callers catch by kind, never "any error": anything else reaches the user
 * with its own message.
 */

export type WorkbookErrorCode = "ItemAlreadyExists" | "ItemNotFound";

/** An Error with a Dutch message and Office's code for this kind of failure. */
export function workbookError(code: WorkbookErrorCode, message: string): Error & { code: WorkbookErrorCode } {
  return Object.assign(new Error(message), { code });
}

/** Office's error code of a failure, or null. */
export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : null;
}

/** A sheet, table or name that should be new exists already. */
export function isItemAlreadyExists(error: unknown): boolean {
  return errorCode(error) === "ItemAlreadyExists";
}

/** A sheet, table or column that was asked for does not exist. */
export function isItemNotFound(error: unknown): boolean {
  return errorCode(error) === "ItemNotFound";
}

/**
 * How a host may reject a command queued on a null object (the result of getItemOrNullObject for something absent):
 * Office's "ItemNotFound", or OfficeExtension's "InvalidObjectPath" for a path through a null object. Which one a given
 * host sends is not documented; docs/excel-acceptance.md has the step to confirm it in real Excel.
 */
export function isNullObjectRejection(error: unknown): boolean {
  const code = errorCode(error);
  return code === "ItemNotFound" || code === "InvalidObjectPath";
}
