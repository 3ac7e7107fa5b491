/**
 * Shared browser fixtures: Debian Chromium through playwright-core, an iPad touch
 * context and a desktop one, with a guard that fails the test on any page error or
 * any request that leaves the app's own origin.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const baseURL = () => inject('baseURL');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--autoplay-policy=no-user-gesture-required',
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export const devices = {
  ipadLandscape: {
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  },
  ipadPortrait: {
    viewport: { width: 768, height: 1024 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  },
  desktop: { viewport: { width: 1440, height: 900 }, hasTouch: false },
  /** Lighthouse's mobile profile (a Moto G Power): what the loading figures are about. */
  phone: {
    viewport: { width: 412, height: 823 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1.75,
  },
} as const;

export interface Guarded {
  context: BrowserContext;
  page: Page;
  /** Page errors and foreign requests seen so far. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  device: keyof typeof devices,
  options: { locale?: string; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Guarded> {
  const context = await browser.newContext({
    ...devices[device],
    locale: options.locale ?? 'fr-FR',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const problems: string[] = [];
  const origin = new URL(baseURL()).origin;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    problems.push(`request to another origin: ${url.href}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are judged below by what failed: an API 404 can be the expected answer.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && !url.pathname.startsWith('/api/')) {
      problems.push(`HTTP ${response.status()} for ${url.pathname}`);
    }
  });
  return { context, page, problems };
}

/**
 * Real touch input through CDP. Every event carries an explicit timestamp (seconds),
 * or Chromium stamps them on arrival and the computed fling velocity is wrong.
 */
export class Touch {
  private constructor(
    private readonly session: CDPSession,
    private clock: number,
  ) {}

  static async on(page: Page): Promise<Touch> {
    const session = await page.context().newCDPSession(page);
    return new Touch(session, Date.now() / 1000);
  }

  /**
   * Lets go of the page. A CDP session open while the page navigates makes Chromium
   * forget the context's offline emulation for `navigator.onLine` (the network stays
   * offline): offline tests detach before a navigation and attach again after it.
   */
  async detach(): Promise<void> {
    await this.session.detach();
  }

  private async send(type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) {
    await this.session.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }],
      timestamp: this.clock,
    });
  }

  /**
   * Drags from one point to another in `steps` moves over `durationMs` of input time,
   * optionally holding still at the end before lifting.
   */
  async drag(
    from: { x: number; y: number },
    to: { x: number; y: number },
    { durationMs = 200, steps = 12, holdMs = 0 } = {},
  ): Promise<void> {
    this.clock = Math.max(this.clock, Date.now() / 1000);
    await this.send('touchStart', from.x, from.y);
    for (let i = 1; i <= steps; i++) {
      this.clock += durationMs / steps / 1000;
      const t = i / steps;
      await this.send('touchMove', from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    }
    this.clock += holdMs / 1000;
    if (holdMs > 0) await new Promise((r) => setTimeout(r, holdMs));
    await this.send('touchEnd', to.x, to.y);
  }

  async tap(x: number, y: number, holdMs = 60): Promise<void> {
    this.clock = Math.max(this.clock, Date.now() / 1000);
    await this.send('touchStart', x, y);
    this.clock += holdMs / 1000;
    await new Promise((r) => setTimeout(r, holdMs));
    await this.send('touchEnd', x, y);
  }
}

/**
 * One browser per test file; each test opens its pages through `open`, and after it
 * their contexts are closed and any page error or foreign request fails the test.
 */
export function browserSuite() {
  let browser: Browser | undefined;
  let current: Guarded[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const opened = current;
    current = [];
    for (const guarded of opened) await guarded.context.close();
    expect(opened.flatMap((guarded) => guarded.problems)).toEqual([]);
  });
  return {
    open: async (device: keyof typeof devices, options?: Parameters<typeof openPage>[2]) => {
      if (!browser) throw new Error('browserSuite: the browser is not launched yet');
      // A test may open several (a second visitor): each is checked and closed after it.
      const guarded = await openPage(browser, device, options);
      current.push(guarded);
      return guarded;
    },
  };
}

/** Waits until the page's path is `expected` (or matches it). */
export async function waitForPath(page: Page, expected: string | RegExp): Promise<void> {
  await page.waitForURL(
    (url) =>
      typeof expected === 'string' ? url.pathname === expected : expected.test(url.pathname),
    { timeout: 5000 },
  );
}

/** Walks two stories so the path pages and the "continue" tile have something to show. */
export async function walkTwoStories(page: Page): Promise<void> {
  for (const path of ['/stories/nuancier/3', '/stories/portrait-ines-marchal/2']) {
    await page.goto(`${baseURL()}${path}`);
    await page.getByRole('group').first().waitFor();
  }
}
