/**
 * The preview's workbook in a Web Worker: the page-side WorkerWorkbook and the worker-side host, joined by a Node
 * MessageChannel (the same structured-clone messages a browser Worker carries). Opening, the checklist, the analyses'
 * reads with progress and cancel, refusals with their Dutch text, and the download all cross the boundary.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import { CATALOGUE } from "../../src/core/checklist/catalogue";
import { serveWorkbook } from "../../src/preview/workbookHost";
import type { Endpoint } from "../../src/preview/workbookHost";
import { WorkerWorkbook } from "../../src/preview/workerWorkbook";
import { WorkbookChecklistRepository } from "../../src/workbook/WorkbookChecklistRepository";
import { FileWorkbookAdapter } from "../../src/workbook/FileWorkbookAdapter";
import { zipBomb } from "../hostile/hostileWorkbooks";

const ports: MessagePort[] = [];

function endpoints(): [Endpoint, Endpoint] {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const wrap = (port: MessagePort): Endpoint => ({
    postMessage: (message, transfer) => port.postMessage(message, transfer as never),
    addEventListener: (_type, listener) => port.on("message", (data) => listener({ data })),
  });
  return [wrap(port1), wrap(port2)];
}

afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

function fixture(name: string): ArrayBuffer {
  const buf = readFileSync(join(__dirname, "../fixtures/packages", `${name}.xlsx`));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

async function opened(name = "met-grafiek") {
  const [page, worker] = endpoints();
  serveWorkbook(worker);
  const steps: string[] = [];
  const workbook = await WorkerWorkbook.open(page, fixture(name), { userName: () => "Anna", onProgress: (p) => steps.push(p.step) });
  return { workbook, steps };
}

describe("the preview's workbook in a worker", () => {
  it("opens with progress, keeps the checklist, tells about changes and downloads with the chart kept", async () => {
    const { workbook, steps } = await opened();
    expect(steps[0]).toBe("Bestand controleren…");
    const repository = new WorkbookChecklistRepository(workbook, CATALOGUE);
    const changes: number[] = [];
    await repository.subscribe(() => changes.push(1));
    await repository.addArea({ name: "Noord" });
    const item = CATALOGUE.items[0].id;
    const snapshot = await repository.updateAnswer("Noord", item, { status: "gepland" });
    expect(snapshot.answers.find((a) => a.itemId === item)).toMatchObject({ status: "gepland", changedBy: "Anna" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes.length).toBeGreaterThan(0);

    const bytes = await workbook.toBuffer();
    const again = await FileWorkbookAdapter.fromBuffer(bytes);
    expect((await new WorkbookChecklistRepository(again, CATALOGUE).load()).areas).toEqual([{ name: "Noord" }]);
    const JSZip = (await import("jszip")).default;
    expect(Object.keys((await JSZip.loadAsync(bytes)).files)).toContain("xl/charts/chart1.xml");
  });

  it("reads a source with progress and can cancel it", async () => {
    const { workbook } = await opened();
    const [source] = await workbook.listSources();
    const progress: number[] = [];
    const rows = await workbook.readSource(source, { chunkRows: 2, onProgress: (p) => progress.push(p.rowsRead) });
    expect(rows).toHaveLength(6);
    expect(progress).toEqual([2, 4, 6]);
    const controller = new AbortController();
    controller.abort();
    await expect(workbook.readSource(source, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("a zip bomb is refused in the worker; the page gets the Dutch message and the reason", async () => {
    const [page, worker] = endpoints();
    serveWorkbook(worker);
    const bytes = await zipBomb(80);
    const error = await WorkerWorkbook.open(page, bytes.slice().buffer as ArrayBuffer).then(() => null, (e: Error & { reason?: string }) => e);
    expect(error?.name).toBe("PackageRefusedError");
    expect(error?.reason).toBe("partTooLarge");
    expect(error?.message).toMatch(/^Het onderdeel 'xl\/worksheets\/sheet1.xml' is uitgepakt/);
  }, 60_000);

  it("the worker answers only the adapter's own methods", async () => {
    const { workbook } = await opened();
    const call = (workbook as unknown as { call: (m: string, a: unknown[]) => Promise<unknown> }).call.bind(workbook);
    await expect(call("constructor", [])).rejects.toThrow(/Onbekende opdracht/);
    await expect(call("toString", [])).rejects.toThrow(/Onbekende opdracht/);
  });
});
