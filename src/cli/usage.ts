import type { Lang } from "../analysis/messages";
import { cliText } from "../i18n/cliText";

/** One option of the CLI, as the usage text lists it. */
interface OptionHelp {
  flag: string;
  th: string;
  en: string;
}

/** Every option of the CLI, in the order --help prints them. Options added elsewhere belong here too. */
export const OPTIONS: OptionHelp[] = [
  {
    flag: "--out <file.xlsx>",
    th: "ไฟล์ผลลัพธ์ (ค่าเริ่มต้น <ไฟล์>-ita.xlsx)",
    en: "output workbook (default <input>-ita.xlsx)",
  },
  {
    flag: "--json <file | ->",
    th: "เขียนรายงาน JSON ลงไฟล์ หรือ - เพื่อพิมพ์ออกหน้าจอ",
    en: "write the JSON report to a file, or - for standard output",
  },
  { flag: "--threshold <N>", th: "เกณฑ์ผ่าน 0–100 (ค่าเริ่มต้น 85)", en: "pass mark 0–100 (default 85)" },
  { flag: "--urgent-below <N>", th: "คะแนนต่ำกว่านี้ถือว่าต้องแก้ไขเร่งด่วน", en: "scores below this are urgent" },
  { flag: "--year <2567>", th: "ปี พ.ศ. ของตารางที่ไม่ระบุปี", en: "Buddhist-era year of tables that name none" },
  {
    flag: "--keep-year",
    th: "อ่านตารางตามปีที่หัวตารางระบุ แม้ชื่อข้อจะตรงกับรายการของปีอื่น",
    en: "read tables as the year they name, even when their item titles are another year's list",
  },
  {
    flag: "--previous <file.xlsx>",
    th: "สมุดงานที่มีชีตมาตรการของปีก่อน (สำหรับรายงานผล)",
    en: "workbook holding last year's measures sheet (for the results report)",
  },
  {
    flag: "--lang th|en",
    th: "ภาษาของข้อความ (ค่าเริ่มต้น th หรือ ITA_LANG)",
    en: "language of messages (default th, or ITA_LANG)",
  },
  { flag: "--agency <ชื่อ>", th: "ชื่อหน่วยงานในหัวเอกสาร", en: "agency name in the document headers" },
  { flag: "--division <ชื่อ>", th: "ส่วนราชการ เช่น สำนักปลัด", en: "division (ส่วนราชการ), e.g. สำนักปลัด" },
  {
    flag: "--writer <ชื่อ>",
    th: "ชื่อผู้จัดทำ (เว้นว่างเป็นเส้นประให้เขียนเอง)",
    en: "name of the writer (blank prints a dotted line)",
  },
  { flag: "--writer-position <ตำแหน่ง>", th: "ตำแหน่งผู้จัดทำ", en: "position of the writer" },
  { flag: "--executive <ชื่อ>", th: "ชื่อผู้บริหารผู้ลงนาม", en: "name of the signing executive" },
  { flag: "--executive-position <ตำแหน่ง>", th: "ตำแหน่งผู้บริหาร", en: "position of the executive" },
  {
    flag: "--font <ชื่อฟอนต์>",
    th: "ฟอนต์ของเอกสาร (ค่าเริ่มต้น TH SarabunPSK)",
    en: "document font (default TH SarabunPSK)",
  },
  { flag: "--thai-digits", th: "พิมพ์ตัวเลขไทยในเอกสาร", en: "print Thai digits in the documents" },
  {
    flag: "--separate",
    th: "เขียนเอกสารลงสมุดงานใหม่แยกต่างหาก",
    en: "write the documents to a workbook of their own",
  },
  { flag: "--debug", th: "แสดงสาเหตุของข้อผิดพลาดโดยละเอียด", en: "show the full cause of an error" },
  { flag: "--help, -h", th: "แสดงวิธีใช้นี้", en: "show this help" },
];

/** The usage text printed by --help (to standard output) and after a usage error (to standard error). */
export function usageText(lang: Lang): string {
  const head = cliText(lang, "usageHead");
  const width = Math.max(...OPTIONS.map((o) => o.flag.length)) + 2;
  const lines = OPTIONS.map((o) => `  ${o.flag.padEnd(width)}${o[lang]}`);
  return `${head}\n${lines.join("\n")}\n`;
}
