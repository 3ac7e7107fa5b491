/**
 * The studio's media routes (decision 036): editors' and admins' only, like the rest
 * of the studio (401 signed out, 403 another role). An upload is the file itself as
 * the request body (its type is read from its bytes), at most IMAGE_MAX_BYTES and
 * IMAGE_MAX_PIXELS (contract/media.ts); the answer is the image the studio's
 * documents hold, under immutable content-addressed URLs, alternative text empty.
 */
import { z } from 'zod/mini';

import { draftImageSchema } from './media.ts';
import type { RouteTable } from './route-table.ts';

export const mediaRoutes = {
  /** Stores an image and its AVIF/WebP widths (201, `Location`: the fallback's URL). */
  uploadStudioImage: {
    method: 'POST',
    path: '/api/studio/media/images',
    params: z.object({}),
    query: z.object({}),
    response: draftImageSchema,
  },
} as const satisfies RouteTable;

/** Where stored media are served: `/media/u/<sha256>.<ext>`, by every instance. */
export const MEDIA_URL_PREFIX = '/media/u/';
