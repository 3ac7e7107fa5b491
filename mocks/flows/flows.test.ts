// @vitest-environment node
/** Every committed flow parses, goes where the app has pages, and names what exists. */
import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';

import { PAGE_PATTERNS } from '#contract/pages.ts';

import { debates } from '../fixtures/in-movement.ts';
import { datasetFor } from '../scenarios.ts';
import { patchDataset } from './content-patch.ts';
import { flowSchema } from './flow-schema.ts';
import { flows } from './flows.ts';

/** The app's page a URL opens, if any (contract/pages.ts). */
function pageOf(url: string): string | undefined {
  const pathname = new URL(url, 'http://parcours.test').pathname;
  return Object.entries(PAGE_PATTERNS).find(([, pattern]) => matchPath(pattern, pathname))?.[0];
}

describe('the committed flows', () => {
  it('are at least the three of the board and In Movement’s, with distinct ids', () => {
    expect(flows.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'first-visit',
        'share-my-path',
        'search-person-story',
        'in-movement-debate',
        'in-movement-contribute',
        'in-movement-moderation',
      ]),
    );
    expect(new Set(flows.map((f) => f.id)).size).toBe(flows.length);
  });

  describe.each(flows.map((flow) => [flow.id, flow] as const))('%s', (_, flow) => {
    it('parses with the flow schema', () => {
      expect(flowSchema.safeParse(flow).success).toBe(true);
    });

    it('starts and goes only to the app’s pages', () => {
      const urls = [flow.start, ...flow.steps.flatMap((s) => (s.do === 'goto' ? [s.url] : []))];
      for (const url of urls) expect(pageOf(url), url).toBeDefined();
    });

    it('names stories, people and themes its patched content has', () => {
      const patched = patchDataset(
        datasetFor(flow.world.scenario ?? 'default'),
        flow.world.patch ?? {},
      );
      if (!patched.ok) throw new Error(JSON.stringify(patched.errors));
      const { stories, people, themes } = patched.data;
      const has = (list: readonly { slug: string }[], slug: string) =>
        list.some((item) => item.slug === slug);
      for (const slug of flow.world.path ?? []) expect(has(stories, slug), slug).toBe(true);
      for (const step of flow.steps) {
        if (step.do === 'tap-tile') expect(has(stories, step.story), step.story).toBe(true);
        if (step.do === 'tap-person') expect(has(people, step.person), step.person).toBe(true);
        if (step.do === 'tap-theme') expect(has(themes, step.theme), step.theme).toBe(true);
        if (step.do === 'tap-debate') expect(has(debates, step.debate), step.debate).toBe(true);
      }
    });

    it('names its checkpoints once each', () => {
      const names = flow.steps.flatMap((s) => (s.checkpoint ? [s.checkpoint] : []));
      expect(names.length).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
    });
  });

  it('refuses a step the format does not know, naming it', () => {
    const parsed = flowSchema.safeParse({ ...flows[0], steps: [{ do: 'teleport' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['steps', 0, 'do']);
  });

  it('refuses a start that is not an address inside the app', () => {
    expect(flowSchema.safeParse({ ...flows[0], start: 'https://example.org/' }).success).toBe(
      false,
    );
    expect(pageOf('/nowhere/at/all')).toBeUndefined();
  });
});
