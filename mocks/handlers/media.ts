/**
 * The studio's uploads, mocked (decision 036), so a designer can add images on
 * mocked content. No sharp in a browser: the answer is the file itself, kept in
 * memory and served at a content-addressed `/media/u/…` URL at its own width (no
 * AVIF/WebP widths, a neutral colour, no placeholder). The refusals are the server's
 * for what both can tell from the bytes (contract/media.ts): who may upload, the
 * type read from the file, its bytes and the pixels its header claims. A damaged file
 * is the one thing only the server notices.
 */
import { http, HttpResponse } from 'msw';

import { NOT_SIGNED_IN } from '../../contract/failures.ts';
import {
  type DraftImage,
  IMAGE_MAX_BYTES,
  IMAGE_MAX_PIXELS,
  IMAGE_TOO_LARGE,
  isFileType,
  NOT_A_FILE,
  sniffImage,
  tooManyPixels,
  UNREADABLE_IMAGE,
  unsupportedImage,
  type UploadImageType,
} from '../../contract/media.ts';
import { headerSize } from '../../contract/media-header.ts';
import { routes } from '../../contract/routes.ts';
import { MEDIA_URL_PREFIX } from '../../contract/routes-media.ts';
import type { Role } from '../../contract/schemas.ts';
import { spendAccountWrite } from '../account-writes.ts';
import { checkWriter } from '../in-movement-write.ts';
import { signedInAccount } from './auth.ts';
import { filmHandlers, resetFilmMocks, type StoredFile } from './media-films.ts';
import { answer, failureResponse, prepare, rateLimitedResponse } from './respond.ts';

const EDITORS: readonly Role[] = ['editor', 'admin'];
const NO_STORE = { 'Cache-Control': 'no-store' };

const EXTENSIONS: Record<UploadImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/** Uploaded files by name (`<sha256>.<ext>`), for this page's life: images, films, captions. */
const files = new Map<string, StoredFile>();

export function resetMediaMocks(): void {
  files.clear();
  resetFilmMocks();
}

function refuse(failure: Parameters<typeof failureResponse>[0]): Response {
  const response = failureResponse(failure);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The contract's image for a file served as it came, at its own width. */
function imageOf(url: string, type: UploadImageType, width: number, height: number): DraftImage {
  // The contract's sources are AVIF, WebP or JPEG: a PNG has only its fallback.
  const sources =
    type === 'image/png' ? [] : [{ type, srcset: `${url} ${width}w` } as DraftImage['sources'][0]];
  return { src: url, sources, width, height, alt: { fr: '', en: '' }, color: '#808080' };
}

export const mediaHandlers = [
  ...filmHandlers(files),
  http.post(`*${routes.uploadStudioImage.path}`, async (resolver) => {
    const prepared = await prepare('uploadStudioImage', resolver);
    if (!prepared.ok) return prepared.response;
    if (prepared.scenario === 'rate-limited') return rateLimitedResponse();
    const account = signedInAccount(prepared.ctx.db, prepared.scenario);
    const refused = checkWriter(account, EDITORS);
    if (refused || !account) return refuse(refused ?? NOT_SIGNED_IN);
    const spent = spendAccountWrite(prepared.ctx.db, account.id);
    if (!spent.allowed) return rateLimitedResponse(spent.retryAfter);
    const { request } = resolver;
    if (!isFileType(request.headers.get('Content-Type'))) return refuse(NOT_A_FILE);
    if (Number(request.headers.get('Content-Length') ?? 0) > IMAGE_MAX_BYTES)
      return refuse(IMAGE_TOO_LARGE);
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > IMAGE_MAX_BYTES) return refuse(IMAGE_TOO_LARGE);
    const sniffed = sniffImage(bytes);
    if (!sniffed.ok) return refuse(unsupportedImage(sniffed.kind));
    const size = headerSize(bytes, sniffed.type);
    if (!size || size.width === 0 || size.height === 0) return refuse(UNREADABLE_IMAGE);
    if (size.width * size.height > IMAGE_MAX_PIXELS)
      return refuse(tooManyPixels(size.width, size.height));
    const name = `${await sha256(bytes)}.${EXTENSIONS[sniffed.type]}`;
    files.set(name, { type: sniffed.type, bytes });
    const url = `${MEDIA_URL_PREFIX}${name}`;
    return answer(
      'uploadStudioImage',
      imageOf(url, sniffed.type, size.width, size.height),
      prepared.scenario,
      { status: 201, headers: { ...NO_STORE, Location: url } },
    );
  }),
  http.get(`*${MEDIA_URL_PREFIX}:file`, ({ params }) => {
    const file = files.get(String(params.file));
    // Not one of ours (a real server's upload, say): let the request through.
    if (!file) return undefined;
    return HttpResponse.arrayBuffer(file.bytes.buffer, {
      headers: {
        'Content-Type': file.type,
        ETag: `"${String(params.file).slice(0, 64)}"`,
        'Cache-Control': 'public, max-age=31536000, immutable',
      },
    });
  }),
];
