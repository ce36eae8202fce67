/**
 * Browser preview entry (dist/preview.html): no Office.js. Opens the sample workbook (or the user's own .xlsx) in
 * memory with ExcelJS and shows the same task pane as in Excel. Nothing is sent anywhere; only the sample file is
 * fetched, from the same folder.
 */
import { createRoot } from "react-dom/client";
import { CATALOGUE } from "../core/checklist/catalogue";
import type { ChecklistRepository } from "../core/checklist/ChecklistRepository";
import { FileWorkbookAdapter } from "../workbook/FileWorkbookAdapter";
import type { WorkbookAdapter } from "../workbook/WorkbookAdapter";
import { WorkbookChecklistRepository } from "../workbook/WorkbookChecklistRepository";
import { PreviewShell } from "./PreviewShell";
import type { OpenedWorkbook } from "./PreviewShell";

/** The file adapter with the name typed in the preview as the current user (read at each write). */
function withUserName(adapter: FileWorkbookAdapter, userName: () => string | null): WorkbookAdapter {
  return {
    kind: adapter.kind,
    readTable: (table) => adapter.readTable(table),
    createTable: (sheet, table, headers, rows) => adapter.createTable(sheet, table, headers, rows),
    writeCells: (table, writes) => adapter.writeCells(table, writes),
    appendRows: (table, rows) => adapter.appendRows(table, rows),
    onTableChanged: (table, listener) => adapter.onTableChanged(table, listener),
    currentUser: async () => userName(),
  };
}

/**
 * For demos and the e2e test: ?vertraging=400 makes every checklist call take 400 ms (as in Excel on the web), and
 * ?fout=opslaan makes saving an answer fail, so the spinner and the error message can be seen without Excel.
 */
function simulate(repository: ChecklistRepository, params: URLSearchParams): ChecklistRepository {
  const delayMs = Math.min(Number(params.get("vertraging")) || 0, 10_000);
  const failSaves = params.get("fout") === "opslaan";
  if (!delayMs && !failSaves) return repository;
  const slow = async <T,>(call: () => Promise<T>): Promise<T> => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return call();
  };
  return {
    load: () => slow(() => repository.load()),
    addArea: (area) => slow(() => repository.addArea(area)),
    updateAnswer: (area, itemId, patch) =>
      slow(() => (failSaves ? Promise.reject(new Error("opslaan is uitgezet met ?fout=opslaan")) : repository.updateAnswer(area, itemId, patch))),
    subscribe: (listener) => repository.subscribe(listener),
  };
}

async function open(buffer: ArrayBuffer, userName: () => string | null): Promise<OpenedWorkbook> {
  const adapter = await FileWorkbookAdapter.fromBuffer(buffer);
  const repository = new WorkbookChecklistRepository(withUserName(adapter, userName), CATALOGUE);
  return {
    repository: simulate(repository, new URLSearchParams(window.location.search)),
    toBuffer: () => adapter.toBuffer(),
  };
}

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <PreviewShell sampleUrl="assets/voorbeeld-woningvoorraad.xlsx" sampleFileName="voorbeeld-woningvoorraad.xlsx" open={open} />,
  );
}
