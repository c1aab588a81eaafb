import type { SpecImage } from "./sheetSpec";

/** An agency's ครุฑ as supplied once (a PNG or JPEG file), with its size in pixels, for the memos and the ประกาศ. */
export interface Garuda {
  base64: string;
  extension: "png" | "jpeg";
  width: number;
  height: number;
}

/** The largest ครุฑ file kept in a workbook's settings: a print-quality emblem is well under it. */
export const GARUDA_MAX_BYTES = 200_000;

/**
 * A PNG's or JPEG's type and size in pixels, read from its header; null when the bytes are neither (or too large
 * to keep in the workbook).
 */
export function readGaruda(bytes: Uint8Array): Garuda | null {
  if (bytes.length === 0 || bytes.length > GARUDA_MAX_BYTES) return null;
  const size = pngSize(bytes) ?? jpegSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return null;
  return { base64: toBase64(bytes), extension: size.extension, width: size.width, height: size.height };
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): { extension: "png"; width: number; height: number } | null {
  if (b.length < 24 || PNG.some((x, i) => b[i] !== x)) return null;
  const u32 = (at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
  return { extension: "png", width: u32(16), height: u32(20) };
}

/** A JPEG's size from its first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(b: Uint8Array): { extension: "jpeg"; width: number; height: number } | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    const length = (b[at + 2]! << 8) + b[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return {
        extension: "jpeg",
        height: (b[at + 5]! << 8) + b[at + 6]!,
        width: (b[at + 7]! << 8) + b[at + 8]!,
      };
    at += 2 + length;
  }
  return null;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1] ?? 0, bytes[i + 2] ?? 0];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : "=";
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : "=";
  }
  return out;
}

/** The ครุฑ at `height` points, its width in proportion, its corner `x`, `y` points into cell (`row`, `col`). */
export function garudaImage(
  g: Garuda,
  height: number,
  anchor: { row: number; col: number; x: number; y: number },
): SpecImage {
  return {
    base64: g.base64,
    extension: g.extension,
    anchor,
    height,
    width: Math.round(((height * g.width) / g.height) * 100) / 100,
    name: "ตราครุฑ",
  };
}

/** Whether a saved value is a ครุฑ as readGaruda gives it (settings read back from a shared workbook). */
export function isGaruda(v: unknown): v is Garuda {
  if (typeof v !== "object" || v === null) return false;
  const g = v as Record<string, unknown>;
  const size = (n: unknown) => Number.isInteger(n) && (n as number) > 0;
  return (
    typeof g.base64 === "string" &&
    g.base64.length > 0 &&
    g.base64.length <= (GARUDA_MAX_BYTES * 4) / 3 + 4 &&
    /^[A-Za-z0-9+/]+=*$/.test(g.base64) &&
    (g.extension === "png" || g.extension === "jpeg") &&
    size(g.width) &&
    size(g.height)
  );
}
