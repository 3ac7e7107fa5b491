// @vitest-environment node
/** Each frame's world travels with its requests: answers per header, failures per frame. */
import { getResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { encodeFrameValue, FRAME_HEADER } from '#contract/preview-frame.ts';
import { apiErrorSchema, storyListSchema, storySchema } from '#contract/schemas.ts';

import { handlers } from '../handlers/index.ts';
import { setMockLatency } from '../handlers/respond.ts';
import { resetFrames } from './frame-request.ts';
import type { FrameWorld } from './world-schema.ts';

afterEach(() => {
  setMockLatency(0);
  resetFrames();
});

function frame(id: string, world: Partial<FrameWorld> = {}): string {
  return encodeFrameValue({ v: 1, id, run: 'r1', ...world });
}

function get(path: string, header?: string) {
  return getResponse(
    handlers,
    new Request(`http://parcours.test${path}`, {
      headers: header === undefined ? {} : { [FRAME_HEADER]: header },
    }),
  ) as Promise<Response>;
}

describe('the frame header', () => {
  it('gives two concurrent requests their own frame’s answer', async () => {
    setMockLatency(20, 60);
    const [a, b, plain] = await Promise.all([
      get(
        '/api/stories/nuancier',
        frame('a', { patch: { stories: { nuancier: { title: { fr: 'Alpha' } } } } }),
      ),
      get(
        '/api/stories/nuancier',
        frame('b', { patch: { stories: { nuancier: { title: { fr: 'Bravo' } } } } }),
      ),
      get('/api/stories/nuancier'),
    ]);
    expect(storySchema.parse(await a.json()).title.fr).toBe('Alpha');
    expect(storySchema.parse(await b.json()).title.fr).toBe('Bravo');
    expect(storySchema.parse(await plain.json()).title.fr).toBe('Naissance d’une teinte');
  });

  it('carries a scenario of its own', async () => {
    const empty = await get('/api/stories', frame('a', { scenario: 'empty' }));
    expect(storyListSchema.parse(await empty.json()).items).toEqual([]);
  });

  it('fails "once" once per frame and per run', async () => {
    const once = {
      rules: [{ kind: 'fail' as const, route: 'listThemes' as const, status: 503, times: 1 }],
    };
    expect((await get('/api/themes', frame('a', once))).status).toBe(503);
    expect((await get('/api/themes', frame('a', once))).status).toBe(200);
    // Another frame has its own count, and so has the same frame's next run.
    expect((await get('/api/themes', frame('b', once))).status).toBe(503);
    expect((await get('/api/themes', frame('a', { ...once, run: 'r2' }))).status).toBe(503);
    const failed = await get('/api/themes', frame('c', once));
    expect(apiErrorSchema.parse(await failed.json()).error.code).toBe('unavailable');
  });

  it('breaks the contract on purpose, and drops the connection on a network error', async () => {
    const broken = await get(
      '/api/stories/nuancier',
      frame('a', { rules: [{ kind: 'break-contract', route: 'getStory' }] }),
    );
    expect(storySchema.safeParse(await broken.json()).success).toBe(false);
    const lost = await get(
      '/api/themes',
      frame('a', { rules: [{ kind: 'network-error', route: 'listThemes' }] }),
    );
    expect(lost.type).toBe('error');
  });

  it.each([
    ['not base64url', '!!!', 'not base64url-encoded JSON'],
    ['not JSON', encodeFrameValue('x').slice(1), 'not base64url-encoded JSON'],
    ['without an id', encodeFrameValue({ v: 1, run: 'r1' }), 'id'],
    [
      'with a rule for no route',
      frame('a', { rules: [{ kind: 'delay', route: 'nowhere' as never, ms: 1 }] }),
      'rules.0.route',
    ],
    [
      'with a patch the contract refuses',
      frame('a', { patch: { stories: { nuancier: { tile: 'huge' as never } } } }),
      'patch.stories.nuancier.tile',
    ],
    [
      'patching a story that does not exist',
      frame('a', { patch: { stories: { nope: { tile: 'wide' } } } }),
      'patch.stories.nope',
    ],
    ['too large', 'a'.repeat(9000), 'at most 8192'],
  ])('is refused with a 400 naming it when %s', async (_, header, words) => {
    const response = await get('/api/themes', header);
    expect(response.status).toBe(400);
    const { error } = apiErrorSchema.parse(await response.json());
    expect(error).toMatchObject({ code: 'bad_request', field: FRAME_HEADER });
    expect(error.message).toContain(words);
  });
});

describe('a write under a frame’s rule', () => {
  const post = (header: string) =>
    getResponse(
      handlers,
      new Request('http://parcours.test/api/in-movement/debates/rues-sans-voitures/contributions', {
        method: 'POST',
        headers: { [FRAME_HEADER]: header, 'Content-Type': 'application/json' },
        body: JSON.stringify({ idempotencyKey: 'a'.repeat(22), body: 'Oui.', stance: 'for' }),
      }),
    ) as Promise<Response>;

  it('fails as the rule says, signed in by the frame’s scenario, never reaching the store', async () => {
    const world = { scenario: 'as-participant' as const };
    const failed = await post(
      frame('w', { ...world, rules: [{ kind: 'fail', route: 'createContribution', status: 503 }] }),
    );
    expect(failed.status).toBe(503);
    const dropped = await post(
      frame('w', { ...world, rules: [{ kind: 'network-error', route: 'createContribution' }] }),
    );
    expect(dropped.type).toBe('error');
  });
});
