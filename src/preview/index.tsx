/**
 * Browser preview entry (dist/preview.html): no Office.js. Opens the sample workbook (or the user's own .xlsx) in
 * memory with ExcelJS and shows the same task pane as in Excel. Nothing is sent anywhere; only the sample file is
 * fetched, from the same folder. The Analyses tab writes its report sheets into the opened workbook; the partner copy is
 * offered as a separate download (…-partnerkopie.xlsx).
 */
import { createRoot } from "react-dom/client";
import type { AnalysisService, CallOptions } from "../analysis/AnalysisService";
import { WorkbookAnalysisService } from "../analysis/WorkbookAnalysisService";
import { CATALOGUE } from "../core/checklist/catalogue";
import type { ChecklistRepository } from "../core/checklist/ChecklistRepository";
import { WorkbookChecklistRepository } from "../workbook/WorkbookChecklistRepository";
import { downloadBytes, partnerCopyName, PreviewShell } from "./PreviewShell";
import type { OpenControl, OpenedWorkbook } from "./PreviewShell";
import type { Endpoint } from "./workbookHost";
import { WorkerWorkbook } from "./workerWorkbook";

/**
 * For demos and the e2e test: ?vertraging=400 makes every checklist call take 400 ms (as in Excel on the web), and
 * ?fout=opslaan makes saving an answer fail, so the spinner and the error message can be seen without Excel.
 * (See simulateAnalysis for the analyses.)
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
    ...(repository.repairTable ? { repairTable: () => slow(() => repository.repairTable!()) } : {}),
  };
}

/** Waits `ms`, showing a step in the progress bar; rejects with an AbortError as soon as the signal fires. */
function pause(ms: number, options: CallOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(Object.assign(new Error("Geannuleerd."), { name: "AbortError" }));
    };
    if (options.signal?.aborted) return abort();
    options.onProgress?.({ step: "Vertraging (voorbeeld met ?vertraging)…", fraction: null });
    const timer = setTimeout(() => {
      options.signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    options.signal?.addEventListener("abort", abort, { once: true });
  });
}

/**
 * The same for the analyses: ?vertraging=N waits N ms (cancellable) before each report and the partner copy, so the
 * progress bar and "Annuleren" can be tried on the small sample; ?fout=analyse makes the allocation report fail, so a
 * failure half-way through "Rapporten maken" can be seen.
 */
function simulateAnalysis(analysis: AnalysisService, params: URLSearchParams): AnalysisService {
  const delayMs = Math.min(Number(params.get("vertraging")) || 0, 10_000);
  const failAllocations = params.get("fout") === "analyse";
  if (!delayMs && !failAllocations) return analysis;
  return {
    findSources: (options) => analysis.findSources(options),
    confirmMapping: (source, kind, assignments, values) => analysis.confirmMapping(source, kind, assignments, values),
    inspectValues: (source, kind, options) => analysis.inspectValues(source, kind, options),
    saveValueMapping: (source, kind, values, options) => analysis.saveValueMapping(source, kind, values, options),
    buildAreaReport: async (source, options) => {
      await pause(delayMs, options);
      return analysis.buildAreaReport(source, options);
    },
    buildAllocationReport: async (source, options) => {
      await pause(delayMs, options);
      if (failAllocations) throw new Error("Het toewijzingsrapport is uitgezet met ?fout=analyse.");
      return analysis.buildAllocationReport(source, options);
    },
    makePartnerCopy: async (options) => {
      await pause(delayMs, options);
      return analysis.makePartnerCopy(options);
    },
    ...(analysis.prepareVitalitySheet ? { prepareVitalitySheet: analysis.prepareVitalitySheet.bind(analysis) } : {}),
    ...(analysis.vitalityOverview ? { vitalityOverview: analysis.vitalityOverview.bind(analysis) } : {}),
    showSheet: (sheetName) => analysis.showSheet(sheetName),
    readAllocationChoice: () => analysis.readAllocationChoice(),
    saveAllocationChoice: (choice) => analysis.saveAllocationChoice(choice),
  };
}

/**
 * Opens a workbook in its own Web Worker (workbook.worker.ts): the size check, unpacking and parsing run there, so the
 * page stays responsive. Cancelling ends the worker at once, wherever it is (ExcelJS cannot be interrupted otherwise).
 */
async function open(buffer: ArrayBuffer, userName: () => string | null, fileName: string, control: OpenControl = {}): Promise<OpenedWorkbook> {
  const worker = new Worker(new URL("./workbook.worker.ts", import.meta.url));
  const cancelled = new Promise<never>((_, reject) => {
    const stop = () => {
      worker.terminate();
      reject(Object.assign(new Error("Geannuleerd."), { name: "AbortError" }));
    };
    if (control.signal?.aborted) stop();
    control.signal?.addEventListener("abort", stop, { once: true });
  });
  let adapter: WorkerWorkbook;
  try {
    adapter = await Promise.race([
      WorkerWorkbook.open(worker as unknown as Endpoint, buffer, {
        userName,
        // The partner copy is a separate workbook: offered as a download named after the opened file.
        onPartnerWorkbook: (bytes) => downloadBytes(bytes, partnerCopyName(fileName)),
        onProgress: control.onProgress,
      }),
      cancelled,
    ]);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  const repository = new WorkbookChecklistRepository(adapter, CATALOGUE);
  return {
    repository: simulate(repository, new URLSearchParams(window.location.search)),
    // Report sheets go into this workbook (and so into "Download .xlsx"); the partner copy goes to onPartnerWorkbook.
    analysis: simulateAnalysis(new WorkbookAnalysisService(adapter, { checklist: repository }), new URLSearchParams(window.location.search)),
    toBuffer: () => adapter.toBuffer(),
    notices: adapter.notices,
    close: () => worker.terminate(),
  };
}

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <PreviewShell sampleUrl="assets/voorbeeld-woningvoorraad.xlsx" sampleFileName="voorbeeld-woningvoorraad.xlsx" open={open} />,
  );
}
