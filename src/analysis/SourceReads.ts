/**
 * The sources read during one run of the pane ("Rapporten maken"): the area report, the allocation report and the partner
 * copy each need a full read of the stock or the allocations; with one SourceReads passed to every step, each source is
 * read (and its mapping resolved) once per run and the partner copy is made from exactly the rows the reports used.
 *
 * A run makes its own SourceReads and drops it at the end, so a later run reads the workbook afresh. A read that fails
 * or is cancelled is not kept: the next step tries again.
 */
import type { SheetKind } from "../core/mapping";
import type { DataSource } from "../workbook/AnalysisWorkbook";

export class SourceReads {
  private readonly reads = new Map<string, Promise<unknown>>();

  /** The read of `source` as `kind` in this run, starting it with `read` the first time. */
  once<T>(source: DataSource, kind: SheetKind, read: () => Promise<T>): Promise<T> {
    const key = JSON.stringify([kind, source.sheetName, source.tableName ?? "", source.address]);
    const known = this.reads.get(key) as Promise<T> | undefined;
    if (known) return known;
    const started = read();
    this.reads.set(key, started);
    started.catch(() => this.reads.delete(key));
    return started;
  }
}
