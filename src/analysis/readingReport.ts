import type { Diagnostic, RecognisedTable } from "./types";
import { type Lang, message } from "./messages";

/** The report's `reading` field: how many label rows reached the report, and every region that did not. */
export interface ReadingReport {
  rowsRead: number;
  rowsUnread: number;
  unread: Array<{ sheet: string; range: string; rows: number; message: string }>;
}

/** Built from the tables read and the ledger's unread-region diagnostics (unreadRows.*). */
export function readingReport(
  a: { tables: RecognisedTable[]; diagnostics: Diagnostic[] },
  lang: Lang,
): ReadingReport {
  const unread = a.diagnostics
    .filter((d) => d.id.startsWith("unreadRows.") && d.sheet !== null)
    .map((d) => ({
      sheet: d.sheet!,
      range: String(d.params.range),
      rows: Number(d.params.rows),
      message: message(d.id, d.params, lang),
    }));
  return {
    rowsRead: a.tables.reduce((n, t) => n + t.rows, 0),
    rowsUnread: unread.reduce((n, u) => n + u.rows, 0),
    unread,
  };
}
