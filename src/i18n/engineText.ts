import type { Entry } from "./catalogue";

/** The engine's diagnostics about scores, years and codes, and the CLI's errors, in Thai and English. */
export const ENGINE_TEXT = {
  "notAScore.junk": {
    th: "ค่า “{value}” ไม่ใช่คะแนน จึงไม่นำมาคำนวณ — ใส่ตัวเลข 0–100 หรือเว้นว่างไว้",
    en: "“{value}” is not a score and was not used — enter a number from 0 to 100 or leave the cell empty",
  },
  "notAScore.error": {
    th: "เซลล์มีข้อผิดพลาดของสูตร ({value}) จึงไม่นำมาคำนวณ — แก้สูตรหรือพิมพ์คะแนนลงไปแทน",
    en: "The cell holds a formula error ({value}) and was not used — fix the formula or type the score",
  },
  "notAScore.range": {
    th: "คะแนน {value} อยู่นอกช่วง 0–100 จึงไม่นำมาคำนวณ — ตรวจสอบตัวเลข",
    en: "Score {value} is outside 0–100 and was not used — check the number",
  },
  "notAScore.date": {
    th: "เซลล์เป็นวันที่ ({value}) ไม่ใช่คะแนน — จัดรูปแบบเซลล์เป็นตัวเลขแล้วพิมพ์คะแนนใหม่",
    en: "The cell holds a date ({value}), not a score — format it as a number and type the score again",
  },
  "notAScore.boolean": {
    th: "เซลล์เป็นค่าจริง/เท็จ ({value}) ไม่ใช่คะแนน — พิมพ์คะแนน 0–100",
    en: "The cell holds TRUE/FALSE ({value}), not a score — type a score from 0 to 100",
  },
  "notAScore.severalInMerge": {
    th: "รหัสข้อผสานเซลล์ครอบหลายแถว และคอลัมน์นี้มีคะแนนหลายค่า ({value}) ไม่ทราบว่าค่าใดเป็นคะแนนของข้อ จึงไม่นำมาใช้ — ใส่คะแนนของข้อไว้ค่าเดียว (ตามที่ ป.ป.ช. ประกาศ) หรือแยกแต่ละแถวเป็นข้อของตัวเอง",
    en: "The item code is merged over several rows and this column holds several values ({value}); which is the item's score is not known, so none was used — keep one score per item (as the NACC publishes it), or give each row its own code",
  },
  "notAScore.text": {
    th: "ข้อความ “{value}” ไม่ใช่คะแนน จึงไม่นำมาคำนวณ — ใส่ตัวเลข 0–100",
    en: "“{value}” is not a score and was not used — enter a number from 0 to 100",
  },
  sameYearOtherColumn: {
    th: "คอลัมน์ “{header}” มีคะแนนปี {year} เช่นเดียวกับคอลัมน์ “{otherHeader}” ({other}) — อ่านเฉพาะ “{otherHeader}” ไม่นำสองคอลัมน์มารวมกัน; ถ้าเป็นหน่วยงานอื่น ให้แยกไว้คนละชีตหากต้องการวิเคราะห์",
    en: "Column “{header}” gives {year} scores as column “{otherHeader}” ({other}) does — only “{otherHeader}” was read, the two are never mixed; if it is another agency, put it on a sheet of its own to analyse it",
  },
  twoColumnsSameYear: {
    th: "มีคะแนนปี {year} สองคอลัมน์ในแถวเดียวกัน ใช้ค่าที่ {other} และข้ามเซลล์นี้ — ลบคอลัมน์ที่ซ้ำหรือแก้ปีในหัวคอลัมน์",
    en: "Two columns give year {year} for this row; {other} was used and this cell skipped — remove the duplicate column or fix its header year",
  },
  copiedDocument: {
    th: "ชีต “{sheet}” เป็นเอกสารที่ ITA Analyzer เขียนไว้ในสมุดงานอื่นแล้วคัดลอกมา จึงไม่อ่านเป็นคะแนนและไม่แทนที่หรือลบ — มาตรการที่กรอกไว้ในชีตนี้ใช้ในรายงานผลได้",
    en: "The sheet “{sheet}” is a document ITA Analyzer wrote in another workbook and was copied in, so it is not read as scores and never replaced or deleted — the measures typed in it can feed the results report",
  },
  hiddenNotRead: {
    th: 'ชีตซ่อน “{sheet}” มีตารางคะแนน แต่ไม่ได้อ่าน — ถ้าต้องการใช้ ให้เลิกซ่อนชีตใน Excel หรือเลือกชีตนี้ใน “ข้อมูลที่ใช้” (บรรทัดคำสั่ง: --include-hidden "{sheet}")',
    en: 'The hidden sheet “{sheet}” holds a score table that was not read — to use it, unhide it in Excel or tick it under “Data used” (command line: --include-hidden "{sheet}")',
  },
  veryHiddenNotRead: {
    th: "ชีต “{sheet}” ถูกซ่อนแบบพิเศษ (very hidden) และมีตารางคะแนน จึงไม่ได้อ่าน — ถ้าเป็นคะแนนที่ใช้จริง ให้คัดลอกไปไว้ในชีตที่มองเห็น",
    en: "The sheet “{sheet}” is very hidden and holds a score table, so it was not read — if these are the scores to use, copy them to a visible sheet",
  },
  noYear: {
    th: "พบตารางคะแนนแต่ไม่ทราบว่าเป็นปีใด — ใส่ปี (เช่น 2567) ที่หัวคอลัมน์คะแนนหรือในชื่อชีต",
    en: "A score table was found but its year is unknown — put the year (e.g. 2567) in the score column header or the sheet name",
  },
  noYearManyColumns: {
    th: "ตารางนี้มีคอลัมน์คะแนนหลายคอลัมน์ ({columns}) แต่หัวคอลัมน์ไม่มีปี — ใส่ปีที่หัวคอลัมน์แต่ละคอลัมน์",
    en: "This table has several score columns ({columns}) and none names its year — put the year in each column header",
  },
  yearFromTitle: {
    th: "ไม่มีปีในหัวคอลัมน์ จึงใช้ปี {year} จากหัวเรื่อง “{text}” — ตรวจสอบว่าเป็นปีที่ประเมิน ไม่ใช่ปีงบประมาณของเอกสาร",
    en: "No year in the column header, so year {year} was taken from the title “{text}” — check that it is the assessment year, not the document's fiscal year",
  },
  yearFromSetting: {
    th: "ตารางนี้ไม่ระบุปี จึงใช้ปี {year} ตามที่ตั้งค่าไว้",
    en: "This table names no year, so {year} from the settings was used",
  },
  columnWithoutYear: {
    th: "คอลัมน์นี้มีตัวเลขแต่หัวคอลัมน์ไม่มีปี จึงไม่นำมาคำนวณ",
    en: "This column holds numbers but its header names no year, so it was not used",
  },
  yearFromCE: {
    th: "อ่านปี ค.ศ. {ce} เป็น พ.ศ. {year}",
    en: "Year {ce} (Common Era) was read as Buddhist-era {year}",
  },
  noInstrument: {
    th: "“{raw}” ไม่ระบุแบบวัด (IIT/EIT/OIT) — พิมพ์รหัสเต็ม เช่น I7 หรือใส่ชื่อแบบวัดที่หัวตาราง",
    en: "“{raw}” does not say which instrument (IIT/EIT/OIT) — type the full code, e.g. I7, or name the instrument above the table",
  },
  codeOutOfRange: {
    th: "ข้อ {code} ไม่มีในแบบวัดปี {year} (มี {count} ข้อ) จึงไม่นำมาคำนวณ — ตรวจสอบรหัสข้อ",
    en: "Item {code} does not exist in the {year} framework ({count} items) and was not used — check the code",
  },
  ocrRepair: {
    th: "อ่าน “{raw}” เป็นข้อ {code} (ตัวชี้วัดที่ {indicator}) เพราะเลข {number} ไม่ตรงกับตัวชี้วัดนี้ — ตรวจสอบ",
    en: "Read “{raw}” as item {code} (indicator {indicator}) because number {number} does not fit this indicator — please check",
  },
  thaiZero: {
    th: "อ่าน “{raw}” เป็นข้อ {code} (เลขศูนย์ไทย ๐ ใช้แทนตัว o) — ตรวจสอบ",
    en: "Read “{raw}” as item {code} (Thai zero ๐ typed for the letter o) — please check",
  },
  duplicateItem: {
    th: "ข้อ {code} ปี {year} ปรากฏสองครั้ง: {first} และเซลล์นี้ — ใช้ค่าที่ {first}; ลบแถวที่ซ้ำหรือแก้รหัส",
    en: "Item {code} of {year} appears twice: {first} and this cell — {first} was used; remove the duplicate or fix the code",
  },
  duplicateIndicator: {
    th: "ตัวชี้วัดที่ {indicator} ปี {year} ปรากฏสองครั้ง: {first} และเซลล์นี้ — ใช้ค่าที่ {first}",
    en: "Indicator {indicator} of {year} appears twice: {first} and this cell — {first} was used",
  },
  unknownYear: {
    th: "ไม่มีข้อมูลกรอบการประเมินของปี {year} ในแคตตาล็อก จึงไม่ทราบชื่อข้อและตัวชี้วัดของข้อ",
    en: "The catalogue has no framework for {year}, so item topics and indicators are unknown",
  },
  laterYear: {
    th: "ปี {year} ใหม่กว่าข้อมูลในแคตตาล็อก ใช้กรอบการประเมินปี {used} แทน — ตรวจสอบเมื่อ ป.ป.ช. ประกาศคู่มือ",
    en: "{year} is newer than the catalogue; the {used} framework was used — check against the NACC manual",
  },
  noCrosswalk: {
    th: "{instrument}: เลขข้อปี {from} และปี {to} ต่างกรอบการประเมิน และไม่มีตารางเทียบข้อ จึงเทียบได้เฉพาะระดับตัวชี้วัด",
    en: "{instrument}: items of {from} and {to} belong to different frameworks with no crosswalk entry, so only indicators are compared",
  },
  crosswalkUsed: {
    th: "{instrument}: เลขข้อปี {to} ต่างจากปี {from} จึงเทียบข้อตามตารางเทียบเลขข้อที่โปรแกรมรวบรวมจากคู่มือ ITA — ข้อที่เลขเปลี่ยนบอกไว้ว่าเทียบกับข้อใด",
    en: "{instrument}: {to} numbers its items differently from {from}, so items were compared through the tool's crosswalk of the ITA manuals — each renumbered item says what it is compared with",
  },
  noPreviousScore: {
    th: "{instrument} ปี {year}: ปี {previousYear} ไม่มีคะแนนของข้อ {codes} ({count} ข้อ) จึงไม่มีผลต่างของข้อเหล่านี้ — ถ้าปี {previousYear} มีคะแนน ให้พิมพ์ลงในตารางของปีนั้น",
    en: "{instrument} {year}: {previousYear} has no score for {codes} ({count} items), so these have no change — if {previousYear} had scores, type them into that year's table",
  },
  "notCompared.olderYear": {
    th: "ปี {year}: อ่านคะแนน {codes} ได้ ({cells}) แต่ไม่อยู่ในการเปรียบเทียบ เพราะรายงานเทียบปี {latestYear} กับปีก่อนหน้าที่ใกล้ที่สุดเท่านั้น ({count} ค่า)",
    en: "{year}: {codes} were read ({cells}) but are not compared, because the report compares {latestYear} with the nearest earlier year only ({count} values)",
  },
  "notCompared.noCounterpart": {
    th: "ปี {year}: ข้อ {codes} ({cells}) ไม่มีข้อคู่ในรายการข้อของปี {latestYear} จึงไม่ได้นำมาเทียบ ({count} ข้อ)",
    en: "{year}: {codes} ({cells}) have no counterpart in the {latestYear} item list, so they are not compared ({count} items)",
  },
  "notCompared.noLatestYear": {
    th: "ปี {latestYear} ไม่มีคะแนนของ {codes} — คะแนนปี {year} ({cells}, {count} ค่า) จึงไม่อยู่ในรายงาน ถ้าปี {latestYear} ยังกรอกไม่ครบ ให้ใส่คะแนนเหล่านี้ของปี {latestYear} ก่อน",
    en: "{latestYear} has no score for {codes} — the {year} scores ({cells}, {count} values) are therefore not in the report; if {latestYear} is not fully typed yet, type these {latestYear} scores first",
  },
  levelSchemeBoth: {
    th: "ระดับผลปี {year} คิดตามเกณฑ์ ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน ได้ “{level}”; บางหน่วยงานยังรายงานปี {year} แบบ AA–F ซึ่งคะแนนนี้คือ “{legacy}” — ถ้าผลที่ได้รับแจ้งใช้ระดับแบบใด ให้พิมพ์ระดับนั้นไว้ข้างคะแนนรวมในชีต",
    en: "The {year} level worked out in the ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน scheme is “{level}”; some agencies still report {year} in AA–F, where this score is “{legacy}” — type the level you were notified of beside the total in the sheet",
  },
  fractionColumn: {
    th: "คะแนนใน {range} เป็นสัดส่วน 0–1 ({count} ค่า เช่น {example}) จึงอ่านเป็นร้อยละ (×100) — ถ้าไม่ใช่ ให้พิมพ์คะแนนเป็น 0–100",
    en: "The scores in {range} are fractions 0–1 ({count} values, e.g. {example}), read as percentages (×100) — if they are not, type the scores as 0–100",
  },
  ambiguousChannel: {
    th: "ข้อ {code}: ปีก่อนมีทั้ง EP และ ES จึงไม่คำนวณผลต่าง — ระบุช่องทาง (EP/ES) ในรหัสข้อ",
    en: "Item {code}: the previous year has both EP and ES, so no change was computed — put the channel (EP/ES) in the code",
  },
  indicatorFromItems: {
    th: "ตัวชี้วัดที่ {indicator} ปี {year} คำนวณจากคะแนนรายข้อ (ค่าเฉลี่ยของข้อ) เพราะไม่มีในชีต",
    en: "Indicator {indicator} of {year} was computed from item scores (their mean) because no sheet gives it",
  },
  indicatorFromSubindicators: {
    th: "ตัวชี้วัดที่ {indicator} ปี {year} คำนวณจากคะแนนรายข้อ (ค่าเฉลี่ยของตัวชี้วัดย่อย) เพราะไม่มีในชีต",
    en: "Indicator {indicator} of {year} was computed from item scores (the mean of its sub-indicators) because no sheet gives it",
  },
  channelsNotCombined: {
    th: "ปี {year}: EIT แยกช่องทาง EP/ES ไม่ทราบวิธีรวมคะแนน จึงไม่คำนวณตัวชี้วัด EIT จากรายข้อ — ใส่คะแนนตัวชี้วัดในชีต",
    en: "{year}: EIT is split into EP/ES channels whose combination is unknown, so EIT indicators are not computed from items — give them in a sheet",
  },
  "assumption.weights": {
    th: "น้ำหนักแบบวัดปี {year} (IIT {iit} EIT {eit} OIT {oit}) เป็นค่าที่สันนิษฐาน ยังไม่ยืนยันจากคะแนนที่ ป.ป.ช. ประกาศ",
    en: "the {year} instrument weights (IIT {iit}, EIT {eit}, OIT {oit}) are assumed, not confirmed by NACC's published totals",
  },
  "assumption.aggregation": {
    th: "การรวมคะแนนรายข้อเป็นตัวชี้วัดและแบบวัดปี {year} ใช้ค่าเฉลี่ยแบบปี 2563–2564 ซึ่งยังไม่ยืนยันสำหรับปีนี้",
    en: "items are combined into indicators and instruments for {year} by plain means, as in 2563–2564, not confirmed for this year",
  },
  "assumption.oitSplit": {
    th: "การแบ่งข้อ OIT ปี {year} เป็นตัวชี้วัดที่ 9 และ 10 อนุมานจากชื่อข้อของปี 2566 เพราะ ป.ป.ช. ไม่ได้ประกาศ",
    en: "how {year}'s OIT items split into indicators 9 and 10 is inferred from the 2566 titles; NACC has not published it",
  },
  levelShortfall: {
    th: "ระดับ {level} ไม่ใช่ {notLevel} เพราะ {below} ต่ำกว่า {mark} — ทุกแบบวัดต้องได้ {mark} ขึ้นไป ไม่ใช่เฉพาะคะแนนรวม",
    en: "{level}, not {notLevel}, because {below} is below {mark} — every instrument must reach {mark}, not only the total",
  },
  weightsUnconfirmed: {
    th: "น้ำหนักแบบวัดปี {year} (IIT {iit} / EIT {eit} / OIT {oit}) ยังไม่ได้รับการยืนยัน — คะแนนรวมเป็นค่าประมาณ",
    en: "Instrument weights for {year} (IIT {iit} / EIT {eit} / OIT {oit}) are not confirmed — the total is an estimate",
  },
  "error.notWorkbook": {
    th: "ไฟล์ “{file}” ไม่ใช่ไฟล์ Excel (.xlsx) หรือไฟล์เสียหาย — บันทึกเป็น .xlsx แล้วลองอีกครั้ง",
    en: "“{file}” is not an Excel workbook (.xlsx) or is damaged — save it as .xlsx and try again",
  },
  "error.encrypted": {
    th: "ไฟล์ “{file}” มีรหัสผ่าน — เปิดใน Excel เอารหัสผ่านออกแล้วบันทึกใหม่",
    en: "“{file}” is password-protected — open it in Excel, remove the password and save it again",
  },
  "error.strict": {
    th: "ไฟล์ “{file}” บันทึกเป็นแบบ Strict Open XML ซึ่งเขียนเอกสารลงไปไม่ได้ — ไม่ได้อ่านหรือเขียนอะไร ใน Excel เลือก บันทึกเป็น > สมุดงาน Excel (.xlsx) แล้วสั่งกับไฟล์ใหม่นั้น",
    en: "“{file}” is saved as Strict Open XML, which the documents cannot be written into — nothing was read or written; in Excel, Save As “Excel Workbook (.xlsx)” and run on the new file",
  },
  "error.outputExtension": {
    th: "ไฟล์ผลลัพธ์ “{file}” จะเป็นสมุดงาน{kind} ซึ่ง Excel เปิดได้เฉพาะชื่อที่ลงท้ายด้วย {ext} — ไม่ได้เขียนอะไร ตั้งชื่อด้วย --out ให้ลงท้ายด้วย {ext}",
    en: "The output “{file}” would be a workbook {kind}, which Excel opens only under a name ending in {ext} — nothing was written; name it with --out ending in {ext}",
  },
  "error.jsonExists": {
    th: "มีไฟล์ “{file}” อยู่แล้วและไม่ใช่รายงาน JSON — ไม่เขียนทับ เลือกชื่ออื่นด้วย --json หรือสั่งใหม่พร้อม --force เพื่อเขียนทับ",
    en: "“{file}” already exists and is not a JSON report — not overwritten; choose another name with --json, or run again with --force to overwrite it",
  },
  "error.noSheetsRead": {
    th: "ไม่มีชีตที่อ่านได้ใน “{file}” (ชีตที่ซ่อนไว้ไม่ถูกอ่าน — ระบุด้วย --include-hidden ชื่อชีต)",
    en: "“{file}” has no sheet to read (hidden sheets are not read — name one with --include-hidden <sheet>)",
  },
  "warning.lostEdits": {
    th: "คำเตือน: ข้อความที่กรอกไว้ในเอกสารเดิม {count} แห่งไม่อยู่ในเอกสารใหม่ (สั่งด้วย --force): {cells}",
    en: "warning: {count} text(s) typed into the earlier documents are not in the new ones (run with --force): {cells}",
  },
  "warning.hiddenNotFound": {
    th: "คำเตือน: ไม่มีชีตที่ซ่อนไว้ชื่อ “{sheet}” — ชีตที่ซ่อนไว้มี: {sheets}",
    en: "warning: no hidden sheet is named “{sheet}” — the hidden sheets are: {sheets}",
  },
  "error.garuda": {
    th: "ใช้ “{file}” เป็นตราครุฑไม่ได้ — ต้องเป็นไฟล์ภาพ PNG หรือ JPG ขนาดไม่เกิน {max} KB",
    en: "“{file}” cannot be used as the Garuda emblem — it must be a PNG or JPG image of at most {max} KB",
  },
  "error.notFound": {
    th: "ไม่พบไฟล์ “{file}” — ตรวจสอบชื่อและตำแหน่งไฟล์",
    en: "File “{file}” was not found — check its name and folder",
  },
  "error.noScores": {
    th: "ไม่พบตารางคะแนน ITA ใน “{file}” (ตรวจแล้ว {sheets}) — ต้องมีคอลัมน์รหัสข้อ (เช่น I1, O24) หรือตัวชี้วัด และคอลัมน์คะแนนที่มีปีในหัวคอลัมน์",
    en: "No ITA score table found in “{file}” (looked in {sheets}) — it needs a column of item codes (e.g. I1, O24) or indicators and a score column with the year in its header",
  },
  "error.usage": {
    th: "ต้องระบุไฟล์ .xlsx หนึ่งไฟล์ — ดูวิธีใช้ด้านล่าง",
    en: "give one input .xlsx file — see the usage below",
  },
  "error.badOption": {
    th: "ตัวเลือก {option} ไม่ถูกต้อง: {detail}",
    en: "invalid option {option}: {detail}",
  },
  "error.pathClash": {
    th: "{output} “{file}” เป็นไฟล์เดียวกับ{other} — จะถูกเขียนทับ จึงยังไม่ได้อ่านหรือเขียนอะไร เลือกชื่อไฟล์อื่น",
    en: "{output} “{file}” is the same file as {other} — it would be overwritten, so nothing was read or written; choose another name",
  },
  "error.outputExists": {
    th: "มีไฟล์ “{file}” อยู่แล้ว และไม่ใช่ไฟล์ที่ ITA Analyzer เขียนไว้ — ไม่เขียนทับ เลือกชื่ออื่นด้วย --out หรือสั่งใหม่พร้อม --force เพื่อเขียนทับ",
    en: "“{file}” already exists and was not written by ITA Analyzer — not overwritten; choose another name with --out, or run again with --force to overwrite it",
  },
  "error.outputHasWork": {
    th: "ไฟล์ผลลัพธ์เดิม “{file}” มี {sheets} ที่ไม่มีในไฟล์ต้นฉบับหรือต่างจากในไฟล์ต้นฉบับ สิ่งที่ทำไว้ในนั้นจะหายไปถ้าเขียนทับ — ไม่ได้เขียนอะไร ใช้ไฟล์ผลลัพธ์นั้นเป็นไฟล์ต้นฉบับ (สั่งกับไฟล์นั้นโดยตรง) เลือกชื่ออื่นด้วย --out หรือสั่งใหม่พร้อม --force เพื่อเขียนทับ",
    en: "The earlier output “{file}” holds {sheets}, which the input lacks or has differently; what was done there would be lost in a rewrite — nothing was written. Run on that output itself, choose another name with --out, or run again with --force to overwrite it",
  },
  "error.editsInBoth": {
    th: "ทั้งเอกสารในไฟล์ต้นฉบับ “{input}” ({sheets}) และเอกสารในไฟล์ผลลัพธ์เดิม “{file}” มีข้อความที่พิมพ์ไว้ และต่างกัน ถ้าเขียนต่อไปจะเสียข้อความฝั่งใดฝั่งหนึ่ง — ไม่ได้เขียนอะไร รวมข้อความไว้ในไฟล์เดียวแล้วสั่งกับไฟล์นั้น เลือกชื่ออื่นด้วย --out หรือสั่งใหม่พร้อม --force เพื่อใช้ข้อความในไฟล์ต้นฉบับ",
    en: "The documents of the input “{input}” ({sheets}) and of the earlier output “{file}” both hold typed text, and differ; a run would lose one side's — nothing was written. Bring the text together in one file and run on it, choose another name with --out, or run again with --force to keep the input's",
  },
  "error.outputNotAFile": {
    th: "“{file}” ไม่ใช่ไฟล์ปกติ (เป็นโฟลเดอร์ อุปกรณ์ หรือท่อข้อมูล) จึงเขียนผลลัพธ์ลงไปไม่ได้ — เลือกชื่อไฟล์ .xlsx ด้วย --out",
    en: "“{file}” is not a regular file (a folder, a device or a pipe), so no output can be written there — choose an .xlsx file name with --out",
  },
  "error.lostEdits": {
    th: "ข้อความที่กรอกไว้ในเอกสารเดิม {count} แห่งจะไม่อยู่ในเอกสารใหม่ ({cells}) เพราะตำแหน่งนั้นเปลี่ยนไป — ไม่ได้เขียนอะไร ย้ายข้อความไปไว้ในชีตของตนเอง หรือสั่งใหม่พร้อม --force เพื่อเขียนต่อ",
    en: "{count} text(s) typed into the earlier documents would not be in the new ones ({cells}), as what is there changed — nothing was written; move the text to a sheet of your own, or run again with --force to write anyway",
  },
  "error.tooLarge": {
    th: "ไฟล์ “{file}” มีส่วน “{part}” ที่ขยายแล้วใหญ่เกิน {size} MB ซึ่งไม่ใช่สมุดงานคะแนนตามปกติ จึงไม่อ่าน — ตรวจไฟล์ หรือคัดลอกเฉพาะชีตคะแนนไปไว้ในสมุดงานใหม่",
    en: "“{file}” holds a part “{part}” that inflates to more than {size} MB, far beyond a score workbook, so it was not read — check the file, or copy the score sheets to a new workbook",
  },
  "error.package": {
    th: "เขียนเอกสารลงในสมุดงาน “{file}” ไม่ได้ ({detail}) — ไม่ได้เขียนอะไร สั่งใหม่พร้อม --separate เพื่อเขียนเอกสารลงสมุดงานแยกต่างหาก",
    en: "Could not put the documents into “{file}” ({detail}) — nothing was written; run again with --separate to write them to a workbook of their own",
  },
  "error.noFolder": {
    th: "บันทึกไฟล์ “{file}” ไม่ได้: ไม่มีโฟลเดอร์ “{folder}” — สร้างโฟลเดอร์นั้นก่อน หรือบันทึกไว้ที่อื่น",
    en: "Could not write “{file}”: there is no folder “{folder}” — create it first, or save elsewhere",
  },
  "error.readOnlyOutput": {
    th: "ไฟล์ “{file}” ตั้งไว้เป็นอ่านอย่างเดียว จึงไม่เขียนทับ — ไม่ได้เขียนอะไร เลือกชื่ออื่นด้วย --out หรือเลิกตั้งอ่านอย่างเดียวก่อน",
    en: "“{file}” is set read-only, so it is not written over — nothing was written. Choose another name with --out, or clear its read-only setting first",
  },
  "error.noPermission": {
    th: "บันทึกไฟล์ “{file}” ไม่ได้: ไม่มีสิทธิ์เขียนในโฟลเดอร์ “{folder}” — บันทึกไว้ที่อื่น หรือขอสิทธิ์จากผู้ดูแลเครื่อง",
    en: "Could not write “{file}”: no permission to write in “{folder}” — save elsewhere, or ask whoever runs the computer",
  },
  "error.write": {
    th: "บันทึกไฟล์ “{file}” ไม่ได้: {detail}",
    en: "Could not write “{file}”: {detail}",
  },
  "error.internal": {
    th: "เกิดข้อผิดพลาดภายในโปรแกรม: {detail} — แจ้งผู้พัฒนา (ใช้ --debug เพื่อดูรายละเอียด)",
    en: "internal error: {detail} — please report it (use --debug for details)",
  },
} as const satisfies Record<string, Entry>;
