// @vitest-environment node
// Over 300 lines: every implementation's answers to one route pair, refusals included.
/**
 * Shared paths (POST /api/paths, GET /api/paths/:id) behave the same on every
 * implementation: what is stored, how it reads back, and every refusal.
 * Over 300 lines: each step kind (story, person, theme, debate) has its cases here,
 * against one set of targets.
 */
import { expect, it } from 'vitest';

import {
  type PathStepInput,
  sharedPathSchema,
  type SharedPathStep,
} from '#contract/path-schemas.ts';
import { MAX_BODY_BYTES } from '#contract/routes.ts';
import { apiErrorSchema, PATH_MAX_STEPS, pathCreatedSchema } from '#contract/schemas.ts';
import { demoDataset, toSummary } from '#mocks/data.ts';
import { debates } from '#mocks/fixtures/in-movement.ts';
import { findDebate, toDebateSummary } from '#mocks/in-movement-read.ts';
import { imState } from '#mocks/in-movement-store.ts';

import { describeEachTarget, mswTarget, type Target } from './targets.ts';

const [storyA, storyB] = demoDataset.stories.filter((s) => s.cards.length > 2);
const person = demoDataset.people[0]!;
const theme = demoDataset.themes[1]!;
/** A debate of In Movement's demo, which every target seeds alongside the stories. */
const debate = debates[1]!;

/** What a target must answer for a step of the demo content. */
function resolved(step: PathStepInput): SharedPathStep {
  if (step.kind === 'story') {
    const story = demoDataset.stories.find((s) => s.slug === step.slug)!;
    return {
      ...step,
      cardsSeen: Math.min(step.cardsSeen, story.cards.length),
      story: toSummary(story),
    };
  }
  if (step.kind === 'person') {
    const { slug, name, role, portrait } = demoDataset.people.find((p) => p.slug === step.slug)!;
    return { ...step, person: { slug, name, role, portrait } };
  }
  if (step.kind === 'debate')
    return { ...step, debate: toDebateSummary(imState(), findDebate(imState(), step.slug)!) };
  return { ...step, theme: demoDataset.themes.find((t) => t.slug === step.slug)! };
}

