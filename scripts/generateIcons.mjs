// Writes the add-in icons (assets/icon-{16,32,64,80}.png) without an image library: a 3×3 grid of blocks in two
// colours, the idea of a mixed neighbourhood. Run: node scripts/generateIcons.mjs (output is committed).
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size) {
  const teal = [0x0f, 0x6c, 0xbd];
  const orange = [0xe8, 0x7a, 0x1e];
  const pattern = [0, 1, 0, 1, 0, 0, 0, 1, 1];
  const gap = Math.max(1, Math.round(size / 16));
  const cell = (size - 4 * gap) / 3;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const cx = Math.floor((x - gap) / (cell + gap));
      const cy = Math.floor((y - gap) / (cell + gap));
      const inX = x - gap - cx * (cell + gap) < cell && cx >= 0 && cx < 3;
      const inY = y - gap - cy * (cell + gap) < cell && cy >= 0 && cy < 3;
      if (inX && inY) {
        const [r, g, b] = pattern[cy * 3 + cx] ? orange : teal;
        raw.set([r, g, b, 255], o);
      } else raw.set([255, 255, 255, 0], o);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, png(size));
console.log("icons written: 16, 32, 64, 80");
