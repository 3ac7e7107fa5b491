/**
 * The visitor's main flows, written once and run in each engine a visitor may use
 * (firefox.spec.ts, webkit.spec.ts): one browser per file, one fresh
 * profile per visitor, against the production build behind a relay (relay.ts) that
 * can take the network away.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { storyPath } from '#contract/pages.ts';
import { demoDataset } from '#mocks/data.ts';

import { baseURL } from '../server/vitest-base-url.ts';
import { at, type Engine, escapeRegExp as escape, exists, poll, type Tab } from './engine.ts';
import { inMovementFlows } from './in-movement-flows.ts';
import { type Relay, relay } from './relay.ts';
import { studioFlows } from './studio-flows.ts';

const bySlug = (slug: string) => demoDataset.stories.find((s) => s.slug === slug)!;
const robots = bySlug('robots-soudeurs');
const nuancier = bySlug('nuancier');
const hydrogen = bySlug('hydrogene');
const film = bySlug('soufflerie');
const filmSrc = film.cards[0]!.kind === 'video' ? film.cards[0]!.video.sources[0]!.src : '';

/** A story's first card may be addressed with or without its number. */
const firstCard = (slug: string) => new RegExp(`^/stories/${escape(slug)}(/1)?$`);

const settle = () => new Promise((r) => setTimeout(r, 450));

const card = (n: number, total: number) => ({ role: 'group', name: `${n} sur ${total}` });

/**
 * The server draws a story's viewer before the scripts run (decision 029): the app has
 * taken it over once its dialog holds focus, where the server drew it, with the page
 * around it made inert. A visitor who leaves before that has only seen the page, so
 * nothing is recorded.
 */
function viewerRunning(tab: Tab): Promise<boolean> {
  return poll(
    'the viewer taken over by the app',
    () =>
      tab.run(() => {
        const dialog = document.activeElement?.closest('[role="dialog"]');
        return !!dialog && !dialog.closest('[inert]') && !!document.querySelector('header[inert]');
      }),
    (running) => running,
    15_000,
  );
}

/** Waits until the service worker controls the page (the first visit installs it). */
function controlled(tab: Tab) {
  return tab.run(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return true;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
    return true;
  });
}

function cachedPaths(tab: Tab, cacheName: string): Promise<string[]> {
  return tab.run(async (name: string) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, cacheName);
}

/** The film on the current card, once it has played past `seconds`; its current time. */
function filmPlays(tab: Tab, seconds: number): Promise<number> {
  return tab.run(
    (past: number) =>
      new Promise<number>((resolve) => {
        const video = document.querySelector('video');
        if (!video) return resolve(-1);
        const check = () => (video.currentTime > past ? resolve(video.currentTime) : undefined);
        video.addEventListener('timeupdate', check);
        check();
        setTimeout(() => resolve(video.currentTime), 10_000);
      }),
    seconds,
  );
}

/** The current card's picture has arrived and decoded (not the blurred placeholder). */
function pictureShown(tab: Tab, label: string): Promise<boolean> {
  return tab.run(async (name: string) => {
    const group = [...document.querySelectorAll('[role="group"]')].find(
      (el) => el.getAttribute('aria-label') === name,
    );
    const img = group?.querySelector('img');
    if (!img) return false;
    if (!img.complete || img.naturalWidth === 0) await img.decode().catch(() => undefined);
    return img.naturalWidth > 0;
  }, label);
}

