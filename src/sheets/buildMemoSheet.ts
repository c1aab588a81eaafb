import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import { DOTS, orDots, signatureBlock } from "./signature";
import type { GeneratedKind, SheetSpec, SpecCell } from "./sheetSpec";
import { CENTERED_TEXT, LABEL, MEMO_TITLE, PARAGRAPH, SUBTITLE } from "./styles";

/** A memo's own text; the frame (ส่วนราชการ, ที่, วันที่, signatures) is the same for every memo. */
export interface MemoText {
  kind: GeneratedKind;
  name: string;
  subject: string;
  /** เรื่องเดิม, ข้อเท็จจริง, ข้อพิจารณา: one or more paragraphs each. */
  background: string[];
  facts: string[];
  considerations: string[];
  closing: string;
  /** What the executive is asked for: approval (the measures) or acknowledgement (the results report). */
  decision: "approve" | "acknowledge";
}

/** The executive's choices, each kept whole on its line ("อื่น ๆ" never wraps apart). */
const DECISIONS: Record<MemoText["decision"], string> = {
  // A box and its word never part; the dotted line may go to the next line (never breaking a word to fit).
  approve: "☐\u00a0อนุมัติ    ☐\u00a0ไม่อนุมัติ    ☐\u00a0อื่น\u00a0ๆ ....................",
  acknowledge: "☐\u00a0ทราบ    ☐\u00a0สั่งการ ....................",
};

/**
 * The label column is wide enough for "ส่วนราชการ" in bold; 446 pt in all, within the official margins (453 pt),
 * so the memo prints at 100%.
 */
const WIDTHS = [17, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5];
const INDENT = "\u00a0".repeat(12);

/**
 * บันทึกข้อความ in the official layout, A4 portrait: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, then เรื่องเดิม,
 * ข้อเท็จจริง, ข้อพิจารณา, the writer's signature, room for the superiors' opinion and the executive's approval.
 * Settings left blank print as dotted lines to fill by hand.
 */
export function buildMemoSheet(memo: MemoText, opt: DocOptions): SheetSpec {
  const b = new SheetBuilder(WIDTHS, opt);
  const field = (label: string, value: string): (SpecCell & { span?: number })[] => [
    { value: label, style: LABEL },
    { value, style: PARAGRAPH, span: WIDTHS.length - 1 },
  ];
  b.line("บันทึกข้อความ", MEMO_TITLE);
  // The division first, then the agency, as the seeds print it.
  b.row(field("ส่วนราชการ", [opt.division, opt.agency].filter((s) => s && s.trim()).join(" ") || DOTS));
  b.row([
    { value: "ที่", style: LABEL },
    // Dotted lines as long as their cells: one line each, to fill by hand.
    { value: DOTS.slice(0, 30), style: PARAGRAPH, span: 3 },
    { value: "วันที่", style: LABEL },
    { value: DOTS.slice(0, 22), style: PARAGRAPH, span: 2 },
  ]);
  b.row(field("เรื่อง", memo.subject));
  b.row(field("เรียน", orDots(opt.executivePosition)));
  section(b, "1. เรื่องเดิม", memo.background);
  section(b, "2. ข้อเท็จจริง", memo.facts);
  section(b, "3. ข้อพิจารณา", memo.considerations);
  b.line(`${INDENT}${memo.closing}`, PARAGRAPH);
  signatureBlock(b, "ผู้เสนอ", opt.writerName, opt.writerPosition);
  b.blank();
  opinionBlocks(b, memo.decision, opt);
  return b.build(memo.kind, memo.name, "portrait", "memo");
}

/** A numbered heading and its paragraphs; the heading never ends a page alone (it goes with its first paragraph). */
function section(b: SheetBuilder, heading: string, paragraphs: string[]): void {
  const row = b.line(heading, SUBTITLE);
  if (paragraphs.length > 0) b.keepWithNext(row);
  for (const p of paragraphs) b.line(`${INDENT}${p}`, PARAGRAPH);
}

/**
 * The superior's opinion and the executive's decision side by side, as memos print them, each with room to write
 * and a signature; the whole block stays on one page (its headings never end a page alone).
 */
function opinionBlocks(b: SheetBuilder, decision: MemoText["decision"], opt: DocOptions): void {
  const [left, right] = [3, WIDTHS.length - 3];
  const dots = DOTS.slice(0, 28);
  const pair = (l: string, r: string, style = CENTERED_TEXT) =>
    b.row([
      { value: l, style, span: left },
      { value: r, style, span: right },
    ]);
  const first = b.rowCount;
  b.blank();
  pair("ความเห็นของผู้บังคับบัญชา", "ความเห็น/คำสั่งของผู้บริหาร", SUBTITLE);
  pair(`${dots}\n${dots}`, `${DECISIONS[decision]}`, PARAGRAPH);
  b.blank();
  pair(`(ลงชื่อ) ${dots}`, `(ลงชื่อ) ${dots}`);
  pair(`( ${orDots(undefined, dots)} )`, `( ${orDots(opt.executiveName, dots)} )`);
  pair(`ตำแหน่ง ${orDots(undefined, dots)}`, `ตำแหน่ง ${orDots(opt.executivePosition, dots)}`);
  b.keepWithNext(first - 1, b.rowCount - 2);
}
