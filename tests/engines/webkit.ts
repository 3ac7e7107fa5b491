/**
 * WebKitGTK (Debian `webkit2gtk-driver`, whose WebKitWebDriver runs the MiniBrowser
 * of `libwebkit2gtk-4.1-0` in automation mode) through WebDriver classic, with
 * selenium-webdriver as the client. We start Xvfb and the driver ourselves and the
 * client only connects to it: nothing is downloaded.
 *
 * WebKitGTK's WebDriver turns pointer actions of type `touch` into mouse events (the
 * page sees `pointerType: 'mouse'` and no touch events): the swipe reaches the app as
 * a mouse drag, so the touch path of the deck gesture stays untested in WebKit
 * (docs/decisions/010-engine-tests.md).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';

import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { Command, Name } from 'selenium-webdriver/lib/command.js';

import {
  type Engine,
  findInPage,
  findWith,
  type Point,
  settledCentre,
  type Tab,
  testingLibrarySource,
  toWire,
} from './engine.ts';
import { listenForErrors, takeKeptErrors } from './page-errors.ts';

type El = WebElement;

const KEYS = {
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  Escape: Key.ESCAPE,
  Enter: Key.ENTER,
  Tab: Key.TAB,
} as const;

interface Step {
  type: 'pointerMove' | 'pointerDown' | 'pointerUp' | 'pause';
  x?: number;
  y?: number;
  duration?: number;
  button?: number;
  origin?: 'viewport';
}

class WebKitTab implements Tab<El> {
  constructor(
    private readonly driver: WebDriver,
    private readonly origin: string,
  ) {}

  async goto(pathOrUrl: string) {
    await this.driver.get(new URL(pathOrUrl, this.origin).href);
  }

  async reload() {
    await this.driver.navigate().refresh();
  }

  location() {
    return this.driver.executeScript<string>('return location.pathname + location.search');
  }

  run<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T> {
    // WebDriver waits for a returned promise.
    return this.driver.executeScript<T>(
      `return (${fn.toString()}).apply(null, arguments)`,
      ...args,
    );
  }

  find(query: Parameters<Tab['find']>[0], timeoutMs = 10_000) {
    const wire = toWire(query);
    return findWith(
      query,
      timeoutMs,
      () =>
        this.driver.executeScript<El | null | 'missing'>(
          `return (${findInPage})(arguments[0])`,
          wire,
        ),
      async () => {
        await this.driver.executeScript(testingLibrarySource);
        await this.driver.executeScript(listenForErrors);
      },
    );
  }

  private centre(element: El): Promise<Point> {
    return this.driver.executeScript<Point>(
      `return (${settledCentre.toString()})(arguments[0])`,
      element,
    );
  }

  private async pointer(pointerType: 'mouse' | 'touch', steps: Step[]) {
    await this.driver.execute(
      new Command(Name.ACTIONS).setParameter('actions', [
        { type: 'pointer', id: pointerType, parameters: { pointerType }, actions: steps },
      ]),
    );
    await this.driver.execute(new Command(Name.CLEAR_ACTIONS));
  }

  async click(element: El) {
    const { x, y } = await this.centre(element);
    await this.pointer('mouse', [
      { type: 'pointerMove', x, y, origin: 'viewport', duration: 0 },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  async press(key: keyof typeof KEYS) {
    await this.driver.actions().sendKeys(KEYS[key]).perform();
  }

  async type(text: string) {
    await this.driver.actions().sendKeys(text).perform();
  }

  async swipe(from: Point, to: Point, durationMs = 200) {
    const steps = 10;
    await this.pointer('touch', [
      { type: 'pointerMove', x: from.x, y: from.y, origin: 'viewport', duration: 0 },
      { type: 'pointerDown', button: 0 },
      ...Array.from({ length: steps }, (_, i) => ({
        type: 'pointerMove' as const,
        x: Math.round(from.x + ((to.x - from.x) * (i + 1)) / steps),
        y: Math.round(from.y + ((to.y - from.y) * (i + 1)) / steps),
        origin: 'viewport' as const,
        duration: Math.round(durationMs / steps),
      })),
      { type: 'pointerUp', button: 0 },
    ]);
  }

  onElement<T>(element: El, fn: (element: HTMLElement) => T | Promise<T>): Promise<T> {
    return this.driver.executeScript<T>(`return (${fn.toString()})(arguments[0])`, element);
  }

  /** The errors this tab's pages kept (page-errors.ts), taken. */
  async takeErrors(): Promise<string[]> {
    const kept = await this.driver
      .executeScript<string | null>(takeKeptErrors)
      // A tab on no page of the app's origin (about:blank) has none.
      .catch(() => null);
    return kept ? (JSON.parse(kept) as string[]) : [];
  }

  async screenshot(path: string) {
    // WebKit's screenshots stop at the viewport, an element's too: the window grows to
    // the page's height for the picture, and goes back.
    const window = this.driver.manage().window();
    const before = await window.getRect();
    const { page, chrome } = await this.driver.executeScript<{ page: number; chrome: number }>(
      'return { page: document.documentElement.scrollHeight, chrome: outerHeight - innerHeight }',
    );
    await window.setRect({ ...before, height: Math.min(page, 8000) + chrome });
    try {
      await this.driver.executeScript(
        'return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
      );
      await writeFile(path, await this.driver.takeScreenshot(), 'base64');
    } finally {
      await window.setRect(before);
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), and returns that display. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      },
    );
    let out = '';
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: xvfb });
    });
  });
}