export function engineSuite(name: string, launch: (origin: string) => Promise<Engine>) {
  let engine: Engine;
  let net: Relay;

  beforeAll(async () => {
    net = await relay(baseURL());
    engine = await launch(net.origin);
  });
  afterEach(async () => {
    expect(await engine.takeErrors()).toEqual([]);
  });
  afterAll(async () => {
    await engine?.close();
    await net?.close();
  });

  describe(`the main flows in ${name}`, () => {
    it('opens a story from the springboard, changes card by button, key and swipe, and closes it', async () => {
      const tab = await engine.visitor();
      await tab.goto('/');
      const tile = await tab.find({
        role: 'link',
        name: new RegExp(escape(robots.title.fr)),
        within: { role: 'list', name: 'Histoires' },
      });
      await tab.click(tile);
      await at(tab, firstCard(robots.slug));
      await tab.find({
        role: 'heading',
        name: robots.title.fr,
        within: { role: 'dialog', name: robots.title.fr },
      });
      const total = robots.cards.length;
      await tab.find(card(1, total));
      await settle();

      await tab.click(await tab.find({ role: 'button', name: 'Carte suivante' }));
      await at(tab, `/stories/${robots.slug}/2`);
      await tab.find(card(2, total));
      await settle();

      await tab.press('ArrowRight');
      await at(tab, `/stories/${robots.slug}/3`);
      await tab.find(card(3, total));
      await settle();

      // A touch drag; WebKitGTK's WebDriver sends it as a mouse drag (see webkit.ts).
      await tab.swipe({ x: 760, y: 400 }, { x: 260, y: 400 });
      await at(tab, `/stories/${robots.slug}/4`);
      await tab.find(card(4, total));
      await settle();

      await tab.click(await tab.find({ role: 'button', name: 'Fermer l’histoire' }));
      await at(tab, '/');
      await poll(
        'the dialog closes',
        () => exists(tab, { role: 'dialog' }),
        (open) => !open,
      );
      // Focus goes back to the tile the story was opened from.
      await poll(
        'focus',
        () => tab.run(() => document.activeElement?.getAttribute('data-slug') ?? null),
        (slug) => slug === robots.slug,
      );
    });

    it('lists the stories walked on the path page, and its shared link opens for someone else', async () => {
      const tab = await engine.visitor();
      for (const path of [`/stories/${nuancier.slug}/3`, `/stories/${robots.slug}/2`]) {
        await tab.goto(path);
        await tab.find({ role: 'group' });
        await viewerRunning(tab);
      }
      await tab.goto('/parcours');
      const trail = { role: 'list', name: 'Le fil du parcours' };
      await tab.find(trail);
      for (const story of [nuancier, robots]) {
        await tab.find({ role: 'link', name: new RegExp(escape(story.title.fr)), within: trail });
      }
      await tab.click(await tab.find({ role: 'button', name: 'Partager mon parcours' }));
      const field = await tab.find({ role: 'textbox', name: 'Lien à partager' });
      const link = await poll(
        'the shared link',
        () => tab.onElement(field, (el) => (el as HTMLInputElement).value),
        (value) => value !== '',
      );
      expect(new URL(link).pathname).toMatch(/^\/parcours\/[A-Za-z0-9_-]{8,32}$/);

      // A second visitor, in a profile that has never seen the first.
      const other = await engine.visitor();
      await other.goto(link);
      await other.find({ role: 'heading', name: 'Un parcours partagé' });
      const shared = await other.find({ role: 'list', name: 'Le fil du parcours' });
      const hrefs = await other.onElement(shared, (el) =>
        [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      );
      expect(hrefs).toEqual([storyPath(nuancier.slug), storyPath(robots.slug)]);
    });

    it('searches a word typed without its accents and opens the story found', async () => {
      const tab = await engine.visitor();
      await tab.goto('/');
      await tab.click(await tab.find({ role: 'link', name: 'Rechercher' }));
      const field = await tab.find({
        role: 'searchbox',
        name: 'Rechercher une histoire, une personne ou un thème',
      });
      await tab.click(field);
      await tab.type('hydrogene');
      const hit = await tab.find({
        role: 'link',
        name: hydrogen.title.fr,
        within: { role: 'region', name: 'Résultats' },
      });
      await at(tab, '/search?q=hydrogene');
      expect(await tab.run(() => document.activeElement?.getAttribute('type'))).toBe('search');
      await tab.click(hit);
      await at(tab, firstCard(hydrogen.slug));
      await tab.find({ role: 'dialog', name: hydrogen.title.fr });
    });

    it('reloads a story and plays a film already opened, once the network is gone', async () => {
      const tab = await engine.visitor();
      await tab.goto('/');
      await controlled(tab);
      await tab.find({ role: 'list', name: 'Histoires' });

      // Online: the slideshow's first card; the viewer warms the rest at idle.
      const slides = nuancier.cards.length;
      await tab.goto(`/stories/${nuancier.slug}/1`);
      await tab.find(card(1, slides));
      const stems = nuancier.cards.flatMap((c) =>
        c.kind === 'image' ? [c.image.src.replace(/\d+\.\w+$/, '')] : [],
      );
      await poll(
        'pictures kept',
        async () => {
          const cached = await cachedPaths(tab, 'parcours-media');
          return stems.filter((stem) => !cached.some((path) => path.startsWith(stem)));
        },
        (missing) => missing.length === 0,
        20_000,
      );

      // The film plays online, and the whole film is kept for later.
      await tab.goto(`/stories/${film.slug}/1`);
      await tab.find(card(1, film.cards.length));
      // The worker now passes pages to the server, which draws the card before the app
      // runs: its film's <video> comes with the app.
      await viewerRunning(tab);
      expect(await filmPlays(tab, 0.5)).toBeGreaterThan(0.5);
      await poll(
        'the film kept',
        () => cachedPaths(tab, 'parcours-films'),
        (paths) => paths.includes(filmSrc),
        30_000,
      );

      await net.cut();
      try {
        await tab.reload();
        await tab.find({ role: 'dialog', name: film.title.fr });
        await tab.find(card(1, film.cards.length));
        // From the kept copy: the engine's own range requests are sliced from it.
        expect(await filmPlays(tab, 0.5)).toBeGreaterThan(0.5);

        await tab.goto(`/stories/${nuancier.slug}/1`);
        await tab.find(card(1, slides));
        await settle();
        await tab.click(await tab.find({ role: 'button', name: 'Carte suivante' }));
        await tab.find(card(2, slides));
        expect(await pictureShown(tab, `2 sur ${slides}`)).toBe(true);
      } finally {
        await net.restore();
      }
    });

    inMovementFlows(() => engine);
    studioFlows(() => engine);
  });
}
