/**
 * The first screen comes from the server and the browser takes it over (decision
 * 029): hydration reuses the server's elements (the ones marked before any script
 * ran are still in the page afterwards) and leaves no mismatch in the console, on
 * the springboard, a story, the visitor's path and In Movement's springboard, in
 * both languages. The `guard`
 * fixture fails a test on any console error (src/main.tsx reports React's
 * recoverable hydration errors there); warnings about hydration are collected here.
 */
import type { Page } from '@playwright/test';

import type { DebateSummary } from '../../contract/in-movement.ts';
import { appRunning, containing, expect, test, viewerRunning } from './fixtures.ts';

/**
 * Marks `selector`'s first element as the server drew it, before the app's scripts
 * run (module scripts wait for the document to be parsed, `interactive` does not),
 * and collects console messages about hydration.
 */
async function watchHydration(page: Page, selector: string): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/hydrat|did not match|didn't match/i.test(message.text())) {
      messages.push(`${message.type()}: ${message.text()}`);
    }
  });
  await page.addInitScript((sel) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const marked = document.querySelector(sel);
      (window as unknown as { serverDrawn: Element | null }).serverDrawn = marked;
      (window as unknown as { wasEmpty: boolean }).wasEmpty =
        document.getElementById('root')?.childElementCount === 0;
      (window as unknown as { serverLang: string }).serverLang = document.documentElement.lang;
    });
  }, selector);
  return messages;
}

/** True when the element marked before the scripts ran is still the page's own. */
const stillServerDrawn = (page: Page) =>
  page.evaluate(() => {
    const marked = (window as unknown as { serverDrawn: Element | null }).serverDrawn;
    return marked !== null && document.contains(marked);
  });

/**
 * Marks every image the server drew in the story's dialog before the scripts run, and
 * records the page's largest-contentful-paint candidates with their elements.
 */
async function watchViewerImages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { serverImages: Element[]; lcpElements: Array<Element | null> };
    w.serverImages = [];
    w.lcpElements = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.lcpElements.push((entry as PerformanceEntry & { element: Element | null }).element);
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      w.serverImages = [...document.querySelectorAll('#root [role="dialog"] img')];
    });
  });
}

test(
  'a story’s server-drawn viewer is kept by hydration: its cover is painted once',
  // On a phone the springboard's first tile is larger than a card: drawn visible
  // behind the story, it would be the page's largest paint.
  { tag: ['@ipad-landscape', '@phone'] },
  async ({ page, demo }) => {
    const story = demo.slideshow;
    await watchViewerImages(page);
    await page.goto(`/stories/${story.slug}/1`);
    await viewerRunning(page);
    // The springboard comes behind the story once it is ready and the browser idle;
    // then a frame for an image painted anew to be reported.
    await page.locator('section.springboard .tile-grid').waitFor({ state: 'attached' });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const result = await page.evaluate(() => {
      const w = window as unknown as {
        serverImages: Element[];
        lcpElements: Array<Element | null>;
      };
      const dialog = document.querySelector('[role="dialog"]');
      const hero = dialog?.querySelector('.viewer__hero img') ?? null;
      return {
        marked: w.serverImages.length,
        heroMarked: hero !== null && w.serverImages.includes(hero),
        // Every image the server drew is still the page's own element.
        allKept: w.serverImages.every((img) => document.contains(img)),
        // Each image LCP candidate is one of the server's: none was painted anew.
        lcpAllServer: w.lcpElements
          .filter((element) => element?.tagName === 'IMG')
          .every((element) => w.serverImages.includes(element!)),
      };
    });
    expect(result.marked).toBeGreaterThan(0);
    expect(result.heroMarked).toBe(true);
    expect(result.allKept).toBe(true);
    // Chromium's LCP candidates: an image among them is one the server drew.
    expect(result.lcpAllServer).toBe(true);
  },
);

