// dist/share-card.png (path and size: worker/embedding/share-card.ts): the image a share page (/p/{id})
// names in og:image when its project has no raster cover. WeChat's link card and most crawlers read PNG or JPEG only, never SVG, and a card
// without an image looks broken in a chat. Drawn here at build time (a white heart on the accent
// colour, no text: no font to ship) and encoded as a plain RGB PNG with Node's zlib.
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [0xb3, 0x20, 0x2c]; // --gongyi-color-accent
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 samples per pixel: smooth edges

/** Inside the classic heart curve (x² + y² − 1)³ − x²y³ ≤ 0 (y −1…1.25), centred on a square of side 4.4. */
function inHeart(u, v) {
  const x = (u - 0.5) * 4.4;
  const y = (0.5 - v) * 4.4 + 0.12;
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A size × size RGB PNG (colour type 2, 8 bits, no interlace). */
export function shareCardPng(size) {
  const row = 1 + size * 3;
  const pixels = Buffer.alloc(size * row);
  for (let py = 0; py < size; py++) {
    pixels[py * row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++)
          if (inHeart((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
      const t = hits / (SAMPLES * SAMPLES);
      for (let c = 0; c < 3; c++) pixels[py * row + 1 + px * 3 + c] = Math.round(ACCENT[c] * (1 - t) + WHITE[c] * t);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
