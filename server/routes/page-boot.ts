/**
 * What the HTML of a springboard, story, path or In Movement springboard page carries
 * so its first screen needs no API round trip (contract/boot.ts): the API's own
 * answers to the requests the page makes first, obtained by asking this very app
 * (same validation, cache and bytes as over HTTP), and preloads of the images likely
 * to be its largest paint, so the browser fetches them while the scripts are still
 * loading. Pages the browser draws alone get preloads of their route's code.
 */
import { createHash } from 'node:crypto';

import {
  BOOT_ELEMENT_ID,
  CARD_SIZES,
  jsonForScript,
  ROUTER_STATE_KEY,
  type ServerRenderer,
  type ShellPreloads,
  TILE_SIZES,
} from '../../contract/boot.ts';
import { PAGE_PATTERNS, STORY_PAGE } from '../../contract/pages.ts';
import { apiUrl, buildPath } from '../../contract/routes.ts';
import type { Image, Locale, Story, StoryList } from '../../contract/schemas.ts';
import { escapeHtml } from '../http/html-escape.ts';
import { pageLocale } from './page-locale.ts';

/** GET one of the app's API URLs; the body's JSON when it answered 200. */
export type ApiFetch = (url: string) => Promise<unknown>;

interface PagePlan {
  /** Which page draws them (two pages may carry the same answers). */
  page: 'home' | 'story' | 'path' | 'in-movement';
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
    return { page: 'home', list: apiUrl('listStories', {}, { theme }), themes };
  }
  // The visitor's path page draws its map from these (a first visit's path).
  if (url.pathname === PAGE_PATTERNS.path) return { page: 'path', list: stories, themes };
  // In Movement's springboard: its debates and their themes (public answers, the same
  // for everyone; who is signed in is asked apart).
  if (url.pathname === PAGE_PATTERNS.inMovement) {
    const theme = url.searchParams.get('theme') || undefined;
    return {
      page: 'in-movement',
      list: apiUrl('listDebates', {}, { theme }),
      themes: buildPath('listDebateThemes', {}),
    };
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
    page: 'story',
    list: stories,
    themes,
    story: { url: buildPath('getStory', { slug }), card },
  };
}

/** The key under which a page's boot markup may be cached (with `pageDataVersion`). */
export function pageBootKey(url: URL): string | null {
  const p = plan(url);
  return p ? `${p.page} ${p.list} ${p.story?.url ?? ''} ${p.story?.card ?? ''}` : null;
}

/**
 * What a page's carried answers depend on, for its cache key: the stories' content
 * version for the visitors' pages. In Movement's answers move with every contribution
 * and are computed per request (server/routes/in-movement-http.ts), so for its
 * springboard the answers themselves are the version: a digest of them.
 */
export async function pageDataVersion(
  url: URL,
  fetchApi: ApiFetch,
  contentVersion: () => Promise<unknown>,
): Promise<string> {
  const p = plan(url);
  if (p?.page !== 'in-movement') return String(await contentVersion());
  const bodies = await Promise.all([p.themes, p.list].map((u) => fetchApi(u)));
  return createHash('sha256').update(JSON.stringify(bodies)).digest('base64url').slice(0, 22);
}

/**
 * `fetchApi` for one page request: each URL read once, whether the cache key (the
 * digest of In Movement's answers) or the markup (the same answers) asks first.
 */
function onceEach(fetchApi: ApiFetch): ApiFetch {
  const asked = new Map<string, Promise<unknown>>();
  return (url) => {
    let answer = asked.get(url);
    if (!answer) {
      answer = fetchApi(url);
      asked.set(url, answer);
    }
    return answer;
  };
}

/** A page request's cache key, and how to build its markup should the cache lack it. */
export interface PreparedPage {
  key: string;
  markup: () => Promise<PageParts>;
}

/**
 * Everything one HTML request needs from this module: null for the plain shell, else
 * the key naming all the page's markup depends on (its data's version, the visitor's
 * language when the page is drawn here or preloads English, the address) and the
 * markup, built from the very answers the key was computed from.
 */
export async function preparePage(
  url: URL,
  headers: Headers,
  {
    fetchApi,
    contentVersion,
    renderer,
    onRenderError,
  }: {
    fetchApi: ApiFetch;
    contentVersion: () => Promise<unknown>;
    renderer: ServerRenderer | null;
    onRenderError: (error: unknown) => void;
  },
): Promise<PreparedPage | null> {
  const locale = pageLocale(headers);
  const render = renderer ? { renderer, locale, onError: onRenderError } : undefined;
  const bootKey = pageBootKey(url);
  if (bootKey === null) {
    // A page the browser draws: its preloads, one page per set of them.
    const modules = renderer?.shellPreloads?.({ url: url.href, locale }).modules ?? [];
    if (modules.length === 0) return null;
    return {
      key: `shell ${locale} ${modules.join(' ')}`,
      markup: () => pageParts(url, fetchApi, render),
    };
  }
  const fetchOnce = onceEach(fetchApi);
  const version = await pageDataVersion(url, fetchOnce, contentVersion);
  // A rendered first screen is in the visitor's language: one page per language.
  return {
    key: `${version} ${renderer ? locale : ''} ${bootKey}`,
    markup: () => pageParts(url, fetchOnce, render),
  };
}

