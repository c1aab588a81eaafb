/**
 * Texts of the diagnostics about frameworks, crosswalks, totals and levels (Thai and English), merged into
 * MESSAGES (messages.ts). `{name}` is filled from params.
 */
export const DOMAIN_MESSAGES: Record<string, { th: string; en: string }> = {
  givenTotalKept: {
    th: "คะแนนรวมปี {year} ในชีตคือ {given} แต่คำนวณจากคะแนนแบบวัดได้ {computed} — ใช้ค่าในชีต (ค่าที่ ป.ป.ช. ประกาศ)",
    en: "The sheet gives {year}'s total as {given}; the instrument scores give {computed} — the sheet's figure (as published) was used",
  },
};
