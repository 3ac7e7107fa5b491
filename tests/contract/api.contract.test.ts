// @vitest-environment node
import { expect, it } from 'vitest';

import {
  apiErrorSchema,
  personSchema,
  storyListSchema,
  storySchema,
  themeListSchema,
} from '#contract/schemas.ts';
import { demoDataset } from '#mocks/data.ts';

import { describeEachTarget, mswTarget } from './targets.ts';

const allSlugs = [...demoDataset.stories]
  .sort((a, b) =>
    a.publishedAt === b.publishedAt
      ? a.slug < b.slug
        ? -1
        : a.slug > b.slug
          ? 1
          : 0
      : b.publishedAt.localeCompare(a.publishedAt),
  )
  .map((s) => s.slug);

const base64url = (text: string) => Buffer.from(text, 'latin1').toString('base64url');

// A target that cannot run here (no PostgreSQL server) shows up as skipped, with its reason.
describeEachTarget('API contract', 'same requests, same answers', (target) => {
  async function json(path: string, init?: RequestInit) {
    const response = await target.fetch(path, init);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    return { status: response.status, body: (await response.json()) as unknown };
  }

  async function expectError(
    path: string,
    status: number,
    code: string,
    field?: string,
    init?: RequestInit,
  ) {
    const { status: actual, body } = await json(path, init);
    expect(actual).toBe(status);
    const error = apiErrorSchema.parse(body).error;
    expect(error.code).toBe(code);
    if (field) expect(error.field).toBe(field);
  }

  it('lists stories newest first, all of them on the default page', async () => {
    const { status, body } = await json('/api/stories');
    expect(status).toBe(200);
    const list = storyListSchema.parse(body);
    expect(list.items.map((s) => s.slug)).toEqual(allSlugs);
    expect(list.nextCursor).toBeNull();
    expect(list.total).toBe(allSlugs.length);
  });

  it('paginates with an opaque cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const { status, body } = await json(`/api/stories?limit=5${query}`);
      expect(status).toBe(200);
      const page = storyListSchema.parse(body);
      expect(page.items.length).toBeLessThanOrEqual(5);
      // Every page tells the whole list's size, which no page alone shows.
      expect(page.total).toBe(allSlugs.length);
      seen.push(...page.items.map((s) => s.slug));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(seen).toEqual(allSlugs);
    expect(pages).toBe(Math.ceil(allSlugs.length / 5));
  });

  it('filters by theme', async () => {
    const { body } = await json('/api/stories?theme=design');
    const list = storyListSchema.parse(body);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((s) => s.themes.includes('design'))).toBe(true);
    expect(list.total).toBe(demoDataset.stories.filter((s) => s.themes.includes('design')).length);
    const { body: none } = await json('/api/stories?theme=no-such-theme');
    expect(storyListSchema.parse(none).items).toEqual([]);
    expect(storyListSchema.parse(none).total).toBe(0);
  });

  it.each([
    ['/api/stories?limit=0', 'limit'],
    ['/api/stories?limit=abc', 'limit'],
    ['/api/stories?limit=1000', 'limit'],
    ['/api/stories?cursor=%21%21%21', 'cursor'],
    ['/api/stories?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    // Well-formed but impossible dates: the database must never see them.
    [`/api/stories?cursor=${base64url('9999-99-99|zz')}`, 'cursor'],
    [`/api/stories?cursor=${base64url('0000-00-00|a')}`, 'cursor'],
    [`/api/stories?cursor=${base64url('2024-02-30|a')}`, 'cursor'],
    [`/api/stories?cursor=${base64url('2023-02-29|a')}`, 'cursor'],
    ['/api/stories?theme=Not%20A%20Slug', 'theme'],
  ])('rejects %s with 400 naming the field', async (path, field) => {
    await expectError(path, 400, 'bad_request', field);
  });

  it('serves a story with its cards, people and related stories', async () => {
    const record = demoDataset.stories.find((s) => s.kind === 'film')!;
    const { status, body } = await json(`/api/stories/${record.slug}`);
    expect(status).toBe(200);
    const story = storySchema.parse(body);
    expect(story.slug).toBe(record.slug);
    expect(story.cards).toHaveLength(record.cards.length);
    expect(story.cardCount).toBe(record.cards.length);
    expect(story.people.map((p) => p.slug)).toEqual(record.people);
    expect(story.related.map((r) => r.slug)).toEqual(record.related);
  });

  it('answers 404 in the error shape for unknown or malformed slugs', async () => {
    await expectError('/api/stories/no-such-story', 404, 'not_found');
    await expectError('/api/stories/%3Cscript%3E', 404, 'not_found');
    await expectError('/api/people/nobody-here', 404, 'not_found');
  });

  it('lists themes', async () => {
    const { status, body } = await json('/api/themes');
    expect(status).toBe(200);
    expect(themeListSchema.parse(body).items.map((t) => t.slug)).toEqual(
      demoDataset.themes.map((t) => t.slug),
    );
  });

  it('serves a person with the stories they appear in', async () => {
    const person = demoDataset.people[0]!;
    const { status, body } = await json(`/api/people/${person.slug}`);
    expect(status).toBe(200);
    const parsed = personSchema.parse(body);
    expect(parsed.stories.length).toBeGreaterThan(0);
    expect(
      parsed.stories.every((s) =>
        demoDataset.stories.find((r) => r.slug === s.slug)?.people.includes(person.slug),
      ),
    ).toBe(true);
  });

  it('answers 405 for another method on a known path and 404 for an unknown path', async () => {
    await expectError('/api/stories', 405, 'method_not_allowed', undefined, {
      method: 'DELETE',
    });
    await expectError('/api/nowhere', 404, 'not_found');
  });

  if (target !== mswTarget) {
    it('answers byte for byte what the MSW handlers answer', async () => {
      const firstPage = (await (await mswTarget.fetch('/api/stories?limit=7')).json()) as {
        nextCursor: string;
      };
      const paths = [
        '/api/stories',
        '/api/stories?limit=7',
        `/api/stories?limit=7&cursor=${firstPage.nextCursor}`,
        ...demoDataset.themes.map((t) => `/api/stories?theme=${t.slug}&limit=3`),
        '/api/themes',
        ...demoDataset.stories.map((s) => `/api/stories/${s.slug}`),
        ...demoDataset.people.map((p) => `/api/people/${p.slug}`),
        '/api/stories?limit=0',
        '/api/stories?cursor=bm90LWEtY3Vyc29y',
        '/api/stories/no-such-story',
        '/api/stories/Not_A_Slug',
        '/api/people/nobody-here',
        '/api/nowhere',
      ];
      for (const path of paths) {
        const [mock, real] = await Promise.all([mswTarget.fetch(path), target.fetch(path)]);
        expect({ path, status: real.status, body: await real.text() }).toEqual({
          path,
          status: mock.status,
          body: await mock.text(),
        });
      }
    });
  }
});