/**
 * A preload for a `<picture>`'s preferred source only: a browser that can decode it
 * fetches exactly what the `<img>` will pick; others skip the hint (its `type`).
 */
function preload(image: Image, sizes: string): string {
  const source = image.sources[0];
  if (!source) {
    return `<link rel="preload" as="image" href="${escapeHtml(image.src)}" fetchpriority="high">`;
  }
  return (
    `<link rel="preload" as="image" type="${escapeHtml(source.type)}"` +
    ` imagesrcset="${escapeHtml(source.srcset)}" imagesizes="${escapeHtml(sizes)}"` +
    ` fetchpriority="high">`
  );
}

/** What a page's HTML gets: markup for its `<head>`, and its first screen for `#root`. */
export interface PageParts {
  head: string;
  /** The server-rendered first screen (empty: the browser draws it). */
  root: string;
  /** The language the first screen is in (`<html lang>`), when there is one. */
  lang?: Locale;
  /** The tab's title the first screen asked for (`<title>`), when there is one. */
  title?: string;
}

/**
 * The page's parts: carried answers and image preloads for every springboard, story
 * and path page; with a renderer (the SSR build, decision 029), the first screen
 * too, drawn from those very answers, and the router state the browser resumes from.
 * A renderer that fails costs the first screen only, never the carried answers.
 */
export async function pageParts(
  url: URL,
  fetchApi: ApiFetch,
  render?: { renderer: ServerRenderer; locale: Locale; onError: (error: unknown) => void },
): Promise<PageParts> {
  const p = plan(url);
  if (!p) {
    const preloads = render?.renderer.shellPreloads?.({ url: url.href, locale: render.locale });
    return { head: preloads ? shellHead(preloads) : '', root: '' };
  }
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
  } else if (p.page === 'home') {
    // The springboard: the first tile, the largest paint on every layout.
    const first = (answers[p.list] as StoryList | undefined)?.items[0];
    if (first) images.push(preload(first.cover, TILE_SIZES[first.tile]));
  }
  if (Object.keys(answers).length === 0) return { head: images.join(''), root: '' };

  let rendered: Awaited<ReturnType<ServerRenderer['renderPage']>> = null;
  if (render) {
    try {
      rendered = await render.renderer.renderPage({
        url: url.href,
        answers,
        locale: render.locale,
      });
    } catch (error) {
      render.onError(error);
    }
  }
  const block = rendered ? { ...answers, [ROUTER_STATE_KEY]: rendered.routerState } : answers;
  // Not drawn here (a renderer that failed, or none): the code its route loads first.
  const preloads = rendered
    ? ''
    : shellHead(
        render?.renderer.shellPreloads?.({ url: url.href, locale: render.locale }) ?? {
          modules: [],
        },
      );
  // The styles of the lazily loaded code the first screen draws, before it paints.
  const styles = (rendered?.stylesheets ?? []).map(
    (href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`,
  );
  // Their code too, fetched beside the app's instead of after it has run.
  const scripts = (rendered?.scripts ?? []).map(
    (href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`,
  );
  // A server-drawn page's buttons hold a tap until the app has taken them over
  // (public/early-input.js): async, so it never delays the first paint.
  const early = rendered ? '<script async src="/early-input.js"></script>' : '';
  return {
    head:
      styles.join('') +
      images.join('') +
      scripts.join('') +
      preloads +
      early +
      `<script type="application/json" id="${BOOT_ELEMENT_ID}">${jsonForScript(block)}</script>`,
    root: rendered?.html ?? '',
    ...(rendered && render ? { lang: render.locale } : {}),
    ...(rendered?.title ? { title: rendered.title } : {}),
  };
}

/**
 * The head of a page the browser draws alone: its first code, fetched beside the
 * entry rather than one round trip after another once the entry has run, and its
 * styles, fetched early but applied only when that code asks for them (as a
 * stylesheet, they would hold the shell's first paint).
 */
export function shellHead({ scripts = [], stylesheets = [] }: ShellPreloads): string {
  return (
    stylesheets
      .map((href) => `<link rel="preload" as="style" crossorigin href="${escapeHtml(href)}">`)
      .join('') +
    scripts
      .map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`)
      .join('')
  );
}

/** The markup to put in the page's `<head>`; empty when the page carries nothing. */
export async function pageBootMarkup(url: URL, fetchApi: ApiFetch): Promise<string> {
  return (await pageParts(url, fetchApi)).head;
}
