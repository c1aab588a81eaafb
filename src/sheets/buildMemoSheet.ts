import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import { garudaImage } from "./garuda";
import { wrappedLines } from "./textHeight";
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
  approve: "☐\u00a0อนุมัติ ☐\u00a0ไม่อนุมัติ\n☐\u00a0อื่น\u00a0ๆ ............",
  acknowledge: "☐\u00a0ทราบ ☐\u00a0สั่งการ\n....................",
};

/**
 * The label column is wide enough for "ส่วนราชการ" in bold; 446 pt in all, within the official margins (453 pt),
 * so the memo prints at 100%. Columns 0–1, 2–3 and 4–6 are thirds of the page, for the approval chain.
 */
const WIDTHS = [17, 9.7, 13.3, 13.3, 8, 9.3, 9.4];
const THIRDS = [2, 2, 3];
/** Each third's width in Excel characters. */
const THIRD_WIDTHS = THIRDS.map((n, i) => {
  const from = THIRDS.slice(0, i).reduce((a, b) => a + b, 0);
  return WIDTHS.slice(from, from + n).reduce((a, b) => a + b, 0);
});
const INDENT = "\u00a0".repeat(12);
/** The ครุฑ of a บันทึกข้อความ: 1.5 cm high. */
const GARUDA_MEMO = (1.5 / 2.54) * 72;

/**
 * บันทึกข้อความ in the official layout, A4 portrait: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, then เรื่องเดิม,
 * ข้อเท็จจริง, ข้อพิจารณา, the writer's signature, room for the superiors' opinion and the executive's approval.
 * Settings left blank print as dotted lines to fill by hand.
 */
export function buildMemoSheet(memo: MemoText, opt: DocOptions): SheetSpec {
  const size = opt.font.size;
  // Never a third page. Each step only when the one before still takes three: the approval chain set two points
  // smaller (seeds type the superiors' blocks smaller too, or write them by hand); then the memo's text a point
  // smaller, then two (an agency's whole name, long positions). A paragraph stays one row: split over rows, its
  // lines would break where the renderer does not and leave gaps inside it.
  const layouts: Layout[] = [
    { chainSize: size, textSize: size },
    { chainSize: size - 2, textSize: size },
    { chainSize: size - 3, textSize: size - 1 },
    { chainSize: size - 4, textSize: size - 2 },
  ];
  let spec = memoAt(memo, opt, layouts[0]!);
  for (const layout of layouts.slice(1)) {
    if ((spec.print.rowBreaks?.length ?? 0) + 1 <= 2) break;
    spec = memoAt(memo, opt, layout);
  }
  return spec;
}

/** The sizes a memo is set in to fit two pages (buildMemoSheet). */
interface Layout {
  chainSize: number;
  textSize: number;
}

function memoAt(memo: MemoText, options: DocOptions, layout: Layout): SheetSpec {
  const opt = { ...options, font: { ...options.font, size: layout.textSize } };
  const chainSize = layout.chainSize;
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
    { value: DOTS.slice(0, 36), style: PARAGRAPH, span: 3 },
    { value: "วันที่", style: LABEL },
    { value: DOTS.slice(0, 20), style: PARAGRAPH, span: 2 },
  ]);
  b.row(field("เรื่อง", memo.subject));
  b.row(field("เรียน", orDots(opt.executivePosition)));
  section(b, "1. เรื่องเดิม", memo.background);
  section(b, "2. ข้อเท็จจริง", memo.facts);
  section(b, "3. ข้อพิจารณา", memo.considerations);
  b.line(`${INDENT}${memo.closing}`, PARAGRAPH);
  signatureBlock(b, "ผู้เสนอ", opt.writerName, opt.writerPosition);
  b.blank();
  opinionBlocks(b, memo.decision, opt, chainSize);
  const spec = b.build(memo.kind, memo.name, "portrait", "memo");
  // The ครุฑ 1.5 cm high at the top left, beside บันทึกข้อความ (its row is taller than the emblem).
  return opt.garuda
    ? { ...spec, images: [garudaImage(opt.garuda, GARUDA_MEMO, { row: 0, col: 0, x: 0, y: 2 })] }
    : spec;
}

/** A numbered heading and its paragraphs; the heading never ends a page alone (it goes with its first paragraph). */
function section(b: SheetBuilder, heading: string, paragraphs: string[]): void {
  const row = b.line(heading, SUBTITLE);
  if (paragraphs.length > 0) b.keepWithNext(row);
  for (const p of paragraphs) b.line(`${INDENT}${p}`, PARAGRAPH);
}

/**
 * The approval chain under the writer's signature: the head of division's opinion, the chief officer's (ปลัด) and
 * the executive's decision, side by side (the seeds stack them, which would take a third page), each with two
 * lines to write on and a signature over the name and position (seed 002's form). A blank name or position prints
 * as a dotted line; the whole chain stays on one page.
 */
function opinionBlocks(b: SheetBuilder, decision: MemoText["decision"], opt: DocOptions, size: number): void {
  const dots = DOTS.slice(0, 18);
  const text = { ...CENTERED_TEXT, size };
  const three = (cells: [string, string, string], style = text) =>
    b.row(cells.map((value, i) => ({ value, style, span: THIRDS[i]! })));
  const first = b.rowCount;
  three(["ความเห็น", "ความเห็น", "ความเห็น/คำสั่ง"], { ...SUBTITLE, align: "center", size });
  const room = DOTS.slice(0, 26);
  three([`${room}\n${room}`, `${room}\n${room}`, DECISIONS[decision]]);
  const sign = `(ลงชื่อ) ${DOTS.slice(0, 16)}`;
  three([sign, sign, sign]);
  const name = (n: string | undefined, i: number) =>
    bracketedName(`(${orDots(n, dots)})`, THIRD_WIDTHS[i]!, size);
  three([name(opt.divisionHeadName, 0), name(opt.chiefOfficerName, 1), name(opt.executiveName, 2)]);
  three([
    orDots(opt.divisionHeadPosition, dots),
    orDots(opt.chiefOfficerPosition, dots),
    orDots(opt.executivePosition, dots),
  ]);
  b.keepWithNext(first - 1, b.rowCount - 2);
}

/**
 * A name in brackets as a signature prints it: on two lines at its last space (between given name and surname)
 * when it does not fit on one, never broken inside the surname.
 */
function bracketedName(text: string, width: number, size: number): string {
  if (wrappedLines(text, width, size) <= 1) return text;
  const at = text.lastIndexOf(" ");
  return at > 0 ? `${text.slice(0, at)}\n${text.slice(at + 1)}` : text;
}
