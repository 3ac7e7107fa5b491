/**
 * Film uploads and captions, mocked (decision 037), so a designer can try a film on
 * mocked content. The tus protocol as the server speaks it (POST, HEAD for the
 * offset, PATCH for more bytes; 409 on a wrong offset), with the same refusals where
 * both can tell: who may upload, the bound, a declared type that is not a video, a
 * file whose bytes are not a film at all. No ffmpeg in a browser: a film whose bytes
 * open like an MP4/MOV is taken as it is (its duration read from its header), with a
 * demo film's poster; its codecs, damage and faststart are the server's to check.
 * Captions are the contract's own rules (contract/captions.ts), alike on both.
 */
import { http, HttpResponse } from 'msw';

import { CAPTIONS_MAX_BYTES, readCaptions } from '../../contract/captions.ts';
import { NOT_SIGNED_IN } from '../../contract/failures.ts';
import {
  CAPTION_LABELS,
  CAPTIONS_NOT_UTF8,
  captionsTooLarge,
  FILM_MAX_BYTES,
  FILM_POSTER_ALT,
  FILM_TOO_LARGE,
  mayBeFilm,
  NOT_A_FILM,
  sniffFilm,
  unplayableFilm,
} from '../../contract/film.ts';
import { routes } from '../../contract/routes.ts';
import { FILM_UPLOADS_PATH, MEDIA_URL_PREFIX } from '../../contract/routes-media.ts';
import type { Role } from '../../contract/schemas.ts';
import { spendAccountWrite } from '../account-writes.ts';
import { film as demoFilm } from '../fixtures/media.ts';
import type { InMovementState } from '../in-movement-store.ts';
import { checkWriter } from '../in-movement-write.ts';
import { signedInAccount } from './auth.ts';
import { answer, failureResponse, prepare, rateLimitedResponse } from './respond.ts';

const EDITORS: readonly Role[] = ['editor', 'admin'];
const TUS = { 'Tus-Resumable': '1.0.0', 'Cache-Control': 'no-store' };

interface MockUpload {
  owner: string;
  length: number;
  chunks: Uint8Array[];
  offset: number;
}

const uploads = new Map<string, MockUpload>();

/** Stored files by name (`<sha256>.<ext>`): media.ts serves them. */
export type StoredFile = { type: string; bytes: Uint8Array<ArrayBuffer> };

