import type { Entry } from "./catalogue";

/**
 * What Excel's adapter says itself, in a catalogue of its own: the pane's first script carries these words
 * without the engine's whole catalogue (57 KB).
 */
export const OFFICE_TEXT = {
  "error.cellEdit": {
    th: "กด Enter ออกจากเซลล์ที่กำลังแก้ไขแล้วลองอีกครั้ง",
    en: "Press Enter to leave the cell you are editing, then try again",
  },
} as const satisfies Record<string, Entry>;
