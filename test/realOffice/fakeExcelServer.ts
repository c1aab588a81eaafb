import type { ExcelContextLike } from "../../src/workbook/excel/excelApi";
import { PAYLOAD_LIMIT } from "../fakes/fakeBatch";
import type { FakeExcel } from "../fakes/fakeExcel";
import { utf8Json } from "../fakes/fakeModel";
import {
  type ActionInfo,
  type HttpRequest,
  type HttpResponse,
  type RequestBody,
  camel,
  errorOf,
  pascal,
} from "./protocol";

/** One ProcessQuery request as the real Office.js client sent it. */
export interface RecordedRequest {
  bytes: number;
  actions: number;
  responseBytes: number;
  /** Office.js's own clean-up after an Excel.run (only `_RemoveReference`): not awaited by the pane. */
  cleanup: boolean;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null;
}

function call(target: unknown, name: string, args: unknown[]): unknown {
  const f = isObj(target) ? target[camel(name)] : undefined;
  if (typeof f !== "function") throw new Error(`the in-memory server does not implement ${name}`);
  return Reflect.apply(f, target, args);
}

/**
 * A small Excel on the web for the real Office.js client: it answers `ProcessQuery` requests by replaying their
 * object paths and actions on the typed fake workbook (one fake sync per request), and records each request's
 * real serialised size and action count. Requests over 5 MB get Excel's 413 answer.
 */
export class FakeExcelServer {
  readonly requests: RecordedRequest[] = [];
  /** Objects the client asked to keep (`_KeepReference`), by the `_ReferenceId` returned for them. */
  private readonly kept = new Map<string, unknown>();

  constructor(private readonly x: FakeExcel) {}

  send = async (req: HttpRequest): Promise<HttpResponse> => {
    const text = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    const bytes = new TextEncoder().encode(text).length;
    const body = JSON.parse(text) as RequestBody;
    const cleanup = body.Actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference");
    const record: RecordedRequest = { bytes, actions: body.Actions.length, responseBytes: 0, cleanup };
    this.requests.push(record);
    if (bytes > PAYLOAD_LIMIT)
      return reply(413, { error: { code: "RequestPayloadSizeLimitExceeded", message: `${bytes} bytes` } });
    const out = await this.x.run((ctx) => this.process(ctx, body));
    const response = reply(200, out);
    record.responseBytes = utf8Json(out);
    return response;
  };

  private async process(ctx: ExcelContextLike, body: RequestBody): Promise<Obj> {
    const objects = new Map<number, unknown>();
    const resolve = (id: number): unknown => {
      if (objects.has(id)) return objects.get(id);
      const p = body.ObjectPaths[String(id)];
      if (!p) throw new Error(`unknown object path ${id}`);
      const args = this.args(p.ArgumentInfo, resolve);
      let v: unknown;
      if (p.ObjectPathType === 1) v = { ...ctx.workbook, application: ctx.application };
      else if (p.ObjectPathType === 6) {
        if (!this.kept.has(p.Name)) throw new Error(`InvalidObjectPath: no object ${p.Name}`);
        v = this.kept.get(p.Name);
      } else {
        const parent = resolve(p.ParentObjectPathId!);
        if (p.ObjectPathType === 4) v = isObj(parent) ? parent[camel(p.Name)] : undefined;
        else if (p.ObjectPathType === 5) v = call(parent, "GetItem", args);
        else if (p.ObjectPathType === 3) v = call(parent, p.Name, args);
        else throw new Error(`object path type ${p.ObjectPathType} is not implemented`);
      }
      objects.set(id, v);
      return v;
    };
    const after: { action: ActionInfo; read: () => unknown }[] = [];
    const keep = new Set(body.Actions.filter((a) => a.Name === "_KeepReference").map((a) => a.ObjectPathId));
    try {
      for (const a of body.Actions) this.act(a, resolve, after, keep.has(a.ObjectPathId));
      await ctx.sync();
    } catch (e) {
      return { Error: { ...errorOf(e), HttpStatusCode: 400, ActionIndex: -1 } };
    }
    return { Results: after.map(({ action, read }) => ({ ActionId: action.Id, Value: read() })) };
  }

  private act(
    a: ActionInfo,
    resolve: (id: number) => unknown,
    after: { action: ActionInfo; read: () => unknown }[],
    keep: boolean,
  ) {
    const target = resolve(a.ObjectPathId);
    const args = this.args(a.ArgumentInfo, resolve);
    if (a.ActionType === 1)
      after.push({
        action: a,
        read: () => {
          if (isNull(target)) return null;
          if (!keep) return {};
          const id = `ref-${this.kept.size + 1}`;
          this.kept.set(id, target);
          return { _ReferenceId: id };
        },
      });
    else if (a.ActionType === 2) {
      const select = a.QueryInfo?.Select ?? [];
      const collection = isObj(target) && "items" in target && !("values" in target);
      call(target, "Load", [select.map((s) => (collection ? `items/${s}` : s)).join(",")]);
      after.push({
        action: a,
        read: () => {
          if (isNull(target)) return null;
          if (!collection) return pick(target, select);
          const items = (target as { items: unknown[] }).items;
          return { _Items: items.map((it) => pick(it, select)) };
        },
      });
    } else if (a.ActionType === 3) {
      if (a.Name === "_RemoveReference") this.kept.delete(String(args[0]));
      else if (a.Name !== "_KeepReference") call(target, a.Name, args);
    } else if (a.ActionType === 4) {
      if (!isObj(target)) throw new Error(`cannot set ${a.Name} on nothing`);
      target[camel(a.Name)] = args[0];
    } else throw new Error(`action type ${a.ActionType} is not implemented`);
  }

  private args(info: ActionInfo["ArgumentInfo"], resolve: (id: number) => unknown): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((v, i) => (refs[i] ? resolve(refs[i]!) : v));
  }
}

function isNull(o: unknown): boolean {
  if (!isObj(o)) return o === null || o === undefined;
  try {
    return "isNullObject" in o && o.isNullObject === true;
  } catch {
    return false;
  }
}

/** The selected properties, PascalCase, nested for paths like "protection/protected". */
function pick(o: unknown, select: string[]): Obj {
  const out: Obj = {};
  for (const path of select) {
    const parts = path.split("/");
    let src: unknown = o;
    let dst = out;
    parts.forEach((part, i) => {
      src = isObj(src) ? src[camel(part)] : undefined;
      if (i === parts.length - 1) dst[pascal(part)] = src;
      else dst = (dst[pascal(part)] ??= {}) as Obj;
    });
  }
  return out;
}

function reply(statusCode: number, body: unknown): HttpResponse {
  return { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
