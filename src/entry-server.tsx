/**
 * The first screen, rendered by the server (decision 029): the SSR build of this
 * module (`dist-ssr/entry-server.js`) is what server/app.ts imports when present.
 * It renders the page as the browser's first render will draw it, from the answers
 * the page carries (contract/boot.ts) and the router's own loaders, so the browser
 * hydrates instead of drawing it again (src/main.tsx).
 */
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';

import type { ServerRenderInput, ServerRenderOutput, ShellPreloads } from '#contract/boot.ts';
import { PAGE_PATTERNS, STORY_PAGE } from '#contract/pages.ts';
import { Notice } from '#src/components/ui/notice.tsx';

import { shellPageModules } from './app/area-modules.ts';
import { firstQueries } from './app/first-queries.ts';
import { AppProviders } from './app/providers.tsx';
import { appRoutes } from './app/router.tsx';
import { withBootAnswers } from './lib/boot-data.ts';
import { provideCoreMessages } from './lib/i18n.tsx';
import { en } from './lib/messages-en.ts';
import { ServerTitle } from './lib/use-document-title.ts';

// The server draws pages in either language: both cores at hand (the browser loads
// English only when it needs it, decision 041).
provideCoreMessages('en', en);

/**
 * A cache per request, never shared between visitors; it never fetches (the carried
 * answers are all it has) and never retries, so a missing answer fails fast and the
 * page falls back to the shell.
 */
function requestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: false, networkMode: 'always' },
    },
  });
}

async function collect(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The lazily loaded modules each page's first screen draws, whose styles and code the
 * server links in the page (the browser would otherwise find them only once the app
 * runs): the path dock on every visitors' page, the viewer on a story, the path page
 * on its own, In Movement's code on its springboard, and the English strings for a
 * page drawn in English.
 */
function lazyModules(url: URL, locale: ServerRenderInput['locale']): string[] {
  const dock = 'src/features/path/path-dock.tsx';
  const strings = locale === 'en' ? ['src/lib/messages-en.ts'] : [];
  if (STORY_PAGE.test(url.pathname))
    return [dock, 'src/features/story-viewer/story-viewer.tsx', ...strings];
  if (url.pathname === PAGE_PATTERNS.path)
    return [dock, 'src/features/path/path-page.tsx', ...strings];
  // In Movement's springboard: its area's shell, strings and page (no dock there).
  if (url.pathname === PAGE_PATTERNS.inMovement) return shellPageModules(url.pathname, locale);
  return [dock, ...strings];
}

export async function renderPage({
  url,
  answers,
  locale,
}: ServerRenderInput): Promise<ServerRenderOutput | null> {
  const address = new URL(url);
  const seed = await firstQueries(address);
  if (seed === null) return null;
  const queryClient = requestQueryClient();
  // The queries the first screen reads, from the answers the page will carry too.
  if (!withBootAnswers(answers, () => seed(queryClient))) return null;

  // The browser's own routes and loaders (src/app/route-loaders.ts), on this cache.
  const handler = createStaticHandler(appRoutes(queryClient));
  const context = await handler.query(new Request(address));
  // A redirect, or a loader that failed: the shell and the browser handle those.
  if (context instanceof Response || context.errors) return null;

  const router = createStaticRouter(handler.dataRoutes, context);
  let failure: unknown = null;
  // The tab's title, as the page names it while drawn (src/lib/use-document-title.ts).
  const named: { title?: string } = {};
  const nameTab = (title: string) => {
    named.title = title;
  };
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <ServerTitle value={nameTab}>
        <AppProviders queryClient={queryClient} locale={locale}>
          {/* No hydration script of its own (the CSP forbids inline scripts): the
              router state travels in the page's JSON block. */}
          <StaticRouterProvider router={router} context={context} hydrate={false} />
          <Notice />
        </AppProviders>
      </ServerTitle>
    </StrictMode>,
    {
      // One piece: no boundary sent apart with a script to put it in place (the CSP
      // runs no inline script).
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        // A component that threw would be drawn by the browser alone: a page whose
        // markup and script disagree is not worth serving. The server logs it.
        failure ??= error;
      },
    },
  );
  const html = await collect(prelude);
  queryClient.clear();
  if (failure !== null) throw failure;
  if (html.includes('<script')) throw new Error('the first screen needs an inline script');
  return {
    html,
    ...named,
    modules: lazyModules(address, locale),
    routerState: {
      loaderData: context.loaderData,
      actionData: context.actionData,
      errors: null,
    },
  };
}

/** A page the browser draws alone (not `renderPage`'s): the modules it loads first. */
export function shellPreloads({
  url,
  locale,
}: {
  url: string;
  locale: 'fr' | 'en';
}): ShellPreloads {
  return { modules: shellPageModules(new URL(url).pathname, locale) };
}
