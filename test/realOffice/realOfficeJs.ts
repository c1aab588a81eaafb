import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import type { ExcelRunner } from "../../src/workbook/excel/excelApi";
import type { FakeExcel } from "../fakes/fakeExcel";
import { FakeExcelServer } from "./fakeExcelServer";
import type { HttpRequest, HttpResponse } from "./protocol";

/** Microsoft's Excel client library for Excel on the web, as the CDN serves it (the npm copy, unminified). */
const SCRIPT = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist",
  "excel-web-16.00.debug.js",
);

/** The parts of the loaded library this harness uses; `Session` and `HttpUtility` are not in @types/office-js. */
interface RealExcel {
  Session: new (workbookUrl: string, requestHeaders: Record<string, string>) => object;
  run<T>(session: object, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

interface RealOffice {
  Excel: RealExcel;
  setSend(send: (req: HttpRequest) => Promise<HttpResponse>): void;
}

/** Loads the real Office.js Excel client into a jsdom window (once per test file). */
export function loadRealOfficeJs(): RealOffice {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/taskpane.html",
  });
  dom.window.eval(readFileSync(SCRIPT, "utf8"));
  const excel: RealExcel = Reflect.get(dom.window, "Excel");
  const http: { setCustomSendRequestFunc(f: (req: HttpRequest) => Promise<HttpResponse>): void } =
    Reflect.get(Reflect.get(dom.window, "OfficeExtension"), "HttpUtility");
  return { Excel: excel, setSend: (send) => http.setCustomSendRequestFunc(send) };
}

/**
 * The adapter's runner through the real client: `Excel.run` with a workbook session whose requests go to the
 * in-memory server over the fake workbook. The server records every request as the client serialised it.
 */
export function realRunner(office: RealOffice, x: FakeExcel): { run: ExcelRunner; server: FakeExcelServer } {
  const server = new FakeExcelServer(x);
  office.setSend(server.send);
  const session = new office.Excel.Session("https://excel.invalid/workbook/", {
    "Workbook-Session-Id": "test",
  });
  const run: ExcelRunner = (batch) => office.Excel.run(session, batch);
  return { run, server };
}
