// Over 300 lines: one driver, whose steps share the waits (settled, until) and the label lookups.
/**
 * The small driver inside each of the board's frames (mock builds only, decision 031):
 * it plays one intent-level step at a time on the real app (taps on the very links and
 * buttons a visitor would use, the viewer's own buttons for swipes), then tells the
 * board where the frame is and whether it reached the step, or why not.
 * Over 300 lines: one concern, every step kind with its own wait for the app to settle.
 */
import type { FlowStep } from '#mocks/flows/flow-schema.ts';
import type { createAppRouter } from '#src/app/router.tsx';
import { messageAreas } from '#src/lib/message-areas.ts';
import { en } from '#src/lib/messages-en.ts';
import { fr } from '#src/lib/messages-fr.ts';
import { currentMockFrame } from '#src/lib/mock-frame.ts';
import { clearPath } from '#src/lib/visitor-path.ts';

import { FRAME_SOURCE, type FrameReport, isDoStepMessage } from './preview-messages.ts';

type Router = ReturnType<typeof createAppRouter>;
type Outcome = { ok: true } | { ok: false; reason: string };

const STEP_TIMEOUT_MS = 8000;
/** The screen must hold still this long (no animation, the URL naming what is shown). */
const QUIET_MS = 150;

const here = () => `${window.location.pathname}${window.location.search}`;

/** The core's catalogue, then the areas' (a flow may name In Movement's buttons too). */
const catalogues: Record<'fr' | 'en', Record<string, string>> = { fr: { ...fr }, en: { ...en } };

/** The areas' strings, from the very chunks the app loads with each area. */
async function loadAreaCatalogues(): Promise<void> {
  const areas = await Promise.all([messageAreas.inMovement(), messageAreas.account()]);
  for (const area of areas) {
    Object.assign(catalogues.fr, area.fr);
    Object.assign(catalogues.en, area.en);
  }
}

/** A message's text in the frame's current language. */
function label(key: string): string {
  return catalogues[document.documentElement.lang === 'en' ? 'en' : 'fr'][key] ?? key;
}

function visible(element: Element): boolean {
  return element.getClientRects().length > 0 && !element.closest('[inert], [aria-hidden="true"]');
}

function firstVisible<T extends Element>(selector: string): T | undefined {
  return [...document.querySelectorAll<T>(selector)].find(visible);
}

