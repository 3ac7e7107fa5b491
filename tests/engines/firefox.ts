/**
 * Firefox ESR (Debian's `firefox-esr`) through WebDriver BiDi, which Firefox speaks
 * itself: puppeteer-core launches it with a throwaway profile and drives it without
 * geckodriver (not packaged by Debian) and without downloading anything.
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

import {
  type Engine,
  findInPage,
  findWith,
  type Key,
  type Point,
  settledCentre,
  type Tab,
  testingLibrarySource,
  toWire,
} from './engine.ts';

type El = ElementHandle<Element>;

class FirefoxTab implements Tab<El> {
  constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {}

  async goto(pathOrUrl: string) {
    await this.page.goto(new URL(pathOrUrl, this.origin).href);
  }

  async reload() {
    await this.page.reload();
  }

  location() {
    return this.page.evaluate(() => location.pathname + location.search);
  }

  run<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<T>;
  }

  private async attempt(query: ReturnType<typeof toWire>): Promise<El | null | 'missing'> {
    const handle = await this.page.evaluateHandle(`(${findInPage})(${JSON.stringify(query)})`);
    const element = handle.asElement() as El | null;
    if (element) return element;
    const value = (await handle.jsonValue()) as null | 'missing';
    await handle.dispose();
    return value;
  }

  find(query: Parameters<Tab['find']>[0], timeoutMs = 10_000) {
    const wire = toWire(query);
    return findWith(
      query,
      timeoutMs,
      () => this.attempt(wire),
      async () => {
        await this.page.evaluate(testingLibrarySource);
      },
    );
  }

  async click(element: El) {
    const { x, y } = await this.onElement(element, settledCentre);
    await this.page.mouse.click(x, y);
  }

  async press(key: Key) {
    await this.page.keyboard.press(key);
  }

  async type(text: string) {
    await this.page.keyboard.type(text, { delay: 30 });
  }

  async swipe(from: Point, to: Point, durationMs = 200) {
    const steps = 10;
    const touch = await this.page.touchscreen.touchStart(from.x, from.y);
    for (let i = 1; i <= steps; i++) {
      await new Promise((r) => setTimeout(r, durationMs / steps));
      await touch.move(
        Math.round(from.x + ((to.x - from.x) * i) / steps),
        Math.round(from.y + ((to.y - from.y) * i) / steps),
      );
    }
    await touch.end();
  }

  onElement<T>(element: El, fn: (element: HTMLElement) => T | Promise<T>): Promise<T> {
    return element.evaluate(fn as (element: Element) => T | Promise<T>) as Promise<T>;
  }

  async screenshot(path: string) {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: true });
  }
}

export async function firefox(origin: string): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1024, height: 768 },
    extraPrefsFirefox: {
      'intl.accept_languages': 'fr-FR, fr',
      // A film's first card plays by itself, as it does for a visitor who tapped its tile.
      'media.autoplay.default': 0,
      'media.autoplay.blocking_policy': 0,
    },
  });
  const contexts: Awaited<ReturnType<Browser['createBrowserContext']>>[] = [];
  let errors: string[] = [];
  return {
    name: 'firefox',
    async visitor() {
      // A user context: its own cookies, storage, service workers and caches.
      const context = await browser.createBrowserContext();
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        // Firefox reports failed loads here too ("Failed to load ‘…’"), like Chromium's
        // "Failed to load resource": offline, a file never fetched is expected to fail.
        if (!String(error).startsWith('Error: Failed to load ‘')) errors.push(String(error));
      });
      await page.setViewport({ width: 1024, height: 768 });
      return new FirefoxTab(page, origin) as Tab;
    },
    takeErrors() {
      const taken = errors;
      errors = [];
      return Promise.resolve(taken);
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}
