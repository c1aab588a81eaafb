import { type Entry, catalogue } from "./catalogue";

/** The CLI's own words (summary and usage), in Thai and English, by message id. */
export const CLI_TEXT = {
  yearsFound: { th: "ปีที่พบ: {years} (ล่าสุด {latest})", en: "Years found: {years} (latest {latest})" },
  total: { th: "คะแนนรวม: {score}{level}", en: "Total: {score}{level}" },
  totalEstimate: {
    th: "คะแนนรวม: ประมาณ {score}{level} — คำนวณเอง เพราะ{assumed}; ใส่คะแนนรวมและระดับจาก ITAS ในชีตเพื่อใช้ตัวเลขที่ ป.ป.ช. ประกาศ",
    en: "Total: about {score}{level} — computed here, as {assumed}; type the total and level from ITAS into a sheet to use NACC's published figures",
  },
  levelEstimate: { th: "ประมาณ", en: "estimated" },
  reading: {
    th: "อ่านแล้ว: {read} แถว, ไม่ได้อ่าน {unread} แถว, อ่านแล้วแต่ไม่ได้เทียบ {notCompared} คะแนน (รายการอยู่ในรายงาน --json)",
    en: "Read: {read} rows, not read {unread} rows, read but not compared {notCompared} scores (listed in the --json report)",
  },
  itemsBelow: {
    th: "ข้อที่ต่ำกว่าเกณฑ์ {mark}: {flagged} จาก {items} ข้อ (เร่งด่วน {urgent}, ต้องพัฒนา {improve})",
    en: "Items below {mark}: {flagged} of {items} (urgent {urgent}, improve {improve})",
  },
  indicatorsBelow: { th: "ตัวชี้วัดที่ต่ำกว่าเกณฑ์: {list}", en: "Indicators below the mark: {list}" },
  none: { th: "ไม่มี", en: "none" },
  indicator: { th: "ตัวชี้วัดที่ {number}", en: "indicator {number}" },
  biggestDrops: { th: "ลดลงมากที่สุด: {list}", en: "Biggest drops: {list}" },
  warnings: { th: "คำเตือน {count} รายการ:", en: "{count} warning(s):" },
  moreWarnings: { th: "  … และอีก {count} รายการ (ดูใน --json)", en: "  … and {count} more (see --json)" },
  measures: { th: "มาตรการ: {count} มาตรการ", en: "Measures: {count}" },
  keptEdits: {
    th: "ใช้ข้อความที่กรอกไว้ในเอกสารของไฟล์ผลลัพธ์เดิม “{file}” ({sheets} ชีต)",
    en: "Carried what was typed into the documents of the earlier output “{file}” ({sheets} sheets)",
  },
  wrote: { th: "บันทึกไฟล์: {file}{sheets}", en: "Wrote: {file}{sheets}" },
  wroteSheets: { th: " (ชีต: {sheets})", en: " (sheets: {sheets})" },
  usageHead: {
    th: "ใช้งาน: ita-analyzer <ไฟล์.xlsx> [ตัวเลือก]\nอ่านตารางคะแนน ITA จากสมุดงาน วิเคราะห์ และเขียนชีตวิเคราะห์ มาตรการ และรายงานผลลงสำเนาของสมุดงาน\n\nตัวเลือก:",
    en: "usage: ita-analyzer <input.xlsx> [options]\nReads the ITA score tables of a workbook, analyses them, and writes the analysis, measures and results sheets into a copy of it.\n\noptions:",
  },
} as const satisfies Record<string, Entry>;

/** The CLI's words in the user's language, type-checked by id and parameters. */
export const cliText = catalogue(CLI_TEXT);
