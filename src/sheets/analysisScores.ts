import type { Analysis } from "../analysis/analyse";
import { delta2 } from "../analysis/round";
import { indicatorName } from "../ita/catalog";
import { INSTRUMENTS } from "../ita/types";
import { CLASS_TH, scoreRow, sentenceRow } from "./analysisRows";
import { assumptionText, shortfallText } from "../analysis/estimateText";
import { unionAssumptions } from "../analysis/scoreAssumptions";

/** The word beside every figure computed on an assumption. */
const ESTIMATE = "ประมาณการ";
import type { SheetBuilder } from "./sheetBuilder";

/**
 * Section 1: indicator, instrument and total scores of both years. What cannot be computed (an instrument with
 * no score, no total) gets one sentence saying why, never an empty row. Returns the first indicator row.
 */
export function writeScores(b: SheetBuilder, a: Analysis, latest: number, prev: number | undefined): number {
  const first = b.section("1. ผลคะแนนรายตัวชี้วัด แบบวัด และคะแนนรวม") + 1;
  if (prev === undefined)
    b.row(sentenceRow("ปีก่อนหน้า", `ไม่มีคะแนนของปีก่อนปี ${latest} ในแฟ้ม จึงไม่แสดงคะแนนปีก่อนและการเปลี่ยนแปลง`));
  for (const ind of a.indicators)
    b.row(
      scoreRow(
        `ตัวชี้วัดที่ ${ind.number}`,
        "",
        ind.name +
          (ind.assumptions?.length
            ? ` (${ESTIMATE})`
            : ind.source === "items"
              ? " (คำนวณจากคะแนนรายข้อ)"
              : ""),
        { prev: ind.previous?.score ?? null, score: ind.score, delta: ind.delta, flagged: ind.flagged },
        CLASS_TH[ind.class],
      ),
    );
  const now = a.scoresByYear.find((y) => y.year === latest);
  const before = a.scoresByYear.find((y) => y.year === prev);
  // An indicator scored last year but not this year is named, with last year's score, never dropped.
  for (const [n, was] of before?.indicators ?? [])
    if (!a.indicators.some((i) => i.number === n))
      b.row(
        sentenceRow(
          `ตัวชี้วัดที่ ${n}`,
          `${indicatorName(n, latest) ?? ""} ปี ${prev} ได้ ${was.score.toFixed(2)} ปี ${latest} ไม่มีคะแนนตัวชี้วัดนี้ในแฟ้ม (ไม่ได้กรอกไว้ และคำนวณจากคะแนนรายข้อไม่ได้) จึงไม่แสดงการเปลี่ยนแปลง`.trim(),
        ),
      );
  const missing = INSTRUMENTS.filter((inst) => !now?.instruments.has(inst));
  for (const inst of INSTRUMENTS) {
    const s = now?.instruments.get(inst);
    if (!s) {
      b.row(
        sentenceRow(`แบบวัด ${inst}`, `ไม่มีคะแนนของแบบวัด ${inst} ปี ${latest} ในแฟ้ม จึงไม่แสดงคะแนนของแบบวัดนี้`),
      );
      continue;
    }
    const p = before?.instruments.get(inst)?.score ?? null;
    const figures = {
      prev: p,
      score: s.score,
      delta: p === null ? null : delta2(p, s.score),
      flagged: s.score < a.threshold,
    };
    const how = s.assumptions?.length ? ` (${ESTIMATE})` : s.source === "items" ? " (คำนวณจากตัวชี้วัด)" : "";
    b.row(scoreRow(`แบบวัด ${inst}`, "", `คะแนนรวมของแบบวัด${how}`, figures, ""));
  }
  if (now?.total) {
    const p = before?.total?.score ?? null;
    const estimate = (now.total.assumptions?.length ?? 0) > 0;
    const levelEstimate = (now.levelAssumptions?.length ?? 0) > 0;
    const note = `${now.level ? `ระดับ ${now.level}${levelEstimate ? ` (${ESTIMATE})` : ""}` : ""}`;
    const figures = {
      prev: p,
      score: now.total.score,
      delta: p === null ? null : delta2(p, now.total.score),
      flagged: now.total.score < a.threshold,
    };
    b.row(scoreRow("คะแนนรวม ITA", "", estimate ? ESTIMATE : "", figures, note.trim()));
    if (now.level && now.levelShortfall)
      b.row(sentenceRow("ระดับ", shortfallText(now.level, now.levelShortfall, "th")));
  } else
    b.row(
      sentenceRow(
        "คะแนนรวม ITA",
        missing.length
          ? `คำนวณคะแนนรวมไม่ได้ เพราะไม่มีคะแนนของแบบวัด ${missing.join(" ")} ปี ${latest} ในแฟ้ม`
          : `คำนวณคะแนนรวมไม่ได้ เพราะไม่ทราบน้ำหนักของแบบวัดสำหรับปี ${latest} (กำหนดได้ในการตั้งค่า)`,
      ),
    );
  // Every score marked ประมาณการ above is said once: what it rests on (a fact of the figures, not advice).
  const basis = unionAssumptions(
    ...a.indicators.map((i) => i.assumptions),
    ...[...(now?.instruments.values() ?? [])].map((x) => x.assumptions),
    now?.total?.assumptions,
    now?.levelAssumptions,
  );
  if (basis.length)
    b.row(
      sentenceRow(
        ESTIMATE,
        `คะแนนที่ระบุว่า${ESTIMATE}คำนวณจากคะแนนในแฟ้ม ไม่ใช่คะแนนที่ ป.ป.ช. ประกาศ เพราะ${basis.map((id) => assumptionText(id, latest, "th", now?.total?.weights)).join(" และ")}`,
      ),
    );
  return first;
}
