/** Excel on the web refuses a request or a response over 5 MB; batches stay under this, leaving room for JSON overhead. */
export const MAX_PAYLOAD_BYTES = 4_000_000;

/** The UTF-8 size of a string: Thai characters are 3 bytes each, so counting characters underestimates 3×. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The UTF-8 size of a value's JSON, as it travels in a request or a response. */
export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? "null");
}

/** Excel on the web's answer when a batch is too large for one request or response. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  return /PayloadSizeLimitExceeded/.test(`${code} ${e instanceof Error ? e.message : String(e)}`);
}
