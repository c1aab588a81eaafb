import { createFileHost } from "../../src/taskpane/fileHost";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneHost";
import { readSavedSettings } from "../../src/taskpane/savedSettings";
import { type WorkbookWorker, openInWorker } from "../../src/taskpane/workerWorkbook";
import type { WorkerRequest, WorkerResponse, WorkerValue } from "../../src/taskpane/workerProtocol";
import { withSavedSettings } from "../helpers/savedSettings";
import { readFileSync } from "node:fs";
import { SAMPLE } from "../helpers/sample";

const file = (bytes: Uint8Array) => ({
  name: "ผล.xlsx",
  arrayBuffer: async () => bytes.slice().buffer,
});

describe("the standalone page takes the settings the pane saved in the workbook in Excel", () => {
  test("the agency and the people saved in Excel are the page's settings until the officer changes them", async () => {
    const saved = { agency: "เทศบาลตำบลจากการตั้งค่า", executiveName: "นายทดลอง ใจดี" };
    // No Worker in node: the workbook opens on this thread, as on a page opened from disk.
    const host = await createFileHost(file(await withSavedSettings(saved)), "th");
    const read = readSavedSettings(await host.readSettings());
    expect(read.unreadable).toBe(false);
    expect(read.settings.agency).toBe("เทศบาลตำบลจากการตั้งค่า");
    expect(read.settings.executiveName).toBe("นายทดลอง ใจดี");
    const changed = { ...DEFAULT_PANE_SETTINGS, agency: "อบต.ที่พิมพ์ในหน้านี้" };
    await host.writeSettings(changed);
    expect(await host.readSettings()).toEqual(changed);
  });

  test("a workbook without saved settings gives none", async () => {
    const host = await createFileHost(file(new Uint8Array(readFileSync(SAMPLE))), "th");
    expect(await host.readSettings()).toBeNull();
  });
});

/** A workbook worker that answers the page's "load" with `loaded`, as xlsxWorker.ts does. */
function fakeWorker(loaded: WorkerValue): WorkbookWorker {
  const w: WorkbookWorker = {
    onmessage: null,
    onerror: null,
    postMessage(req: WorkerRequest) {
      const data: WorkerResponse = { id: req.id, ok: true, value: req.op === "load" ? loaded : [] };
      queueMicrotask(() => w.onmessage?.(new MessageEvent("message", { data })));
    },
  };
  return w;
}

describe("the workbook worker hands the saved settings to the page", () => {
  test("what the worker read at load is the opened workbook's savedSettings", async () => {
    const wb = await openInWorker(new Uint8Array(4), fakeWorker({ savedSettings: '{"agency":"ก"}' }));
    expect(wb.savedSettings).toBe('{"agency":"ก"}');
  });

  test("the settings to keep go to the worker with the request for the file", async () => {
    const asked: WorkerRequest[] = [];
    const w: WorkbookWorker = {
      onmessage: null,
      onerror: null,
      postMessage(req: WorkerRequest) {
        asked.push(req);
        const value: WorkerValue = req.op === "load" ? { savedSettings: null } : new Uint8Array(1);
        queueMicrotask(() =>
          w.onmessage?.(new MessageEvent("message", { data: { id: req.id, ok: true, value } })),
        );
      },
    };
    const wb = await openInWorker(new Uint8Array(4), w);
    await wb.toBuffer({ agency: "อบต.หนึ่ง" });
    expect(asked.map((r) => r.op)).toEqual(["load", "toBuffer"]);
    expect(asked[1]).toMatchObject({ op: "toBuffer", settings: { agency: "อบต.หนึ่ง" } });
  });

  test("a load answered with anything else is refused, not taken as no settings", async () => {
    await expect(openInWorker(new Uint8Array(4), fakeWorker(["Sheet1"]))).rejects.toThrow(
      /answered something unexpected/,
    );
  });
});