async function waitForDriver(url: string, driver: ChildProcess) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    const ready = await fetch(`${url}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 20 s');
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export async function webkit(origin: string): Promise<Engine> {
  const xvfb = await startXvfb();
  const visitors: { driver?: WebDriver; process: ChildProcess; tab?: WebKitTab }[] = [];
  return {
    name: 'webkit',
    async visitor() {
      // WebKitWebDriver runs one session at a time: each visitor gets a driver of its
      // own, hence a MiniBrowser of its own, with an ephemeral profile.
      const port = await freePort();
      const driverProcess = spawn(
        process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver',
        [`--port=${port}`],
        {
          // MiniBrowser takes the visitor's languages from the environment.
          env: { ...process.env, DISPLAY: xvfb.display, LANGUAGE: 'fr', LANG: 'C.UTF-8' },
          stdio: 'ignore',
        },
      );
      const visitor: (typeof visitors)[number] = { process: driverProcess };
      visitors.push(visitor);
      const server = `http://127.0.0.1:${port}`;
      await waitForDriver(server, driverProcess);
      visitor.driver = await new Builder()
        .usingServer(server)
        .withCapabilities({
          browserName: 'MiniBrowser',
          // Without a binary, the driver runs the MiniBrowser it was built with.
          'webkitgtk:browserOptions': {
            ...(process.env.WEBKIT_BROWSER_PATH ? { binary: process.env.WEBKIT_BROWSER_PATH } : {}),
            args: ['--automation'],
          },
        })
        .build();
      // The window's size, less its toolbar: a viewport of 1024 × 768, as Firefox's.
      const window = visitor.driver.manage().window();
      await window.setRect({ width: 1024, height: 768 });
      const chrome = await visitor.driver.executeScript<{ width: number; height: number }>(
        'return { width: outerWidth - innerWidth, height: outerHeight - innerHeight }',
      );
      await window.setRect({ width: 1024 + chrome.width, height: 768 + chrome.height });
      visitor.tab = new WebKitTab(visitor.driver, origin);
      return visitor.tab as Tab;
    },
    async takeErrors() {
      const errors: string[] = [];
      for (const visitor of visitors) errors.push(...((await visitor.tab?.takeErrors()) ?? []));
      return errors;
    },
    async close() {
      for (const visitor of visitors) {
        await visitor.driver?.quit().catch(() => undefined);
        await stop(visitor.process);
      }
      await stop(xvfb.process);
    },
  };
}
