import { type Entry, catalogue } from "./catalogue";

/** The CLI's own words (summary and usage), in Thai and English, by message id. */
export const CLI_TEXT = {
  yearsFound: { th: "ปีที่พบ: {years} (ล่าสุด {latest})", en: "Years found: {years} (latest {latest})" },
  total: { th: "คะแนนรวม: {score}{level}", en: "Total: {score}{level}" },
  totalEstimate: {
    th: "คะแนนรวม: ประมาณ {score}{level} — คำนวณเอง เพราะ{assumed}; ใส่คะแนนรวมและระดับจาก ITAS ด้วย --total หรือในชีต เพื่อใช้ตัวเลขที่ ป.ป.ช. ประกาศ",
    en: "Total: about {score}{level} — computed here, as {assumed}; give the total and level from ITAS with --total or in a sheet to use NACC's published figures",
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
  planTarget: {
    th: "ไปสู่ระดับ {level}{estimate}: คะแนนรวมขาดอีก {gap}{instruments} — เพิ่มน้อยที่สุด: {steps} → คะแนนรวม {total} ({projected})",
    en: "To reach {level}{estimate}: the total is {gap} short{instruments} — fewest points: {steps} → total {total} ({projected})",
  },
  planNeeds: { th: " และ {list} ต้องถึง {mark}", en: " and {list} must reach {mark}" },
  planUnreachable: {
    th: "ไปสู่ระดับ {level}: ไม่ถึง แม้คะแนนทุกข้อในแฟ้มจะได้ 100",
    en: "To reach {level}: not reachable, even with every score in the workbook at 100",
  },
  planReached: {
    th: "ระดับ {level} ได้แล้ว (ปัจจุบัน {current})",
    en: "{level} is reached already (now {current})",
  },
  planUnknownTarget: {
    th: "--target {level}: ไม่ใช่ระดับของปี {year} ({levels})",
    en: "--target {level}: not a level of {year} ({levels})",
  },
  planTopGains: {
    th: "เพิ่มคะแนนรวมได้มากที่สุด{estimate}: {list}",
    en: "Largest gains of total{estimate}: {list}",
  },
  planEstimate: { th: " (ประมาณ)", en: " (estimated)" },
  planIndicator: { th: "ตัวชี้วัดที่ {n}", en: "indicator {n}" },
  biggestDrops: { th: "ลดลงมากที่สุด: {list}", en: "Biggest drops: {list}" },
  warnings: { th: "คำเตือน {count} รายการ:", en: "{count} warning(s):" },
  moreWarnings: { th: "  … และอีก {count} รายการ (ดูใน --json)", en: "  … and {count} more (see --json)" },
  measures: { th: "มาตรการ: {count} มาตรการ", en: "Measures: {count}" },
  keptEdits: {
    th: "ใช้ข้อความที่กรอกไว้ในเอกสารของไฟล์ผลลัพธ์เดิม “{file}” ({sheets} ชีต)",
    en: "Carried what was typed into the documents of the earlier output “{file}” ({sheets} sheets)",
  },
  wrote: { th: "บันทึกไฟล์: {file}{sheets}", en: "Wrote: {file}{sheets}" },
  savedSettings: {
    th: "จากการตั้งค่าที่บันทึกไว้ในสมุดงาน: ค่าของ {options} (ระบุในคำสั่งเพื่อใช้ค่าอื่น)",
    en: "From the settings saved in the workbook: the values of {options} (give them to use others)",
  },
  savedUnread: {
    th: "การตั้งค่าที่บันทึกไว้ในสมุดงานบางส่วนใช้ไม่ได้ ({fields}; * คือทั้งหมด): ใช้ค่าตั้งต้นแทน — เปิดแผงงานแล้วบันทึกการตั้งค่าใหม่",
    en: "Some settings saved in the workbook could not be used ({fields}; * is all of them): the defaults were used — open the task pane and save the settings again",
  },
  savedExcluded: {
    th: "ไม่อ่าน {count} ตารางที่เลือกไม่ใช้ไว้ในแผงงาน (บันทึกไว้ในสมุดงาน): {tables}",
    en: "Not read: {count} table(s) excluded in the task pane (saved in the workbook): {tables}",
  },
  savedAgency: {
    th: "ชื่อหน่วยงานจากการตั้งค่าที่บันทึกไว้ในสมุดงาน: {agency} (ระบุชื่ออื่นด้วย --agency)",
    en: "Agency name from the settings saved in the workbook: {agency} (give another with --agency)",
  },
  wroteSheets: { th: " (ชีต: {sheets})", en: " (sheets: {sheets})" },
  usageHead: {
    th: "ใช้งาน: ita-analyzer <ไฟล์.xlsx> [ตัวเลือก]\nอ่านตารางคะแนน ITA จากสมุดงาน วิเคราะห์ และเขียนชีตวิเคราะห์ มาตรการ และรายงานผลลงสำเนาของสมุดงาน\n\nตัวเลือก:",
    en: "usage: ita-analyzer <input.xlsx> [options]\nReads the ITA score tables of a workbook, analyses them, and writes the analysis, measures and results sheets into a copy of it.\n\noptions:",
  },
} as const satisfies Record<string, Entry>;

/** The CLI's words in the user's language, type-checked by id and parameters. */
export const cliText = catalogue(CLI_TEXT);
