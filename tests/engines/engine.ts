/**
 * What the engine tests need from a browser, whatever drives it: Firefox ESR through
 * WebDriver BiDi (firefox.ts) or WebKitGTK through WebDriver classic (webkit.ts).
 * Elements are found by role and accessible name with Testing Library's own queries,
 * run inside the page, so both engines are queried the way the unit tests query.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Testing Library's browser build: defines `window.TestingLibraryDom`. */
export const testingLibrarySource = readFileSync(
  createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.js'),
  'utf8',
);

export type Name = string | RegExp;

export interface RoleQuery {
  role: string;
  name?: Name;
  /** Searched only inside the first element with this role (and name). */
  within?: { role: string; name?: Name };
}

/** A name as it crosses into the page (a RegExp does not survive serialisation). */
type WireName = { text: string } | { source: string; flags: string } | null;

const wireName = (name: Name | undefined): WireName =>
  name === undefined
    ? null
    : typeof name === 'string'
      ? { text: name }
      : { source: name.source, flags: name.flags };

export interface WireQuery {
  role: string;
  name: WireName;
  withinRole: string | null;
  withinName: WireName;
}

export const toWire = (query: RoleQuery): WireQuery => ({
  role: query.role,
  name: wireName(query.name),
  withinRole: query.within?.role ?? null,
  withinName: wireName(query.within?.name),
});

/**
 * The in-page half of a role query, as source: a function of a WireQuery that returns
 * the first matching element, null, or 'missing' when Testing Library is not in the
 * page yet (each document starts without it: inject `testingLibrarySource`, as a
 * script of its own, since the app's CSP rightly forbids eval).
 */
export const findInPage = `(query) => {
  const dom = window.TestingLibraryDom;
  if (!dom) return 'missing';
  const name = (wire) =>
    wire === null ? undefined : 'text' in wire ? wire.text : new RegExp(wire.source, wire.flags);
  let root = document.body;
  if (query.withinRole !== null) {
    root = dom.queryAllByRole(document.body, query.withinRole, { name: name(query.withinName) })[0];
    if (!root) return null;
  }
  return dom.queryAllByRole(root, query.role, { name: name(query.name) })[0] ?? null;
}`;

export interface Point {
  x: number;
  y: number;
}

export type Key = 'ArrowLeft' | 'ArrowRight' | 'Escape' | 'Enter' | 'Tab';

/** One page of one visitor. `El` is the driver's own element reference. */
export interface Tab<El = unknown> {
  /** A path on the app's origin, or a full URL. */
  goto(pathOrUrl: string): Promise<void>;
  reload(): Promise<void>;
  /** location.pathname + location.search. */
  location(): Promise<string>;
  /** Runs `fn` in the page (its source is sent; it may return a promise). */
  run<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  /** The first element matching the query, waiting for it up to `timeoutMs` (10 s). */
  find(query: RoleQuery, timeoutMs?: number): Promise<El>;
  /** A real pointer click at the element's centre (mouse). */
  click(element: El): Promise<void>;
  press(key: Key): Promise<void>;
  /** Types into the focused element. */
  type(text: string): Promise<void>;
  /** A one-finger drag, in viewport coordinates (WebKitGTK's driver sends a mouse drag). */
  swipe(from: Point, to: Point, durationMs?: number): Promise<void>;
  /** Runs `fn` on the element in the page. */
  onElement<T>(element: El, fn: (element: HTMLElement) => T | Promise<T>): Promise<T>;
  /** A PNG of the whole page (not only the viewport), for a person to look at. */
  screenshot(path: string): Promise<void>;
}

/** Whether an element matches the query right now, in either engine. */
export async function exists(tab: Tab, query: RoleQuery): Promise<boolean> {
  try {
    await tab.find(query, 0);
    return true;
  } catch {
    return false;
  }
}

/** One browser (one engine) for one test file; each visitor gets a fresh profile. */
export interface Engine {
  readonly name: 'firefox' | 'webkit';
  /** A new visitor: a browsing context or session sharing nothing with the others. */
  visitor(): Promise<Tab>;
  /**
   * Uncaught errors the pages threw since the last call. Firefox reports them over
   * BiDi; WebDriver classic has no such channel, so WebKit's pages keep them
   * themselves from the first query on each document (webkit.ts).
   */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export async function poll<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) {
      throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the page's path (and query) is `expected`. */
export async function at(tab: Tab, expected: string | RegExp): Promise<void> {
  await poll(
    'location',
    () => tab.location(),
    (path) => (typeof expected === 'string' ? path === expected : expected.test(path)),
  );
}

export const describeQuery = (query: RoleQuery) =>
  `${query.within ? `${query.within.role} "${String(query.within.name ?? '')}" › ` : ''}${query.role} "${String(query.name ?? '')}"`;

/** Polls a role query until it matches, injecting Testing Library whenever a new document lacks it. */
export async function findWith<El>(
  query: RoleQuery,
  timeoutMs: number,
  attempt: () => Promise<El | null | 'missing'>,
  inject: () => Promise<void>,
): Promise<El> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let found: El | null | 'missing' = null;
    try {
      found = await attempt();
      if (found === 'missing') {
        await inject();
        found = await attempt();
      }
    } catch {
      // The document changed under the query (a navigation): try again.
      found = null;
    }
    if (found !== null && found !== 'missing') return found;
    if (Date.now() > deadline) {
      throw new Error(`no ${describeQuery(query)} within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * In the page: scrolls the element to the middle of the viewport and waits until its
 * box stops moving (tiles settle as their pictures and fonts arrive), then returns
 * its centre, checking the element is what a pointer there would hit.
 */
export async function settledCentre(element: HTMLElement): Promise<Point> {
  element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
  let last = '';
  for (let i = 0; i < 60; i++) {
    await frame();
    const r = element.getBoundingClientRect();
    const now = `${r.x},${r.y},${r.width},${r.height}`;
    if (now === last) break;
    last = now;
  }
  const r = element.getBoundingClientRect();
  const centre = { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
  const hit = document.elementFromPoint(centre.x, centre.y);
  if (!hit || !(element === hit || element.contains(hit) || hit.contains(element))) {
    throw new Error(
      `something else is on top at ${centre.x},${centre.y}: ${hit?.outerHTML.slice(0, 80)}`,
    );
  }
  return centre;
}

/**
 * Waits until the page has loaded and fetched nothing new for half a second: its fonts
 * and pictures (the layout settles with them) and the modules it imports after `load`.
 * Firefox reports the imports of a page left before they arrive as uncaught errors.
 */
export async function loaded(tab: Tab) {
  await tab.run(
    () =>
      new Promise<void>((resolve) => {
        const deadline = Date.now() + 5000;
        let seen = -1;
        const check = () => {
          const now = performance.getEntriesByType('resource').length;
          if (document.readyState === 'complete' && now === seen) resolve();
          else if (Date.now() > deadline) resolve();
          else {
            seen = now;
            setTimeout(check, 500);
          }
        };
        check();
      }),
  );
  await tab.run(() => document.fonts.ready.then(() => undefined));
}

/** Screenshots for a person to look at, only when ENGINE_SHOTS names a folder. */
export async function shoot(tab: Tab, engine: Engine['name'], name: string) {
  const folder = process.env.ENGINE_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await tab.screenshot(join(folder, `${engine}-${name}.png`));
}
