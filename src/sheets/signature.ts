import type { SheetBuilder } from "./sheetBuilder";
import { CENTERED_TEXT } from "./styles";

/** What a blank setting prints: a dotted line to fill by hand. */
export const DOTS = "..................................................";

export function orDots(text: string | undefined, dots = DOTS): string {
  return text && text.trim() ? text.trim() : dots;
}

/** A signature block: the signature line, the name in brackets, the position — blanks as dotted lines. */
export function signatureBlock(
  b: SheetBuilder,
  role: string,
  name: string | undefined,
  position: string | undefined,
): void {
  b.blank();
  b.line(`(ลงชื่อ) ${DOTS} ${role}`, CENTERED_TEXT);
  b.line(`( ${orDots(name)} )`, CENTERED_TEXT);
  b.line(`ตำแหน่ง ${orDots(position)}`, CENTERED_TEXT);
}
