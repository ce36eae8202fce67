/**
 * The preview's workbook, kept in a Web Worker: checking, unpacking and parsing an .xlsx (ExcelJS) and every read and
 * write on it run off the page's thread, so the page keeps responding (scrolling, "Annuleren") while a big file opens.
 * workbookHost runs inside the worker and owns the FileWorkbookAdapter; WorkerWorkbook (workerWorkbook.ts) is its
 * stand-in on the page. They talk in plain messages (structured clone): calls with an id, their results or errors,
 * progress, table-change events and the partner copy's bytes.
 */
import { FileWorkbookAdapter } from "../workbook/FileWorkbookAdapter";

/** What both ends need of a Worker / MessagePort. */
export interface Endpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

export type HostRequest =
  | { type: "open"; id: number; bytes: ArrayBuffer; displayLanguage?: string }
  | { type: "call"; id: number; method: string; args: unknown[]; progress?: boolean }
  | { type: "cancel"; id: number }
  | { type: "watch"; tableName: string };

export type HostReply =
  | { type: "result"; id: number; value: unknown }
  | { type: "error"; id: number; name: string; message: string; reason?: string }
  | { type: "progress"; id: number; step: string; fraction: number | null; rowsRead?: number; rowsTotal?: number }
  | { type: "tableChanged"; tableName: string }
  | { type: "partner"; bytes: ArrayBuffer; fileName: string };

/** Methods the page may call on the adapter (nothing else is reachable through a message). */
export const CALLABLE = new Set([
  "readTable", "createTable", "writeCells", "appendRows", "readSheetBlock", "coverWithTable",
  "listSources", "readSource", "reportSheetState", "writeReportSheet", "displayLanguage", "readSetting", "writeSetting",
  "createPartnerWorkbook", "toBuffer", "openingNotices", "createInputTable", "refreshInputTable", "activateSheet",
]);

export function serveWorkbook(endpoint: Endpoint): void {
  let adapter: FileWorkbookAdapter | null = null;
  const running = new Map<number, AbortController>();
  const subscribed = new Set<string>();
  const reply = (message: HostReply, transfer?: Transferable[]) => endpoint.postMessage(message, transfer);
  const fail = (id: number, error: unknown) => {
    const e = error as { name?: string; message?: string; reason?: string };
    reply({ type: "error", id, name: e?.name ?? "Error", message: e?.message ?? String(error), ...(e?.reason ? { reason: e.reason } : {}) });
  };

  endpoint.addEventListener("message", (event) => {
    const request = event.data as HostRequest;
    if (request.type === "cancel") {
      running.get(request.id)?.abort();
      return;
    }
    if (request.type === "watch") {
      if (adapter && !subscribed.has(request.tableName.toLowerCase())) {
        subscribed.add(request.tableName.toLowerCase());
        void adapter.onTableChanged(request.tableName, () => reply({ type: "tableChanged", tableName: request.tableName }));
      }
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    const done = () => running.delete(request.id);
    if (request.type === "open") {
      FileWorkbookAdapter.fromBuffer(request.bytes, {
        displayLanguage: request.displayLanguage,
        signal: controller.signal,
        onProgress: ({ bytesChecked, bytesTotal }) =>
          reply({ type: "progress", id: request.id, step: "Bestand controleren…", fraction: bytesTotal > 0 ? Math.min(1, bytesChecked / bytesTotal) : null }),
        onPartnerWorkbook: (bytes, fileName) => reply({ type: "partner", bytes, fileName }, [bytes]),
      })
        .then((opened) => {
          adapter = opened;
          reply({ type: "result", id: request.id, value: opened.openingNotices() });
        }, (error) => fail(request.id, error))
        .finally(done);
      return;
    }
    if (!adapter || !CALLABLE.has(request.method)) {
      fail(request.id, new Error(adapter ? `Onbekende opdracht '${request.method}'.` : "Er is geen werkmap geopend."));
      done();
      return;
    }
    const target = adapter;
    const args = [...request.args];
    if (request.method === "readSource") {
      // Progress and cancel of a read cross the boundary as messages; the options object itself cannot.
      args[1] = {
        ...(args[1] as object | undefined),
        signal: controller.signal,
        ...(request.progress ? { onProgress: (p: { rowsRead: number; rowsTotal: number }) => reply({ type: "progress", id: request.id, step: "", fraction: p.rowsTotal > 0 ? p.rowsRead / p.rowsTotal : null, ...p }) } : {}),
      };
    }
    Promise.resolve()
      .then(() => (target as unknown as Record<string, (...a: unknown[]) => unknown>)[request.method](...args))
      .then((value) => {
        if (value instanceof ArrayBuffer) reply({ type: "result", id: request.id, value }, [value]);
        else reply({ type: "result", id: request.id, value });
      }, (error) => fail(request.id, error))
      .finally(done);
  });
}
