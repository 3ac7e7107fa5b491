/**
 * The installable, offline app (docs/decisions/007-offline-app.md) in real Chromium:
 * the service worker of the production build, its caches, and the app's notices.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type Page } from '@playwright/test';

import type { Story } from '#contract/schemas.ts';

import { CHROMIUM_PATH, devices } from '../browser/devices.ts';
import { Touch } from '../browser/touch.ts';
import type { DemoContent } from './demo-content.ts';
import { expect, test, viewerRunning } from './fixtures.ts';
import { baseURL, chromiumArgs } from './server.ts';

/**
 * A slideshow (image cards, a quote) and a film; and one the visitor never opens (nor
 * any story the two point to, which the viewer may warm).
 */
function stories(demo: DemoContent) {
  const { slideshow, film } = demo;
  const near = new Set([slideshow, film].flatMap((s) => [s.slug, ...s.related.map((r) => r.slug)]));
  const neverOpened = demo.stories.findLast((s) => !near.has(s.slug));
  if (!neverOpened) throw new Error('the demo content has no story far from the others');
  return { slideshow, film, neverOpened };
}

/** Waits until the service worker controls the page (the first visit installs it). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

function cachedPaths(page: Page, cacheName: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, cacheName);
}

/** `/media/img/nuancier-3-960.webp` → `/media/img/nuancier-3-`: any width, any format. */
const imageStem = (src: string) => src.replace(/\d+\.\w+$/, '');

function imageStems(story: Story): string[] {
  return story.cards.flatMap((card) => (card.kind === 'image' ? [imageStem(card.image.src)] : []));
}

const card = (page: Page, n: number, total: number) =>
  page.getByRole('group', { name: `${n} sur ${total}` });

/** The current card's picture has arrived and decoded (not the blurred placeholder). */
async function pictureShown(page: Page, n: number, total: number): Promise<boolean> {
  const img = card(page, n, total).locator('img').first();
  await img.waitFor();
  return img.evaluate(
    (el: HTMLImageElement) =>
      el.complete && el.naturalWidth > 0 ? true : el.decode().then(() => el.naturalWidth > 0),
    undefined,
  );
}

const swipeLeft = (touch: Touch) =>
  touch.drag({ x: 760, y: 400 }, { x: 260, y: 400 }, { durationMs: 220 });

