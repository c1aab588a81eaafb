const THAI_ZERO = 0x0e50;

/** Replaces Thai digits (๐–๙) with ASCII digits. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Replaces ASCII digits with Thai digits (๐–๙). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
