/**
 * The uncompressed size of each entry of a zip, from its central directory (read without inflating anything), so a
 * part too large to read is refused before it fills the memory. Null when the directory cannot be found.
 */
export function zipSizes(bytes: Uint8Array): Map<string, number> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, number>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // 0xFFFFFFFF: the real size is in the zip64 extra field; count it as too large to trust.
    out.set(name, size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size);
    at += 46 + nameLength + extra + comment;
  }
  return out;
}
