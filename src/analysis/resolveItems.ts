import { LAST_YEAR, FIRST_YEAR, itemDef, itemList, listIdFor } from "../ita/catalog";
import type { Channel, Instrument, ItemDef } from "../ita/types";
import { relabelDuplicatesByTitle } from "./duplicateByTitle";
import { formatCode } from "./parseItemCode";
import { round2 } from "./round";
import type { Diagnostic, ItemObservation } from "./types";

/** An item score with its code resolved against the framework of its year. */
export interface ResolvedItem {
  year: number;
  instrument: Instrument;
  channel: Channel | null;
  number: number;
  code: string;
  listId: string | null;
  def: ItemDef | undefined;
  score: number;
  sheet: string;
  cell: string;
  labelCell: string;
  text: string;
  /** As typed in the sheet (see ItemObservation.title). */
  title: string | null;
}

/**
 * Gives every item observation its instrument, number and catalogue entry; repairs OCR'd numbers
 * ("ข้อ 12" under indicator 1 is I2); drops unusable ones and later duplicates, saying why.
 */
export function resolveItems(observations: ItemObservation[], diagnostics: Diagnostic[]): ResolvedItem[] {
  const out: ResolvedItem[] = [];
  const seen = new Map<string, ResolvedItem>();
  const yearNoted = new Set<number>();
  const said = new Set<string>();
  /** Each guess or problem of a label cell is said once, however many years the row holds. */
  const sayOnce = (d: Diagnostic) => {
    const key = `${d.id}|${d.sheet}|${d.cell}`;
    if (!said.has(key)) diagnostics.push(d);
    said.add(key);
  };
  for (const o of relabelDuplicatesByTitle(observations, diagnostics)) {
    const { label } = o;
    const at = { sheet: o.sheet, cell: o.labelCell };
    if (label.instrument === null) {
      sayOnce({
        level: "warning",
        ...at,
        id: "noInstrument",
        params: { raw: label.raw.trim().slice(0, 40) },
      });
      continue;
    }
    noteYear(o.year, yearNoted, diagnostics, at);
    const instrument = label.instrument;
    const list = itemList(o.year, instrument);
    const number = label.form === "number" ? repairNumber(o, instrument, sayOnce) : label.number;
    const channel = instrument === "EIT" ? label.channel : null;
    const code = formatCode(instrument, channel, number);
    if (list?.count != null && number > list.count) {
      diagnostics.push({
        level: "warning",
        ...at,
        id: "codeOutOfRange",
        params: { code, year: o.year, count: list.count },
      });
      continue;
    }
    if (label.form === "thai-zero")
      sayOnce({ level: "info", ...at, id: "thaiZero", params: { raw: label.raw.trim().slice(0, 20), code } });
    const key = `${o.year}|${code}`;
    const first = seen.get(key);
    if (first) {
      diagnostics.push({
        level: "warning",
        sheet: o.sheet,
        cell: o.cell,
        id: "duplicateItem",
        params: { code, year: o.year, first: `${first.sheet}!${first.cell}` },
      });
      continue;
    }
    const item: ResolvedItem = {
      year: o.year,
      instrument,
      channel,
      number,
      code,
      listId: listIdFor(o.year, instrument) ?? null,
      def: itemDef(o.year, instrument, number),
      // Scores are published to 2 decimals: round once here, so every change and sum uses the printed number.
      score: round2(o.score),
      sheet: o.sheet,
      cell: o.cell,
      labelCell: o.labelCell,
      text: label.text,
      title: o.title,
    };
    seen.set(key, item);
    out.push(item);
  }
  return out;
}

/** OCR and typing turn "I2" into "12" and "I12" into "112": undo it where the number cannot be right. */
function repairNumber(o: ItemObservation, instrument: Instrument, say: (d: Diagnostic) => void): number {
  const n = o.label.number;
  const digits = String(n);
  if (!digits.startsWith("1") || digits.length < 2) return n;
  const alt = Number(digits.slice(1));
  if (alt < 1) return n;
  const list = itemList(o.year, instrument);
  const ctx = o.label.indicatorContext;
  const tooBig = list?.count != null && n > list.count;
  const wrongIndicator =
    ctx !== undefined &&
    itemDef(o.year, instrument, n)?.indicator !== ctx &&
    itemDef(o.year, instrument, alt)?.indicator === ctx;
  if (!tooBig && !wrongIndicator) return n;
  const code = formatCode(instrument, o.label.channel, alt);
  const indicator = ctx ?? itemDef(o.year, instrument, alt)?.indicator ?? "?";
  say({
    level: "info",
    sheet: o.sheet,
    cell: o.labelCell,
    id: "ocrRepair",
    params: { raw: o.label.raw.trim().slice(0, 40), code, indicator, number: n },
  });
  return alt;
}

function noteYear(
  year: number,
  noted: Set<number>,
  diagnostics: Diagnostic[],
  at: { sheet: string; cell: string },
): void {
  if (noted.has(year)) return;
  noted.add(year);
  if (year > LAST_YEAR)
    diagnostics.push({ level: "warning", ...at, id: "laterYear", params: { year, used: LAST_YEAR } });
  else if (year < FIRST_YEAR)
    diagnostics.push({ level: "warning", ...at, id: "unknownYear", params: { year } });
}
