// @vitest-environment node
/** The designer's scenarios apply to sharing a path as to every read. */
import { getResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { sharedPathSchema } from '#contract/path-schemas.ts';
import { SCENARIO_HEADER } from '#contract/routes.ts';
import { apiErrorSchema, pathCreatedSchema } from '#contract/schemas.ts';

import { demoDataset } from '../data.ts';
import { debates } from '../fixtures/in-movement.ts';
import { findDebate } from '../in-movement-read.ts';
import { imState } from '../in-movement-store.ts';
import { handlers } from './index.ts';
import { setMockLatency } from './respond.ts';

const story = demoDataset.stories[0]!;
const theme = demoDataset.themes[0]!;

function share(steps: unknown[], scenario?: string) {
  return getResponse(
    handlers,
    new Request('http://parcours.test/api/paths', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(scenario ? { [SCENARIO_HEADER]: scenario } : {}),
      },
      body: JSON.stringify({ steps }),
    }),
  );
}

afterEach(() => setMockLatency(0));

describe('sharing a path under a scenario', () => {
  it('fails with 500 in the error scenario', async () => {
    const response = await share([{ kind: 'theme', slug: theme.slug }], 'error');
    expect(response?.status).toBe(500);
    expect(apiErrorSchema.parse(await response?.json()).error.code).toBe('internal');
  });

  it('checks steps against the scenario’s dataset', async () => {
    const storyStep = { kind: 'story', slug: story.slug, cardsSeen: 1 };
    expect((await share([storyStep]))?.status).toBe(201);
    // The empty scenario has no stories, but its themes are still there.
    const empty = await share([storyStep], 'empty');
    expect(empty?.status).toBe(400);
    expect(apiErrorSchema.parse(await empty?.json()).error.field).toBe('steps.0.slug');
    const themeOnly = await share([{ kind: 'theme', slug: theme.slug }], 'empty');
    expect(pathCreatedSchema.parse(await themeOnly?.json()).id).toHaveLength(12);
  });

  it('takes the simulated latency', async () => {
    setMockLatency(60);
    const start = performance.now();
    expect((await share([{ kind: 'theme', slug: theme.slug }]))?.status).toBe(201);
    expect(performance.now() - start).toBeGreaterThanOrEqual(55);
  });
});

describe('a debate on a shared path', () => {
  const debate = debates[0]!;

  async function read(id: string) {
    const response = await getResponse(
      handlers,
      new Request(`http://parcours.test/api/paths/${id}`),
    );
    return sharedPathSchema.parse(await response?.json());
  }

  it('is drawn with its summary from In Movement’s store, and left out once archived', async () => {
    const steps = [
      { kind: 'theme', slug: theme.slug },
      { kind: 'debate', slug: debate.slug },
    ];
    const { id } = pathCreatedSchema.parse(await (await share(steps))?.json());
    const [, step] = (await read(id)).steps;
    expect(step).toMatchObject({
      kind: 'debate',
      slug: debate.slug,
      debate: { slug: debate.slug, question: debate.question, theme: debate.theme },
    });

    findDebate(imState(), debate.slug)!.archived = true;
    expect((await read(id)).steps).toMatchObject([{ kind: 'theme', slug: theme.slug }]);
    // Archived is not unknown: a path walked before the archiving still shares.
    expect((await share(steps))?.status).toBe(201);
  });

  it('refuses a debate that does not exist, naming the step', async () => {
    const response = await share([{ kind: 'debate', slug: 'no-such-debate' }]);
    expect(response?.status).toBe(400);
    const { error } = apiErrorSchema.parse(await response?.json());
    expect(error.field).toBe('steps.0.slug');
    expect(error.message).toMatch(/debate "no-such-debate"/);
  });
});
