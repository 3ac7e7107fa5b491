/**
 * Uploaded media (decision 036): the bounds both implementations apply, the type read
 * from a file's first bytes, the size its header claims, and the refusals, worded
 * once. The MSW handlers and the server sniff and bound the same way, so a designer
 * on mocked content meets the same errors as an editor on the real API.
 */
import { z } from 'zod/mini';

import type { ApiFailure } from './failures.ts';
import { imageSchema, type Locale, type Localized } from './schemas.ts';
import type { StoryDocument } from './studio.ts';

/** Largest upload, in bytes: a 60-megapixel camera JPEG is well under it. */
export const IMAGE_MAX_BYTES = 40 * 1024 * 1024;
/** Largest image, in pixels (width × height), checked from the header before decoding. */
export const IMAGE_MAX_PIXELS = 60_000_000;

/** The formats an upload may be, as read from its bytes (never from its name or header). */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;
export type UploadImageType = (typeof IMAGE_TYPES)[number];

/** What the file picker offers: every image, so a tablet offers its camera. */
export const IMAGE_ACCEPT = 'image/*';

/**
 * An image as the studio holds it: the contract's image whose alternative text may
 * still be empty (an upload arrives without any; publishing asks for both languages).
 */
export const draftImageSchema = z.object({
  ...imageSchema.shape,
  alt: z.object({
    fr: z.string().check(z.maxLength(1000)),
    en: z.string().check(z.maxLength(1000)),
  }),
});
export type DraftImage = z.infer<typeof draftImageSchema>;

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** 413: more bytes than IMAGE_MAX_BYTES (told by Content-Length or counted). */
export const IMAGE_TOO_LARGE: ApiFailure = {
  ok: false,
  status: 413,
  code: 'payload_too_large',
  message: `Images are limited to ${mb(IMAGE_MAX_BYTES)} MB.`,
  field: 'file',
};

/** 413: a header that claims more than IMAGE_MAX_PIXELS (a decompression bomb, or a huge scan). */
export function tooManyPixels(width: number, height: number): ApiFailure {
  return {
    ok: false,
    status: 413,
    code: 'payload_too_large',
    message: `This image is ${width} × ${height} pixels; images are limited to ${IMAGE_MAX_PIXELS / 1_000_000} megapixels.`,
    field: 'file',
  };
}

/** 415: not a JPEG, PNG, WebP or AVIF image, whatever its name or Content-Type said. */
export function unsupportedImage(found: SniffedKind): ApiFailure {
  const what: Record<SniffedKind, string> = {
    svg: 'SVG images are refused: they can carry scripts. Export it as PNG.',
    heic: 'HEIC photos cannot be read here: export it as JPEG (on an iPad, the photo picker does this itself).',
    empty: 'The file is empty.',
    other: 'This file is not a JPEG, PNG, WebP or AVIF image.',
  };
  return {
    ok: false,
    status: 415,
    code: 'unsupported_media_type',
    message: what[found],
    field: 'file',
  };
}

/** 415: a body that is not sent as a file (JSON, a form). */
export const NOT_A_FILE: ApiFailure = {
  ok: false,
  status: 415,
  code: 'unsupported_media_type',
  message: 'Send the image itself as the request body, with its type (image/…).',
  field: 'file',
};

/** Whether a request's Content-Type says it carries a file: an image, raw bytes, or nothing said. */
export function isFileType(contentType: string | null | undefined): boolean {
  return !contentType || /^(image\/|application\/octet-stream)/i.test(contentType);
}

/** 400: the header says image but the pixels cannot be read (truncated, corrupt). */
export const UNREADABLE_IMAGE: ApiFailure = {
  ok: false,
  status: 400,
  code: 'bad_request',
  message: 'This image is damaged or incomplete (was the upload cut short?). Try the file again.',
  field: 'file',
};

export type SniffedKind = 'svg' | 'heic' | 'empty' | 'other';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((value, index) => bytes[at + index] === value);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/** The image type of a file's first bytes, or what else it looks like. */
export function sniffImage(
  bytes: Uint8Array,
): { ok: true; type: UploadImageType } | { ok: false; kind: SniffedKind } {
  if (bytes.length === 0) return { ok: false, kind: 'empty' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, type: 'image/png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP')
    return { ok: true, type: 'image/webp' };
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // ISO base media: the major brand, then the compatible ones, say AVIF or HEIC.
    const size = Math.min(
      bytes.length,
      (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!,
      64,
    );
    const brands = ascii(bytes, 8, Math.max(12, size));
    if (/avif|avis/.test(brands)) return { ok: true, type: 'image/avif' };
    if (/hei[cxms]|hev[cx]|mif1|msf1/.test(brands)) return { ok: false, kind: 'heic' };
  }
  const text = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  // An SVG may open with an XML declaration, a doctype or comments before `<svg`.
  if (text.includes('<svg')) return { ok: false, kind: 'svg' };
  return { ok: false, kind: 'other' };
}

const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'French', en: 'English' };

/**
 * The first image without alternative text in a language (uploads arrive without
 * any): a visitor who cannot see it must still be told what it shows, in both.
 */
export function missingAltText(doc: StoryDocument): string | null {
  const images: [string, Localized][] = [];
  if (doc.cover) images.push(['The cover image', doc.cover.alt]);
  for (const [index, card] of doc.cards.entries()) {
    if (card.kind === 'image' && card.image)
      images.push([`Card ${index + 1}: its image`, card.image.alt]);
  }
  for (const [what, alt] of images) {
    const locale = (['fr', 'en'] as const).find((l) => alt[l].trim() === '');
    if (locale) return `${what} needs alternative text in ${LANGUAGE_NAMES[locale]}.`;
  }
  return null;
}
