/**
 * The browser tests' fixtures (Playwright Test's `test.extend`):
 * - `guard` (automatic): any page error, console error, failed asset or request to
 *   another origin in the test's pages fails the test;
 * - `touch`: real touch input on the test's page (CDP Input.dispatchTouchEvent);
 * - `visitor`: a second visitor in a fresh context on another screen, guarded too;
 * - `demo`: what the seeded server holds, read from its API once per worker.
 */
import { type BrowserContext, expect, type Page, test as base } from '@playwright/test';

import { type DeviceName, devices } from '../browser/devices.ts';
import { Touch } from '../browser/touch.ts';
import { type DemoContent, loadDemoContent } from './demo-content.ts';
import { baseURL } from './server.ts';

/** Records what must never happen in a context's pages into `problems`. */
async function watch(context: BrowserContext, problems: string[]): Promise<void> {
  const origin = new URL(baseURL).origin;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    problems.push(`request to another origin: ${url.href}`);
    return route.abort();
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('console', (message) => {
    // Failed loads are judged below by what failed: an API 404 can be the expected answer.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && !url.pathname.startsWith('/api/')) {
      problems.push(`HTTP ${response.status()} for ${url.pathname}`);
    }
  });
}

/**
 * Each test's browsers reach the server as clients of their own, as real visitors
 * do. The server under test counts sign-ins and writes per client address (the limits
 * of docs/operations.md, decision 021); from one loopback address the whole suite would
 * share one allowance,
 * and a run's later sign-ins and writes were refused at random with a 429 (CI:
 * the In Movement flow). The test server trusts one proxy (tests/server/serve.mjs),
 * so an X-Forwarded-For picks the client: 10.<retry>.<test>.<context>.
 */
export function clientAddress(testId: string, retry: number, context: number): string {
  let hash = 0;
  for (const char of testId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `10.${retry % 256}.${hash % 256}.${(context % 254) + 1}`;
}

interface VisitorOptions {
  locale?: string;
}

interface TestFixtures {
  guard: void;
  touch: Touch;
  visitor: (device: DeviceName, options?: VisitorOptions) => Promise<Page>;
}

interface WorkerFixtures {
  demo: DemoContent;
}

const problems = new WeakMap<object, string[]>();

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({
      ...extraHTTPHeaders,
      'X-Forwarded-For': clientAddress(testInfo.testId, testInfo.retry, 0),
    });
  },
  guard: [
    async ({ context }, use, testInfo) => {
      const seen: string[] = [];
      problems.set(testInfo, seen);
      await watch(context, seen);
      await use();
      expect(seen, 'page errors, console errors, failed assets, foreign requests').toEqual([]);
    },
    { auto: true },
  ],
  touch: async ({ page }, use) => {
    const touch = await Touch.on(page);
    await use(touch);
  },
  visitor: async ({ browser, guard: _guard }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    await use(async (device, { locale = 'fr-FR' } = {}) => {
      const context = await browser.newContext({
        ...devices[device],
        locale,
        reducedMotion: 'no-preference',
        // A second visitor is another client, with an allowance of their own.
        extraHTTPHeaders: {
          'X-Forwarded-For': clientAddress(testInfo.testId, testInfo.retry, contexts.length + 1),
        },
      });
      contexts.push(context);
      await watch(context, problems.get(testInfo)!);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  demo: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(await loadDemoContent());
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** Waits until the page's path is `expected` (or matches it). */
export async function waitForPath(page: Page, expected: string | RegExp): Promise<void> {
  await page.waitForURL(
    (url) =>
      typeof expected === 'string' ? url.pathname === expected : expected.test(url.pathname),
    { timeout: 5000 },
  );
}

/**
 * A regular expression that finds `text` wherever it sits in a name. Any run of
 * spaces matches any other: French titles put a no-break space before "?" and ":",
 * which an accessible name may carry as a plain space.
 */
export const containing = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));

/**
 * Waits until an open story's viewer is the app's: a story page arrives drawn by the
 * server (decision 029), so its cards are on screen before the scripts run, and a
 * gesture or a key before then finds no handler. Hydration keeps the server's dialog
 * where it is; once running, the app has made the page around it inert and moved
 * focus into it.
 */
export async function viewerRunning(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialog = document.activeElement?.closest('[role="dialog"]');
    return !!dialog && !dialog.closest('[inert]') && !!document.querySelector('header[inert]');
  });
}

/**
 * Waits until the app runs the page (the signal `src/app/app.tsx` sets once hydrated).
 * A page drawn by the server is readable before that, but whatever depends on the
 * device — the path map's scale, a portrait layout, the path kept on the device — is
 * drawn as for an unknown screen until then.
 */
export async function appRunning(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-running'));
}

/**
 * Walks two stories (a slideshow's third card, a quote card) so the path pages and
 * the "continue" tile have something to show.
 */
export async function walkTwoStories(page: Page, demo: DemoContent): Promise<void> {
  for (const path of [`/stories/${demo.slideshow.slug}/3`, demo.cardOf('quote').path]) {
    await page.goto(path);
    await page.getByRole('group').first().waitFor();
    // Recorded on the path by the running app, not by the server's drawing.
    await viewerRunning(page);
  }
}

/**
 * Records the page's layout shifts not caused by input, from its first paint (call
 * before the page loads); `layoutShift` sums them (CLS over the whole visit).
 */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
        if (!shift.hadRecentInput) shifts.push(shift.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );
}
