/**
 * The studio's media (decisions 036 and 037). Uploads: editors and admins only, past the
 * Origin check and per-client limit every /api write has (app.ts; the JSON body
 * guard steps aside for them), then the writer's checks (401, 403, 429 per account)
 * before a byte of the body is read, then the bounds and the image's own checks.
 * Stored blobs are served at `/media/u/<sha256>.<ext>` by every instance.
 */
import type { Context, Hono } from 'hono';

import { CAPTIONS_MAX_BYTES, readCaptions } from '../../contract/captions.ts';
import { type ApiFailure, NOT_SIGNED_IN, ROLE_REQUIRED } from '../../contract/failures.ts';
import { CAPTION_LABELS, CAPTIONS_NOT_UTF8, captionsTooLarge } from '../../contract/film.ts';
import { IMAGE_MAX_BYTES, IMAGE_TOO_LARGE, isFileType, NOT_A_FILE } from '../../contract/media.ts';
import { parseRouteInput } from '../../contract/request-input.ts';
import { routes } from '../../contract/routes.ts';
import { FILM_UPLOADS_PATH, MEDIA_URL_PREFIX } from '../../contract/routes-media.ts';
import { currentAccount, requireWriter } from '../auth/current.ts';
import type { Database } from '../db/adapter.ts';
import { answerFailure } from '../http/errors.ts';
import type { AppEnv } from '../http/request-log.ts';
import { readBounded } from '../media/bounded-body.ts';
import { type FilmOptions, filmUploads } from '../media/film-upload.ts';
import { deriveImage } from '../media/image.ts';
import { serveBlob } from '../media/serve-blob.ts';
import type { MediaStore } from '../media/store.ts';
import { blobUrl, storeImage } from '../media/store-image.ts';
import { EDITORS } from './studio.ts';

/**
 * Routes whose body is a file, not JSON: the JSON body guard lets them through
 * (app.ts); a path ending in `/` stands for every path under it (a film upload's own).
 */
export const UPLOAD_PATHS: readonly string[] = [
  routes.uploadStudioImage.path,
  routes.uploadStudioFilm.path,
  FILM_UPLOADS_PATH,
  routes.uploadStudioCaptions.path,
];

function refuse(c: Context, failure: ApiFailure & { retryAfter?: number }): Response {
  if (failure.retryAfter !== undefined) c.header('Retry-After', String(failure.retryAfter));
  return answerFailure(c, failure);
}

/** Signed in (401) with an editor's role (403), without spending a write allowance. */
async function editorOnly(c: Context, db: Database) {
  const account = await currentAccount(c, db);
  if (!account) return NOT_SIGNED_IN;
  if (!EDITORS.includes(account.role)) return ROLE_REQUIRED;
  return { ok: true as const, account };
}

export function mediaRoutes(
  app: Hono<AppEnv>,
  { db, store, films }: { db: Database; store: MediaStore; films: FilmOptions },
) {
  app.post(routes.uploadStudioImage.path, async (c) => {
    const writer = await requireWriter(c, db, EDITORS);
    if (!writer.ok) return refuse(c, writer);
    if (!isFileType(c.req.header('Content-Type'))) return refuse(c, NOT_A_FILE);
    const body = await readBounded(c.req.raw, IMAGE_MAX_BYTES);
    if (!body.ok) return refuse(c, IMAGE_TOO_LARGE);
    const derived = await deriveImage(body.bytes);
    if (!derived.ok) return refuse(c, derived);
    const image = routes.uploadStudioImage.response.parse(await storeImage(store, derived.image));
    c.header('Cache-Control', 'no-store');
    c.header('Location', image.src);
    return c.json(image, 201);
  });

  const uploads = filmUploads(routes.uploadStudioFilm.path, store, films);
  app.post(routes.uploadStudioFilm.path, async (c) => {
    const writer = await requireWriter(c, db, EDITORS);
    if (!writer.ok) return refuse(c, writer);
    const answer = await uploads.create(c, writer.account);
    return answer instanceof Response ? answer : refuse(c, answer);
  });
  // Each PATCH counts as a write for the client (app.ts), not against the account's
  // allowance: resuming a film after a cut must not spend the editor's day.
  // Hono answers HEAD with the GET route (without the body): tus' HEAD comes as a GET here.
  app.on(['GET', 'PATCH'], `${FILM_UPLOADS_PATH}:id`, async (c) => {
    if (c.req.raw.method === 'GET')
      return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    const editor = await editorOnly(c, db);
    if (!editor.ok) return refuse(c, editor);
    const answer = await uploads.resume(c, editor.account, c.req.param('id'));
    return answer ?? c.text('Upload not found', 404, { 'Cache-Control': 'no-store' });
  });

  app.post(routes.uploadStudioCaptions.path, async (c) => {
    // The query first, as the mocks do (their `prepare`): a wrong language costs nothing.
    const input = parseRouteInput('uploadStudioCaptions', {}, new URL(c.req.url).searchParams);
    if (!input.ok) return refuse(c, input);
    const writer = await requireWriter(c, db, EDITORS);
    if (!writer.ok) return refuse(c, writer);
    const { lang } = input.input.query;
    const body = await readBounded(c.req.raw, CAPTIONS_MAX_BYTES);
    if (!body.ok) return refuse(c, captionsTooLarge(CAPTIONS_MAX_BYTES));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
    } catch {
      return refuse(c, CAPTIONS_NOT_UTF8);
    }
    const captions = readCaptions(text);
    if (!captions.ok) return refuse(c, captions);
    const [sha] = await store.put([
      { bytes: new TextEncoder().encode(captions.vtt), contentType: 'text/vtt' },
    ]);
    const track = routes.uploadStudioCaptions.response.parse({
      lang,
      src: blobUrl(sha!, 'text/vtt'),
      label: CAPTION_LABELS[lang],
    });
    c.header('Cache-Control', 'no-store');
    c.header('Location', track.src);
    return c.json(track, 201);
  });

  app.get(`${MEDIA_URL_PREFIX}:file`, (c) => serveBlob(c, store, c.req.param('file')));
}
