// /favicon.ico, drawn in code (no binary in the repository): the quiz's accent
// square with a white opening quotation mark, 32×32, PNG inside an ICO. Browsers
// ask for /favicon.ico on their own; without it every page view logs a 404.
import { deflateSync } from 'node:zlib';

const SIZE = 32;
const ACCENT = [0x1d, 0x4e, 0xd8];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGBA of pixel (x, y): a rounded square, and two commas of a “ mark (a disc with a tail each). */
function pixel(x, y) {
  const cx = x + 0.5;
  const cy = y + 0.5;
  const r = 6;
  const inSquare = (dx, dy) => dx * dx + dy * dy <= r * r;
  const corner = (v) => (v < r ? r - v : v > SIZE - r ? v - (SIZE - r) : 0);
  if (!inSquare(corner(cx), corner(cy))) return [0, 0, 0, 0];
  for (const left of [8, 18]) {
    const disc = (cx - (left + 3)) ** 2 + (cy - 17) ** 2 <= 3.4 ** 2;
    const tail = cy >= 9 && cy < 17 && cx >= left + 2 + (cy - 9) * 0.2 && cx <= left + 4.2 + (cy - 9) * 0.1;
    if (disc || tail) return [255, 255, 255, 255];
  }
  return [...ACCENT, 255];
}

export function faviconIco() {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const dir = Buffer.alloc(22);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2); // icon
  dir.writeUInt16LE(1, 4); // one image
  dir.set([SIZE, SIZE, 0, 0], 6);
  dir.writeUInt16LE(1, 10); // planes
  dir.writeUInt16LE(32, 12); // bits per pixel
  dir.writeUInt32LE(png.length, 14);
  dir.writeUInt32LE(22, 18);
  return Buffer.concat([dir, png]);
}
