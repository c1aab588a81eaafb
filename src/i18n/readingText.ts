import type { Entry } from "./catalogue";

/** Messages of the ledger and of the recogniser's newer checks, in Thai and English. Part of the message catalogue (messages.ts). */
export const READING_TEXT = {
  "unreadRows.item": {
    th: "แถว {from}–{to} ({range}) มีรหัสข้อพร้อมคะแนน {rows} แถวที่ไม่ได้อ่าน (คอลัมน์ {columns}) — ให้ตารางมีแถวหัวคอลัมน์ เช่น “ข้อ | คะแนน 2567” หรือระบุปีด้วย --year / การตั้งค่าปี หรือเลือกช่วงนี้แล้วกด “ใช้ช่วงที่เลือก”",
    en: "Rows {from}–{to} ({range}) hold {rows} item codes with scores (column {columns}) that were not read — give the table a header row such as “Item | Score 2567”, set the year (--year or the pane's setting), or select the range and use “Use selection”",
  },
  "unreadRows.title": {
    th: "แถว {from}–{to} ({range}) มีชื่อข้อตามคู่มือ ITA พร้อมคะแนน {rows} แถวที่ไม่ได้อ่าน (คอลัมน์ {columns}) — ใส่รหัสข้อ (เช่น I7, O12) ในคอลัมน์หน้าชื่อข้อ หรือให้ตารางมีหัวคอลัมน์คะแนนที่มีปี",
    en: "Rows {from}–{to} ({range}) name {rows} items by their ITA manual titles, with scores (column {columns}), that were not read — type each item's code (such as I7, O12) before its title, or give the table a score column header with the year",
  },
  "unreadRows.indicator": {
    th: "แถว {from}–{to} ({range}) มีตัวชี้วัดหรือประเด็นพร้อมคะแนน {rows} แถวที่ไม่ได้อ่าน (คอลัมน์ {columns}) — ใช้ชื่อตัวชี้วัดตามคู่มือ ITA และให้หัวคอลัมน์คะแนนมีปี",
    en: "Rows {from}–{to} ({range}) hold {rows} indicator or ประเด็น labels with scores (column {columns}) that were not read — use the indicator names of the ITA manual and put the year in the score column header",
  },
  "unreadRows.total": {
    th: "แถว {from}–{to} ({range}) มีคะแนนรวมหรือคะแนนแบบวัด {rows} แถวที่ไม่ได้อ่าน (คอลัมน์ {columns}) — ให้หัวคอลัมน์คะแนนมีปี หรือระบุปีด้วย --year / การตั้งค่าปี",
    en: "Rows {from}–{to} ({range}) hold {rows} total or instrument scores (column {columns}) that were not read — put the year in the score column header or set the year (--year or the pane's setting)",
  },
  "unreadRows.subIndicator": {
    th: "แถว {from}–{to} ({range}) เป็นตัวชี้วัดย่อยพร้อมคะแนน {rows} แถว (คอลัมน์ {columns}) ซึ่งรายงานไม่ได้ใช้ — รายงานใช้คะแนนตัวชี้วัดหลักและคะแนนรายข้อ; ถ้าไม่มีคะแนนตัวชี้วัดหลัก ให้ใส่ไว้ในตาราง",
    en: "Rows {from}–{to} ({range}) hold {rows} sub-indicators with scores (column {columns}) that the report does not use — it uses the indicators' and the items' scores; if an indicator's own score is missing, add it to the table",
  },
  roundedScores: {
    th: "{count} คะแนนในชีตนี้มีทศนิยมเกิน 2 ตำแหน่ง ({cells}) — รายงานใช้ค่าที่ปัดเป็น 2 ตำแหน่งแบบที่ ป.ป.ช. ประกาศ เช่น {value} เป็น {rounded}",
    en: "{count} scores on this sheet have more than 2 decimals ({cells}) — the report uses them rounded to 2 decimals, as the NACC publishes them: e.g. {value} as {rounded}",
  },
  roundedAcrossMark: {
    th: "คะแนน {value} ต่ำกว่าเกณฑ์ {threshold} แต่เมื่อปัดเป็น 2 ตำแหน่งได้ {rounded} ซึ่งผ่านเกณฑ์ — รายงานถือตามค่าที่ปัด; ตรวจสูตรหรือพิมพ์คะแนนตามที่ ป.ป.ช. ประกาศ",
    en: "Score {value} is below the mark {threshold} but rounds to {rounded}, which passes — the report goes by the rounded value; check the formula or type the score as the NACC published it",
  },
  "unreadRows.average": {
    th: "แถว {from}–{to} ({range}) เป็นค่าเฉลี่ยหรือผลรวมของตาราง (คอลัมน์ {columns}) ซึ่งไม่ได้นำมาใช้ — รายงานคำนวณจากคะแนนรายข้อและตัวชี้วัดเอง; ถ้าเป็นคะแนนแบบวัดที่ ป.ป.ช. ประกาศ ให้ตั้งชื่อแถวว่า “คะแนน IIT” / “คะแนน EIT” / “คะแนน OIT”",
    en: "Rows {from}–{to} ({range}) hold the table's own average or sum (column {columns}), which was not used — the report works from the item and indicator scores; if it is an instrument score the NACC published, name the row “คะแนน IIT” / “คะแนน EIT” / “คะแนน OIT”",
  },
  notScoreTable: {
    th: "ตาราง {range} ไม่ใช่ตารางคะแนน (หัวคอลัมน์ “{header}”) จึงไม่นำมาอ่าน",
    en: "Table {range} is not a score table (header “{header}”) and was not read",
  },
  yesNoScore: {
    th: "“{value}” อ่านเป็นคะแนน {score} (OIT: มี/ผ่าน = 100, ไม่มี/ไม่ผ่าน = 0)",
    en: "“{value}” was read as score {score} (OIT: มี/ผ่าน = 100, ไม่มี/ไม่ผ่าน = 0)",
  },
  "notAScore.noResult": {
    th: "สูตรในเซลล์นี้ไม่มีผลลัพธ์ที่บันทึกไว้ (ไฟล์ถูกสร้างด้วยโปรแกรมอื่น) จึงไม่นำมาคำนวณ — เปิดไฟล์ใน Excel ให้คำนวณแล้วบันทึกใหม่",
    en: "The formula in this cell has no saved result (the file was written by another program) and was not used — open the file in Excel, let it calculate and save it again",
  },
  notALevel: {
    th: "“{value}” ในคอลัมน์ระดับของปี {year} ไม่ใช่ระดับผลที่รู้จัก (AA–F หรือ ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน) จึงไม่ได้ใช้ — ใช้ระดับที่คำนวณจากคะแนน; แก้ข้อความในเซลล์ถ้าต้องการให้ใช้ระดับตามชีต",
    en: "“{value}” in the level column for {year} is not a known level (AA–F or ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน) and was not used — the level from the scores is used; correct the cell to have the sheet's level used",
  },
  yearColumnNotScores: {
    th: "คอลัมน์ปี {year} ไม่มีคะแนนที่อ่านได้ (เช่น “{value}”) จึงไม่ได้ใช้ปี {year} — พิมพ์คะแนนเป็นตัวเลข 0–100 ในคอลัมน์นี้",
    en: "The {year} column holds no readable scores (e.g. “{value}”), so year {year} was not used — type the scores as numbers 0–100 in this column",
  },
  otherAgencies: {
    th: "ตารางนี้มีหลายหน่วยงาน: อ่านเฉพาะ “{read}” ส่วนแถว {range} ({others}) ไม่ได้อ่าน — แยกแต่ละหน่วยงานไว้คนละชีตหากต้องการวิเคราะห์",
    en: "This table holds several agencies: only “{read}” was read; rows {range} ({others}) were not — put each agency on a sheet of its own to analyse it",
  },
} as const satisfies Record<string, Entry>;
