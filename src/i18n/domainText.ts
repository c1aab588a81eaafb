import type { Entry } from "./catalogue";

/**
 * Texts of the diagnostics about frameworks, crosswalks, totals and levels (Thai and English), part of the
 * message catalogue (messages.ts). `{name}` is filled from params.
 */
export const DOMAIN_TEXT = {
  "error.badData": {
    th: "ไฟล์ข้อมูล {file} ไม่ถูกต้อง: {entry} {problem} — แก้รายการนี้ในไฟล์แล้วสร้างโปรแกรมใหม่ หรือแจ้งผู้ดูแลระบบ",
    en: "Data file {file} is malformed: {entry} {problem} — fix this entry in the file and rebuild, or tell your administrator",
  },
  enteredTotalKept: {
    th: "คะแนนรวมปี {year} ที่กรอกจาก ITAS คือ {given} แต่คำนวณจากคะแนนแบบวัดได้ {computed} — ใช้ค่าที่กรอก (ค่าที่ ป.ป.ช. ประกาศ)",
    en: "The total entered from ITAS for {year} is {given}; the instrument scores give {computed} — the entered figure (as published) was used",
  },
  enteredLevelKept: {
    th: "ระดับผลปี {year} ที่กรอกจาก ITAS คือ {given} แต่เกณฑ์ระดับที่โปรแกรมใช้ให้ {computed} — ใช้ค่าที่กรอก (ค่าที่ ป.ป.ช. ประกาศ)",
    en: "The level entered from ITAS for {year} is {given}; the level cut-offs give {computed} — the entered level (as published) was used",
  },
  enteredTotalDiffers: {
    th: "คะแนนรวมปี {year} ที่กรอกไว้ ({entered}) ไม่ตรงกับคะแนนรวมในชีต ({printed}) — ใช้ค่าในชีต; ถ้าชีตพิมพ์ผิด ให้แก้ในชีต หรือลบค่าที่กรอก",
    en: "The total entered for {year} ({entered}) differs from the sheet's total ({printed}) — the sheet's figure was used; if the sheet is mistyped, correct it there, or clear the entered figure",
  },
  enteredLevelDiffers: {
    th: "ระดับผลปี {year} ที่กรอกไว้ ({entered}) ไม่ตรงกับระดับในชีต ({printed}) — ใช้ค่าในชีต; ถ้าชีตพิมพ์ผิด ให้แก้ในชีต หรือลบค่าที่กรอก",
    en: "The level entered for {year} ({entered}) differs from the sheet's level ({printed}) — the sheet's level was used; if the sheet is mistyped, correct it there, or clear the entered level",
  },
  enteredLevelOtherScheme: {
    th: "ระดับผลปี {year} ที่กรอกไว้ ({level}) ไม่ใช่ระดับของปีนั้น ({levels}) — ไม่ได้ใช้; กรอกระดับตามที่ ITAS แสดง",
    en: "The level entered for {year} ({level}) is not a level of that year ({levels}) — not used; enter the level as ITAS shows it",
  },
  enteredTotalNoScores: {
    th: "กรอกคะแนนรวมของปี {year} ไว้ แต่ไม่พบคะแนนของปีนั้นในแฟ้ม — ไม่ได้ใช้; ตรวจปีที่กรอก",
    en: "A total was entered for {year}, but the workbook has no scores of that year — not used; check the year entered",
  },
  givenTotalKept: {
    th: "คะแนนรวมปี {year} ในชีตคือ {given} แต่คำนวณจากคะแนนแบบวัดได้ {computed} — ใช้ค่าในชีต (ค่าที่ ป.ป.ช. ประกาศ)",
    en: "The sheet gives {year}'s total as {given}; the instrument scores give {computed} — the sheet's figure (as published) was used",
  },
  givenLevelKept: {
    th: "ระดับผลปี {year} ในชีตคือ {given} แต่เกณฑ์ระดับที่โปรแกรมใช้ให้ {computed} — ใช้ค่าในชีต (ค่าที่ ป.ป.ช. ประกาศ); ถ้าชีตพิมพ์ผิด ให้แก้ในชีต",
    en: "The sheet gives {year}'s level as {given}; the level cut-offs give {computed} — the sheet's level (as published) was used; if the sheet is mistyped, correct it there",
  },
  givenLevelOtherScheme: {
    th: "ระดับผลปี {year} ในชีตคือ {given} ซึ่งไม่ใช่ระดับของปีนั้น ({levels}) — ใช้ระดับที่คำนวณจากคะแนนแทน; ตรวจว่าปีหรือระดับในชีตถูกต้อง",
    en: "The sheet gives {year}'s level as {given}, which is not a level of that year ({levels}) — the level from the scores was used instead; check the year or the level in the sheet",
  },
  givenInstrumentKept: {
    th: "คะแนน {instrument} ปี {year} ในชีตคือ {given} แต่คำนวณจากคะแนนตัวชี้วัดได้ {computed} — ใช้ค่าในชีต (ค่าที่ ป.ป.ช. ประกาศ)",
    en: "The sheet gives {year}'s {instrument} score as {given}; its indicators give {computed} — the sheet's figure (as published) was used",
  },
  oitRuleUnknown: {
    th: "ปี {year}: ยังไม่ทราบวิธีที่ ป.ป.ช. รวมคะแนนรายข้อ OIT เป็นตัวชี้วัดที่ 9 และ 10 (กรอบการประเมินตั้งแต่ปี 2567) จึงไม่คำนวณตัวชี้วัดที่ 9, 10 และคะแนน OIT จากรายข้อ — ใส่คะแนนตัวชี้วัดที่ 9 และ 10 หรือคะแนน OIT ตามรายงานของ ป.ป.ช. ลงในชีต",
    en: "{year}: how the NACC makes indicators 9 and 10 from OIT item scores (framework from 2567) is not known, so indicators 9, 10 and the OIT score are not computed from items — type indicators 9 and 10 or the OIT score from the NACC report into a sheet",
  },
  noTotal: {
    th: "ปี {year}: ไม่มีคะแนนรวมและระดับผล เพราะขาดคะแนนตัวชี้วัด {missing} — ใส่คะแนนตัวชี้วัดเหล่านี้ คะแนนแบบวัด หรือคะแนนรวมตามรายงานของ ป.ป.ช. ลงในชีต",
    en: "{year}: no total or level, because indicator scores are missing: {missing} — type these indicators, the instrument scores or the total from the NACC report into a sheet",
  },
  noLevel: {
    th: "ปี {year}: มีคะแนนรวม {total} แต่ระดับผลแบบ ผ่านดีเยี่ยม…ต้องปรับปรุง ต้องใช้คะแนน IIT, EIT และ OIT ทุกแบบวัด ซึ่งขาด {missing} — ใส่คะแนนแบบวัดตามรายงานของ ป.ป.ช. ลงในชีต",
    en: "{year}: the total is {total}, but the level (ผ่านดีเยี่ยม … ต้องปรับปรุง) needs the IIT, EIT and OIT scores, and these are missing: {missing} — type the instrument scores from the NACC report into a sheet",
  },
  yearBeforeFramework: {
    th: "คะแนนปี {years} เป็นผล ITA ก่อนปี {first} ซึ่งใช้กรอบการประเมินอื่น (ปี 2561–2562 ใช้ 5 ดัชนี ไม่ใช่ 10 ตัวชี้วัด) จึงไม่ได้นำมาอ่านหรือเทียบ",
    en: "The {years} scores are ITA results from before {first}, under another framework (2561–2562 used five indices, not ten indicators), so they are not read or compared",
  },
  indexFramework: {
    th: "ตารางนี้เป็นผล ITA ตามกรอบปี 2561–2562 (5 ดัชนี เช่น ดัชนีความโปร่งใส) ไม่ใช่ 10 ตัวชี้วัด จึงไม่ได้อ่าน — โปรแกรมนี้อ่านผลตั้งแต่ปี {first}",
    en: "This table holds ITA results in the 2561–2562 framework (five indices such as ดัชนีความโปร่งใส), not the ten indicators, so it was not read — this tool reads results from {first} on",
  },
  previousYearMissing: {
    th: "ไม่มีคะแนนปี {missing} ในแฟ้ม — ปี {latest} จึงเทียบกับปี {previous} แทน ถ้ามีคะแนนปี {missing} ให้เพิ่มในชีต",
    en: "No {missing} scores in the workbook — {latest} is compared with {previous} instead; add the {missing} scores to a sheet if you have them",
  },
  mergedItemCompared: {
    th: "ข้อ {code} ปี {year} รวมข้อ {previous} ของปี {previousYear} — เทียบกับค่าเฉลี่ยของ {found}",
    en: "Item {code} of {year} merges {previous} of {previousYear} — compared with the mean of {found}",
  },
  mergedItemPartly: {
    th: "ข้อ {code} ปี {year} รวมข้อ {previous} ของปี {previousYear} แต่ในชีตมีคะแนนเฉพาะ {found} — เทียบกับ {found} เท่านั้น",
    en: "Item {code} of {year} merges {previous} of {previousYear}, but the sheet scores only {found} — compared with {found} alone",
  },
  comparedByTitle: {
    th: "ข้อ {code} ปี {year} เทียบกับข้อ {previous} ปี {previousYear} เพราะชื่อข้อที่พิมพ์ในชีตตรงกัน (ไม่มีในตารางเทียบข้อ) — ตรวจสอบ",
    en: "Item {code} of {year} was compared with {previous} of {previousYear} because their titles in the sheets are the same (no crosswalk entry) — please check",
  },
  titleNamesOtherItem: {
    th: "ข้อ {code} ปี {year} มีชื่อ “{title}” ซึ่งเป็นชื่อของข้อ {other} ในแบบวัดปีนี้ — ตรวจสอบรหัสข้อหรือปีของตาราง",
    en: "Item {code} of {year} is titled “{title}”, which is item {other} of that year's list — check the code or the table's year",
  },
  titleNoiseReplaced: {
    th: "ข้อ {code} ปี {year}: ชื่อที่พิมพ์ไว้ “{typed}” ต่างจากถ้อยคำของ ป.ป.ช. เพียงตัวอักษรหรือการเว้นวรรค (คาดว่าพิมพ์ผิดหรือสแกนผิด) — เอกสารใช้ถ้อยคำ “{wording}” ถ้าชื่อในชีตถูกต้อง ให้แก้ในเอกสารก่อนลงนาม",
    en: "Item {code} of {year}: the typed title “{typed}” differs from NACC's wording only in a few letters or spaces (a typing or scanning slip) — the documents use “{wording}”; if the sheet's title is right, correct the documents before signing",
  },
  titlesNoiseReplaced: {
    th: "ชีต “{sheet}”: ชื่อข้อ {count} ข้อ ({codes}) พิมพ์ต่างจากถ้อยคำของ ป.ป.ช. เพียงตัวอักษรหรือการเว้นวรรค (คาดว่าพิมพ์ผิดหรือสแกนผิด เช่น “{typed}”) — เอกสารใช้ถ้อยคำของ ป.ป.ช. (เช่น “{wording}”) ถ้าชื่อในชีตถูกต้อง ให้แก้ในเอกสารก่อนลงนาม",
    en: "Sheet “{sheet}”: {count} item titles ({codes}) differ from NACC's wording only in a few letters or spaces (typing or scanning slips, e.g. “{typed}”) — the documents use NACC's wording (e.g. “{wording}”); if a sheet's title is right, correct the documents before signing",
  },
  titlesDisagree: {
    th: "ชีต “{sheet}”: ชื่อข้อ {instrument} {count} ข้อ ({codes} …) เป็นชื่อของข้ออื่นในแบบวัดปี {year} — ตรวจสอบว่าตารางนี้เป็นผลการประเมินปี {year} จริง",
    en: "Sheet “{sheet}”: {count} {instrument} item titles ({codes} …) are other items of the {year} list — check that this table really holds {year} results",
  },
  listFromTitles: {
    th: "ชีต “{sheet}” ระบุปี {labelled} แต่ชื่อข้อ {instrument} ตรงกับแบบวัดปี {assessment} ({matched} จาก {rows} ข้อ; ตรงกับปี {labelled} เพียง {own} ข้อ) จึงอ่านเป็นผลการประเมิน ITA ปี {assessment} และใช้ปี {labelled} เป็นปีงบประมาณของเอกสาร — หากเป็นผลการประเมินปี {labelled} จริง ให้เลือก “ใช้ปีตามที่ระบุในตาราง”",
    en: "Sheet “{sheet}” is headed {labelled}, but its {instrument} item titles are the {assessment} list ({matched} of {rows} items; only {own} match {labelled}), so it was read as ITA {assessment} results, with {labelled} as the documents' fiscal year — if these really are {labelled} results, choose “keep the year the table names”",
  },
  listFromCodes: {
    th: "ชีต “{sheet}” ระบุปี {labelled} แต่มีรหัสข้อ {instrument} {matched} ข้อที่เกินรายการข้อของปี {labelled} และตรงกับแบบวัดปี {assessment} จึงอ่านเป็นผลการประเมิน ITA ปี {assessment} และใช้ปี {labelled} เป็นปีงบประมาณของเอกสาร — หากเป็นผลการประเมินปี {labelled} จริง ให้เลือก “ใช้ปีตามที่ระบุในตาราง”",
    en: "Sheet “{sheet}” is headed {labelled}, but {matched} of its {instrument} codes lie beyond the {labelled} list and fit the {assessment} list, so it was read as ITA {assessment} results, with {labelled} as the documents' fiscal year — if these really are {labelled} results, choose “keep the year the table names”",
  },
  listFromTitlesKept: {
    th: "ชีต “{sheet}” ระบุปี {labelled} แต่ชื่อข้อ {instrument} ตรงกับแบบวัดปี {assessment} ({matched} จาก {rows} ข้อ) — ใช้ปี {labelled} ตามที่ตั้งค่าไว้ ชื่อข้อในรายงานอาจไม่ตรงกับในชีต",
    en: "Sheet “{sheet}” is headed {labelled}, but its {instrument} item titles are the {assessment} list ({matched} of {rows} items) — {labelled} was kept as set; item names in the report may differ from the sheet's",
  },
  codeFromTitle: {
    th: "“{raw}” พิมพ์เป็นข้อ {printed} ซ้ำ แต่ชื่อข้อ “{title}” คือข้อ {code} จึงอ่านเป็นข้อ {code} — ตรวจสอบและแก้รหัสในชีต",
    en: "“{raw}” repeats item {printed}, but its title “{title}” is item {code}, so it was read as {code} — please check and fix the code in the sheet",
  },
} as const satisfies Record<string, Entry>;