export function resetFilmMocks(): void {
  uploads.clear();
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

/** Seconds, from an MP4's `mvhd` box; null when it is not found. */
export function mp4Duration(bytes: Uint8Array): number | null {
  for (let i = 4; i + 32 < bytes.length; i++) {
    if (bytes[i] !== 0x6d || String.fromCharCode(...bytes.subarray(i, i + 4)) !== 'mvhd') continue;
    const view = new DataView(bytes.buffer, bytes.byteOffset + i + 4);
    const version = view.getUint8(0);
    const scale = view.getUint32(version === 1 ? 20 : 12);
    const length = version === 1 ? Number(view.getBigUint64(24)) : view.getUint32(16);
    return scale > 0 && length > 0 ? length / scale : null;
  }
  return null;
}

function declaredType(metadata: string | null): string | undefined {
  for (const pair of (metadata ?? '').split(',')) {
    const [key, value] = pair.trim().split(' ');
    if (key === 'filetype' && value) return atob(value);
  }
  return undefined;
}

/** The editor of the request, or the refusal (401, 403, 429 when `spend`). */
function whoUploads(
  db: InMovementState,
  scenario: Parameters<typeof signedInAccount>[1],
  spend: boolean,
) {
  const account = signedInAccount(db, scenario);
  const refused = checkWriter(account, EDITORS);
  if (refused || !account)
    return { ok: false as const, response: refuse(refused ?? NOT_SIGNED_IN) };
  if (spend) {
    const spent = spendAccountWrite(db, account.id);
    if (!spent.allowed)
      return { ok: false as const, response: rateLimitedResponse(spent.retryAfter) };
  }
  return { ok: true as const, account };
}

export function filmHandlers(files: Map<string, StoredFile>) {
  const finish = async (name: string, upload: MockUpload, scenario: string): Promise<Response> => {
    uploads.delete(name);
    const bytes = new Uint8Array(upload.length);
    let at = 0;
    for (const chunk of upload.chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    const kind = sniffFilm(bytes);
    if (kind === 'other') return refuse(NOT_A_FILM);
    if (kind === 'matroska') return refuse(unplayableFilm('a WebM or Matroska file'));
    const file = `${await sha256(bytes)}.mp4`;
    files.set(file, { type: 'video/mp4', bytes });
    const poster = demoFilm('atelier-des-formes').poster;
    return answer(
      'uploadStudioFilm',
      {
        video: {
          sources: [{ src: `${MEDIA_URL_PREFIX}${file}`, type: 'video/mp4' }],
          poster: { ...poster, alt: { ...FILM_POSTER_ALT } },
          captions: [],
          duration: mp4Duration(bytes) ?? 1,
        },
        width: poster.width,
        height: poster.height,
      },
      scenario as Parameters<typeof answer>[2],
      // tus clients read the offset of every PATCH answer, the last one included.
      { status: 200, headers: { ...TUS, 'Upload-Offset': String(upload.length) } },
    );
  };

  return [
    http.post(`*${routes.uploadStudioFilm.path}`, async (resolver) => {
      const prepared = await prepare('uploadStudioFilm', resolver);
      if (!prepared.ok) return prepared.response;
      if (prepared.scenario === 'rate-limited') return rateLimitedResponse();
      const who = whoUploads(prepared.ctx.db, prepared.scenario, true);
      if (!who.ok) return who.response;
      const { request } = resolver;
      const length = Number(request.headers.get('Upload-Length'));
      if (length > FILM_MAX_BYTES) return refuse(FILM_TOO_LARGE);
      if (!mayBeFilm(declaredType(request.headers.get('Upload-Metadata'))))
        return refuse(NOT_A_FILM);
      if (!Number.isInteger(length) || length <= 0)
        return new HttpResponse('Upload-Length is needed', { status: 400, headers: TUS });
      const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      uploads.set(id, { owner: who.account.id, length, chunks: [], offset: 0 });
      return new HttpResponse(null, {
        status: 201,
        headers: { ...TUS, Location: `${FILM_UPLOADS_PATH}${id}` },
      });
    }),
    http.head(`*${FILM_UPLOADS_PATH}:id`, async (resolver) => {
      const prepared = await prepare('uploadStudioFilm', { ...resolver, params: {} });
      if (!prepared.ok) return prepared.response;
      const who = whoUploads(prepared.ctx.db, prepared.scenario, false);
      if (!who.ok) return who.response;
      const upload = uploads.get(String(resolver.params.id));
      if (!upload || upload.owner !== who.account.id)
        return new HttpResponse(null, { status: 404, headers: TUS });
      return new HttpResponse(null, {
        status: 200,
        headers: {
          ...TUS,
          'Upload-Offset': String(upload.offset),
          'Upload-Length': String(upload.length),
        },
      });
    }),
    http.patch(`*${FILM_UPLOADS_PATH}:id`, async (resolver) => {
      const prepared = await prepare('uploadStudioFilm', { ...resolver, params: {} });
      if (!prepared.ok) return prepared.response;
      const who = whoUploads(prepared.ctx.db, prepared.scenario, false);
      if (!who.ok) return who.response;
      const name = String(resolver.params.id);
      const upload = uploads.get(name);
      if (!upload || upload.owner !== who.account.id)
        return new HttpResponse('Upload not found', { status: 404, headers: TUS });
      const offset = Number(resolver.request.headers.get('Upload-Offset'));
      if (offset !== upload.offset)
        return new HttpResponse('Upload-Offset conflict', { status: 409, headers: TUS });
      const bytes = new Uint8Array(await resolver.request.arrayBuffer());
      const room = upload.length - upload.offset;
      if (bytes.length > room) return refuse(FILM_TOO_LARGE);
      upload.chunks.push(bytes);
      upload.offset += bytes.length;
      if (upload.offset === upload.length) return finish(name, upload, prepared.scenario);
      return new HttpResponse(null, {
        status: 204,
        headers: { ...TUS, 'Upload-Offset': String(upload.offset) },
      });
    }),
    http.post(`*${routes.uploadStudioCaptions.path}`, async (resolver) => {
      const prepared = await prepare('uploadStudioCaptions', resolver);
      if (!prepared.ok) return prepared.response;
      if (prepared.scenario === 'rate-limited') return rateLimitedResponse();
      const who = whoUploads(prepared.ctx.db, prepared.scenario, true);
      if (!who.ok) return who.response;
      const { request } = resolver;
      const tooLarge = captionsTooLarge(CAPTIONS_MAX_BYTES);
      if (Number(request.headers.get('Content-Length') ?? 0) > CAPTIONS_MAX_BYTES)
        return refuse(tooLarge);
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (bytes.length > CAPTIONS_MAX_BYTES) return refuse(tooLarge);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return refuse(CAPTIONS_NOT_UTF8);
      }
      const captions = readCaptions(text);
      if (!captions.ok) return refuse(captions);
      const vtt = new TextEncoder().encode(captions.vtt);
      const file = `${await sha256(vtt)}.vtt`;
      files.set(file, { type: 'text/vtt', bytes: vtt });
      const { lang } = prepared.ctx.query;
      const src = `${MEDIA_URL_PREFIX}${file}`;
      return answer(
        'uploadStudioCaptions',
        { lang, src, label: CAPTION_LABELS[lang] },
        prepared.scenario,
        { status: 201, headers: { 'Cache-Control': 'no-store', Location: src } },
      );
    }),
  ];
}
