/** The footer after Generate: the sheets written, folded to one line, and what changed since the last time. */
export const DONE_TEXT = {
  showSheets: { th: "แสดงชีต ({count})", en: "Show the sheets ({count})" },
  hideSheets: { th: "ซ่อนรายชื่อชีต", en: "Hide the sheets" },
  changedIntro: { th: "เทียบกับชีตเดิม: {list}", en: "Against the sheets replaced: {list}" },
  changedRows: { th: "{sheet} แก้ {rows} บรรทัด", en: "{sheet} (lines changed: {rows})" },
  changedNew: { th: "ชีตใหม่ {count} ชีต", en: "{count} new" },
  changedSame: { th: "อีก {count} ชีตเหมือนเดิม", en: "{count} more unchanged" },
  allSame: {
    th: "ทุกชีตเหมือนเดิม — ไม่มีอะไรเปลี่ยนจากครั้งก่อน",
    en: "Every sheet is as it was — nothing changed since the last time",
  },
  discardTitle: { th: "ยังไม่ได้ดาวน์โหลดเอกสารที่จัดทำ", en: "The documents made are not downloaded yet" },
  discardBody: {
    th: "ถ้าเปิดไฟล์อื่นตอนนี้ เอกสารที่จัดทำในหน้านี้จะหายไป — กลับไปกด “{button}” ก่อน หรือเปิดไฟล์อื่นโดยไม่เก็บ",
    en: "Opening another file now loses the documents made on this page — go back and press “{button}” first, or open another file without them",
  },
  discardConfirm: { th: "เปิดไฟล์อื่นโดยไม่เก็บ", en: "Open another file without them" },
  discardCancel: { th: "ยกเลิก กลับไปดาวน์โหลด", en: "Cancel, go back to download" },
} as const;
