import type { Analysis } from "../analysis/analyse";
import type { ItemClass } from "../analysis/settings";
import { prakadenName } from "../ita/catalog";
import type { SheetSpec, SpecCell, SpecRow } from "./sheetSpec";
import { CENTER, FLAGGED, HEADER, NUMBER, SUBTITLE, TEXT, TITLE, deltaStyle } from "./styles";
import { rowHeight } from "./textHeight";

export interface SheetOptions {
  agency: string;
  font: { name: string; size: number };
}

export const CLASS_TH: Record<ItemClass, string> = {
  urgent: "ต้องแก้ไขโดยเร่งด่วน",
  improve: "ต้องพัฒนาให้ดีขึ้น",
  declined: "ผ่านเกณฑ์ แต่คะแนนลดลง",
  keep: "ผ่านเกณฑ์ ควรรักษามาตรฐานไว้",
};

const WIDTHS = [24, 9, 58, 13, 13, 13, 12, 24];

/** The analysis sheet: indicator summary, then every item of the latest year with both years, the change and its class. */
export function buildAnalysisSheet(a: Analysis, opt: SheetOptions): SheetSpec {
  const latest = a.latestYear ?? 0;
  const prev = [...a.years].reverse().find((y) => y < latest);
  const prevLabel = prev ? `คะแนนปี ${prev}` : "คะแนนปีก่อน";
  const rows: SpecRow[] = [];
  const merges: SheetSpec["merges"] = [];
  const add = (cells: SpecCell[], wrapCols = true): number => {
    const texts = cells.map((c, i) => ({
      text: c.value === null ? "" : String(c.value),
      width: WIDTHS[i] ?? 10,
    }));
    rows.push({ cells, height: wrapCols ? rowHeight(texts, opt.font.size) : undefined });
    return rows.length - 1;
  };
  const title = add(
    [
      {
        value: `ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส (ITA) ปี ${latest}${prev ? ` เทียบกับปี ${prev}` : ""}`,
        style: TITLE,
      },
    ],
    false,
  );
  rows[title]!.height = 30;
  merges.push({ top: title, left: 0, bottom: title, right: WIDTHS.length - 1 });
  const sub = add(
    [{ value: `${opt.agency ? `${opt.agency} — ` : ""}เกณฑ์ผ่าน ${a.threshold} คะแนน`, style: SUBTITLE }],
    false,
  );
  merges.push({ top: sub, left: 0, bottom: sub, right: WIDTHS.length - 1 });
  const header = add(
    [
      "ตัวชี้วัด / ประเด็น",
      "ข้อ",
      "ประเด็นการประเมิน",
      prevLabel,
      `คะแนนปี ${latest}`,
      "เปลี่ยนแปลง",
      "เทียบกับข้อ",
      "ผลการวิเคราะห์",
    ].map((v) => ({ value: v, style: HEADER })),
  );
  for (const ind of a.indicators) {
    add([
      { value: `ตัวชี้วัดที่ ${ind.number}`, style: TEXT },
      { value: null, style: CENTER },
      { value: ind.name + (ind.source === "items" ? " (คำนวณจากรายข้อ)" : ""), style: TEXT },
      { value: ind.previous?.score ?? null, style: NUMBER },
      { value: ind.score, style: ind.flagged ? FLAGGED : NUMBER },
      { value: ind.delta, style: deltaStyle(ind.delta) },
      { value: null, style: CENTER },
      { value: CLASS_TH[ind.class], style: TEXT },
    ]);
  }
  for (const it of a.items) {
    const group = it.prakaden
      ? `ประเด็นที่ ${it.prakaden} ${prakadenName(it.prakaden) ?? ""}`
      : it.indicator
        ? `ตัวชี้วัดที่ ${it.indicator}`
        : it.instrument;
    add([
      { value: group.trim(), style: TEXT },
      { value: it.code, style: CENTER },
      { value: it.topic ?? "", style: TEXT },
      { value: it.previous?.score ?? null, style: NUMBER },
      { value: it.score, style: it.flagged ? FLAGGED : NUMBER },
      { value: it.delta, style: deltaStyle(it.delta) },
      { value: it.previous?.crosswalk ? `${it.previous.code} (${it.previous.year})` : null, style: CENTER },
      { value: CLASS_TH[it.class], style: TEXT },
    ]);
  }
  return {
    kind: "analysis",
    name: `วิเคราะห์ ITA ${latest}`,
    font: opt.font,
    columns: WIDTHS,
    rows,
    merges,
    freeze: { rows: header + 1, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: header, last: header } },
  };
}
