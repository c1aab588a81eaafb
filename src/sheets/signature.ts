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
  const before = b.rowCount - 1;
  b.blank();
  b.line(`(ลงชื่อ) ${DOTS} ${role}`, CENTERED_TEXT);
  b.line(`( ${orDots(name)} )`, CENTERED_TEXT);
  b.line(`ตำแหน่ง ${orDots(position)}`, CENTERED_TEXT);
  // A signature never starts a page: the lines stay together, with the row they sign under.
  b.keepWithNext(before, b.rowCount - 2);
}

/**
 * The executive's signature under a ประกาศ (seed 001): room to sign, the name in brackets and the position,
 * without the memo's "(ลงชื่อ)" and "ตำแหน่ง" prefixes.
 */
export function announcementSignature(
  b: SheetBuilder,
  name: string | undefined,
  position: string | undefined,
): void {
  const before = b.rowCount - 1;
  b.blank();
  b.blank();
  b.line(`( ${orDots(name)} )`, CENTERED_TEXT);
  b.line(orDots(position), CENTERED_TEXT);
  b.keepWithNext(before, b.rowCount - 2);
}

export interface Signer {
  role: string;
  name: string | undefined;
  position: string | undefined;
}

/**
 * Two signature blocks side by side under a table (who prepared it, who approves it), so neither can fall alone
 * onto a page of its own: the left block spans the first half of the `visible` columns, the right the rest.
 */
export function signaturePair(b: SheetBuilder, visible: number, left: Signer, right: Signer): void {
  const half = Math.ceil(visible / 2);
  const lines = (s: Signer) => [
    `(ลงชื่อ) ${DOTS} ${s.role}`,
    `( ${orDots(s.name)} )`,
    `ตำแหน่ง ${orDots(s.position)}`,
  ];
  const [l, r] = [lines(left), lines(right)];
  const before = b.rowCount - 1;
  b.blank();
  for (let i = 0; i < l.length; i++)
    b.row([
      { value: l[i]!, style: CENTERED_TEXT, span: half },
      { value: r[i]!, style: CENTERED_TEXT, span: visible - half },
    ]);
  b.keepWithNext(before, b.rowCount - 2);
}
