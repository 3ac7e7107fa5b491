/**
 * An uploaded image made into what the viewer shows (decision 036): its type read
 * from its bytes, its size from its header before any pixel is decoded (a
 * decompression bomb is refused there), then, decoded once per width with damage
 * treated as failure, turned upright by its EXIF orientation and stripped of every
 * metadata (location included): the demo media's AVIF and WebP widths, dominant
 * colour and placeholder (recipe.mjs), and the upright original (at most twice the widest width).
 *
 * One image at a time per process, one libvips thread: on a small machine an upload
 * never starves the API's other requests, and memory stays bounded (bench/media.ts).
 */
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';

import type { ApiFailure } from '../../contract/failures.ts';
import {
  IMAGE_MAX_PIXELS,
  sniffImage,
  tooManyPixels,
  UNREADABLE_IMAGE,
  unsupportedImage,
  type UploadImageType,
} from '../../contract/media.ts';
import { AVIF, dominantColour, placeholder, targetWidths, WEBP, WIDTHS } from './recipe.mjs';

sharp.concurrency(1);
sharp.cache(false);

export interface DerivedFile {
  bytes: Uint8Array;
  contentType: 'image/avif' | 'image/webp' | UploadImageType;
  width: number;
}

export interface DerivedImage {
  width: number;
  height: number;
  color: string;
  placeholder: string;
  /** The upright original without metadata, in its own format, at most ORIGINAL_MAX_WIDTH wide. */
  original: DerivedFile;
  /** AVIF then WebP for each width, narrowest first. */
  variants: DerivedFile[];
}

/** The widest original kept: twice the widest width served. */
export const ORIGINAL_MAX_WIDTH = 2 * Math.max(...WIDTHS);

/** Decoding options for every pass: bounded pixels, damage is an error. */
const INPUT = { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'truncated' } as const;

/** The format a re-encoded original keeps (AVIF originals are re-encoded as AVIF). */
function encodeOriginal(image: Sharp, type: UploadImageType): Sharp {
  switch (type) {
    case 'image/png':
      return image.png({ compressionLevel: 6 });
    case 'image/webp':
      return image.webp({ quality: 90 });
    case 'image/avif':
      return image.avif({ quality: 70, effort: 3 });
    case 'image/jpeg':
      // Not mozjpeg: its progressive scans hold the whole image's coefficients.
      return image.jpeg({ quality: 90 });
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every image before it: one derivation at a time per process. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export type DeriveOutcome = { ok: true; image: DerivedImage } | ApiFailure;

export function deriveImage(bytes: Uint8Array): Promise<DeriveOutcome> {
  const sniffed = sniffImage(bytes);
  if (!sniffed.ok) return Promise.resolve(unsupportedImage(sniffed.kind));
  return oneAtATime(() => derive(bytes, sniffed.type));
}

async function derive(bytes: Uint8Array, type: UploadImageType): Promise<DeriveOutcome> {
  let meta: Metadata;
  try {
    // The header only: nothing is decoded yet.
    meta = await sharp(bytes, { ...INPUT, limitInputPixels: false }).metadata();
  } catch {
    return UNREADABLE_IMAGE;
  }
  if (!meta.width || !meta.height) return UNREADABLE_IMAGE;
  if (meta.width * meta.height > IMAGE_MAX_PIXELS) return tooManyPixels(meta.width, meta.height);
  // Orientations 5–8 turn the image a quarter: its upright width is its stored height.
  const quarter = (meta.orientation ?? 1) >= 5;
  const width = quarter ? meta.height : meta.width;
  const height = quarter ? meta.width : meta.height;
  try {
    const upright = () => sharp(bytes, INPUT).rotate();
    const variants: DerivedFile[] = [];
    let smallest: { data: Buffer; info: OutputInfo } | undefined;
    for (const w of targetWidths(width)) {
      // Decoded once per width (JPEG shrinks on load), then encoded twice from raw pixels.
      const resized = w < width ? upright().resize({ width: w, kernel: 'lanczos3' }) : upright();
      const raw = await resized.raw().toBuffer({ resolveWithObject: true });
      smallest ??= raw;
      const fromRaw = () =>
        sharp(raw.data, {
          raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels },
        });
      variants.push(
        { bytes: await fromRaw().avif(AVIF).toBuffer(), contentType: 'image/avif', width: w },
        { bytes: await fromRaw().webp(WEBP).toBuffer(), contentType: 'image/webp', width: w },
      );
    }
    if (!smallest) return UNREADABLE_IMAGE;
    const small = () =>
      sharp(smallest.data, {
        raw: {
          width: smallest.info.width,
          height: smallest.info.height,
          channels: smallest.info.channels,
        },
      });
    // Kept for widths to come, at most twice the widest served: re-encoding a
    // 40-megapixel photo at full size cost +400 MB and 40 s (docs/decisions/036).
    const kept = Math.min(width, ORIGINAL_MAX_WIDTH);
    const reduced =
      kept < width ? upright().resize({ width: kept, kernel: 'lanczos3' }) : upright();
    const original: DerivedFile = {
      bytes: await encodeOriginal(reduced, type).toBuffer(),
      contentType: type,
      width: kept,
    };
    return {
      ok: true,
      image: {
        width,
        height,
        color: await dominantColour(small()),
        placeholder: await placeholder(small(), width, height),
        original,
        variants,
      },
    };
  } catch {
    // libvips' words (a premature end, a bad Huffman code) mean nothing to an editor.
    return UNREADABLE_IMAGE;
  }
}
