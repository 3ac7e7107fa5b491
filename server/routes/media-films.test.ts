// @vitest-environment node
/**
 * Film uploads and captions through the app, on each database, with the real ffmpeg
 * (decision 037): a film sent over tus, cut and resumed, comes back as an iPad plays
 * it (H.264/AAC, faststart, no metadata) with a poster; every bad film is refused
 * with what was found and what is needed, leaving no blob and no file behind;
 * without ffmpeg the upload is refused before it starts; captions are checked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { captionTrackSchema, FILM_MAX_BYTES, uploadedFilmSchema } from '#contract/film.ts';
import { apiErrorSchema } from '#contract/schemas.ts';
import {
  BAD_VTT,
  CAMERA_NOTE,
  EN_SRT,
  FR_VTT,
  h264Film,
  TEXT_AS_FILM,
  vp9Film,
} from '#tests/utils/film-files.ts';

import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { silentLog } from '../http/request-log.ts';
import { filmToolsFromEnv } from '../media/film-tools.ts';
import { signedIn, TestClient } from '../testing/accounts.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';

const FILMS = '/api/studio/media/films';
const CAPTIONS = '/api/studio/media/captions';
const TUS = { 'Tus-Resumable': '1.0.0' };
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Starts a tus upload; answers the response (its Location is the upload's URL). */
function start(client: TestClient, length: number, type = 'video/mp4') {
  return client.request(FILMS, {
    method: 'POST',
    headers: {
      ...TUS,
      'Upload-Length': String(length),
      'Upload-Metadata': `filename ${base64('film.mp4')},filetype ${base64(type)}`,
    },
  });
}

function patch(client: TestClient, url: string, offset: number, bytes: Uint8Array) {
  return client.request(url, {
    method: 'PATCH',
    headers: {
      ...TUS,
      'Upload-Offset': String(offset),
      'Content-Type': 'application/offset+octet-stream',
    },
    body: new Uint8Array(bytes),
  });
}

/** A whole upload in one PATCH; answers the last response. */
async function sendFilm(client: TestClient, bytes: Uint8Array, type = 'video/mp4') {
  const created = await start(client, bytes.length, type);
  if (created.status !== 201) return created;
  return patch(client, created.headers.get('Location')!, 0, bytes);
}

const errorOf = async (response: Response) =>
  apiErrorSchema.parse(await response.json()).error.message;

