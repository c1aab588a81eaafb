/** Every default of the product, defined once; settings, the CLI, the pane and the documents start from these. */
export const DEFAULTS = {
  /** Pass mark per item, indicator and instrument (NACC: 85). */
  passMark: 85,
  /**
   * Below this an item is urgent (ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน). This product's setting, not an NACC rule for
   * items: it borrows the 70 of the level bands (ต้องปรับปรุงโดยด่วน below 70). The officer can change it.
   */
  urgentBelow: 70,
  fontName: "TH SarabunPSK",
  /** Points; officers' documents use TH Sarabun 16 pt. */
  fontSize: 16,
  /** Buddhist-era years accepted as assessment years (ITA began in 2556; 2600 leaves room). */
  minYear: 2555,
  maxYear: 2600,
} as const;
