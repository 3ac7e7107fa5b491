/**
 * A debate's hosted film in a real browser, against the real server's CSP: nothing is
 * asked of the video host before the tap (or Enter); after it, the host's
 * privacy-enhanced player is framed (the request is made, so the CSP let it through)
 * and focused. The host itself is never reached: its requests are counted and aborted.
 */
import type { Page } from '@playwright/test';

import { type Debate, debateSchema, type DebateSummary } from '../../contract/in-movement.ts';
import { containing, expect, test } from './fixtures.ts';

const HOST = 'https://www.youtube-nocookie.com';

/** The first demo debate whose film is on the video host. */
async function hostedFilmDebate(page: Page): Promise<Debate> {
  const list = (await (await page.request.get('/api/in-movement/debates')).json()) as {
    items: DebateSummary[];
  };
  for (const { slug } of list.items) {
    const debate = debateSchema.parse(
      await (await page.request.get(`/api/in-movement/debates/${slug}`)).json(),
    );
    if (debate.film?.kind === 'embed' && debate.film.provider === 'youtube-nocookie') return debate;
  }
  throw new Error('No demo debate with a film on YouTube');
}

/** Every request to the host, aborted: the test never loads the real player. */
async function watchHost(page: Page): Promise<string[]> {
  const asked: string[] = [];
  // A page's route comes before the context's (the guard's foreign-origin catch).
  await page.route(`${HOST}/**`, (route) => {
    asked.push(route.request().url());
    return route.abort();
  });
  return asked;
}

async function openFilm(page: Page, debate: Debate) {
  const response = await page.goto(`/in-movement/debates/${debate.slug}`);
  // The shell's CSP frames the film hosts' players and this origin (only the studio's preview lets itself be framed).
  expect(response?.headers()['content-security-policy']).toContain(
    `frame-src 'self' ${HOST} https://player.vimeo.com;`,
  );
  const section = page.getByRole('region', { name: 'Le film' });
  await section.scrollIntoViewIfNeeded();
  const film = debate.film as Extract<Debate['film'], { kind: 'embed' }>;
  const play = section.getByRole('button', { name: containing(`Lire « ${film.title} »`) });
  await expect(play).toBeVisible();
  await expect(section.getByText(/charge le lecteur de YouTube/)).toBeVisible();
  await expect(section.locator('iframe')).toHaveCount(0);
  return { section, play, film };
}

test.describe('a debate’s hosted film', () => {
  test(
    'loads nothing from the host before the tap, then frames its privacy-enhanced player',
    { tag: '@ipad-landscape' },
    async ({ page, touch }) => {
      const debate = await hostedFilmDebate(page);
      const asked = await watchHost(page);
      const { section, play, film } = await openFilm(page, debate);
      await page.waitForLoadState('networkidle');
      expect(asked).toEqual([]);

      const box = (await play.boundingBox())!;
      await touch.tap(box.x + box.width / 2, box.y + box.height / 2);
      const frame = section.locator('iframe');
      await expect(frame).toHaveAttribute('src', `${HOST}/embed/${film.videoId}?autoplay=1`);
      await expect(frame).toBeFocused();
      // The browser asked for the player (the CSP allowed it), and only for it.
      await expect.poll(() => asked.length).toBe(1);
      expect(new URL(asked[0]!).pathname).toBe(`/embed/${film.videoId}`);
    },
  );

  test(
    'plays from the keyboard on a desktop, and keeps the link to the host',
    { tag: '@desktop' },
    async ({ page }) => {
      const debate = await hostedFilmDebate(page);
      const asked = await watchHost(page);
      const { section, play, film } = await openFilm(page, debate);
      await expect(section.getByRole('link', { name: /sur YouTube/ })).toHaveAttribute(
        'href',
        `${HOST}/embed/${film.videoId}`,
      );
      expect(asked).toEqual([]);
      await play.focus();
      await page.keyboard.press('Enter');
      await expect(section.locator('iframe')).toBeFocused();
      await expect.poll(() => asked.length).toBe(1);
    },
  );
});
