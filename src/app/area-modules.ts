/**
 * The code a page the browser draws alone (In Movement, sign-in and the account, the
 * visitors' search, people, themes and shared paths) will fetch before it can draw
 * anything: for an area, src/app/area-routes.ts, then its shell and strings, then the
 * page's own module; for a visitors' page, its module (and strings). Unhinted, that is a waterfall of round
 * trips after the entry has run; the server preloads them beside the entry instead
 * (server/routes/page-boot.ts). Read by the SSR build only (src/entry-server.tsx),
 * never shipped to the browser; `area-modules.test.ts` checks it names every module
 * area-routes.ts and router.tsx load for
 * these pages.
 */
import { matchPath } from 'react-router';

import { PAGE_PATTERNS } from '#contract/pages.ts';

const AREA_ROUTES = 'src/app/area-routes.ts';
const IN_MOVEMENT = [
  AREA_ROUTES,
  'src/features/in-movement/in-movement-layout.tsx',
  'src/lib/messages-in-movement.ts',
];
const ACCOUNT = [
  AREA_ROUTES,
  'src/features/account/account-layout.tsx',
  'src/lib/messages-account.ts',
];

/** Each page's pattern and its modules, most specific first. */
const PAGES: ReadonlyArray<{ pattern: string; modules: string[] }> = [
  {
    pattern: PAGE_PATTERNS.inMovement,
    modules: [...IN_MOVEMENT, 'src/features/in-movement/im-springboard.tsx'],
  },
  {
    pattern: PAGE_PATTERNS.debate,
    modules: [...IN_MOVEMENT, 'src/features/in-movement/debate-route.tsx'],
  },
  {
    pattern: PAGE_PATTERNS.curated,
    modules: [...IN_MOVEMENT, 'src/features/in-movement/curated/curated-page.tsx'],
  },
  {
    pattern: PAGE_PATTERNS.moderation,
    modules: [...IN_MOVEMENT, 'src/features/in-movement/moderation/moderation-queue-page.tsx'],
  },
  {
    pattern: PAGE_PATTERNS.moderationLog,
    modules: [...IN_MOVEMENT, 'src/features/in-movement/moderation/moderation-log-page.tsx'],
  },
  // Any other address under In Movement: its shell draws "not found".
  { pattern: `${PAGE_PATTERNS.inMovement}/*`, modules: IN_MOVEMENT },
  { pattern: PAGE_PATTERNS.signIn, modules: [...ACCOUNT, 'src/features/account/sign-in-page.tsx'] },
  {
    pattern: PAGE_PATTERNS.verifySignIn,
    modules: [...ACCOUNT, 'src/features/account/verify-sign-in-page.tsx'],
  },
  {
    pattern: PAGE_PATTERNS.account,
    modules: [...ACCOUNT, 'src/features/account/account-page.tsx'],
  },
  {
    pattern: PAGE_PATTERNS.search,
    modules: ['src/features/search/search-page.tsx', 'src/lib/messages-pages.ts'],
  },
  {
    pattern: PAGE_PATTERNS.sharedPath,
    modules: ['src/features/path/shared-path-page.tsx', 'src/lib/messages-pages.ts'],
  },
  { pattern: PAGE_PATTERNS.person, modules: ['src/app/routes/person-route.tsx'] },
  { pattern: PAGE_PATTERNS.theme, modules: ['src/app/routes/theme-route.tsx'] },
];

/**
 * The source modules (from the project root) a page the browser draws will load
 * first: its area's and, for a page in English, the English strings. Empty when the
 * page needs nothing beyond the entry.
 */
export function shellPageModules(pathname: string, locale: 'fr' | 'en'): string[] {
  const page = PAGES.find(({ pattern }) => matchPath(pattern, pathname) !== null);
  const strings = locale === 'en' ? ['src/lib/messages-en.ts'] : [];
  return [...(page?.modules ?? []), ...strings];
}
