import { printedTopic } from "./printedText";
import type { Analysis, ItemResult } from "../analysis/analyse";
import { delta2 } from "../analysis/round";
import type { ItemClass } from "../analysis/settings";
import { KEEP_STANDARD, itemRecommendation } from "../ita/recommendations";
import { allGroups, compareGroups, groupKey, groupOfItem, type Group } from "../measures/groups";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import type { SheetSpec, SpecCell } from "./sheetSpec";
import { CENTERED_LINE, CENTER, FLAGGED, NUMBER, TEXT, deltaStyle } from "./styles";

export const CLASS_TH: Record<ItemClass, string> = {
  urgent: "ต้องแก้ไขโดยเร่งด่วน",
  improve: "ต้องพัฒนาให้ดีขึ้น",
  declined: "ผ่านเกณฑ์ แต่คะแนนลดลง",
  keep: "ผ่านเกณฑ์ ควรรักษามาตรฐานไว้",
};

const WIDTHS = [26, 9, 50, 12, 12, 13, 62];

/**
 * The analysis: (1) indicator, instrument and total scores of both years; (2) per ประเด็น or indicator, each
 * weak item with its scores, change and the recommendation, or "ควรรักษามาตรฐานไว้"; (3) every item.
 */
export function buildAnalysisSheet(a: Analysis, opt: DocOptions): SheetSpec {
  const latest = a.latestYear ?? 0;
  const prev = [...a.years].reverse().find((y) => y < latest);
  const b = new SheetBuilder(WIDTHS, opt);
  b.title(`ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${latest}`);
  b.line(
    `${opt.agency ? `${opt.agency} — ` : ""}${prev ? `เทียบกับปี พ.ศ. ${prev} — ` : ""}เกณฑ์ผ่าน ${a.threshold} คะแนน`,
    CENTERED_LINE,
  );
  b.header([
    "ตัวชี้วัด / ประเด็น",
    "ข้อ",
    "ประเด็นการประเมิน",
    prev ? `คะแนนปี ${prev}` : "คะแนนปีก่อน",
    `คะแนนปี ${latest}`,
    "เปลี่ยนแปลง",
    "ผลการวิเคราะห์ / ประเด็นที่ต้องแก้ไขหรือปรับปรุง",
  ]);

  const first = b.section("1. ผลคะแนนรายตัวชี้วัด") + 1;
  for (const ind of a.indicators) {
    b.row(
      scoreRow(
        `ตัวชี้วัดที่ ${ind.number}`,
        "",
        ind.name + (ind.source === "items" ? " (คำนวณจากคะแนนรายข้อ)" : ""),
        ind.previous?.score ?? null,
        ind.score,
        ind.delta,
        ind.flagged,
        CLASS_TH[ind.class],
      ),
    );
  }
  const now = a.scoresByYear.find((y) => y.year === latest);
  const before = a.scoresByYear.find((y) => y.year === prev);
  for (const [inst, s] of now?.instruments ?? []) {
    const p = before?.instruments.get(inst)?.score ?? null;
    b.row(
      scoreRow(
        `แบบวัด ${inst}`,
        "",
        "คะแนนรวมของแบบวัด",
        p,
        s.score,
        p === null ? null : delta2(p, s.score),
        s.score < a.threshold,
        "",
      ),
    );
  }
  if (now?.total) {
    const p = before?.total?.score ?? null;
    const note = `${now.level ? `ระดับ ${now.level}` : ""}${now.total.weightsConfirmed ? "" : " (น้ำหนักแบบวัดยังไม่ได้รับการยืนยัน)"}`;
    b.row(
      scoreRow(
        "คะแนนรวม ITA",
        "",
        "",
        p,
        now.total.score,
        p === null ? null : delta2(p, now.total.score),
        now.total.score < a.threshold,
        note.trim(),
      ),
    );
  }

  b.section("2. ข้อที่ได้คะแนนต่ำกว่าเกณฑ์และข้อเสนอแนะ");
  const weakByGroup = new Map<string, { group: Group; items: ItemResult[] }>();
  for (const it of a.items.filter((i) => i.flagged)) {
    const g = groupOfItem(it, latest);
    const entry = weakByGroup.get(groupKey(g)) ?? { group: g, items: [] };
    entry.items.push(it);
    weakByGroup.set(groupKey(g), entry);
  }
  const groups = [...allGroups(latest), ...[...weakByGroup.values()].map((e) => e.group)]
    .filter((g, i, all) => all.findIndex((x) => groupKey(x) === groupKey(g)) === i)
    .sort(compareGroups);
  for (const g of groups) {
    const weak = weakByGroup.get(groupKey(g))?.items ?? [];
    if (weak.length === 0) {
      if (a.items.some((it) => groupKey(groupOfItem(it, latest)) === groupKey(g)))
        b.row(textRow(g.label, KEEP_STANDARD));
      continue;
    }
    for (const it of weak) {
      const rec = itemRecommendation(latest, it.instrument, it.number).text;
      b.row(
        scoreRow(
          g.label,
          it.code,
          it.title ?? printedTopic(it.topic),
          it.previous?.score ?? null,
          it.score,
          it.delta,
          true,
          rec,
          crosswalkNote(it),
        ),
      );
    }
  }

  b.section("3. คะแนนรายข้อทั้งหมด");
  for (const it of a.items) {
    b.row(
      scoreRow(
        shortLabel(groupOfItem(it, latest)),
        it.code,
        it.title ?? printedTopic(it.topic),
        it.previous?.score ?? null,
        it.score,
        it.delta,
        it.flagged,
        CLASS_TH[it.class],
        crosswalkNote(it),
      ),
    );
  }
  const spec = b.build("analysis", `วิเคราะห์ ITA ${latest}`);
  if (a.indicators.length > 0) {
    // Indicator scores by year: the two score columns of section 1.
    const series = [...(prev ? [{ name: String(prev), col: 3 }] : []), { name: String(latest), col: 4 }];
    spec.chart = {
      title: "คะแนนตัวชี้วัดรายปี",
      rows: { first, last: first + a.indicators.length - 1 },
      series,
      anchor: { row: first, col: 8 },
    };
  }
  return spec;
}

/** "ประเด็นที่ 3" / "ตัวชี้วัดที่ 4": the full names are in section 2. */
function shortLabel(g: Group): string {
  return g.kind === "prakaden"
    ? `ประเด็นที่ ${g.number}`
    : g.kind === "indicator"
      ? `ตัวชี้วัดที่ ${g.number}`
      : g.label;
}

function crosswalkNote(it: ItemResult): string {
  return it.previous && it.previous.code !== it.code
    ? ` (ปี ${it.previous.year} เทียบกับข้อ ${it.previous.code})`
    : "";
}

function scoreRow(
  group: string,
  code: string,
  topic: string,
  prev: number | null,
  score: number,
  delta: number | null,
  flagged: boolean,
  result: string,
  note = "",
): SpecCell[] {
  return [
    { value: group, style: TEXT },
    { value: code, style: CENTER },
    { value: topic + note, style: TEXT },
    { value: prev, style: NUMBER },
    { value: score, style: flagged ? FLAGGED : NUMBER },
    { value: delta, style: deltaStyle(delta) },
    { value: result, style: TEXT },
  ];
}

function textRow(group: string, text: string): SpecCell[] {
  return [
    { value: group, style: TEXT },
    { value: null, style: CENTER },
    { value: text, style: TEXT },
    ...[0, 0, 0, 0].map(() => ({ value: null, style: TEXT })),
  ];
}
