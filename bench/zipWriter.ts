import { createDeflateRaw } from "node:zlib";

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(crc: number, data: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** One entry of a zip written by hand: stored bytes, or a part given as chunks deflated as they stream. */
export interface Entry {
  name: string;
  data?: Uint8Array;
  /** `count` copies of `chunk`, deflated without ever being whole in memory (a zip bomb's part). */
  repeat?: { chunk: Uint8Array; count: number; head: Uint8Array; tail: Uint8Array };
  /** The uncompressed size the headers declare, when it should lie (a bomb that hides its size). */
  declaredSize?: number;
}

async function deflateRepeat(
  r: NonNullable<Entry["repeat"]>,
): Promise<{ data: Buffer; crc: number; size: number }> {
  const z = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  z.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve) => z.on("end", resolve));
  let crc = 0;
  let size = 0;
  const push = async (b: Uint8Array) => {
    crc = crc32(crc, b);
    size += b.length;
    if (!z.write(b)) await new Promise((resolve) => z.once("drain", resolve));
  };
  await push(r.head);
  for (let i = 0; i < r.count; i++) await push(r.chunk);
  await push(r.tail);
  z.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** A zip of these entries (the bench's hostile workbooks): central directory, 32-bit sizes. */
export async function writeZip(entries: Entry[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = e.repeat
      ? { method: 8, ...(await deflateRepeat(e.repeat)) }
      : {
          method: 0,
          data: Buffer.from(e.data ?? new Uint8Array()),
          crc: crc32(0, e.data ?? new Uint8Array()),
          size: e.data?.length ?? 0,
        };
    const size = e.declaredSize ?? packed.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(packed.method, 8);
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.data.length, 18);
    local.writeUInt32LE(Math.min(size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, packed.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(packed.method, 10);
    dir.writeUInt32LE(packed.crc, 16);
    dir.writeUInt32LE(packed.data.length, 20);
    dir.writeUInt32LE(Math.min(size, 0xfffffffe), 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + packed.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dirBytes, end]);
}
