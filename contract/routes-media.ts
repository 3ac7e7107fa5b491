/**
 * The studio's media routes (decision 036): editors' and admins' only, like the rest
 * of the studio (401 signed out, 403 another role). An upload is the file itself as
 * the request body (its type is read from its bytes), at most IMAGE_MAX_BYTES and
 * IMAGE_MAX_PIXELS (contract/media.ts); the answer is the image the studio's
 * documents hold, under immutable content-addressed URLs, alternative text empty.
 */
import { z } from 'zod/mini';

import { captionTrackSchema, uploadedFilmSchema } from './film.ts';
import { draftImageSchema } from './media.ts';
import type { RouteTable } from './route-table.ts';
import { localeSchema } from './schemas.ts';

export const mediaRoutes = {
  /** Stores an image and its AVIF/WebP widths (201, `Location`: the fallback's URL). */
  uploadStudioImage: {
    method: 'POST',
    path: '/api/studio/media/images',
    params: z.object({}),
    query: z.object({}),
    response: draftImageSchema,
  },
  /**
   * Starts a resumable film upload (tus 1.0.0, decision 037): `Upload-Length` at most
   * FILM_MAX_BYTES, answered 201 with the upload's `Location` (FILM_UPLOADS_PATH/<id>),
   * which takes HEAD (the offset) and PATCH (the next bytes). The PATCH that ends the
   * upload answers 200 with this response: the film checked, prepared and stored.
   */
  uploadStudioFilm: {
    method: 'POST',
    path: '/api/studio/media/films',
    params: z.object({}),
    query: z.object({}),
    response: uploadedFilmSchema,
  },
  /** Stores captions (WebVTT, or SubRip converted), the file as the body; answers the track (201). */
  uploadStudioCaptions: {
    method: 'POST',
    path: '/api/studio/media/captions',
    params: z.object({}),
    query: z.object({ lang: localeSchema }),
    response: captionTrackSchema,
  },
} as const satisfies RouteTable;

/** Where a film upload's own URL lives: `<this>/<id>`, for HEAD and PATCH. */
export const FILM_UPLOADS_PATH = '/api/studio/media/films/';

/** Where stored media are served: `/media/u/<sha256>.<ext>`, by every instance. */
export const MEDIA_URL_PREFIX = '/media/u/';
