// @vitest-environment node
/**
 * Each board frame writes In Movement's store of its own for its run (decision 031):
 * a contribution sent in one frame shows in no other, nor in the frame's next run,
 * nor in the process's store, which requests without a frame header still share.
 */
import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { contributionListSchema, contributionSchema } from '#contract/in-movement.ts';
import { encodeFrameValue, FRAME_HEADER } from '#contract/preview-frame.ts';
import { SCENARIO_HEADER } from '#contract/routes.ts';

import { handlers } from '../handlers/index.ts';
import { setMockLatency } from '../handlers/respond.ts';
import { imState } from '../in-movement-store.ts';
import { resetFrames } from './frame-request.ts';
import { inMovementContribute } from './in-movement-contribute.flow.ts';
import type { FrameWorld } from './world-schema.ts';

const DEBATE = 'rues-sans-voitures';
const CONTRIBUTIONS = `/api/in-movement/debates/${DEBATE}/contributions`;

beforeEach(() => setMockLatency(0));
afterEach(() => resetFrames());

/** A frame's header: signed in as a participant unless the world says otherwise. */
function frame(id: string, world: Partial<FrameWorld> = {}): Record<string, string> {
  const value = encodeFrameValue({ v: 1, id, run: 'r1', scenario: 'as-participant', ...world });
  return { [FRAME_HEADER]: value };
}

async function send(path: string, headers: Record<string, string>, body?: unknown) {
  const response = await getResponse(
    handlers,
    new Request(`http://parcours.test${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  if (!response) throw new Error(`No handler for ${path}`);
  return response;
}

let keys = 0;
/** Sends a contribution "for" the debate; the answer's status and the created contribution. */
async function contribute(headers: Record<string, string>, body: string, key = `key-${++keys}`) {
  const idempotencyKey = key.padEnd(22, '0');
  const response = await send(CONTRIBUTIONS, headers, { idempotencyKey, body, stance: 'for' });
  if (response.type === 'error') return { status: 'network-error' as const };
  const json = (await response.json()) as unknown;
  const created = contributionSchema.safeParse(json);
  return { status: response.status, id: created.success ? created.data.id : null, json };
}

/** The debate's contributions' texts as a frame (or no frame) reads them, newest first. */
async function bodies(headers: Record<string, string> = {}): Promise<string[]> {
  const response = await send(`${CONTRIBUTIONS}?limit=50`, headers);
  expect(response.status).toBe(200);
  return contributionListSchema.parse(await response.json()).items.map((c) => c.body);
}

describe('a frame’s In Movement store', () => {
  it('keeps each frame’s contribution to itself, however their requests interleave', async () => {
    const fixtures = await bodies();
    // Frame a's send waits inside its handler while frame b's is answered whole.
    const slowA = frame('a', {
      rules: [{ kind: 'delay', route: 'createContribution', ms: 40 }],
    });
    const [a, b] = await Promise.all([
      contribute(slowA, 'Alpha, du cadre a.'),
      contribute(frame('b'), 'Bravo, du cadre b.'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    // Each store hands out its own ids, from the same seed.
    expect(a.id).toBe(b.id);

    // Read later, by the same frame: its own write, first; the other frame's nowhere.
    expect(await bodies(frame('a'))).toEqual(['Alpha, du cadre a.', ...fixtures]);
    expect(await bodies(frame('b'))).toEqual(['Bravo, du cadre b.', ...fixtures]);
    // The process's store, shared by requests without a frame, has neither.
    expect(await bodies()).toEqual(fixtures);
    expect(imState().contributions.some((c) => c.body.startsWith('Alpha'))).toBe(false);
  });

  it('starts again from the fixtures on the frame’s next run', async () => {
    const fixtures = await bodies();
    expect((await contribute(frame('a'), 'Écrit au premier passage.')).status).toBe(201);
    expect(await bodies(frame('a', { run: 'r2' }))).toEqual(fixtures);
    // The earlier run's store is still its own while it is kept.
    expect((await bodies(frame('a')))[0]).toBe('Écrit au premier passage.');
  });

  it('is shared by the requests without a frame header, as the one process store', async () => {
    const fixtures = await bodies();
    const created = await contribute({ [SCENARIO_HEADER]: 'as-participant' }, 'Sans cadre.');
    expect(created.status).toBe(201);
    expect(await bodies()).toEqual(['Sans cadre.', ...fixtures]);
    expect(imState().contributions.at(-1)?.body).toBe('Sans cadre.');
    expect(await bodies(frame('a'))).toEqual(fixtures);
  });

  it('keeps its own mocked sign-in: signing in in one frame signs in no other', async () => {
    const signedOut = { scenario: 'default' as const };
    const verified = await send('/api/auth/verify', frame('a', signedOut), {
      token: 'A'.repeat(43),
    });
    expect(verified.status).toBe(200);
    expect((await send('/api/me', frame('a', signedOut))).status).toBe(200);
    expect((await send('/api/me', frame('b', signedOut))).status).toBe(401);
    expect((await send('/api/me', frame('a', { ...signedOut, run: 'r2' }))).status).toBe(401);
    expect((await send('/api/me', {})).status).toBe(401);
  });

  it('keeps the 32 most recently used stores, the oldest out', async () => {
    const fixtures = await bodies();
    expect((await contribute(frame('kept'), 'Gardé.')).status).toBe(201);
    expect((await contribute(frame('dropped'), 'Oublié.')).status).toBe(201);
    for (let n = 0; n < 31; n++) {
      if (n === 15) await bodies(frame('kept'));
      await bodies(frame(`other-${n}`));
    }
    expect((await bodies(frame('kept')))[0]).toBe('Gardé.');
    expect(await bodies(frame('dropped'))).toEqual(fixtures);
  });
});

describe('the contribution flow’s world', () => {
  it('drops the first send, then publishes the retry in its own frame only', async () => {
    const fixtures = await bodies();
    const world = { ...inMovementContribute.world } as Partial<FrameWorld>;
    const text = 'Oui, à condition que les bus de nuit suivent.';
    const [first, retry] = [
      await contribute(frame('phone', world), text, 'flow-draft'),
      await contribute(frame('phone', world), text, 'flow-draft'),
    ];
    expect(first.status).toBe('network-error');
    expect(retry.status).toBe(201);
    expect(await bodies(frame('phone', world))).toEqual([text, ...fixtures]);
    expect(await bodies(frame('ipad', world))).toEqual(fixtures);
  });
});