const trail: PathStepInput[] = [
  { kind: 'story', slug: storyA!.slug, cardsSeen: 2 },
  { kind: 'person', slug: person.slug },
  { kind: 'theme', slug: theme.slug },
  { kind: 'story', slug: storyB!.slug, cardsSeen: 0 },
  { kind: 'debate', slug: debate.slug },
  // Coming back to a story is a step of its own.
  { kind: 'story', slug: storyA!.slug, cardsSeen: 1 },
];

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const post = (target: Target, body: unknown, headers: Record<string, string> = JSON_HEADERS) =>
  target.fetch('/api/paths', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const storySteps = (count: number): PathStepInput[] =>
  Array.from({ length: count }, (_, i) => ({
    kind: 'story',
    slug: demoDataset.stories[i % demoDataset.stories.length]!.slug,
    cardsSeen: i % 3,
  }));

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Bodies every target refuses, with the status, code and field it must name. */
const refusals: [string, string, number, string, string | undefined][] = [
  ['malformed JSON', '{"steps":[', 400, 'bad_request', undefined],
  ['an empty body', '', 400, 'bad_request', undefined],
  ['an array', '[]', 400, 'bad_request', 'request'],
  ['a string', '"x"', 400, 'bad_request', 'request'],
  ['null', 'null', 400, 'bad_request', 'request'],
  ['no steps', '{}', 400, 'bad_request', 'steps'],
  ['zero steps', '{"steps":[]}', 400, 'bad_request', 'steps'],
  [
    '201 steps',
    JSON.stringify({ steps: storySteps(PATH_MAX_STEPS + 1) }),
    400,
    'bad_request',
    'steps',
  ],
  ['deeply nested arrays', `{"steps":${deep(20_000)}}`, 400, 'bad_request', 'steps.0'],
  ['a deeply nested body', deep(30_000), 400, 'bad_request', 'request'],
  [
    'an unknown kind',
    '{"steps":[{"kind":"video","slug":"a"}]}',
    400,
    'bad_request',
    'steps.0.kind',
  ],
  [
    'a step that is not an object',
    '{"steps":[{"kind":"theme","slug":"design"},7]}',
    400,
    'bad_request',
    'steps.1',
  ],
  [
    'a story step without cardsSeen',
    `{"steps":[{"kind":"story","slug":"${storyA!.slug}"}]}`,
    400,
    'bad_request',
    'steps.0.cardsSeen',
  ],
  [
    'a negative cardsSeen',
    `{"steps":[{"kind":"story","slug":"${storyA!.slug}","cardsSeen":-1}]}`,
    400,
    'bad_request',
    'steps.0.cardsSeen',
  ],
  [
    'a fractional cardsSeen',
    `{"steps":[{"kind":"story","slug":"${storyA!.slug}","cardsSeen":1.5}]}`,
    400,
    'bad_request',
    'steps.0.cardsSeen',
  ],
  [
    'a cardsSeen beyond any story',
    `{"steps":[{"kind":"story","slug":"${storyA!.slug}","cardsSeen":501}]}`,
    400,
    'bad_request',
    'steps.0.cardsSeen',
  ],
  [
    'SQL in a slug',
    `{"steps":[{"kind":"theme","slug":"design"},{"kind":"person","slug":"x'); DROP TABLE paths; --"}]}`,
    400,
    'bad_request',
    'steps.1.slug',
  ],
  [
    'a non-ASCII slug',
    '{"steps":[{"kind":"theme","slug":"caf\u00e9"}]}',
    400,
    'bad_request',
    'steps.0.slug',
  ],
  [
    'a slug of 81 characters',
    `{"steps":[{"kind":"theme","slug":"${'a'.repeat(81)}"}]}`,
    400,
    'bad_request',
    'steps.0.slug',
  ],
  [
    'a body over the limit',
    JSON.stringify({ steps: trail, pad: 'x'.repeat(MAX_BODY_BYTES) }),
    413,
    'payload_too_large',
    undefined,
  ],
];

/** Steps naming nothing that exists: refused with the kind and slug named. */
const unknownTargets: [string, PathStepInput[], string, RegExp][] = [
  [
    'a story',
    [...trail.slice(0, 3), { kind: 'story', slug: 'no-such-story', cardsSeen: 1 }],
    'steps.3.slug',
    /story "no-such-story"/,
  ],
  ['a person', [{ kind: 'person', slug: 'nobody-here' }], 'steps.0.slug', /person "nobody-here"/],
  [
    'a theme',
    [trail[0]!, { kind: 'theme', slug: 'no-such-theme' }],
    'steps.1.slug',
    /theme "no-such-theme"/,
  ],
  [
    'a debate',
    [trail[0]!, { kind: 'debate', slug: 'no-such-debate' }],
    'steps.1.slug',
    /debate "no-such-debate"/,
  ],
  // Slugs are per kind: a story's slug names no person.
  ['a story slug as a person', [{ kind: 'person', slug: storyA!.slug }], 'steps.0.slug', /person/],
];

describeEachTarget('Paths contract', 'share a path, read it back', (target) => {
  async function share(body: unknown): Promise<string> {
    const response = await post(target, body);
    expect(response.status).toBe(201);
    return pathCreatedSchema.parse(await response.json()).id;
  }

  async function read(id: string) {
    const response = await target.fetch(`/api/paths/${id}`);
    expect(response.status).toBe(200);
    return sharedPathSchema.parse(await response.json());
  }

  async function expectError(
    response: Response,
    status: number,
    code: string,
    field: string | undefined,
  ) {
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const error = apiErrorSchema.parse(await response.json()).error;
    expect({ status: response.status, code: error.code, field: error.field }).toEqual({
      status,
      code,
      field,
    });
    return error;
  }

  it('answers 201 with the new id, its location, and no-store', async () => {
    const response = await post(target, { steps: trail });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const { id } = pathCreatedSchema.parse(await response.json());
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(response.headers.get('Location')).toBe(`/api/paths/${id}`);
  });

  it('reads a path back in order, each step drawn with its story, person, theme or debate', async () => {
    const before = Date.now();
    const id = await share({ steps: trail });
    const path = await read(id);
    expect(path.id).toBe(id);
    expect(path.steps).toEqual(trail.map(resolved));
    // Stored when shared, to the millisecond, in UTC.
    expect(path.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const createdAt = Date.parse(path.createdAt);
    expect(createdAt).toBeGreaterThanOrEqual(before - 60_000);
    expect(createdAt).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it('clamps cardsSeen to the story’s cards', async () => {
    const id = await share({ steps: [{ kind: 'story', slug: storyB!.slug, cardsSeen: 500 }] });
    const [step] = (await read(id)).steps;
    expect(step).toMatchObject({ kind: 'story', cardsSeen: storyB!.cards.length });
  });

  it('gives the same steps shared twice the same id, and other steps another', async () => {
    const id = await share({ steps: trail });
    expect(await share({ steps: trail })).toBe(id);
    expect(await share({ steps: trail.slice(1) })).not.toBe(id);
    // Stored as checked: a clamped count is the count it was clamped to.
    const full = [{ kind: 'story', slug: storyB!.slug, cardsSeen: storyB!.cards.length }];
    const beyond = [{ kind: 'story', slug: storyB!.slug, cardsSeen: 500 }];
    expect(await share({ steps: beyond })).toBe(await share({ steps: full }));
  });

  it('leaves out fields the contract does not name, however deep', async () => {
    const id = await share({
      steps: trail.map((step) => ({ ...step, at: '2024-01-01', nested: { a: [1, 2] } })),
      owner: 'me',
    });
    expect(await read(id)).toEqual({
      id,
      createdAt: expect.any(String),
      steps: trail.map(resolved),
    });
    const deeplyNested = `{"steps":[{"kind":"theme","slug":"${theme.slug}","extra":${deep(20_000)}}]}`;
    const response = await post(target, deeplyNested);
    expect(response.status).toBe(201);
  });

  it(`takes ${PATH_MAX_STEPS} steps`, async () => {
    const steps = storySteps(PATH_MAX_STEPS);
    const path = await read(await share({ steps }));
    expect(path.steps).toHaveLength(PATH_MAX_STEPS);
    expect(path.steps.map((s) => s.slug)).toEqual(steps.map((s) => s.slug));
  });

  it.each(refusals)('refuses %s', async (_, body, status, code, field) => {
    await expectError(await post(target, body), status, code, field);
  });

  it.each(unknownTargets)(
    'refuses a step naming %s that does not exist',
    async (_, steps, field, message) => {
      const error = await expectError(await post(target, { steps }), 400, 'bad_request', field);
      expect(error.message).toMatch(message);
    },
  );

  it('refuses a body that is not JSON with 415', async () => {
    const text = await post(target, JSON.stringify({ steps: trail }), {
      'Content-Type': 'text/plain',
    });
    await expectError(text, 415, 'unsupported_media_type', undefined);
    const form = await post(target, 'steps=1', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    await expectError(form, 415, 'unsupported_media_type', undefined);
    // The type is checked first: an oversized body of another type is not even read.
    const big = await post(target, 'x'.repeat(MAX_BODY_BYTES + 1), {
      'Content-Type': 'text/plain',
    });
    await expectError(big, 415, 'unsupported_media_type', undefined);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const unknown = await target.fetch('/api/paths/AAAAAAAAAAAA');
    expect((await expectError(unknown, 404, 'not_found', 'id')).message).toMatch(/AAAAAAAAAAAA/);
    for (const id of ['short', 'x'.repeat(33), 'has%20space', '%3Cscript%3E', 'abc.def.ghi']) {
      await expectError(await target.fetch(`/api/paths/${id}`), 404, 'not_found', 'id');
    }
  });

  it('answers 405 naming the methods the route table allows on each path', async () => {
    const cases: [string, string, string][] = [
      ['GET', '/api/paths', 'POST'],
      ['PUT', '/api/paths', 'POST'],
      ['DELETE', '/api/paths/AAAAAAAAAAAA', 'GET, HEAD'],
      ['POST', '/api/paths/AAAAAAAAAAAA', 'GET, HEAD'],
      ['DELETE', '/api/stories', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await target.fetch(path, { method });
      expect({ method, path, allow: response.headers.get('Allow') }).toEqual({
        method,
        path,
        allow,
      });
      await expectError(response, 405, 'method_not_allowed', undefined);
    }
  });

  if (target !== mswTarget) {
    it('answers byte for byte what the MSW handlers answer, ids and times aside', async () => {
      const bodies = [
        ...refusals.map(([, body]) => body),
        ...unknownTargets.map(([, steps]) => JSON.stringify({ steps })),
      ];
      for (const body of bodies) {
        const [mock, real] = await Promise.all([post(mswTarget, body), post(target, body)]);
        expect({
          body: body.slice(0, 80),
          status: real.status,
          text: await real.text(),
        }).toEqual({
          body: body.slice(0, 80),
          status: mock.status,
          text: await mock.text(),
        });
      }
      const [mockId, realId] = await Promise.all(
        [mswTarget, target].map(
          async (t) => pathCreatedSchema.parse(await (await post(t, { steps: trail })).json()).id,
        ),
      );
      const [mock, real] = await Promise.all([
        mswTarget.fetch(`/api/paths/${mockId}`),
        target.fetch(`/api/paths/${realId}`),
      ]);
      const normalise = (text: string) =>
        text.replace(/"id":"[^"]+"/, '"id":"ID"').replace(/"createdAt":"[^"]+"/, '"createdAt":"T"');
      expect(normalise(await real.text())).toBe(normalise(await mock.text()));
      const unknown = await Promise.all(
        [mswTarget, target].map(async (t) => (await t.fetch('/api/paths/AAAAAAAAAAAA')).text()),
      );
      expect(unknown[1]).toBe(unknown[0]);
    });
  }
});