describe.each(databaseKinds)('film uploads on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'films', () => {
    let test: TestDatabase;
    let app: ReturnType<typeof createApp>;
    let editor: TestClient;
    let dir: string;
    let uploadsDir: string;
    let film: Uint8Array;

    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
      dir = mkdtempSync(join(tmpdir(), 'parcours-films-'));
      uploadsDir = join(dir, 'uploads');
      app = createApp({
        db: test.db,
        log: silentLog,
        films: { dir: uploadsDir, tools: filmToolsFromEnv({}) },
      });
      editor = (await signedIn(app, test.db, 'editor')).client;
      film = readFileSync(h264Film(dir));
    }, 120_000);
    afterAll(async () => {
      await test?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    const blobCount = async () =>
      (await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM media_blobs'))[0]!.n;
    /** Nothing of an upload is left on disk: no parts, no work directory. */
    const leftOnDisk = () => [
      ...readdirSync(uploadsDir).filter((name) => name !== 'parts'),
      ...readdirSync(join(uploadsDir, 'parts')),
    ];

    /** Fetches a stored film and asks ffprobe what it is. */
    async function probeServed(src: string) {
      const response = await app.request(src);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('video/mp4');
      const bytes = Buffer.from(await response.arrayBuffer());
      const path = join(dir, 'served.mp4');
      writeFileSync(path, bytes);
      const probe = JSON.parse(
        execFileSync('ffprobe', [
          '-v',
          'error',
          '-show_entries',
          'stream=codec_name,codec_type:format=duration',
          '-of',
          'json',
          path,
        ]).toString(),
      ) as { streams: { codec_name: string }[]; format: { duration: string } };
      return { bytes, probe };
    }

    it('takes an H.264/AAC film resumed after a cut, and serves it as an iPad plays it', async () => {
      const before = await blobCount();
      const created = await start(editor, film.length);
      expect(created.status).toBe(201);
      const url = created.headers.get('Location')!;
      expect(url).toMatch(/^\/api\/studio\/media\/films\/[0-9a-f]{32}$/);
      // The connection drops after a third of the film…
      const cut = Math.floor(film.length / 3);
      const first = await patch(editor, url, 0, film.subarray(0, cut));
      expect(first.status).toBe(204);
      // …the client asks where the server is, then sends the rest from there.
      const head = await editor.request(url, { method: 'HEAD', headers: TUS });
      expect(head.status).toBe(200);
      expect(head.headers.get('Upload-Offset')).toBe(String(cut));
      const wrongOffset = await patch(editor, url, 0, film.subarray(0, 10));
      expect(wrongOffset.status).toBe(409);
      const last = await patch(editor, url, cut, film.subarray(cut));
      expect(last.status).toBe(200);
      expect(last.headers.get('Cache-Control')).toBe('no-store');
      const answer = uploadedFilmSchema.parse(await last.json());
      expect([answer.width, answer.height]).toEqual([320, 240]);
      expect(answer.video.duration).toBeCloseTo(2, 1);
      expect(answer.video.captions).toEqual([]);
      expect(answer.video.sources).toEqual([
        { src: expect.stringMatching(/^\/media\/u\/[0-9a-f]{64}\.mp4$/), type: 'video/mp4' },
      ]);
      expect(answer.video.poster.src).toMatch(/^\/media\/u\/[0-9a-f]{64}\.webp$/);
      expect(answer.video.poster.alt.fr).not.toBe('');
      expect((await app.request(answer.video.poster.src)).status).toBe(200);

      const { bytes, probe } = await probeServed(answer.video.sources[0]!.src);
      expect(probe.streams.map((s) => s.codec_name)).toEqual(['h264', 'aac']);
      expect(Buffer.from(film).includes(CAMERA_NOTE)).toBe(true);
      expect(bytes.includes(CAMERA_NOTE)).toBe(false);
      // Faststart: the index (moov) before the picture and sound (mdat).
      expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat'));
      // Ranges are read part by part, as a player seeks.
      const range = await app.request(answer.video.sources[0]!.src, {
        headers: { Range: 'bytes=100-199' },
      });
      expect(range.status).toBe(206);
      expect(Buffer.from(await range.arrayBuffer())).toEqual(bytes.subarray(100, 200));
      // The film, the poster's original and its widths in two formats.
      expect(await blobCount()).toBeGreaterThan(before + 2);
      expect(leftOnDisk()).toEqual([]);
      // Finished, the upload's URL is gone.
      expect((await editor.request(url, { method: 'HEAD', headers: TUS })).status).toBe(404);
    }, 60_000);

    describe('bad films: what was found, what is needed, nothing left behind', () => {
      const cases: [string, () => Uint8Array, number, RegExp][] = [
        ['VP9 in WebM', () => vp9Film(dir), 415, /VP9 video with Opus sound in WebM.*H\.264/],
        [
          'a truncated MP4',
          () => film.subarray(0, Math.floor(film.length / 2)),
          400,
          /damaged or incomplete/,
        ],
        ['a renamed text file', () => TEXT_AS_FILM, 415, /not a film/],
      ];
      it.each(cases)(
        'refuses %s',
        async (_name, make, status, message) => {
          const before = await blobCount();
          const response = await sendFilm(editor, make());
          expect(response.status).toBe(status);
          expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
          expect(await errorOf(response)).toMatch(message);
          expect(await blobCount()).toBe(before);
          expect(leftOnDisk()).toEqual([]);
        },
        60_000,
      );

      it('refuses a film over the bound, and a type that is not a video, before a byte is sent', async () => {
        const large = await start(editor, FILM_MAX_BYTES + 1);
        expect(large.status).toBe(413);
        expect(await errorOf(large)).toBe('Films are limited to 1 GB.');
        const text = await start(editor, 100, 'text/plain');
        expect(text.status).toBe(415);
        expect(await errorOf(text)).toMatch(/not a film/);
      });
    });

    it('refuses film uploads with a clear message when the server has no ffmpeg', async () => {
      const without = createApp({
        db: test.db,
        log: silentLog,
        films: {
          dir: uploadsDir,
          tools: filmToolsFromEnv({ FFMPEG_PATH: join(dir, 'no-such-ffmpeg') }),
        },
      });
      const client = new TestClient(without, editor.cookie);
      const before = await blobCount();
      const response = await sendFilm(client, film);
      expect(response.status).toBe(503);
      expect(await errorOf(response)).toMatch(
        /^Film uploads need ffmpeg on the server \(Debian package ffmpeg\)/,
      );
      expect(await blobCount()).toBe(before);
      expect(leftOnDisk()).toEqual([]);
    });

    it('is for editors and admins only, and an upload for the account that started it', async () => {
      expect((await start(new TestClient(app), film.length)).status).toBe(401);
      const participant = (await signedIn(app, test.db, 'participant')).client;
      const refused = await start(participant, film.length);
      expect(refused.status).toBe(403);
      expect(await errorOf(refused)).toMatch(/role/i);
      const created = await start(editor, film.length);
      const url = created.headers.get('Location')!;
      expect((await patch(participant, url, 0, film)).status).toBe(403);
      const other = (await signedIn(app, test.db, 'editor')).client;
      expect((await patch(other, url, 0, film)).status).toBe(404);
      expect((await other.request(url, { method: 'HEAD', headers: TUS })).status).toBe(404);
    });

    describe('captions', () => {
      const sendCaptions = (client: TestClient, lang: string, text: string) =>
        client.request(`${CAPTIONS}?lang=${lang}`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/vtt' },
          body: text,
        });

      it('stores French WebVTT and English SubRip (converted), served as WebVTT', async () => {
        const fr = await sendCaptions(editor, 'fr', FR_VTT);
        expect(fr.status).toBe(201);
        const frTrack = captionTrackSchema.parse(await fr.json());
        expect(frTrack).toMatchObject({ lang: 'fr', label: 'Français' });
        const en = await sendCaptions(editor, 'en', EN_SRT);
        const enTrack = captionTrackSchema.parse(await en.json());
        expect(enTrack.label).toBe('English');
        const served = await app.request(enTrack.src);
        expect(served.headers.get('Content-Type')).toBe('text/vtt');
        expect(await served.text()).toBe(
          'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nHello\n\n2\n00:00:01.000 --> 00:00:02.000\nGoodbye\n',
        );
      });

      it('refuses invalid captions with their line, and other roles', async () => {
        const before = await blobCount();
        const bad = await sendCaptions(editor, 'fr', BAD_VTT);
        expect(bad.status).toBe(400);
        expect(await errorOf(bad)).toBe('Invalid captions, line 3: a cue ends after it starts.');
        const latin1 = await editor.request(`${CAPTIONS}?lang=fr`, {
          method: 'POST',
          body: new Uint8Array([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xe9]),
        });
        expect(await errorOf(latin1)).toMatch(/UTF-8/);
        expect((await sendCaptions(editor, 'de', FR_VTT)).status).toBe(400);
        const participant = (await signedIn(app, test.db, 'participant')).client;
        expect((await sendCaptions(participant, 'fr', FR_VTT)).status).toBe(403);
        expect(await blobCount()).toBe(before);
      });
    });
  });
});