test.describe(
  'an installable app that survives a lost connection',
  { tag: '@ipad-landscape' },
  () => {
    test('meets Chromium’s installability criteria', async () => {
      // Chromium never offers to install from a private (incognito) context, which is
      // what browser contexts are: this one check runs in a throwaway profile.
      const profile = mkdtempSync(join(tmpdir(), 'parcours-install-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        args: chromiumArgs,
        ...devices.ipadLandscape,
        locale: 'fr-FR',
      });
      try {
        const problems: string[] = [];
        const page = context.pages()[0] ?? (await context.newPage());
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(baseURL);
        await controlled(page);
        const cdp = await context.newCDPSession(page);
        const manifest = await cdp.send('Page.getAppManifest');
        expect(manifest.url).toBe(`${baseURL}/manifest.webmanifest`);
        expect(manifest.errors).toEqual([]);
        const parsed = JSON.parse(manifest.data ?? '{}') as {
          display: string;
          icons: { sizes: string; purpose: string }[];
        };
        expect(parsed.display).toBe('standalone');
        expect(parsed.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
          '192x192 any',
          '512x512 any',
          '512x512 maskable',
        ]);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors).toEqual([]);
        // iPadOS reads its own tags.
        expect(await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')).toBe(
          '/icons/apple-touch-icon.png',
        );
        const icon = await page.request.get(`${baseURL}/icons/apple-touch-icon.png`);
        expect(icon.headers()['content-type']).toBe('image/png');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    });

    test('a returning visitor still gets the page the server drew, and the shell offline', async ({
      page,
      context,
      demo,
    }) => {
      // Before any script runs: did the page arrive drawn (the server's) or empty (the shell)?
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          const drawn = (document.getElementById('root')?.childElementCount ?? 0) > 0;
          sessionStorage.setItem(
            'drawn',
            JSON.stringify([...JSON.parse(sessionStorage.getItem('drawn') ?? '[]'), drawn]),
          );
        });
      });
      const drawnLog = () =>
        page.evaluate(() => JSON.parse(sessionStorage.getItem('drawn') ?? '[]') as boolean[]);
      await page.goto('/');
      await controlled(page);
      const story = demo.slideshow;
      const response = await page.goto(`/stories/${story.slug}/2`);
      expect(response?.fromServiceWorker(), 'answered through the service worker').toBe(true);
      await page.getByRole('dialog', { name: story.title.fr }).waitFor();
      expect((await drawnLog()).at(-1), 'the server drew the page').toBe(true);
      // The page is on screen before its scripts run: the app, running, reads the story
      // through the worker, which keeps it for the offline visit below.
      await viewerRunning(page);

      // Offline, the precached shell: the app draws the page itself.
      await context.setOffline(true);
      await page.reload();
      await page.getByRole('dialog', { name: story.title.fr }).waitFor();
      expect((await drawnLog()).at(-1), 'the shell, drawn by the app').toBe(false);
      await context.setOffline(false);
    });

    test('opens and swipes the stories a visitor opened, offline, after a reload', async ({
      page,
      context,
      demo,
    }) => {
      const { slideshow, film, neverOpened } = stories(demo);
      let touch: Touch | null = null;
      // Every navigation happens with no CDP session open (see Touch.detach).
      const navigate = async (go: () => Promise<unknown>) => {
        await touch?.detach();
        touch = null;
        await go();
      };
      const swipe = async () => {
        touch ??= await Touch.on(page);
        await swipeLeft(touch);
      };
      await navigate(() => page.goto('/'));
      await controlled(page);
      await page.getByRole('list', { name: 'Histoires' }).waitFor();

      // Online: open the slideshow and look at its first two cards only…
      const slides = slideshow.cards.length;
      await navigate(() => page.goto(`/stories/${slideshow.slug}/1`));
      await card(page, 1, slides).waitFor();
      await viewerRunning(page);
      await page.waitForTimeout(450);
      await swipe();
      await card(page, 2, slides).waitFor();
      // …while the viewer warms the rest of its pictures at idle.
      const stems = imageStems(slideshow);
      await expect
        .poll(
          async () => {
            const cached = await cachedPaths(page, 'parcours-media');
            return stems.filter((stem) => !cached.some((path) => path.startsWith(stem)));
          },
          { timeout: 20_000, intervals: [500] },
        )
        .toEqual([]);

      // Then the film: its first card plays, and the whole film is kept.
      const filmCards = film.cards.length;
      await navigate(() => page.goto(`/stories/${film.slug}/1`));
      await card(page, 1, filmCards).waitFor();
      const video = film.cards[0]!.kind === 'video' ? film.cards[0]!.video : null;
      expect(video).not.toBeNull();
      await expect
        .poll(() => cachedPaths(page, 'parcours-films'), { timeout: 30_000, intervals: [500] })
        .toContain(video!.sources[0]!.src);

      // The connection goes; the visitor reloads.
      await context.setOffline(true);
      await navigate(() => page.reload());
      await card(page, 1, filmCards).waitFor();
      const banner = page.getByRole('status').filter({ hasText: 'Hors ligne' });
      await banner.waitFor();
      expect(await banner.textContent()).toBe(
        'Hors ligne. Les histoires déjà ouvertes restent disponibles.',
      );

      // The film plays from the cache (its range requests are sliced from the kept copy).
      const played = await card(page, 1, filmCards)
        .locator('video')
        .first()
        .evaluate(
          (el: HTMLVideoElement) =>
            new Promise<number>((resolve) => {
              const check = () => (el.currentTime > 0.5 ? resolve(el.currentTime) : undefined);
              el.addEventListener('timeupdate', check);
              check();
              setTimeout(() => resolve(el.currentTime), 8000);
            }),
        );
      expect(played).toBeGreaterThan(0.5);
      // Safari asks for byte ranges and insists on 206 answers: the kept copy is sliced.
      const slice = await page.evaluate(async (src) => {
        const response = await fetch(src, { headers: { Range: 'bytes=100-199' } });
        return [
          response.status,
          response.headers.get('content-range'),
          (await response.arrayBuffer()).byteLength,
        ];
      }, video!.sources[0]!.src);
      expect(slice).toEqual([206, expect.stringMatching(/^bytes 100-199\/\d+$/), 100]);
      await page.waitForTimeout(300);
      await swipe();
      await card(page, 2, filmCards).waitFor();

      // The slideshow, card by card, pictures included (most were never shown online).
      await navigate(() => page.goto(`/stories/${slideshow.slug}/1`));
      await card(page, 1, slides).waitFor();
      for (let n = 1; n <= slides; n++) {
        if (n > 1) {
          await page.waitForTimeout(450);
          await swipe();
          await card(page, n, slides).waitFor();
          await page.waitForURL((url) => url.pathname === `/stories/${slideshow.slug}/${n}`);
        }
        const kind = slideshow.cards[n - 1]!.kind;
        if (kind === 'image') expect(await pictureShown(page, n, slides), `card ${n}`).toBe(true);
      }

      // A story never opened says it needs the network, with a retry: not a blank screen.
      await navigate(() => page.goto(`/stories/${neverOpened.slug}`));
      const alert = page.getByRole('dialog').getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(
        'Vous êtes hors ligne, et ce contenu n’a pas encore été ouvert sur cet appareil.',
      );
      await alert.getByRole('button', { name: 'Réessayer' }).waitFor();

      // Back online: the notice goes, and the story arrives.
      await context.setOffline(false);
      await banner.waitFor({ state: 'detached' });
      await page.getByRole('dialog', { name: neverOpened.title.fr }).waitFor();
      await card(page, 1, neverOpened.cards.length).waitFor();
    });
  },
);
