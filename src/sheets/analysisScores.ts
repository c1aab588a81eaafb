import type { Analysis } from "../analysis/analyse";
import { delta2 } from "../analysis/round";
import { indicatorName } from "../ita/catalog";
import { INSTRUMENTS } from "../ita/types";
import { CLASS_TH, scoreRow, sentenceRow } from "./analysisRows";
import { assumptionText, shortfallText } from "../analysis/estimateText";
import { unionAssumptions } from "../analysis/scoreAssumptions";

import type { SheetBuilder } from "./sheetBuilder";

/** The word beside every figure computed on an assumption. */
const ESTIMATE = "ประมาณการ";

/**
 * What section 1 cannot show and why (no previous year, an indicator or instrument without this year's score, no
 * total): notes to the officer above the document, never printed — the document shows what is known.
 */
export function scoreNotes(a: Analysis, latest: number, prev: number | undefined): string[] {
  const notes: string[] = [];
  if (prev === undefined) notes.push(`ไม่มีคะแนนของปีก่อนปี ${latest} ในแฟ้ม จึงไม่แสดงคะแนนปีก่อนและการเปลี่ยนแปลง`);
  const now = a.scoresByYear.find((y) => y.year === latest);
  const before = a.scoresByYear.find((y) => y.year === prev);
  for (const [n, was] of before?.indicators ?? [])
    if (!a.indicators.some((i) => i.number === n))
      notes.push(
        `ตัวชี้วัดที่ ${n} ${indicatorName(n, latest) ?? ""} ปี ${prev} ได้ ${was.score.toFixed(2)} แต่ไม่มีคะแนนปี ${latest} ในแฟ้ม (ไม่ได้กรอกไว้ และคำนวณจากคะแนนรายข้อไม่ได้) จึงไม่แสดงในตาราง`,
      );
  const missing = INSTRUMENTS.filter((inst) => !now?.instruments.has(inst));
  // An instrument whose items were read but cannot be added up (OIT from 2567: NACC's rule is not published) is
  // not "missing from the file": the note says why, and what to type.
  const itemsOnly = (inst: string) => a.items.some((i) => i.instrument === inst);
  for (const inst of missing)
    notes.push(
      itemsOnly(inst)
        ? `มีคะแนนรายข้อของแบบวัด ${inst} ปี ${latest} แต่ยังไม่ทราบวิธีที่ ป.ป.ช. รวมคะแนนรายข้อเป็นคะแนนตัวชี้วัดและแบบวัดนี้ จึงไม่แสดงคะแนนของแบบวัดนี้ — ใส่คะแนนตัวชี้วัดหรือคะแนนแบบวัด ${inst} ตามรายงานของ ป.ป.ช. ในชีตคะแนน`
        : `ไม่มีคะแนนของแบบวัด ${inst} ปี ${latest} ในแฟ้ม จึงไม่แสดงคะแนนของแบบวัดนี้`,
    );
  if (!now?.total)
    notes.push(
      missing.length
        ? `คำนวณคะแนนรวมไม่ได้ เพราะไม่มีคะแนนของแบบวัด ${missing.join(" ")} ปี ${latest}${missing.some(itemsOnly) ? " (มีแต่คะแนนรายข้อ)" : " ในแฟ้ม"} — ใส่คะแนนรวมจาก ITAS ในชีตคะแนน`
        : `คำนวณคะแนนรวมไม่ได้ เพราะไม่ทราบน้ำหนักของแบบวัดสำหรับปี ${latest} (กำหนดได้ในการตั้งค่า)`,
    );
  return notes;
}

/**
 * Section 1: indicator, instrument and total scores of both years; what is not known is left out (scoreNotes says
 * it to the officer). Returns the first indicator row.
 */
export function writeScores(b: SheetBuilder, a: Analysis, latest: number, prev: number | undefined): number {
  const first = b.section("1. ผลคะแนนรายตัวชี้วัด แบบวัด และคะแนนรวม") + 1;
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
  for (const inst of INSTRUMENTS) {
    const s = now?.instruments.get(inst);
    if (!s) continue;
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
  }
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
        `คะแนนที่ระบุว่า${ESTIMATE}เป็นค่าที่หน่วยงานคำนวณจากคะแนนรายข้อ ไม่ใช่คะแนนที่ ป.ป.ช. ประกาศ เพราะ${basis.map((id) => assumptionText(id, latest, "th", now?.total?.weights)).join(" และ")}`,
      ),
    );
  return first;
}
