// @vitest-environment node
/**
 * Film uploads and captions answer alike where both implementations can tell
 * (decision 037): who may start an upload, the bound, a declared type that is not a
 * video, a file that is not a film at all, and every captions answer (the contract's
 * own rules: the same WebVTT, hence the same content address). What only the server
 * does (ffprobe, faststart, poster, codecs) is in server/routes/media-films.test.ts.
 */
import { beforeAll, expect, it } from 'vitest';

import { FILM_MAX_BYTES } from '#contract/film.ts';
import { SCENARIO_HEADER } from '#contract/routes.ts';
import { setMockSignedIn } from '#mocks/handlers/auth.ts';
import { resetMediaMocks } from '#mocks/handlers/media.ts';
import { setMockLatency } from '#mocks/handlers/respond.ts';
import { resetInMovementMocks } from '#mocks/in-movement-session.ts';
import { BAD_VTT, EN_SRT, FR_VTT, TEXT_AS_FILM } from '#tests/utils/film-files.ts';

import { signInEach, type Who } from './signed-in.ts';
import { describeEachTarget, mswTarget, type Target } from './targets.ts';

const editor: Who = { scenario: 'as-editor' };
const participant: Who = { scenario: 'as-participant' };
const nobody: Who = {};
const FILMS = '/api/studio/media/films';

function send(target: Target, who: Who, path: string, init: RequestInit) {
  const headers = new Headers(init.headers);
  if (target === mswTarget && who.scenario) headers.set(SCENARIO_HEADER, who.scenario);
  if (target !== mswTarget && who.cookie) headers.set('Cookie', who.cookie);
  return target.fetch(path, { ...init, headers });
}

const start = (target: Target, who: Who, length: number, type = 'video/mp4') =>
  send(target, who, FILMS, {
    method: 'POST',
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Length': String(length),
      'Upload-Metadata': `filetype ${btoa(type)}`,
    },
  });

/** A whole tus upload; the last answer. */
async function upload(target: Target, who: Who, bytes: Uint8Array) {
  const created = await start(target, who, bytes.length);
  if (created.status !== 201) return created;
  return send(target, who, created.headers.get('Location')!, {
    method: 'PATCH',
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Offset': '0',
      'Content-Type': 'application/offset+octet-stream',
    },
    body: new Uint8Array(bytes),
  });
}

const captions = (target: Target, who: Who, lang: string, text: string) =>
  send(target, who, `/api/studio/media/captions?lang=${lang}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/vtt' },
    body: text,
  });

const snapshot = async (response: Response) => ({
  status: response.status,
  cache: response.headers.get('Cache-Control'),
  location: response.headers.get('Location'),
  body: await response.text(),
});

describeEachTarget(
  'Films contract',
  'film and captions uploads answer like the mocks',
  (target) => {
    beforeAll(async () => {
      setMockLatency(0);
      resetInMovementMocks();
      resetMediaMocks();
      setMockSignedIn(null);
      await signInEach(target, [
        [editor, 'editor@in-movement.example'],
        [participant, 'participant@in-movement.example'],
      ]);
    });

    async function both(request: (side: Target) => Promise<Response>) {
      const mock = await snapshot(await request(mswTarget));
      if (target === mswTarget) return mock;
      const server = await snapshot(await request(target));
      expect(server).toEqual(mock);
      return server;
    }

    it('refuses the signed out, other roles, a film over the bound and a file that is not a film', async () => {
      const refusals = [
        await both((side) => start(side, nobody, 1000)),
        await both((side) => start(side, participant, 1000)),
        await both((side) => start(side, editor, FILM_MAX_BYTES + 1)),
        await both((side) => start(side, editor, 1000, 'text/plain')),
        await both((side) => upload(side, editor, TEXT_AS_FILM)),
      ];
      expect(refusals.map((r) => r.status)).toEqual([401, 403, 413, 415, 415]);
      expect(refusals.every((r) => r.cache === 'no-store')).toBe(true);
    });

    it('stores captions alike: WebVTT as sent, SubRip converted, the same address', async () => {
      const fr = await both((side) => captions(side, editor, 'fr', FR_VTT));
      expect(fr.status).toBe(201);
      expect(fr.location).toMatch(/^\/media\/u\/[0-9a-f]{64}\.vtt$/);
      const en = await both((side) => captions(side, editor, 'en', EN_SRT));
      expect(JSON.parse(en.body)).toMatchObject({ lang: 'en', label: 'English' });
    });

    it('refuses the same captions with the same words', async () => {
      const refusals = [
        await both((side) => captions(side, editor, 'fr', BAD_VTT)),
        await both((side) => captions(side, editor, 'fr', 'Hello')),
        await both((side) => captions(side, editor, 'de', FR_VTT)),
        await both((side) => captions(side, participant, 'fr', FR_VTT)),
      ];
      expect(refusals.map((r) => r.status)).toEqual([400, 400, 400, 403]);
      expect(JSON.parse(refusals[0]!.body).error.message).toMatch(/line 3/);
    });
  },
);
