/** One block of rows the recogniser could not read (report contract `reading`). */
export interface UnreadRegion {
  sheet: string;
  range: string;
  rows: number;
  message: string;
}

export interface Reading {
  rowsRead: number;
  rowsUnread: number;
  unread: UnreadRegion[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function region(v: unknown): UnreadRegion | null {
  if (!isRecord(v)) return null;
  const { sheet, range, rows, message } = v;
  return typeof sheet === "string" &&
    typeof range === "string" &&
    typeof rows === "number" &&
    typeof message === "string"
    ? { sheet, range, rows, message }
    : null;
}

/** The report's `reading` field when the engine gives one, else null (older engines do not). */
export function readingOf(report: object): Reading | null {
  const r: unknown = "reading" in report ? report.reading : undefined;
  if (!isRecord(r) || typeof r.rowsRead !== "number" || typeof r.rowsUnread !== "number") return null;
  const unread = Array.isArray(r.unread) ? r.unread.map(region).filter((x) => x !== null) : [];
  return { rowsRead: r.rowsRead, rowsUnread: r.rowsUnread, unread };
}
