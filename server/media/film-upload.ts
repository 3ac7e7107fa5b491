/**
 * Film uploads over tus (decision 037): `@tus/server` with its file store keeps the
 * parts of an upload under the server's data directory, so a dropped connection
 * resumes where it stopped (HEAD says the offset, PATCH sends the rest). The studio's
 * checks come first: editors and admins only, and each upload only by the account
 * that started it; the bound and the type refused before a byte is sent; no ffmpeg,
 * a clear 503 before anyone sends a gigabyte. The PATCH that ends the upload checks
 * and prepares the film (film-prepare.ts), stores it with its poster in the media
 * store, and answers the studio's film; the parts on disk go whatever the outcome.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import type { Context } from 'hono';

import type { ApiFailure } from '../../contract/failures.ts';
import {
  FILM_MAX_BYTES,
  FILM_NEEDS_FFMPEG,
  FILM_POSTER_ALT,
  FILM_TOO_LARGE,
  mayBeFilm,
  NOT_A_FILM,
  type UploadedFilm,
  uploadedFilmSchema,
} from '../../contract/film.ts';
import type { Account } from '../../contract/schemas.ts';
import { errorBody } from '../../contract/schemas.ts';
import { prepareFilm } from './film-prepare.ts';
import { type FilmTools, toolsPresent } from './film-tools.ts';
import type { MediaStore } from './store.ts';
import { blobUrl, describeImage, imageBlobs } from './store-image.ts';

export interface FilmOptions {
  /** Where uploads in progress live: `<DATA_DIR>/film-uploads` by default. */
  dir: string;
  tools: FilmTools;
  /** How long an unfinished upload may be resumed before its parts are removed. */
  keepMs?: number;
}

/** Set by the route for tus' hooks: who is uploading (never taken from the client). */
const OWNER_HEADER = 'x-parcours-upload-owner';

const jsonAnswer = (status: number, body: unknown) => ({
  status_code: status,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  body: JSON.stringify(body),
});
const failureAnswer = (failure: ApiFailure) =>
  jsonAnswer(failure.status, errorBody(failure.code, failure.message, failure.field));

/** The `filetype` of tus' `Upload-Metadata` (comma-separated `key base64value`). */
function declaredType(metadata: string | null): string | undefined {
  for (const pair of (metadata ?? '').split(',')) {
    const [key, value] = pair.trim().split(' ');
    if (key === 'filetype' && value) return Buffer.from(value, 'base64').toString('utf8');
  }
  return undefined;
}

export function filmUploads(
  path: string,
  store: MediaStore,
  { dir, tools, keepMs = 24 * 3600_000 }: FilmOptions,
) {
  const partsDir = join(dir, 'parts');
  let lastSweep = 0;

  const finish = async (upload: Upload) => {
    const work = await mkdtemp(join(dir, 'work-'));
    try {
      const prepared = await prepareFilm(join(partsDir, upload.id), work, tools);
      if (!prepared.ok) return failureAnswer(prepared);
      const { file, poster, duration, width, height } = prepared.film;
      // The film and its poster in one transaction: both stored, or neither.
      const hashes = await store.putFile(
        { ...file, contentType: 'video/mp4' },
        imageBlobs(poster, file.sha256),
      );
      const film: UploadedFilm = {
        video: {
          sources: [{ src: blobUrl(file.sha256, 'video/mp4'), type: 'video/mp4' }],
          poster: { ...describeImage(poster, hashes.slice(1)), alt: { ...FILM_POSTER_ALT } },
          captions: [],
          duration: Math.round(duration * 1000) / 1000,
        },
        width,
        height,
      };
      return jsonAnswer(200, uploadedFilmSchema.parse(film));
    } finally {
      await rm(work, { recursive: true, force: true });
      await tus()
        .datastore.remove(upload.id)
        .catch(() => undefined);
    }
  };

  // Made on the first upload: an app that never takes a film never touches the disk.
  let server: Server | undefined;
  const tus = (): Server => (server ??= makeServer());
  const makeServer = () =>
    new Server({
      path,
      datastore: new FileStore({ directory: partsDir, expirationPeriodInMilliseconds: keepMs }),
      maxSize: FILM_MAX_BYTES,
      relativeLocation: true,
      disableTerminationForFinishedUploads: true,
      async onUploadCreate(req) {
        return { metadata: { owner: req.headers.get(OWNER_HEADER) ?? '' } };
      },
      async onUploadFinish(_req, upload) {
        try {
          return await finish(upload);
        } catch (error) {
          console.error('film upload not stored', error);
          return jsonAnswer(
            500,
            errorBody('internal', 'The film could not be stored on our side. Try again.'),
          );
        }
      },
    });

  /** The request as tus sees it: who is uploading, said by us alone. */
  const forTus = (request: Request, account: Account) => {
    const headers = new Headers(request.headers);
    headers.set(OWNER_HEADER, String(account.id));
    return new Request(request, { headers, duplex: 'half' } as RequestInit);
  };

  return {
    /** POST: starts an upload, once the bound, the type and the tools are checked. */
    async create(c: Context, account: Account): Promise<Response | ApiFailure> {
      const length = Number(c.req.header('Upload-Length'));
      if (length > FILM_MAX_BYTES) return FILM_TOO_LARGE;
      if (!mayBeFilm(declaredType(c.req.header('Upload-Metadata') ?? null))) return NOT_A_FILM;
      if (!(await toolsPresent(tools))) return FILM_NEEDS_FFMPEG;
      if (Date.now() - lastSweep > 3600_000) {
        lastSweep = Date.now();
        // Uploads abandoned for a day: their parts go (tus' expiration extension).
        void tus()
          .datastore.deleteExpired()
          .catch(() => undefined);
      }
      await mkdir(partsDir, { recursive: true });
      return tus().handleWeb(forTus(c.req.raw, account));
    },
    /** HEAD (the offset) and PATCH (more bytes): only the account that started it. */
    async resume(c: Context, account: Account, id: string): Promise<Response | null> {
      if (!/^[0-9a-f]{32}$/.test(id)) return null;
      const upload = await tus()
        .datastore.getUpload(id)
        .catch(() => null);
      if (!upload || upload.metadata?.owner !== String(account.id)) return null;
      return tus().handleWeb(forTus(c.req.raw, account));
    },
  };
}
