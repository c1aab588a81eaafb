/** The pane's "ข้อควรตรวจ": the notes grouped by what the officer should do. */
export const NOTES_TEXT = {
  "notes.fix": { th: "แก้ในชีตคะแนน", en: "Fix in the score sheet" },
  "notes.enter": { th: "ใส่ข้อมูลที่ยังขาด", en: "Enter what is missing" },
  "notes.check": { th: "ตรวจสิ่งที่โปรแกรมอนุมานให้", en: "Check what the tool inferred" },
  "notes.know": {
    th: "ทราบไว้: ส่วนที่ไม่ได้อ่านหรือไม่ได้เทียบ",
    en: "For your information: what was not read or compared",
  },
  notesMore: { th: "และอีก {count} แห่ง", en: "and {count} more" },
} as const;
