import { type Entry, catalogue } from "./catalogue";

/** What `ita-analyzer compare` prints, in Thai and English. */
export const COMPARE_CLI_TEXT = {
  head: {
    th: "เปรียบเทียบ {count} หน่วยงาน ปี {year} (จาก {sources})",
    en: "Compared {count} agencies, {year} (from {sources})",
  },
  sourcesFiles: { th: "{count} สมุดงาน", en: "{count} workbooks" },
  sourcesTable: { th: "ตารางในสมุดงาน", en: "a table in the workbook" },
  overview: {
    th: "มีคะแนนรวมปี {year}: {scored} หน่วยงาน · ต่ำกว่า {mark}: {below} · คะแนนรวมเฉลี่ย {mean}",
    en: "With a {year} total: {scored} agencies · below {mark}: {below} · mean total {mean}",
  },
  older: {
    th: "คะแนนล่าสุดเป็นปีก่อน {year} หรือไม่มีคะแนนรวม (ไม่จัดอันดับ): {count} หน่วยงาน",
    en: "Latest scores before {year} or no total (not ranked): {count} agencies",
  },
  top: { th: "สูงสุด: {list}", en: "Highest: {list}" },
  bottom: { th: "ต่ำสุด: {list}", en: "Lowest: {list}" },
  falls: { th: "ลดลงมากที่สุด: {list}", en: "Largest falls: {list}" },
  dragging: {
    th: "ตัวชี้วัดปี {year} ที่มีหน่วยงานต่ำกว่า {mark} มากที่สุด: {list}",
    en: "{year} indicators with the most agencies below {mark}: {list}",
  },
  indicatorCount: { th: "ตัวชี้วัดที่ {n} ({count} หน่วยงาน)", en: "indicator {n} (agencies: {count})" },
  estimate: { th: " (ประมาณ)", en: " (estimated)" },
  notRead: { th: "อ่านไม่ได้ {count} รายการ (หน่วยงานหรือไฟล์):", en: "{count} not read (agencies or files):" },
  skipped: {
    th: "ข้ามไฟล์ {file}: เป็นไฟล์ผลลัพธ์ของ {source}",
    en: "Skipped {file}: the output of {source}",
  },
  wrote: { th: "บันทึกไฟล์: {file}", en: "Wrote: {file}" },
  usage: {
    th: "\nเปรียบเทียบหลายหน่วยงาน: ita-analyzer compare <สมุดงาน.xlsx | โฟลเดอร์> [ตัวเลือก]\nอ่านตารางหน่วยงาน × ตัวชี้วัด (ตารางระดับจังหวัด) หรือสมุดงานของแต่ละหน่วยงานในโฟลเดอร์ แล้วเขียนชีตเปรียบเทียบลงสมุดงานใหม่ (<ชื่อ>-compare.xlsx)\n  --year <ปี>   เปรียบเทียบ ณ ปีนั้น (จัดอันดับตามคะแนนรวมปีนั้น; เป็นปีของตารางที่ไม่ระบุปีด้วย)\n  --out <ไฟล์>, --json <ไฟล์|->, --threshold <คะแนน>, --lang th|en, --font <ชื่อ>, --thai-digits, --force\n  --sort total|change|below|indicator:1…10   เรียงตามคะแนนรวม (ค่าเริ่มต้น), การเปลี่ยนแปลง (ลดลงมากก่อน), ต่ำกว่าเกณฑ์ก่อน หรือตัวชี้วัด (ต่ำไปสูง)",
    en: "\nCompare many agencies: ita-analyzer compare <workbook.xlsx | folder> [options]\nReads a table of agencies × indicators (a provincial table) or each agency's workbook in a folder, and writes the comparison sheet to a new workbook (<name>-compare.xlsx)\n  --year <year>   compare as of that year (ranked by its totals; also the year of tables that name none)\n  --out <file>, --json <file|->, --threshold <score>, --lang th|en, --font <name>, --thai-digits, --force\n  --sort total|change|below|indicator:1…10   by total (default), change (largest fall first), below the mark first, or an indicator (lowest first)",
  },
} as const satisfies Record<string, Entry>;

export const compareCliText = catalogue(COMPARE_CLI_TEXT);