function accessibleName(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

/** A visible button or link whose name is the text, or starts with it (`Mon parcours · 2 étapes`). */
function control(text: string): HTMLElement | undefined {
  const all = [
    ...document.querySelectorAll<HTMLElement>('button, a[href], [role="button"]'),
  ].filter(visible);
  return (
    all.find((el) => accessibleName(el) === text) ??
    all.find((el) => accessibleName(el).startsWith(text))
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A message's template as a pattern: `{current} sur {total}` matches `3 sur 7`. */
function templatePattern(key: string): RegExp {
  const escaped = label(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\\\{(\w+)\\\}/g, '(\\d+)')}$`);
}

/**
 * The card the deck shows, 1-based (its end card: the card after the last), read from
 * its current slot's own label; null when no deck is on the screen.
 */
function deckCard(): number | null {
  const slot = document.querySelector('.deck__slot:not([aria-hidden])');
  if (!slot) return null;
  const name = slot.getAttribute('aria-label') ?? '';
  const position = templatePattern('viewer.position').exec(name);
  if (position) return Number(position[1]);
  if (name === label('viewer.endLabel')) {
    const total = document.querySelectorAll('.deck .progress__segment').length;
    return total + 1;
  }
  return null;
}

/**
 * The app's own "settled" signals, rather than a fixed time (decision 030): no Web
 * Animation or CSS transition is running (the deck lands with a Web Animation, the
 * viewer opens and closes with framer's), nothing is marked busy (results on their
 * way), no story viewer lingers once the address
 * has left the story, and on a story the address names the card the deck shows (it
 * follows the landing once the browser is idle).
 */
function unrest(): string | null {
  const running = document
    .getAnimations()
    .filter(
      (animation) =>
        animation.playState === 'running' &&
        animation.effect?.getComputedTiming().iterations !== Infinity,
    );
  if (running.length > 0) {
    const target = (running[0]?.effect as KeyframeEffect | null)?.target;
    return `an animation is running (${target instanceof Element ? target.className || target.tagName : '?'})`;
  }
  if (document.querySelector('[aria-busy="true"]')) return 'the page is busy loading';
  const url = new URL(window.location.href);
  const card = cardOf(url);
  const viewer = document.querySelector('.viewer');
  if (card === null) return viewer === null ? null : 'the story viewer is still closing';
  if (!viewer) return 'the story viewer is not open yet';
  if (viewer.querySelector('.spinner')) return 'the story is still loading';
  const shown = deckCard();
  // A story still loading, or one that does not exist, shows no deck: its card is not named.
  if (shown === null)
    return document.querySelector('.deck') === null ? null : 'the deck has no card';
  return shown === card ? null : `the deck shows card ${shown}, the address card ${card}`;
}

/** Why the app was last found not at rest, for a failed step's reason. */
let lastUnrest: string | null = null;

/** Waits until the app is at rest for QUIET_MS (or the step's time is up). */
async function settle(deadline = Date.now() + STEP_TIMEOUT_MS): Promise<boolean> {
  let since: number | null = null;
  while (Date.now() < deadline) {
    await nextFrame();
    lastUnrest = unrest();
    if (lastUnrest !== null) since = null;
    else if (since === null) since = Date.now();
    else if (Date.now() - since >= QUIET_MS) return true;
    await pause(30);
  }
  return false;
}

/** Waits until the frame's address says the step is done and the app has settled. */
async function until(done: (url: URL) => boolean, expected: string): Promise<Outcome> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (done(new URL(window.location.href)) && (await settle(deadline))) {
      if (done(new URL(window.location.href))) return { ok: true };
    }
    await pause(50);
  }
  const still = done(new URL(window.location.href))
    ? `not settled: ${lastUnrest}`
    : `expected ${expected}`;
  return {
    ok: false,
    reason: `Still at ${here()} after ${STEP_TIMEOUT_MS / 1000} s (${still}).`,
  };
}

/** Waits for something to appear on the screen (the page may still be loading its data). */
async function waitFor<T>(find: () => T | undefined): Promise<T | undefined> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const found = find();
    if (found !== undefined || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function tap(selector: string, what: string): Promise<Outcome> {
  const target = await waitFor(() => firstVisible<HTMLElement>(selector));
  if (!target) return { ok: false, reason: `No ${what} on this screen (${here()}).` };
  target.click();
  return { ok: true };
}

/** The card number in a story's address, or null off a story. */
function cardOf(url: URL): number | null {
  const match = /^\/stories\/[^/]+\/(\d+)/.exec(url.pathname);
  return match ? Number(match[1]) : null;
}

const realFetch = window.fetch.bind(window);

/** Offline as the app sees it: the browser says so, and every API call fails like a lost network. */
function setOffline(offline: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
  window.fetch = offline
    ? (input, init) => {
        const url = new URL(
          input instanceof Request ? input.url : String(input),
          window.location.href,
        );
        return url.pathname.startsWith('/api/')
          ? Promise.reject(new TypeError('Failed to fetch (offline on the flow board)'))
          : realFetch(input, init);
      }
    : realFetch;
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
}

/**
 * Presses the viewer's own button (or key) once the viewer has settled: a press during
 * its opening motion is ignored, and pressing again after a slow close went back twice.
 */
async function swipe(swiped: 'next' | 'previous' | 'close' | 'down'): Promise<Outcome> {
  // A page cannot make a trusted touch (the deck captures its pointer): a drag down
  // closes by the button here; the contact sheet drags with a real finger.
  const direction = swiped === 'down' ? 'close' : swiped;
  const before = cardOf(new URL(window.location.href));
  if (before === null) return { ok: false, reason: `No story open to swipe (${here()}).` };
  const key = { next: 'viewer.next', previous: 'viewer.previous', close: 'viewer.close' }[
    direction
  ];
  const want = direction === 'next' ? before + 1 : before - 1;
  const done = (url: URL) => (direction === 'close' ? cardOf(url) === null : cardOf(url) === want);
  const expected = direction === 'close' ? 'the story closed' : `card ${want}`;
  const button = control(label(key));
  if (button) {
    button.click();
  } else {
    // Without its button, the key a keyboard would use.
    const keyName = { next: 'ArrowRight', previous: 'ArrowLeft', close: 'Escape' }[direction];
    const target = document.querySelector('[role="dialog"]') ?? document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true }));
  }
  return until(done, expected);
}

async function typeSearch(text: string): Promise<Outcome> {
  const field = await waitFor(() => firstVisible<HTMLInputElement>('input[type="search"]'));
  if (!field) return { ok: false, reason: `No search field on this screen (${here()}).` };
  // React listens to the native setter's value, then the input event.
  typeInto(field, text);
  return { ok: true };
}

/** The form field (input or textarea) whose label or accessible name is the text. */
function fieldLabelled(text: string): HTMLInputElement | HTMLTextAreaElement | undefined {
  return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
    .filter(visible)
    .find(
      (field) =>
        field.getAttribute('aria-label')?.trim() === text ||
        [...(field.labels ?? [])].some((l) => l.textContent?.trim() === text),
    );
}

/** Sets a field's value as typing would: React reads the native setter, then the input event. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function openSharedLink(router: Router): Promise<Outcome> {
  const name = label('share.link');
  const field = await waitFor(() =>
    [...document.querySelectorAll<HTMLInputElement>('input')].find(
      (input) =>
        input.value !== '' &&
        (input.getAttribute('aria-label') === name ||
          [...(input.labels ?? [])].some((l) => l.textContent?.trim() === name)),
    ),
  );
  if (!field?.value) return { ok: false, reason: `No link to share on this screen (${here()}).` };
  const link = new URL(field.value, window.location.href);
  // A second visitor: their own, empty path.
  clearPath();
  await router.navigate(`${link.pathname}${link.search}`);
  return until((url) => url.pathname === link.pathname, `the shared path ${link.pathname}`);
}

async function perform(router: Router, step: FlowStep): Promise<Outcome> {
  // Input while the app still moves is ignored or misread (decision 030): start at rest.
  await settle();
  switch (step.do) {
    case 'goto': {
      const target = new URL(step.url, window.location.href);
      await router.navigate(step.url);
      return until((url) => url.pathname === target.pathname, step.url);
    }
    case 'tap-tile': {
      const tapped = await tap(
        `a[href^="/stories/${step.story}/"], a[href="/stories/${step.story}"]`,
        `tile for the story “${step.story}”`,
      );
      if (!tapped.ok) return tapped;
      return until(
        (url) => url.pathname.startsWith(`/stories/${step.story}`),
        `the story “${step.story}”`,
      );
    }
    case 'tap-person': {
      const tapped = await tap(`a[href="/people/${step.person}"]`, `link to “${step.person}”`);
      if (!tapped.ok) return tapped;
      return until(
        (url) => url.pathname === `/people/${step.person}`,
        `the person “${step.person}”`,
      );
    }
    case 'tap-theme': {
      const tapped = await tap(
        `a[href="/themes/${step.theme}"]`,
        `link to the theme “${step.theme}”`,
      );
      if (!tapped.ok) return tapped;
      return until((url) => url.pathname === `/themes/${step.theme}`, `the theme “${step.theme}”`);
    }
    case 'tap-debate': {
      const path = `/in-movement/debates/${step.debate}`;
      const tapped = await tap(`a[href="${path}"]`, `link to the debate “${step.debate}”`);
      if (!tapped.ok) return tapped;
      return until((url) => url.pathname === path, `the debate “${step.debate}”`);
    }
    case 'choose': {
      const text = label(step.option);
      const input = await waitFor(() =>
        [
          ...document.querySelectorAll<HTMLInputElement>(
            'input[type="radio"], input[type="checkbox"]',
          ),
        ]
          .filter((el) => !el.closest('[inert], [aria-hidden="true"]'))
          .find((el) => [...(el.labels ?? [])].some((l) => l.textContent?.trim() === text)),
      );
      if (!input) return { ok: false, reason: `No choice “${text}” on this screen (${here()}).` };
      if (!input.checked) input.click();
      await settle();
      return input.checked ? { ok: true } : { ok: false, reason: `“${text}” did not stay chosen.` };
    }
    case 'fill': {
      const text = label(step.field);
      const field = await waitFor(() => fieldLabelled(text));
      if (!field) return { ok: false, reason: `No field “${text}” on this screen (${here()}).` };
      typeInto(field, step.text);
      await settle();
      return { ok: true };
    }
    case 'tap-button': {
      const text = label(step.name);
      const button = await waitFor(() => control(text));
      if (!button) return { ok: false, reason: `No button “${text}” on this screen (${here()}).` };
      button.click();
      await settle();
      return { ok: true };
    }
    case 'swipe':
      return swipe(step.direction);
    case 'back': {
      const before = window.location.href;
      await router.navigate(-1);
      return until((url) => url.href !== before, 'the previous page');
    }
    case 'type-search': {
      const typed = await typeSearch(step.text);
      if (!typed.ok) return typed;
      // The query reaches the address after a pause, then the results arrive.
      return until(
        (url) => url.searchParams.get('q') === step.text.trim(),
        `the results for “${step.text}”`,
      );
    }
    case 'offline':
    case 'online':
      setOffline(step.do === 'offline');
      await settle();
      return { ok: true };
    case 'open-shared-link':
      return openSharedLink(router);
  }
}

export function startDriver(router: Router): void {
  const frame = currentMockFrame();
  if (!frame) return;
  const post = (message: FrameReport) => {
    const full = { ...message, source: FRAME_SOURCE, id: frame.id, run: frame.run, url: here() };
    window.parent.postMessage(full, window.location.origin);
  };
  // Steps wait for the areas' strings; a failure to load them leaves the core's.
  let queue = loadAreaCatalogues().catch(() => {});
  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin || event.source !== window.parent) return;
    if (!isDoStepMessage(event.data)) return;
    const { index, step } = event.data;
    queue = queue.then(async () => {
      let outcome: Outcome;
      try {
        outcome = await perform(router, step);
      } catch (error) {
        outcome = { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
      post(
        outcome.ok
          ? { type: 'done', index, ok: true }
          : { type: 'done', index, ok: false, reason: outcome.reason },
      );
    });
  });
  router.subscribe(() => post({ type: 'url' }));
  post({ type: 'ready' });
}
