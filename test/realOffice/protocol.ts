/** The JSON of Office.js's RichApi requests (ProcessQuery), as the real client serialises them. */
export interface ObjectPathInfo {
  Id: number;
  /** 1 global object, 3 method, 4 property, 5 indexer. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

export interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** "GetRangeByIndexes" → "getRangeByIndexes": the protocol's names are the API's in PascalCase. */
export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "ItemNotFound: no sheet x" → { Code: "ItemNotFound", Message: … }: the fake's errors as Excel reports them. */
export function errorOf(e: unknown): { Code: string; Message: string } {
  const message = e instanceof Error ? e.message : String(e);
  const m = /^([A-Za-z]+):\s*(.*)$/s.exec(message);
  return m ? { Code: m[1]!, Message: m[2]! } : { Code: "GeneralException", Message: message };
}