for (const language of [
  {
    locale: 'fr-FR',
    lang: 'fr',
    all: 'Toutes les histoires',
    path: 'Mon parcours',
    debates: 'Débats',
    signIn: 'Se connecter',
  },
  {
    locale: 'en-US',
    lang: 'en',
    all: 'All stories',
    path: 'My path',
    debates: 'Debates',
    signIn: 'Sign in',
  },
] as const) {
  test.describe(`the first screen from the server (${language.lang})`, () => {
    test.use({ locale: language.locale });

    test(
      'the springboard hydrates with no mismatch',
      { tag: '@ipad-landscape' },
      async ({ page, demo }) => {
        const messages = await watchHydration(page, '#root a[href^="/stories/"]');
        // Each visitor downloads one language's strings (decision 041): English is a
        // chunk of its own, which the server preloads for a page it draws in English.
        const english: string[] = [];
        page.on('request', (request) => {
          if (/\/assets\/messages-en-[^/]*\.js$/.test(request.url())) english.push(request.url());
        });
        const response = await page.goto('/');
        const preloaded =
          /<link rel="modulepreload" crossorigin href="\/assets\/messages-en-[^"]+\.js">/;
        if (language.lang === 'en') expect(await response!.text()).toMatch(preloaded);
        else expect(await response!.text()).not.toContain('messages-en-');
        await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
        await expect(page.getByRole('heading', { name: language.all, level: 1 })).toBeVisible();
        await expect(
          page.getByRole('link', { name: containing(demo.stories[0]!.title[language.lang]) }),
        ).toBeVisible();
        // Opening a story proves the tiles are React's now (before, a tap on a link
        // is the browser's own navigation to the page the server draws).
        await appRunning(page);
        await page
          .getByRole('link', { name: containing(demo.stories[0]!.title[language.lang]) })
          .click();
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(
          await page.evaluate(() => (window as unknown as { wasEmpty: boolean }).wasEmpty),
        ).toBe(false);
        expect(await stillServerDrawn(page)).toBe(true);
        expect(messages).toEqual([]);
        expect(english).toHaveLength(language.lang === 'en' ? 1 : 0);
      },
    );

    test(
      'a story hydrates on its card with no mismatch',
      { tag: '@ipad-landscape' },
      async ({ page, demo }) => {
        const story = demo.slideshow;
        const messages = await watchHydration(page, '#root .app-header__brand');
        await page.goto(`/stories/${story.slug}/1`);
        await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
        const dialog = page.getByRole('dialog', { name: containing(story.title[language.lang]) });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('group').first()).toBeVisible();
        // The viewer takes focus once React runs it; then the deck answers the keyboard.
        await expect(dialog).toBeFocused();
        await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(new RegExp(`/stories/${story.slug}/2$`));
        expect(await stillServerDrawn(page)).toBe(true);
        expect(messages).toEqual([]);
      },
    );

    test(
      'the visitor’s path hydrates as a first visit, then shows the stored path',
      { tag: '@ipad-landscape' },
      async ({ page, demo }) => {
        const story = demo.slideshow;
        // A story read first: the path stored on the device, which the server never sees.
        await page.goto(`/stories/${story.slug}/2`);
        await viewerRunning(page);
        const messages = await watchHydration(page, '#root .app-header__brand');
        await page.goto('/parcours');
        await expect(page.getByRole('heading', { name: language.path, level: 1 })).toBeVisible();
        await expect(
          page.getByRole('main').getByText(containing(story.title[language.lang])).first(),
        ).toBeVisible();
        expect(await stillServerDrawn(page)).toBe(true);
        expect(messages).toEqual([]);
      },
    );

    test(
      'In Movement’s springboard hydrates with no mismatch, then learns who is there',
      { tag: '@ipad-landscape' },
      async ({ page }) => {
        const response = await page.request.get('/api/in-movement/debates');
        const [first] = ((await response.json()) as { items: DebateSummary[] }).items;
        const messages = await watchHydration(page, '#root .im-tile__link');
        await page.goto('/in-movement');
        await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
        const grid = page.getByRole('list', { name: language.debates });
        await expect(grid.getByRole('link', { name: containing(first!.question) })).toBeVisible();
        // The header's account slot, empty in the server's markup, is the app's once it runs.
        await expect(page.getByRole('link', { name: language.signIn })).toBeVisible();
        expect(
          await page.evaluate(() => (window as unknown as { wasEmpty: boolean }).wasEmpty),
        ).toBe(false);
        expect(await stillServerDrawn(page)).toBe(true);
        expect(messages).toEqual([]);
        // The tiles are React's: a debate opens without a page load.
        await page.evaluate(
          () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
        );
        await grid.getByRole('link', { name: containing(first!.question) }).click();
        await expect(
          page.getByRole('heading', { level: 1, name: containing(first!.question) }),
        ).toBeVisible();
        expect(
          await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
        ).toBe(true);
      },
    );
  });
}

test(
  'a story’s end card hydrates with no mismatch when the device holds a path',
  { tag: ['@ipad-landscape', '@ipad-portrait'] },
  async ({ page, demo }) => {
    // The end card tags and ranks what the visitor has seen, which only the device
    // knows: the server draws it as for a first visit, and hydration must match that.
    const story = demo.slideshow;
    const end = `/stories/${story.slug}/${story.cards.length + 1}`;
    const choices = page.getByRole('list', { name: /^(Histoires suivantes|Next stories)$/ });
    await page.goto(end);
    await viewerRunning(page);
    // The story it proposes first, read on the device: the server cannot know it was seen.
    const proposed = await choices.getByRole('link').first().getAttribute('href');
    await page.goto(proposed!);
    await viewerRunning(page);
    const messages = await watchHydration(page, '#root .app-header__brand');
    await page.goto(end);
    await viewerRunning(page);
    // Once the app holds the page, it knows: the story read goes behind the unseen ones
    // (out of the card, or tagged as seen), unless it is the editors' related pick.
    await expect
      .poll(async () => {
        const link = choices.locator(`a[href="${proposed}"]`);
        return (await link.count()) === 0 ? 'moved out' : await link.innerText();
      })
      .toMatch(/moved out|Déjà vue|Dans la même veine|Seen|Related/);
    expect(await stillServerDrawn(page)).toBe(true);
    expect(messages).toEqual([]);
  },
);

test(
  'a language chosen on the device wins over the browser’s, once hydrated',
  { tag: '@ipad-landscape' },
  async ({ page }) => {
    const messages = await watchHydration(page, '#root .app-header__brand');
    // Chosen before this server knew to set its cookie: the server renders French.
    await page.addInitScript(() => {
      if (!document.cookie.includes('parcours.locale')) {
        window.localStorage.setItem('parcours.locale', 'en');
      }
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'All stories', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(messages).toEqual([]);
    // The device's choice is now the server's too.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'All stories', level: 1 })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { serverLang: string }).serverLang),
    ).toBe('en');
    expect(await stillServerDrawn(page)).toBe(true);
    expect(messages).toEqual([]);
  },
);
