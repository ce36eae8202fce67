/**
 * Excel on the web's limit on one request/response, and the chunk sizes derived from it.
 *
 * Microsoft, "Resource limits and performance optimization for Office Add-ins", section "Excel add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be thrown if that
 * limit is exceeded", and "A range is limited to 5,000,000 cells for read operations". The page tells add-ins to split
 * such operations and to sync once per piece. "Read or write to a large range"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large) says: read in row blocks, "Start
 * with 5k–20k rows", write in row blocks, and retry with a smaller block after a limit error.
 *
 * Rule used here. "5MB" is read as the smaller figure, 5,000,000 bytes; each request is planned to carry at most half of
 * that (PAYLOAD_BUDGET_BYTES), because Office.js wraps the data in its own JSON (object paths, action ids) and text may
 * need more bytes in UTF-8 than characters. A read of `c` columns is estimated at BYTES_PER_CELL_ESTIMATE bytes per
 * cell: a JSON string of ~40 characters with quotes and comma (a street name, a long label); numbers need at most 24
 * (e.g. -1.2345678901234567e-300). So rows per read chunk = min(20,000, floor(2,500,000 / (48 × c))): 12 columns give
 * 4,340 rows; 50 columns 1,041 rows; 1 column the 20,000-row cap. The cap also keeps a block far under 5,000,000 cells.
 * That first chunk is then measured: the next chunks get as many rows as fit in the budget at 1.5 × the largest JSON
 * size per row seen so far (nextChunkRows), still capped at 20,000. A typical stock export (~12 bytes per cell) so
 * reaches the cap after one chunk: 100,000 rows × 8 columns take 6 requests instead of 16. Should a response still be
 * refused, the adapter halves the chunk and asks again (Microsoft's advice), unless the caller fixed the chunk size.
 * Writes are planned from the exact JSON size of what is sent (planBlocks).
 */

/** The documented limit ("5MB"), read as the smaller 5,000,000 bytes. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** What one request or response is planned to carry at most: half the limit. */
export const PAYLOAD_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES / 2);
/** Conservative size of one cell value in a response (see the file comment). */
export const BYTES_PER_CELL_ESTIMATE = 48;
/** Microsoft's suggested upper block size for reads and writes. */
export const MAX_CHUNK_ROWS = 20_000;
/** Office.js' own JSON around one formatting command (a range address, a property name, ids). */
export const BYTES_PER_COMMAND_ESTIMATE = 200;

/** Rows per read request for a source of `columnCount` columns. */
export function chunkRowsFor(columnCount: number): number {
  const perRow = Math.max(1, columnCount) * BYTES_PER_CELL_ESTIMATE;
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(PAYLOAD_BUDGET_BYTES / perRow)));
}

/** Safety factor on the measured bytes per row: later rows may hold longer texts than the ones measured. */
export const MEASURED_SAFETY = 1.5;

/** Rows for the next read chunk, given the largest JSON bytes per row measured so far. */
export function nextChunkRows(bytesPerRow: number): number {
  const perRow = Math.max(1, bytesPerRow) * MEASURED_SAFETY;
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(PAYLOAD_BUDGET_BYTES / perRow)));
}

/** Error codes Office.js uses when a request or a response is over the limit. */
export const PAYLOAD_ERROR_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"] as const;

export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (PAYLOAD_ERROR_CODES as readonly string[]).includes(code);
}

/** An Error whose name is "AbortError", as AbortSignal users expect. */
export function abortError(message = "Afgebroken op verzoek van de gebruiker."): Error {
  const error = new Error(message);
  error.name = "AbortError";
  return error;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/**
 * Splits rows 0..rowSizes.length-1 into consecutive blocks whose summed size stays within `budget` and whose row count
 * stays within `maxRows`. A single row larger than the budget gets a block of its own.
 */
export function planBlocks(rowSizes: number[], budget = PAYLOAD_BUDGET_BYTES, maxRows = MAX_CHUNK_ROWS): { start: number; count: number }[] {
  const blocks: { start: number; count: number }[] = [];
  let start = 0;
  let size = 0;
  for (let r = 0; r < rowSizes.length; r++) {
    const count = r - start;
    if (count > 0 && (size + rowSizes[r] > budget || count >= maxRows)) {
      blocks.push({ start, count });
      start = r;
      size = 0;
    }
    size += rowSizes[r];
  }
  if (rowSizes.length > start) blocks.push({ start, count: rowSizes.length - start });
  return blocks;
}
