/**
 * Texts of the diagnostics about frameworks, crosswalks, totals and levels (Thai and English), merged into
 * MESSAGES (messages.ts). `{name}` is filled from params.
 */
export const DOMAIN_MESSAGES: Record<string, { th: string; en: string }> = {
  givenTotalKept: {
    th: "คะแนนรวมปี {year} ในชีตคือ {given} แต่คำนวณจากคะแนนแบบวัดได้ {computed} — ใช้ค่าในชีต (ค่าที่ ป.ป.ช. ประกาศ)",
    en: "The sheet gives {year}'s total as {given}; the instrument scores give {computed} — the sheet's figure (as published) was used",
  },
  listFromTitles: {
    th: "ชีต “{sheet}” ระบุปี {labelled} แต่ชื่อข้อ {instrument} ตรงกับแบบวัดปี {assessment} ({matched} จาก {rows} ข้อ; ตรงกับปี {labelled} เพียง {own} ข้อ) จึงอ่านเป็นผลการประเมิน ITA ปี {assessment} และใช้ปี {labelled} เป็นปีงบประมาณของเอกสาร — หากเป็นผลการประเมินปี {labelled} จริง ให้เลือก “ใช้ปีตามที่ระบุในตาราง”",
    en: "Sheet “{sheet}” is headed {labelled}, but its {instrument} item titles are the {assessment} list ({matched} of {rows} items; only {own} match {labelled}), so it was read as ITA {assessment} results, with {labelled} as the documents' fiscal year — if these really are {labelled} results, choose “keep the year the table names”",
  },
  listFromTitlesKept: {
    th: "ชีต “{sheet}” ระบุปี {labelled} แต่ชื่อข้อ {instrument} ตรงกับแบบวัดปี {assessment} ({matched} จาก {rows} ข้อ) — ใช้ปี {labelled} ตามที่ตั้งค่าไว้ ชื่อข้อในรายงานอาจไม่ตรงกับในชีต",
    en: "Sheet “{sheet}” is headed {labelled}, but its {instrument} item titles are the {assessment} list ({matched} of {rows} items) — {labelled} was kept as set; item names in the report may differ from the sheet's",
  },
  codeFromTitle: {
    th: "“{raw}” พิมพ์เป็นข้อ {printed} ซ้ำ แต่ชื่อข้อ “{title}” คือข้อ {code} จึงอ่านเป็นข้อ {code} — ตรวจสอบและแก้รหัสในชีต",
    en: "“{raw}” repeats item {printed}, but its title “{title}” is item {code}, so it was read as {code} — please check and fix the code in the sheet",
  },
};
