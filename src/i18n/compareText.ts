/** The messages of reading and comparing many agencies (`ita-analyzer compare`), in Thai and English. */
export const COMPARE_TEXT = {
  "compare.noName": {
    th: "แถวนี้มีคะแนนแต่ไม่มีชื่อหน่วยงาน และไม่ได้อยู่ใต้ชื่อที่ผสานเซลล์ไว้ จึงไม่ได้อ่าน — ใส่ชื่อหน่วยงานในเซลล์นี้",
    en: "This row has scores but no agency name, and is not under a merged name, so it was not read — type the agency's name in this cell",
  },
  "compare.noYear": {
    th: "{agency}: ไม่รู้ว่าแถวนี้เป็นคะแนนปีใด — ใส่ปีในคอลัมน์ปี หรือในชื่อตาราง หรือใช้ --year",
    en: "{agency}: the year of this row is unknown — put the year in a year column or the table's title, or use --year",
  },
  "compare.twiceInYear": {
    th: "{agency} มีคะแนนปี {year} สองแถว จึงอ่านเฉพาะแถวแรก — ตรวจว่าเป็นหน่วยงานเดียวกันหรือชื่อซ้ำกัน",
    en: "{agency} has two rows for {year}: only the first is read — check whether they are one agency or two of the same name",
  },
  "compare.badScore": {
    th: "{agency}: อ่าน “{shown}” เป็นคะแนนไม่ได้ จึงไม่ใช้เซลล์นี้ — แก้ให้เป็นตัวเลข 0–100",
    en: "{agency}: “{shown}” is not a score, so this cell is not used — make it a number 0–100",
  },
  "compare.badLevel": {
    th: "{agency}: อ่าน “{shown}” เป็นระดับผลการประเมินไม่ได้ จึงไม่ใช้เซลล์นี้",
    en: "{agency}: “{shown}” is not an assessment level, so this cell is not used",
  },
  "compare.weightedColumn": {
    th: "คอลัมน์ {instrument} เป็นคะแนนถ่วงน้ำหนัก (ไม่เกิน {share}) ไม่ใช่คะแนน {instrument} จึงไม่ได้อ่าน",
    en: "The {instrument} column holds weighted shares (at most {share}), not {instrument} scores, so it was not read",
  },
  "compare.sameName": {
    th: "มี “{agency}” สองแห่ง ({first} และ {second}) ที่มีคะแนนปีเดียวกัน จึงแยกเป็นสองรายการ ไม่รวมคะแนนกัน",
    en: "“{agency}” appears twice ({first} and {second}) with scores of the same year, so they are listed apart, never merged",
  },
  "compare.summaryRow": {
    th: "แถว “{name}” เป็นแถวสรุปของตาราง ไม่ใช่หน่วยงาน จึงไม่นับในการเปรียบเทียบ",
    en: "The row “{name}” sums up the table; it is not an agency and is not compared",
  },
  "compare.noScores": {
    th: "ไม่พบคะแนนของหน่วยงานนี้",
    en: "No scores of this agency were found",
  },
  "compare.noScoresInFile": {
    th: "ไม่พบตารางคะแนน ITA ในไฟล์นี้ (ตารางรายข้อ ตัวชี้วัด หรือคะแนนรวม)",
    en: "No ITA score table in this file (items, indicators or totals)",
  },
  "compare.notWorkbook": {
    th: "เปิดไฟล์นี้ไม่ได้: {detail}",
    en: "This file could not be opened: {detail}",
  },
  "compare.olderYear": {
    th: "{agency}: คะแนนล่าสุดเป็นปี {year} ไม่ใช่ปี {latest} จึงไม่ได้จัดอันดับ",
    en: "{agency}: its latest scores are of {year}, not {latest}, so it is not ranked",
  },
  "warning.severalAgencies": {
    th: "คำเตือน: {file} มีคะแนนของ {count} หน่วยงาน ({names}) เอกสารเขียนจากหน่วยงานแรกเท่านั้น (ดูคำเตือนในรายงาน) — เปรียบเทียบทุกหน่วยงานด้วย: ita-analyzer compare {file}",
    en: "warning: {file} holds the scores of {count} agencies ({names}); the documents are written for the first one only (see the report's warnings) — compare them all with: ita-analyzer compare {file}",
  },
  "error.compareNothing": {
    th: "ไม่พบคะแนนของหน่วยงานใดใน {input} — ต้องมีตารางหน่วยงาน × ตัวชี้วัด (ชื่อหน่วยงาน ปี ตัวชี้วัดที่ 1–10 คะแนนรวม) หรือสมุดงานคะแนนของแต่ละหน่วยงานในโฟลเดอร์",
    en: "No agency's scores were found in {input} — it needs a table of agencies × indicators (agency, year, indicators 1–10, total), or a folder of each agency's score workbook",
  },
} as const;
