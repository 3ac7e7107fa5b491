/**
 * The studio's media (decision 036). Uploads: editors and admins only, past the
 * Origin check and per-client limit every /api write has (app.ts; the JSON body
 * guard steps aside for them), then the writer's checks (401, 403, 429 per account)
 * before a byte of the body is read, then the bounds and the image's own checks.
 * Stored blobs are served at `/media/u/<sha256>.<ext>` by every instance.
 */
import type { Context, Hono } from 'hono';

import type { ApiFailure } from '../../contract/failures.ts';
import { IMAGE_MAX_BYTES, IMAGE_TOO_LARGE, isFileType, NOT_A_FILE } from '../../contract/media.ts';
import { routes } from '../../contract/routes.ts';
import { MEDIA_URL_PREFIX } from '../../contract/routes-media.ts';
import { requireWriter } from '../auth/current.ts';
import type { Database } from '../db/adapter.ts';
import { answerFailure } from '../http/errors.ts';
import type { AppEnv } from '../http/request-log.ts';
import { readBounded } from '../media/bounded-body.ts';
import { deriveImage } from '../media/image.ts';
import { serveBlob } from '../media/serve-blob.ts';
import type { MediaStore } from '../media/store.ts';
import { storeImage } from '../media/store-image.ts';
import { EDITORS } from './studio.ts';

/** Routes whose body is a file, not JSON: the JSON body guard lets them through (app.ts). */
export const UPLOAD_PATHS: readonly string[] = [routes.uploadStudioImage.path];

function refuse(c: Context, failure: ApiFailure & { retryAfter?: number }): Response {
  if (failure.retryAfter !== undefined) c.header('Retry-After', String(failure.retryAfter));
  return answerFailure(c, failure);
}

export function mediaRoutes(app: Hono<AppEnv>, { db, store }: { db: Database; store: MediaStore }) {
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
  app.get(`${MEDIA_URL_PREFIX}:file`, (c) => serveBlob(c, store, c.req.param('file')));
}
