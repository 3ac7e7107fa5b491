/**
 * Files for the upload tests (server, contract parity, component): real images made
 * by sharp, and the bad files an upload must refuse, crafted small — the
 * decompression bomb is a header claiming 30,000 × 30,000 pixels, never allocated.
 */
import { deflateSync } from 'node:zlib';

import sharp from 'sharp';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A well-formed PNG whose header claims `width` × `height` and whose data is one short row. */
export function pngBomb(width = 30_000, height = 30_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/** A real JPEG whose start-of-frame is rewritten to claim `width` × `height`. */
export async function jpegBomb(width = 30_000, height = 30_000): Promise<Buffer> {
  const jpeg = Buffer.from(await photo(16, 16));
  for (let at = 2; at < jpeg.length - 9;) {
    const marker = jpeg[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      jpeg.writeUInt16BE(height, at + 5);
      jpeg.writeUInt16BE(width, at + 7);
      return jpeg;
    }
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('no start-of-frame in the JPEG');
}

/** A JPEG photo of `width` × `height` with a gradient (so its encodings differ by width). */
export async function photo(
  width: number,
  height: number,
  { gps = false, orientation }: { gps?: boolean; orientation?: number } = {},
): Promise<Buffer> {
  const gradient = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      gradient[at] = (x * 255) / width;
      gradient[at + 1] = 90;
      gradient[at + 2] = (y * 255) / height;
    }
  let image = sharp(gradient, { raw: { width, height, channels: 3 } });
  if (gps)
    image = image.withExif({
      IFD0: { Make: 'Parcours test camera' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 24/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 3/1',
      },
    });
  if (orientation) image = image.withMetadata({ orientation });
  return image.jpeg({ quality: 80 }).toBuffer();
}

/** The first half of a real JPEG: the upload was cut. */
export async function truncatedJpeg(): Promise<Buffer> {
  const jpeg = await photo(640, 480);
  return jpeg.subarray(0, Math.floor(jpeg.length / 2));
}

/** A Windows executable's first bytes, named photo.jpg by whoever sends it. */
export const EXECUTABLE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.alloc(256, 0x41),
]);

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
);
