import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, browserSuite, walkTwoStories } from './browser.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const suite = browserSuite();

async function sharedPathId(page: Page): Promise<string> {
  const response = await page.request.post(`${baseURL()}/api/paths`, {
    data: {
      steps: [
        { kind: 'story', slug: 'nuancier', cardsSeen: 3 },
        { kind: 'person', slug: 'ines-marchal' },
        { kind: 'theme', slug: 'design' },
      ],
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

// Every route and state a visitor can reach: springboard, filtered, each card kind,
// the end card, not-found story, not-found card, unknown page, the path pages, a
// shared path, search with and without results, a person, a theme.
const screens: (readonly [
  string,
  string | ((page: Page) => Promise<string>),
  Parameters<Page['getByRole']>[0],
])[] = [
  ['springboard', '/', 'list'],
  ['filtered springboard', '/?theme=design', 'list'],
  ['film card', '/stories/atelier-des-formes', 'group'],
  ['image card', '/stories/nuancier/2', 'group'],
  ['quote card', '/stories/portrait-ines-marchal/2', 'group'],
  ['text card', '/stories/atelier-des-formes/3', 'group'],
  ['end card', '/stories/nuancier/7', 'list'],
  ['unknown story', '/stories/nexiste-pas', 'alert'],
  ['unknown card', '/stories/nuancier/99', 'alert'],
  ['unknown page', '/nulle-part', 'alert'],
  ['empty path', '/parcours', 'heading'],
  [
    'path with steps',
    async (page) => {
      await walkTwoStories(page);
      return '/parcours';
    },
    'list',
  ],
  ['shared path', async (page) => `/parcours/${await sharedPathId(page)}`, 'list'],
  ['unknown shared path', '/parcours/abcdefgh1234', 'alert'],
  ['search results', '/search?q=velo', 'list'],
  ['search without results', '/search?q=zzqxw', 'heading'],
  ['person', '/people/ines-marchal', 'list'],
  ['theme', '/themes/design', 'list'],
];

describe('accessibility (axe-core)', () => {
  for (const [name, path, role] of screens) {
    it(`finds no serious or critical violation on the ${name}`, async () => {
      const { page } = await suite.open('ipadLandscape');
      const target = typeof path === 'string' ? path : await path(page);
      await page.goto(`${baseURL()}${target}`);
      await page.getByRole(role).first().waitFor();
      // A story opens over the springboard, whose own lists and links may be found
      // first: wait for the story itself, or axe would judge it mid-entry.
      if (target.startsWith('/stories/')) await page.getByRole('dialog').waitFor();
      // Contrast is judged on what the visitor reads: wait for the entry fades to end.
      await page.waitForFunction(() =>
        ['.viewer', '.deck'].every((selector) => {
          const element = document.querySelector(selector);
          return !element || getComputedStyle(element).opacity === '1';
        }),
      );
      // Evaluated through the DevTools protocol: the app's CSP rightly refuses inline scripts.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (c: Document) => Promise<{
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    });
  }
});
