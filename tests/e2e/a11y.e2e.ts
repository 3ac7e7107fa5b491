import type { Page } from '@playwright/test';

import { seriousViolations } from './axe.ts';
import type { DemoContent } from './demo-content.ts';
import { expect, test, walkTwoStories } from './fixtures.ts';

async function sharedPathId(page: Page, demo: DemoContent): Promise<string> {
  const story = demo.slideshow;
  const person = story.people[0];
  if (!person) throw new Error(`${story.slug} names nobody`);
  const response = await page.request.post('/api/paths', {
    data: {
      steps: [
        { kind: 'story', slug: story.slug, cardsSeen: 3 },
        { kind: 'person', slug: person.slug },
        { kind: 'theme', slug: story.themes[0] },
      ],
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

type Target = string | ((page: Page, demo: DemoContent) => string | Promise<string>);

// Every route and state a visitor can reach: springboard, filtered, each card kind,
// the end card, not-found story, not-found card, unknown page, the path pages, a
// shared path, search with and without results, a person, a theme.
const screens: (readonly [string, Target, Parameters<Page['getByRole']>[0]])[] = [
  ['springboard', '/', 'list'],
  ['filtered springboard', (_, demo) => `/?theme=${demo.themes[0]!.slug}`, 'list'],
  ['film card', (_, demo) => `/stories/${demo.film.slug}`, 'group'],
  ['image card', (_, demo) => demo.cardOf('image').path, 'group'],
  ['quote card', (_, demo) => demo.cardOf('quote').path, 'group'],
  ['text card', (_, demo) => demo.cardOf('text').path, 'group'],
  [
    'end card',
    (_, { slideshow }) => `/stories/${slideshow.slug}/${slideshow.cards.length + 1}`,
    'list',
  ],
  ['unknown story', '/stories/nexiste-pas', 'alert'],
  ['unknown card', (_, demo) => `/stories/${demo.slideshow.slug}/99`, 'alert'],
  ['unknown page', '/nulle-part', 'alert'],
  ['empty path', '/parcours', 'heading'],
  [
    'path with steps',
    async (page, demo) => {
      await walkTwoStories(page, demo);
      return '/parcours';
    },
    'list',
  ],
  ['shared path', async (page, demo) => `/parcours/${await sharedPathId(page, demo)}`, 'list'],
  ['unknown shared path', '/parcours/abcdefgh1234', 'alert'],
  ['search results', '/search?q=velo', 'list'],
  ['search without results', '/search?q=zzqxw', 'heading'],
  ['person', (_, demo) => `/people/${demo.slideshow.people[0]!.slug}`, 'list'],
  ['theme', (_, demo) => `/themes/${demo.themes[0]!.slug}`, 'list'],
];

test.describe('accessibility (axe-core)', { tag: '@ipad-landscape' }, () => {
  for (const [name, path, role] of screens) {
    test(`finds no serious or critical violation on the ${name}`, async ({ page, demo }) => {
      const target = typeof path === 'string' ? path : await path(page, demo);
      await page.goto(target);
      await page.getByRole(role).first().waitFor();
      // A story opens over the springboard, whose own lists and links may be found
      // first: wait for the story itself, or axe would judge it mid-entry.
      if (target.startsWith('/stories/')) await page.getByRole('dialog').waitFor();
      // Contrast is judged on what the visitor reads: wait for the entry fades to end.
      // The viewer (around the dialog) and its deck have no role to find them by: their
      // classes name the elements whose fade is measured.
      await page.waitForFunction(() =>
        ['.viewer', '.deck'].every((selector) => {
          const element = document.querySelector(selector);
          return !element || getComputedStyle(element).opacity === '1';
        }),
      );
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
