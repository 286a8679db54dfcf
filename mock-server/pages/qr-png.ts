import { crc32, deflateSync } from 'node:zlib';
// The encoder alone: the package's main module also loads its PNG, SVG and terminal renderers (pngjs among them),
// about 140 KB that every start of the mock would read and none would run (docs/decisions/0017: load on use).
import { create } from 'qrcode/lib/core/qrcode.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The QR code of `text` (error correction M, as the qrcode library chooses by default) as a black-and-white
 * PNG of `px` × `px` with a quiet zone of `margin` modules. One bit per pixel: about 25 KB of work and a
 * millisecond per image, where a library's RGBA rendering needed some 1.4 MiB and tens of milliseconds,
 * which let a flood of image requests grow memory and hog the CPU (docs/decisions/0015).
 */
export function qrPng(text: string, px: number, margin: number): Buffer {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const span = modules.size + 2 * margin;
  // Which module each pixel column (and row) falls in; -1 in the quiet zone.
  const moduleAt = Array.from({ length: px }, (_, p) => {
    const m = Math.floor((p * span) / px) - margin;
    return m >= 0 && m < modules.size ? m : -1;
  });
  const rowBytes = 1 + Math.ceil(px / 8);
  // 0 is black in 1-bit greyscale: every light pixel gets its bit set. Each row starts with filter 0.
  // Pixel rows in the same module row are alike: each is drawn once and copied.
  const raw = Buffer.alloc(rowBytes * px);
  let drawn = -2;
  for (let y = 0; y < px; y++) {
    const row = moduleAt[y] as number;
    const start = y * rowBytes;
    if (row === drawn) {
      raw.copy(raw, start, start - rowBytes, start);
      continue;
    }
    drawn = row;
    for (let x = 0; x < px; x++) {
      const column = moduleAt[x] as number;
      const dark = row >= 0 && column >= 0 && modules.get(row, column);
      const at = start + 1 + (x >> 3);
      if (!dark) raw[at] = (raw[at] as number) | (0x80 >> (x & 7));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(px, 0);
  header.writeUInt32BE(px, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
