/**
 * The boundary between the core's MengError and Excel. Every custom function runs through `excelFunction`, so there is
 * one way to fail: throw. Inside Excel the thrown value is a `CustomFunctions.Error` (its code and Dutch message shown in
 * the cell; Excel displays a message only for #VALUE! and #N/A). Outside Excel (Jest, benchmarks) it is the MengError
 * itself, with the same `code` ("#VALUE!", ...) and `message`.
 * An unexpected exception is never shown as a crash: it becomes #VALUE! with a Dutch message.
 */
import { MengError, isMengError, type ExcelErrorCode } from "../core/errors";
import { plainArguments } from "./coerce";

const runtimeCodes: Record<ExcelErrorCode, string> = {
  "#VALUE!": "#VALUE!",
  "#N/A": "#N/A",
  "#DIV/0!": "#DIV/0!",
  "#NUM!": "#NUM!",
};

function inExcel(): boolean {
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function";
}

export function toExcelError(error: unknown): MengError | CustomFunctions.Error {
  const meng = isMengError(error)
    ? error
    : new MengError("#VALUE!", `Onverwachte fout in Mengwijzer: ${error instanceof Error ? error.message : String(error)}`);
  if (!inExcel()) return meng;
  const code = runtimeCodes[meng.code] as CustomFunctions.ErrorCode;
  const withMessage = meng.code === "#VALUE!" || meng.code === "#N/A";
  return withMessage ? new CustomFunctions.Error(code, meng.message) : new CustomFunctions.Error(code);
}

/**
 * Wraps an implementation so every failure leaves as an Excel error (see above). `names` are the Dutch parameter names
 * (as in the JSDoc, so in functions.json): before the implementation runs, every argument passes plainArguments
 * (coerce.ts), which turns rich cell values into plain ones and an error cell into an error naming its row and argument.
 */
export function excelFunction<A extends unknown[], R>(names: readonly string[], impl: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return impl(...(plainArguments(args, names) as A));
    } catch (error) {
      throw toExcelError(error);
    }
  };
}
