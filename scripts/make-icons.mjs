// Draws the add-in icons (assets/icon-16/32/64/80.png): a blue tile with three rising bars and a red dot.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
const draw = (u, v) => {
  const r = 0.18,
    inside =
      (u > r && u < 1 - r) ||
      (v > r && v < 1 - r) ||
      [
        [r, r],
        [1 - r, r],
        [r, 1 - r],
        [1 - r, 1 - r],
      ].some(([cx, cy]) => (u - cx) ** 2 + (v - cy) ** 2 < r * r);
  if (!inside || u < 0.02 || v < 0.02 || u > 0.98 || v > 0.98) return [0, 0, 0, 0];
  const bars = [
    [0.2, 0.36, 0.55],
    [0.42, 0.58, 0.4],
    [0.64, 0.8, 0.25],
  ];
  if (bars.some(([a, b, top]) => u >= a && u < b && v >= top && v < 0.82)) return [255, 255, 255, 255];
  if ((u - 0.78) ** 2 + (v - 0.2) ** 2 < 0.012) return [232, 72, 85, 255];
  return [16, 110, 190, 255];
};
for (const s of [16, 32, 64, 80]) writeFileSync(`assets/icon-${s}.png`, png(s, draw));
console.log("icons written");
