import { DEFAULT_DOC_OPTIONS, SheetBuilder, breakableSlashes } from "../../src/sheets/sheetBuilder";
import { ROW_PADDING, lineHeight, wrappedLines } from "../../src/sheets/textHeight";

const OWNER = "งานประชาสัมพันธ์/สำนักปลัด";

describe("a slash between Thai words, as renderers break it", () => {
  test("without a break opportunity the whole 'word/word' is one piece, broken mid-word when too wide", () => {
    // 28 characters wide holds "งานประชาสัมพันธ์/" and then "สำนักปลัด", not the whole: without the break
    // opportunity the renderer fills the line and cuts the word ("…พันธ์/ส|ำนักปลัด", measured on LibreOffice's PDF).
    expect(wrappedLines(OWNER, 28, 16)).toBe(3);
    expect(wrappedLines(breakableSlashes(OWNER), 28, 16)).toBe(2);
  });

  test("the zero-width space takes no room and only follows a slash before a Thai letter", () => {
    expect(breakableSlashes(OWNER)).toBe("งานประชาสัมพันธ์/\u200bสำนักปลัด");
    expect(breakableSlashes("1/2567 and/or ตุลาคม/")).toBe("1/2567 and/or ตุลาคม/");
    expect(wrappedLines("ab\u200b".repeat(3), 30, 16)).toBe(wrappedLines("ababab", 30, 16));
  });

  test("the document's cells carry it, so the owner column wraps after the slash", () => {
    const b = new SheetBuilder([28, 20], DEFAULT_DOC_OPTIONS);
    b.row([{ value: OWNER }, { value: "x" }]);
    b.line("ประเด็น/ตัวชี้วัด");
    const spec = b.build("measures", "t");
    expect(spec.rows[0]!.cells[0]!.value).toBe("งานประชาสัมพันธ์/\u200bสำนักปลัด");
    expect(spec.rows[1]!.cells[0]!.value).toBe("ประเด็น/\u200bตัวชี้วัด");
    expect(spec.rows[0]!.height).toBe(Math.ceil(2 * lineHeight(16) + ROW_PADDING));
  });
});
