import type { Lang } from "../analysis/messages";

const STRINGS = {
  title: { th: "ITA Analyzer", en: "ITA Analyzer" },
  subtitle: { th: "วิเคราะห์ผลการประเมิน ITA และจัดทำมาตรการ", en: "Analyse ITA results and write the measures" },
  loading: { th: "กำลังอ่านสมุดงาน…", en: "Reading the workbook…" },
  openFile: { th: "เปิดไฟล์ Excel (.xlsx)", en: "Open an Excel file (.xlsx)" },
  openFileHint: {
    th: "ไฟล์จะถูกอ่านและเขียนในเบราว์เซอร์นี้เท่านั้น ไม่มีการส่งขึ้นอินเทอร์เน็ต",
    en: "The file is read and written in this browser only; nothing is uploaded.",
  },
  sources: { th: "ตารางคะแนนที่พบ", en: "Score tables found" },
  sourcesNone: { th: "ไม่พบตารางคะแนน ITA ในสมุดงานนี้", en: "No ITA score table was found in this workbook" },
  sourcesNoneHint: {
    th: "ต้องมีคอลัมน์รหัสข้อ (เช่น I1, O24) หรือตัวชี้วัด และคอลัมน์คะแนนที่มีปีในหัวคอลัมน์ หรือเลือกตารางแล้วกด “ใช้ช่วงที่เลือก”",
    en: "A table needs a column of item codes (e.g. I1, O24) or indicators and a score column with the year in its header — or select it and press “Use the selection”",
  },
  useSelection: { th: "ใช้ช่วงที่เลือก", en: "Use the selection" },
  include: { th: "ใช้ตารางนี้", en: "Include this table" },
  sheet: { th: "ชีต", en: "Sheet" },
  range: { th: "ช่วง", en: "Range" },
  years: { th: "ปี", en: "Years" },
  rows: { th: "แถว", en: "Rows" },
  settings: { th: "การตั้งค่า", en: "Settings" },
  threshold: { th: "เกณฑ์ผ่าน (คะแนน)", en: "Pass mark (score)" },
  agency: { th: "ชื่อหน่วยงาน", en: "Agency name" },
  fiscalYear: { th: "ปีงบประมาณของมาตรการ", en: "Fiscal year of the measures" },
  font: { th: "แบบอักษร", en: "Font" },
  defaultYear: { th: "ปีของตารางที่ไม่ระบุปี", en: "Year of tables that name no year" },
  thaiDigits: { th: "ใช้เลขไทย", en: "Thai digits" },
  saveSettings: { th: "บันทึกการตั้งค่าในสมุดงาน", en: "Save settings in the workbook" },
  results: { th: "ผลการวิเคราะห์", en: "Results" },
  latest: { th: "ปีล่าสุด", en: "Latest year" },
  total: { th: "คะแนนรวม", en: "Total" },
  level: { th: "ระดับ", en: "Level" },
  indicators: { th: "ตัวชี้วัด", en: "Indicators" },
  indicator: { th: "ตัวชี้วัด", en: "Indicator" },
  change: { th: "เปลี่ยนแปลง", en: "Change" },
  flagged: { th: "ข้อที่ต่ำกว่าเกณฑ์", en: "Items below the mark" },
  nothingFlagged: { th: "ทุกข้อผ่านเกณฑ์ — ควรรักษามาตรฐานไว้", en: "Every item passes — keep the standard" },
  code: { th: "ข้อ", en: "Item" },
  score: { th: "คะแนน", en: "Score" },
  class: { th: "ผล", en: "Class" },
  recommendation: { th: "มาตรการที่จะจัดทำ", en: "Measure it will generate" },
  diagnostics: { th: "ข้อสังเกตเกี่ยวกับข้อมูล", en: "Notes on the data" },
  generate: { th: "จัดทำเอกสาร", en: "Generate documents" },
  docAnalysis: { th: "ผลการวิเคราะห์", en: "Analysis" },
  docMeasures: { th: "มาตรการส่งเสริมคุณธรรมฯ", en: "Measures" },
  docResults: { th: "รายงานผลการดำเนินการ", en: "Results report" },
  writing: { th: "กำลังเขียนชีต…", en: "Writing the sheets…" },
  written: { th: "สร้างชีตเรียบร้อยแล้ว:", en: "Sheets written:" },
  download: { th: "ดาวน์โหลดไฟล์ผลลัพธ์", en: "Download the result" },
  errorTitle: { th: "เกิดข้อผิดพลาด", en: "Something went wrong" },
  protected: {
    th: "สมุดงานหรือชีตถูกป้องกัน — ยกเลิกการป้องกัน (รีวิว > ยกเลิกการป้องกัน) แล้วลองอีกครั้ง",
    en: "The workbook or a sheet is protected — unprotect it (Review > Unprotect) and try again",
  },
  notWorkbook: {
    th: "ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) หรือไฟล์เสียหาย — บันทึกเป็น .xlsx แล้วลองอีกครั้ง",
    en: "This is not an Excel workbook (.xlsx) or it is damaged — save it as .xlsx and try again",
  },
  encrypted: {
    th: "ไฟล์มีรหัสผ่าน — เปิดใน Excel เอารหัสผ่านออกแล้วบันทึกใหม่",
    en: "The file is password-protected — remove the password in Excel and save it again",
  },
  unexpected: {
    th: "เกิดข้อผิดพลาดที่ไม่คาดคิด: {detail} — สมุดงานไม่ถูกเปลี่ยนแปลง",
    en: "Unexpected error: {detail} — the workbook was not changed",
  },
  oldHost: {
    th: "Excel รุ่นนี้เก่าเกินไปสำหรับแผงงาน ITA Analyzer — ใช้หน้า ITA Analyzer แบบเปิดไฟล์ (preview.html) ในเบราว์เซอร์แทน",
    en: "This Excel is too old for the ITA Analyzer pane — use the standalone ITA Analyzer page (preview.html) in a browser instead",
  },
  separate: {
    th: "ไฟล์นี้มี{parts} ซึ่งจะหายไปหากเขียนสำเนา จึงจะเขียนเอกสารลงสมุดงานใหม่แยกต่างหาก ไฟล์เดิมไม่ถูกแตะต้อง",
    en: "This file holds {parts}, which a copy would lose, so the documents go to a separate new workbook; your file is left whole",
  },
  goToCell: { th: "ไปที่เซลล์", en: "Go to cell" },
  chartTitle: { th: "คะแนนตัวชี้วัดรายปี", en: "Indicator scores by year" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
}

/** Thai when Office (or the browser) speaks Thai, English otherwise. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return /^th/i.test(displayLanguage ?? "th") ? "th" : "en";
}
