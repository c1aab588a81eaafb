/** The pane's words when no score table was read: a table without a year, a workbook with no ITA table. */
export const START_TEXT = {
  yearAskTitle: { th: "ใส่ปีของตาราง", en: "Enter the table's year" },
  yearAskBody: {
    th: "พบตารางคะแนนที่ {where} แต่ไม่ทราบว่าเป็นปีใด — ไม่มีปี พ.ศ. ที่หัวคอลัมน์คะแนน ชื่อชีต หรือชื่อตาราง",
    en: "A score table was found at {where} but its year is unknown — no Buddhist-era year in the score column's header, the sheet name or the title",
  },
  yearAskField: { th: "ปีที่ประเมินของตาราง (พ.ศ.)", en: "The table's assessment year (B.E.)" },
  yearAskUse: { th: "ใช้ปีนี้", en: "Use this year" },
  yearAskHint: {
    th: "เช่น 2568 — บันทึกไว้ในไฟล์นี้ และใช้กับทุกตารางที่ไม่มีปี หรือพิมพ์ปีที่หัวคอลัมน์คะแนนแทนก็ได้",
    en: "e.g. 2568 — kept in the workbook for every table without a year; or type the year in the score column's header",
  },
  yearAskMany: {
    th: "{message} แล้วปิดและเปิด ITA Analyzer อีกครั้ง",
    en: "{message}, then close and open ITA Analyzer again",
  },
  showCell: { th: "แสดง {where}", en: "Show {where}" },
  notItaTitle: { th: "ไม่พบตารางคะแนน ITA ในสมุดงานนี้", en: "No ITA score table in this workbook" },
  notItaRead: {
    th: "อ่านแล้ว {count} ชีต ({sheets}) แต่ไม่พบคอลัมน์รหัสข้อ (I1–I30, E1–E15, O1–O40) หรือชื่อตัวชี้วัด (ตัวชี้วัดที่ 1–10) คู่กับคอลัมน์คะแนน",
    en: "Sheets read: {count} ({sheets}) — found no column of item codes (I1–I30, E1–E15, O1–O40) or indicator names (ตัวชี้วัดที่ 1–10) beside a score column",
  },
  notItaLeast: {
    th: "ตารางต้องมีอย่างน้อย: คอลัมน์รหัสข้อ และคอลัมน์คะแนนที่มีปี พ.ศ. ที่หัวคอลัมน์ เช่น",
    en: "The least a readable table has: one column of item codes and scores with the year on top, like",
  },
  selectionNoYear: {
    th: "ตารางที่เลือก ({where}) ไม่มีปี — ใส่ปีของตารางด้านบน แล้วกด “ใช้ตารางที่เลือก” อีกครั้ง",
    en: "The selected table ({where}) has no year — enter its year above, then press “Use the selected table” again",
  },
} as const;
