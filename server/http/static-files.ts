/**
 * The built SPA: hashed `/assets/*` cached for a year, other public files for an
 * hour, and `index.html` (the shell every client route falls back to) revalidated
 * on each visit. Build files arrive precompressed (`.br`, `.gz` beside them, see
 * scripts/precompress.mjs), so serving them costs no compression.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';

import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';

import { etagMatches, weakEtag } from './cached-json.ts';
import {
  appendVary,
  asBody,
  compressBody,
  COMPRESSION_THRESHOLD,
  negotiateEncoding,
} from './compression.ts';
import { apiError } from './errors.ts';
import { escapeHtml } from './html-escape.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
const PUBLIC_FILE = 'public, max-age=3600, stale-while-revalidate=86400';
/**
 * The service worker and what it reads to install: revalidated on every check, so a
 * deploy is detected at the next visit (and a browser never keeps an old worker).
 */
const REVALIDATED_FILE = /^\/(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/;

interface PreparedShell {
  etag: string;
  html: Buffer;
  encoded: Record<'br' | 'gzip', Promise<Buffer>>;
}

function prepare(html: Buffer): PreparedShell {
  const encoded = {
    br: compressBody(html, 'br'),
    gzip: compressBody(html, 'gzip'),
  };
  // Avoid an unhandled rejection before the first request awaits them.
  encoded.br.catch(() => undefined);
  encoded.gzip.catch(() => undefined);
  return { etag: weakEtag(html), html, encoded };
}

/** A page's own parts: markup for its `<head>`, its first screen for `#root`, its language. */
export interface PageMarkup {
  head: string;
  root?: string;
  lang?: string;
  /** The page's own `<title>` text (the shell's otherwise). */
  title?: string;
}

/**
 * What a page's HTML may carry beyond the shell (see server/routes/page-boot.ts),
 * cached under a key that names everything it depends on (content version,
 * address, language).
 */
export interface PageHead {
  /**
   * For one request: the cache key of its page's markup and how to build that markup
   * (from what computing the key already fetched), or null for the plain shell.
   */
  prepare(
    url: URL,
    headers: Headers,
  ): Promise<{ key: string; markup: () => Promise<PageMarkup> } | null>;
  /** Request headers the markup may depend on, for caches on the way (`Vary`). */
  vary?: string;
}

const ROOT_ELEMENT = '<div id="root"></div>';
const HTML_LANG = /<html lang="[^"]*"/;
const TITLE = /<title>[^<]*<\/title>/;

/** The shell with a page's parts in place; null when they add nothing. */
function withParts(text: string, parts: PageMarkup): string | null {
  const headEnd = text.indexOf('</head>');
  if (!parts.head || headEnd < 0) return null;
  let html = text.slice(0, headEnd) + parts.head + text.slice(headEnd);
  if (parts.root && html.includes(ROOT_ELEMENT)) {
    html = html.replace(ROOT_ELEMENT, () => `<div id="root">${parts.root}</div>`);
    if (parts.lang) html = html.replace(HTML_LANG, `<html lang="${parts.lang}"`);
    const { title } = parts;
    if (title) html = html.replace(TITLE, () => `<title>${escapeHtml(title)}</title>`);
  }
  return html;
}

/** Pages kept ready: the springboard, its theme filters and the stories, per content version. */
const PAGE_CACHE_SIZE = 200;

/** The shell, its ETag and its encodings, prepared once; pages with a head of their own, on demand. */
function shell(distDir: string, pageHead: PageHead | undefined, log: (error: unknown) => void) {
  const html = readFileSync(resolve(distDir, 'index.html'));
  const plain = prepare(html);
  const pages = new Map<string, PreparedShell>();
  const text = html.toString('utf8');

  const pageFor = async (url: URL, headers: Headers): Promise<PreparedShell> => {
    if (!pageHead) return plain;
    try {
      const page = await pageHead.prepare(url, headers);
      if (page === null) return plain;
      const { key } = page;
      const cached = pages.get(key);
      if (cached) {
        // Most recently used last: the first key is the one to evict.
        pages.delete(key);
        pages.set(key, cached);
        return cached;
      }
      const drawn = withParts(text, await page.markup());
      // A page that got nothing (the database away for a moment) is not kept: the
      // next visit tries again.
      if (drawn === null) return plain;
      const prepared = prepare(Buffer.from(drawn, 'utf8'));
      pages.set(key, prepared);
      if (pages.size > PAGE_CACHE_SIZE) pages.delete(pages.keys().next().value as string);
      return prepared;
    } catch (error) {
      // The shell alone still works: the page then asks the API itself.
      log(error);
      return plain;
    }
  };

  return async (c: Context): Promise<Response> => {
    const page = await pageFor(new URL(c.req.url), c.req.raw.headers);
    const headers = new Headers({
      'Content-Type': 'text/html; charset=utf-8',
      // Always revalidated, so a deploy is picked up on the next visit.
      'Cache-Control': 'no-cache',
      ETag: page.etag,
    });
    appendVary(headers, 'Accept-Encoding');
    // The page's language follows these: a cache on the way must not mix them.
    if (pageHead?.vary) appendVary(headers, pageHead.vary);
    if (etagMatches(c.req.header('If-None-Match'), page.etag)) {
      return new Response(null, { status: 304, headers });
    }
    const encoding =
      page.html.byteLength >= COMPRESSION_THRESHOLD
        ? negotiateEncoding(c.req.header('Accept-Encoding'))
        : null;
    const body = encoding ? await page.encoded[encoding] : page.html;
    if (encoding) headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(body.byteLength));
    return new Response(c.req.method === 'HEAD' ? null : asBody(body), { status: 200, headers });
  };
}

export function staticSite(
  distDir: string,
  {
    pageHead,
    onError = () => undefined,
  }: { pageHead?: PageHead; onError?: (error: unknown) => void } = {},
): {
  files: MiddlewareHandler;
  fallback: MiddlewareHandler;
} {
  const root = resolve(distDir);
  const sendShell = shell(root, pageHead, onError);
  const serve = serveStatic({
    root,
    precompressed: true,
    // index.html is the shell: served with its own validators below.
    rewriteRequestPath: (path) =>
      path === '/' || path === '/index.html' ? '/.shell-not-a-file' : path,
  });
  const files: MiddlewareHandler = async (c, next) => {
    const response = await serve(c, next);
    // serveStatic builds its Response before any hook could still add headers to it.
    if (response instanceof Response && response.ok) {
      const path = c.req.path;
      response.headers.set(
        'Cache-Control',
        path.startsWith('/assets/')
          ? IMMUTABLE
          : REVALIDATED_FILE.test(path)
            ? 'no-cache'
            : PUBLIC_FILE,
      );
    }
    return response;
  };
  const fallback: MiddlewareHandler = async (c) => {
    // A missing build file must not come back as HTML (a CDN would cache it for a year).
    const path = c.req.path;
    if (path !== '/index.html' && (path.startsWith('/assets/') || extname(path) !== '')) {
      return apiError(c, 404, 'not_found', `No file ${path}`);
    }
    return sendShell(c);
  };
  return { files, fallback };
}
