import { inflateSync } from 'node:zlib';
import QRCode from 'qrcode';

/** The pixels of a 1-bit greyscale PNG (the mock's QR images): `dark(x, y)`. */
function readBitmap(png: Buffer): { size: number; dark: (x: number, y: number) => boolean } {
  let at = 8;
  let size = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      size = body.readUInt32BE(0);
      if (body.readUInt32BE(4) !== size || body[8] !== 1 || body[9] !== 0) throw new Error('not a square 1-bit PNG');
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const rowBytes = 1 + Math.ceil(size / 8);
  return { size, dark: (x, y) => ((raw[y * rowBytes + 1 + (x >> 3)] as number) & (0x80 >> (x & 7))) === 0 };
}

/**
 * Whether `png` shows the QR code of `text` with a quiet zone of `margin` modules: each module's centre pixel
 * is dark exactly where the QR code has a dark module, and the quiet zone is light.
 */
export function pngShowsQr(png: Buffer, text: string, margin: number): boolean {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, dark } = readBitmap(png);
  const span = modules.size + 2 * margin;
  const centre = (m: number) => Math.floor(((m + margin + 0.5) * size) / span);
  for (let r = -margin; r < modules.size + margin; r++) {
    for (let c = -margin; c < modules.size + margin; c++) {
      const inside = r >= 0 && c >= 0 && r < modules.size && c < modules.size;
      if (dark(centre(c), centre(r)) !== (inside && Boolean(modules.get(r, c)))) return false;
    }
  }
  return size > 0;
}
