// Draws Panelist's toolbar and store icons (public/icon/<size>.png) from geometry, so the
// artwork is ours and reproducible: an indigo rounded square, a white timer ring and a tick.
// Run: node scripts/draw-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const SAMPLES = 4; // supersampling per axis for smooth edges

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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1); each returns true when the point is inside.
const roundedSquare = (x, y) => {
  const r = 0.22,
    m = 0.04;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const ring = (x, y) => {
  const d = Math.hypot(x - 0.5, y - 0.53);
  return d >= 0.25 && d <= 0.33;
};
const crown = (x, y) => Math.abs(x - 0.5) <= 0.06 && y >= 0.1 && y <= 0.2;
const segment = (x, y, ax, ay, bx, by, w) => {
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy)) <= w;
};
const tick = (x, y) => segment(x, y, 0.4, 0.54, 0.48, 0.62, 0.045) || segment(x, y, 0.48, 0.62, 0.62, 0.44, 0.045);

function draw(size) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0,
        fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!roundedSquare(x, y)) continue;
          bg++;
          if (ring(x, y) || crown(x, y) || tick(x, y)) fg++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const a = bg / n,
        f = bg ? fg / bg : 0;
      const i = (py * size + px) * 4;
      // indigo #4338ca blended toward white by foreground coverage
      out[i] = Math.round(0x43 + (255 - 0x43) * f);
      out[i + 1] = Math.round(0x38 + (255 - 0x38) * f);
      out[i + 2] = Math.round(0xca + (255 - 0xca) * f);
      out[i + 3] = Math.round(255 * a);
    }
  }
  return png(size, out);
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), draw(size));
console.log(`drew ${SIZES.length} icons in public/icon/`);
