/**
 * What the HTML of a springboard or story page carries so its first screen needs
 * no API round trip (contract/boot.ts): the API's own answers to the requests the
 * page makes first, obtained by asking this very app (same validation, cache and
 * bytes as over HTTP), and preloads of the images likely to be its largest paint,
 * so the browser fetches them while the scripts are still loading.
 */
import { BOOT_ELEMENT_ID, CARD_SIZES, jsonForScript, TILE_SIZES } from '../../contract/boot.ts';
import { PAGE_PATTERNS, STORY_PAGE } from '../../contract/pages.ts';
import { apiUrl, buildPath } from '../../contract/routes.ts';
import type { Image, Story, StoryList } from '../../contract/schemas.ts';

/** GET one of the app's API URLs; the body's JSON when it answered 200. */
export type ApiFetch = (url: string) => Promise<unknown>;

interface PagePlan {
  /** API URLs (path and query, as the client builds them) to answer in advance. */
  list: string;
  themes: string;
  /** The story and the card (1-based) the page opens on. */
  story?: { url: string; card: number };
}

/** Which first requests a page makes, or null for pages that carry nothing. */
function plan(url: URL): PagePlan | null {
  const themes = buildPath('listThemes', {});
  const stories = buildPath('listStories', {});
  if (url.pathname === PAGE_PATTERNS.home) {
    const theme = url.searchParams.get('theme') ?? undefined;
    return { list: apiUrl('listStories', {}, { theme }), themes };
  }
  const match = STORY_PAGE.exec(url.pathname);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1] ?? '');
  } catch {
    return null;
  }
  // `/stories/<slug>` is the first card's page under another name (decision 009).
  const card = match[2] === undefined ? 1 : Number(match[2]);
  return {
    list: stories,
    themes,
    story: { url: buildPath('getStory', { slug }), card },
  };
}

/** The key under which a page's boot markup may be cached (with the content version). */
export function pageBootKey(url: URL): string | null {
  const p = plan(url);
  return p ? `${p.list} ${p.story?.url ?? ''} ${p.story?.card ?? ''}` : null;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A preload for a `<picture>`'s preferred source only: a browser that can decode it
 * fetches exactly what the `<img>` will pick; others skip the hint (its `type`).
 */
function preload(image: Image, sizes: string): string {
  const source = image.sources[0];
  if (!source) {
    return `<link rel="preload" as="image" href="${escapeAttribute(image.src)}" fetchpriority="high">`;
  }
  return (
    `<link rel="preload" as="image" type="${escapeAttribute(source.type)}"` +
    ` imagesrcset="${escapeAttribute(source.srcset)}" imagesizes="${escapeAttribute(sizes)}"` +
    ` fetchpriority="high">`
  );
}

/** The markup to put in the page's `<head>`; empty when the page carries nothing. */
export async function pageBootMarkup(url: URL, fetchApi: ApiFetch): Promise<string> {
  const p = plan(url);
  if (!p) return '';
  const urls = [p.themes, p.list, ...(p.story ? [p.story.url] : [])];
  const bodies = await Promise.all(urls.map((u) => fetchApi(u)));
  const answers: Record<string, unknown> = {};
  urls.forEach((u, i) => {
    if (bodies[i] !== undefined) answers[u] = bodies[i];
  });

  const images: string[] = [];
  if (p.story) {
    // A story page: the viewer's full-screen cover, then the card it opens on.
    const story = answers[p.story.url] as Story | undefined;
    if (story) {
      images.push(preload(story.cover, CARD_SIZES));
      const card = story.cards[p.story.card - 1];
      if (card?.kind === 'image') images.push(preload(card.image, CARD_SIZES));
    }
  } else {
    // The springboard: the first tile, the largest paint on every layout.
    const first = (answers[p.list] as StoryList | undefined)?.items[0];
    if (first) images.push(preload(first.cover, TILE_SIZES[first.tile]));
  }
  if (Object.keys(answers).length === 0) return images.join('');
  return (
    images.join('') +
    `<script type="application/json" id="${BOOT_ELEMENT_ID}">${jsonForScript(answers)}</script>`
  );
}
