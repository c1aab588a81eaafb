import { OFFICE_TEXT } from "./officeText";
import type { Entry } from "./catalogue";

/** Messages about input files that cannot be read, each naming its own cause. Part of the message catalogue (messages.ts). */
export const FILE_TEXT = {
  "error.corrupt": {
    th: "ไฟล์ “{file}” เป็นไฟล์ Excel ที่เสียหาย อ่านไม่ได้ ({detail}) — เปิดใน Excel แล้วบันทึกเป็น .xlsx ใหม่ หรือใช้สำเนาอื่น",
    en: "“{file}” is an Excel workbook that is damaged and cannot be read ({detail}) — open it in Excel and save it again as .xlsx, or use another copy",
  },
  "error.isDirectory": {
    th: "“{file}” เป็นโฟลเดอร์ ไม่ใช่ไฟล์ — ระบุไฟล์ .xlsx ในโฟลเดอร์นั้น",
    en: "“{file}” is a folder, not a file — give the .xlsx file inside it",
  },
  "error.unreadable": {
    th: "อ่านไฟล์ “{file}” ไม่ได้ ({detail}) — ตรวจสอบสิทธิ์การเข้าถึงไฟล์ หรือปิดไฟล์ในโปรแกรมอื่นก่อน",
    en: "Could not read “{file}” ({detail}) — check that you may read it, or close it in other programs first",
  },
  "error.noYearTable": {
    th: "พบตารางคะแนนใน “{file}” แต่ไม่ทราบว่าเป็นปีใด — ระบุปีด้วย --year (เช่น --year 2567) หรือใส่ปีที่หัวคอลัมน์คะแนน",
    en: "Score tables were found in “{file}” but their year is unknown — give it with --year (e.g. --year 2567) or put the year in the score column header",
  },
  "error.noYearManyColumns": {
    th: "พบตารางคะแนนที่ชีต “{sheet}” ({cell}) ที่มีคอลัมน์คะแนนหลายคอลัมน์ ({columns}) แต่ไม่มีคอลัมน์ใดระบุปี — --year ใช้แยกคอลัมน์เหล่านี้ไม่ได้: ใส่ปีที่หัวคอลัมน์แต่ละคอลัมน์ หรือถ้าแต่ละคอลัมน์เป็นคนละหน่วยงาน ให้แยกหน่วยงานที่ต้องการไว้ในชีตของตัวเอง",
    en: "A score table on sheet “{sheet}” ({cell}) has several score columns ({columns}) and none names its year — --year cannot tell them apart: put the year in each column header, or, if each column is another agency, put the agency you want on a sheet of its own",
  },
  ...OFFICE_TEXT,
} as const satisfies Record<string, Entry>;
