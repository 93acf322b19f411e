// Browser-free check of the PNG decoder: encode small images with an
// independent encoder (every filter type, RGB and RGBA) and decode them back.
import { crc32, deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { decodePng } from './png';

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

// Predictor straight from the PNG spec (section 9.4), kept separate from the
// decoder's so a shared mistake cannot round-trip unnoticed.
function predict(filter: number, a: number, b: number, c: number): number {
  if (filter === 1) return a;
  if (filter === 2) return b;
  if (filter === 3) return Math.floor((a + b) / 2);
  if (filter === 4) {
    const p = a + b - c;
    const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  }
  return 0;
}

/** Row y uses filter filters[y % filters.length]; IDAT split in two to test concatenation. */
function encodePng(width: number, height: number, channels: 3 | 4, pixels: Uint8Array, filters: number[]): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const filter = filters[y % filters.length]!;
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const at = (dy: number, dx: number) =>
        y + dy >= 0 && x + dx >= 0 ? pixels[(y + dy) * stride + x + dx]! : 0;
      const value = at(0, 0) - predict(filter, at(0, -channels), at(-1, 0), at(-1, -channels));
      raw[y * (stride + 1) + 1 + x] = value & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  const z = deflateSync(raw);
  const half = z.length >> 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from('Comment\0ignored', 'latin1')),
    chunk('IDAT', z.subarray(0, half)),
    chunk('IDAT', z.subarray(half)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Deterministic noise exercises wrap-around in every filter.
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

test('decodes RGBA with filter types 0–4', () => {
  const [w, h] = [7, 10];
  const pixels = noise(w * h * 4, 1);
  const decoded = decodePng(encodePng(w, h, 4, pixels, [0, 1, 2, 3, 4]));
  expect(decoded.width).toBe(w);
  expect(decoded.height).toBe(h);
  expect(Buffer.from(decoded.rgba).equals(Buffer.from(pixels))).toBe(true);
});

test('decodes RGB with filter types 0–4 and fills alpha', () => {
  const [w, h] = [5, 10];
  const pixels = noise(w * h * 3, 2);
  const decoded = decodePng(encodePng(w, h, 3, pixels, [4, 3, 2, 1, 0]));
  const expected = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i++) expected.set([pixels[i * 3]!, pixels[i * 3 + 1]!, pixels[i * 3 + 2]!, 255], i * 4);
  expect(Buffer.from(decoded.rgba).equals(Buffer.from(expected))).toBe(true);
});

test('rejects what it cannot decode', () => {
  expect(() => decodePng(Buffer.from('GIF89a'))).toThrow('not a PNG');
  const png = encodePng(1, 1, 3, new Uint8Array(3), [0]);
  png[8 + 8 + 9] = 3; // IHDR colour type -> palette
  expect(() => decodePng(png)).toThrow('unsupported colour type 3');
});
