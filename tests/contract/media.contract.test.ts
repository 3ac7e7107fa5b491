// @vitest-environment node
/**
 * Uploads answer alike where both implementations can tell (decision 036): who may
 * upload, and each refusal read from the bytes (type, size, pixels the header
 * claims), compared on status and body; a sound image answers the studio's image on
 * both, at the same size, under a `/media/u/` URL each serves. What only the server
 * does (widths, damage, metadata) is in server/routes/media.test.ts.
 */
import { beforeAll, expect, it } from 'vitest';

import { draftImageSchema, IMAGE_MAX_BYTES } from '#contract/media.ts';
import { SCENARIO_HEADER } from '#contract/routes.ts';
import { setMockSignedIn } from '#mocks/handlers/auth.ts';
import { resetMediaMocks } from '#mocks/handlers/media.ts';
import { setMockLatency } from '#mocks/handlers/respond.ts';
import { resetInMovementMocks } from '#mocks/in-movement-session.ts';
import { EXECUTABLE, jpegBomb, photo, pngBomb, SVG_WITH_SCRIPT } from '#tests/utils/media-files.ts';

import { signInEach, type Who } from './signed-in.ts';
import { describeEachTarget, mswTarget, type Target } from './targets.ts';

const editor: Who = { scenario: 'as-editor' };
const participant: Who = { scenario: 'as-participant' };
const nobody: Who = {};
const UPLOAD = '/api/studio/media/images';

function upload(target: Target, who: Who, body: Uint8Array | string, type: string) {
  const headers: Record<string, string> = { 'Content-Type': type };
  if (target === mswTarget && who.scenario) headers[SCENARIO_HEADER] = who.scenario;
  if (target !== mswTarget && who.cookie) headers.Cookie = who.cookie;
  const sent = typeof body === 'string' ? body : new Uint8Array(body);
  return target.fetch(UPLOAD, { method: 'POST', headers, body: sent });
}

const snapshot = async (response: Response) => ({
  status: response.status,
  cache: response.headers.get('Cache-Control'),
  body: await response.text(),
});

describeEachTarget('Media contract', 'uploads answer like the mocks', (target) => {
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

  async function both(who: Who, body: Uint8Array | string, type = 'image/jpeg') {
    const mock = await snapshot(await upload(mswTarget, who, body, type));
    if (target === mswTarget) return mock;
    const server = await snapshot(await upload(target, who, body, type));
    expect(server).toEqual(mock);
    return server;
  }

  it('refuses the signed out and other roles', async () => {
    const image = await photo(40, 30);
    expect((await both(nobody, image)).status).toBe(401);
    expect((await both(participant, image)).status).toBe(403);
  });

  it('refuses the same files with the same words', async () => {
    const big = new Uint8Array(IMAGE_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const refusals = [
      await both(editor, EXECUTABLE),
      await both(editor, SVG_WITH_SCRIPT, 'image/svg+xml'),
      await both(editor, pngBomb(), 'image/png'),
      await both(editor, await jpegBomb()),
      await both(editor, new Uint8Array(0), 'image/png'),
      await both(editor, '{"file":"x"}', 'application/json'),
      await both(editor, big),
    ];
    expect(refusals.map((r) => r.status)).toEqual([415, 415, 413, 413, 415, 415, 413]);
    expect(refusals.every((r) => r.cache === 'no-store')).toBe(true);
  });

  it('answers the studio’s image for a sound file, served where it says', async () => {
    const image = await photo(640, 400);
    for (const side of target === mswTarget ? [mswTarget] : [mswTarget, target]) {
      const response = await upload(side, editor, image, 'image/jpeg');
      expect(response.status).toBe(201);
      const answered = draftImageSchema.parse(await response.json());
      expect(answered).toMatchObject({ width: 640, height: 400, alt: { fr: '', en: '' } });
      expect(answered.src).toMatch(/^\/media\/u\/[0-9a-f]{64}\.(webp|jpg)$/);
      expect(response.headers.get('Location')).toBe(answered.src);
      const served = await side.fetch(answered.src);
      expect(served.status).toBe(200);
      expect(served.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    }
  });
});
