/**
 * The app's page addresses, in one place: a builder per page, which every link in
 * `src/` uses, and the patterns the client router, the server's page boot
 * (contract/boot.ts) and the service worker read. Lives in contract/ because the
 * server and the service worker may import it, never `src/`.
 *
 * Every card has one address of one shape, the first included:
 * `/stories/<slug>/<card>`, 1-based (decision 009). The bare `/stories/<slug>` still
 * opens a story, and the client replaces it by the first card's address.
 */

/** The client router's patterns (react-router syntax), one per page. */
export const PAGE_PATTERNS = {
  home: '/',
  story: '/stories/:slug/:card?',
  search: '/search',
  path: '/parcours',
  sharedPath: '/parcours/:id',
  person: '/people/:slug',
  theme: '/themes/:slug',
  signIn: '/sign-in',
  verifySignIn: '/sign-in/verify',
  account: '/account',
  inMovement: '/in-movement',
  debate: '/in-movement/debates/:slug',
  curated: '/in-movement/signals',
  moderation: '/in-movement/moderation',
  moderationLog: '/in-movement/moderation/log',
} as const;

export type PageName = keyof typeof PAGE_PATTERNS;

const segment = (value: string) => encodeURIComponent(value);

/** The springboard, filtered by a theme (`?theme=`) or not. */
export function homePath(theme?: string): string {
  return theme ? `/?${new URLSearchParams({ theme }).toString()}` : PAGE_PATTERNS.home;
}

/** The canonical path of a story's card (1-based; the first by default). */
export function storyPath(slug: string, card = 1): string {
  return `/stories/${segment(slug)}/${card}`;
}

export function personPath(slug: string): string {
  return `/people/${segment(slug)}`;
}

export function themePath(slug: string): string {
  return `/themes/${segment(slug)}`;
}

/** Search, with a query or empty. */
export function searchPath(q?: string): string {
  return q
    ? `${PAGE_PATTERNS.search}?${new URLSearchParams({ q }).toString()}`
    : PAGE_PATTERNS.search;
}

/** The visitor's own path. */
export function parcoursPath(): string {
  return PAGE_PATTERNS.path;
}

/** A shared path, optionally on the step being walked (1-based, `?step=`). */
export function sharedParcoursPath(id: string, step?: number): string {
  const base = `/parcours/${segment(id)}`;
  return step === undefined ? base : `${base}?step=${step}`;
}

/** Sign-in, remembering where to come back to (a same-site path only). */
export function signInPath(returnTo?: string): string {
  return returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//')
    ? `${PAGE_PATTERNS.signIn}?${new URLSearchParams({ returnTo }).toString()}`
    : PAGE_PATTERNS.signIn;
}

/** The signed-in person's profile, export and deletion. */
export function accountPath(): string {
  return PAGE_PATTERNS.account;
}

/** The In Movement springboard, filtered by one of its themes or not. */
export function inMovementPath(theme?: string): string {
  return theme
    ? `${PAGE_PATTERNS.inMovement}?${new URLSearchParams({ theme }).toString()}`
    : PAGE_PATTERNS.inMovement;
}

export function debatePath(slug: string): string {
  return `/in-movement/debates/${segment(slug)}`;
}

export function curatedPath(): string {
  return PAGE_PATTERNS.curated;
}

export function moderationPath(): string {
  return PAGE_PATTERNS.moderation;
}

export function moderationLogPath(): string {
  return PAGE_PATTERNS.moderationLog;
}

/** A story page's path: the slug (still encoded) and the card segment if any. */
export const STORY_PAGE = /^\/stories\/([^/]+)(?:\/(\d{1,4}))?\/?$/;

/**
 * Addresses that are never an app page: the API, media, the server's development
 * outbox (`/__outbox`, which an installed app's service worker must not answer with
 * the shell), and anything that looks like a file. Everything else is a client route (or the app's own not-found page), which
 * the server and the service worker answer with the shell.
 */
export const NOT_A_PAGE: readonly RegExp[] = [
  /^\/api\//,
  /^\/media\//,
  /^\/__outbox\/?$/,
  /\/[^/]+\.[a-z0-9]+$/i,
];
