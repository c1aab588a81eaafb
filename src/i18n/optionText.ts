import type { Entry } from "./catalogue";

/**
 * The help line of every CLI option, keyed by the option as --help prints it, in that order. Options added to
 * the argument parser belong here too (a test checks).
 */
export const OPTION_TEXT = {
  "--out <file.xlsx>": {
    th: "ไฟล์ผลลัพธ์ (ค่าเริ่มต้น <ไฟล์>-ita.xlsx)",
    en: "output workbook (default <input>-ita.xlsx)",
  },
  "--json <file | ->": {
    th: "เขียนรายงาน JSON ลงไฟล์ หรือ - เพื่อพิมพ์ออกหน้าจอ",
    en: "write the JSON report to a file, or - for standard output",
  },
  "--threshold <N>": { th: "เกณฑ์ผ่าน 0–100 (ค่าเริ่มต้น 85)", en: "pass mark 0–100 (default 85)" },
  "--urgent-below <N>": {
    th: "คะแนนต่ำกว่านี้ถือว่าต้องแก้ไขเร่งด่วน (ค่าที่ตั้งในโปรแกรมนี้ ค่าเริ่มต้น 70 — ไม่ใช่เกณฑ์ของ ป.ป.ช.)",
    en: "scores below this are urgent (this tool's setting, default 70 — not an NACC rule)",
  },
  "--year <2567>": { th: "ปี พ.ศ. ของตารางที่ไม่ระบุปี", en: "Buddhist-era year of tables that name none" },
  "--keep-year": {
    th: "อ่านตารางตามปีที่หัวตารางระบุ แม้ชื่อข้อจะตรงกับรายการของปีอื่น",
    en: "read tables as the year they name, even when their item titles are another year's list",
  },
  "--include-hidden <ชีต>": {
    th: "อ่านตารางคะแนนในชีตที่ซ่อนไว้นี้ด้วย (ใช้ซ้ำได้)",
    en: "also read the score table of this hidden sheet (repeatable)",
  },
  "--total <[ปี:]คะแนน[:ระดับ]>": {
    th: "คะแนนรวม (และระดับ) จาก ITAS ของปีที่ชีตไม่มี เช่น 92.93 หรือ 2567:92.93:ผ่านดี (ใช้ซ้ำได้)",
    en: "total (and level) from ITAS for a year the sheets lack, e.g. 92.93 or 2567:92.93:ผ่านดี (repeatable)",
  },
  "--target <ระดับ>": {
    th: "ระดับที่วางแผนจะไปให้ถึง เช่น ผ่านดี (ค่าเริ่มต้น ระดับถัดไป)",
    en: "the level to plan for, e.g. ผ่านดี (default: the next one up)",
  },
  "--previous <file.xlsx>": {
    th: "สมุดงานที่มีชีตมาตรการของปีก่อน (สำหรับรายงานผล)",
    en: "workbook holding last year's measures sheet (for the results report)",
  },
  "--lang th|en": {
    th: "ภาษาของข้อความ (ค่าเริ่มต้น th หรือ ITA_LANG)",
    en: "language of messages (default th, or ITA_LANG)",
  },
  "--agency <ชื่อ>": { th: "ชื่อหน่วยงานในหัวเอกสาร", en: "agency name in the document headers" },
  "--division <ชื่อ>": { th: "ส่วนราชการ เช่น สำนักปลัด", en: "division (ส่วนราชการ), e.g. สำนักปลัด" },
  "--writer <ชื่อ>": {
    th: "ชื่อผู้จัดทำ (เว้นว่างเป็นเส้นประให้เขียนเอง)",
    en: "name of the writer (blank prints a dotted line)",
  },
  "--writer-position <ตำแหน่ง>": { th: "ตำแหน่งผู้จัดทำ", en: "position of the writer" },
  "--garuda <file.png>": {
    th: "ไฟล์ภาพตราครุฑ (PNG หรือ JPG) สำหรับบันทึกข้อความและประกาศ",
    en: "image of the Garuda emblem (PNG or JPG) for the memos and the announcement",
  },
  "--division-head <ชื่อ>": {
    th: "ชื่อหัวหน้าส่วนราชการ ผู้ให้ความเห็นลำดับแรก",
    en: "name of the head of division (gives the first opinion)",
  },
  "--division-head-position <ตำแหน่ง>": {
    th: "ตำแหน่งหัวหน้าส่วนราชการ เช่น หัวหน้าสำนักปลัด",
    en: "position of the head of division",
  },
  "--chief-officer <ชื่อ>": { th: "ชื่อปลัด ผู้ให้ความเห็นก่อนผู้บริหาร", en: "name of the chief officer (ปลัด)" },
  "--chief-officer-position <ตำแหน่ง>": {
    th: "ตำแหน่งปลัด เช่น ปลัดเทศบาล",
    en: "position of the chief officer (ปลัด)",
  },
  "--executive <ชื่อ>": { th: "ชื่อผู้บริหารผู้ลงนาม", en: "name of the signing executive" },
  "--executive-position <ตำแหน่ง>": { th: "ตำแหน่งผู้บริหาร", en: "position of the executive" },
  "--font <ชื่อฟอนต์>": {
    th: "ฟอนต์ของเอกสาร (ค่าเริ่มต้น TH SarabunPSK)",
    en: "document font (default TH SarabunPSK)",
  },
  "--thai-digits": { th: "พิมพ์ตัวเลขไทยในเอกสาร", en: "print Thai digits in the documents" },
  "--separate": {
    th: "เขียนเอกสารลงสมุดงานใหม่แยกต่างหาก",
    en: "write the documents to a workbook of their own",
  },
  "--force": {
    th: "เขียนทับไฟล์ผลลัพธ์ที่มีอยู่ แม้มีงานที่ไม่มีในไฟล์ต้นฉบับ",
    en: "overwrite an existing output, even one holding work the input lacks",
  },
  "--debug": { th: "แสดงสาเหตุของข้อผิดพลาดโดยละเอียด", en: "show the full cause of an error" },
  "--help, -h": { th: "แสดงวิธีใช้นี้", en: "show this help" },
} as const satisfies Record<string, Entry>;
