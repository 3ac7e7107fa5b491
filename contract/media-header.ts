/**
 * The size an image's header claims, read without decoding anything: the mock API
 * bounds pixels with it (the server asks sharp, which reads the same headers), so
 * both refuse a decompression bomb before touching its pixels. PNG, JPEG and WebP;
 * null when the header cannot tell (AVIF's boxes: the mock then lets it through).
 */
import type { UploadImageType } from './media.ts';

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + u16be(b, at + 2);
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | (b[at + 2]! << 16);

export interface HeaderSize {
  width: number;
  height: number;
}

/** JPEG: the first start-of-frame marker (SOF0…SOF15, but DHT, JPG and DAC) holds the size. */
function jpegSize(b: Uint8Array): HeaderSize | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = u16be(b, at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): HeaderSize | null {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8X' && b.length >= 30)
    return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && b.length >= 30)
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  return null;
}

/** AVIF: the first `ispe` box (version and flags, then width and height) in its first 4 KB. */
function avifSize(b: Uint8Array): HeaderSize | null {
  const end = Math.min(b.length - 12, 4096);
  for (let at = 0; at < end; at++) {
    if (b[at] === 0x69 && b[at + 1] === 0x73 && b[at + 2] === 0x70 && b[at + 3] === 0x65)
      return { width: u32be(b, at + 8), height: u32be(b, at + 12) };
  }
  return null;
}

export function headerSize(bytes: Uint8Array, type: UploadImageType): HeaderSize | null {
  switch (type) {
    case 'image/png':
      return bytes.length >= 24 ? { width: u32be(bytes, 16), height: u32be(bytes, 20) } : null;
    case 'image/jpeg':
      return jpegSize(bytes);
    case 'image/webp':
      return webpSize(bytes);
    case 'image/avif':
      return avifSize(bytes);
  }
}
