/**
 * The built SPA: hashed `/assets/*` cached for a year, other public files for an
 * hour, and `index.html` (the shell every client route falls back to) revalidated
 * on each visit. Build files arrive precompressed (`.br`, `.gz` beside them, see
 * scripts/precompress.mjs), so serving them costs no compression.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { etagMatches, weakEtag } from './cached-json.ts';
import {
  appendVary,
  asBody,
  compressBody,
  COMPRESSION_THRESHOLD,
  negotiateEncoding,
} from './compression.ts';
import { apiError } from './errors.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
const PUBLIC_FILE = 'public, max-age=3600, stale-while-revalidate=86400';
/**
 * The service worker and what it reads to install: revalidated on every check, so a
 * deploy is detected at the next visit (and a browser never keeps an old worker).
 */
const REVALIDATED_FILE = /^\/(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/;

/** The shell, its ETag and its encodings, prepared once. */
function shell(distDir: string) {
  const html = readFileSync(resolve(distDir, 'index.html'));
  const etag = weakEtag(html);
  const encoded = {
    br: compressBody(html, 'br'),
    gzip: compressBody(html, 'gzip'),
  };
  // Avoid an unhandled rejection before the first request awaits them.
  encoded.br.catch(() => undefined);
  encoded.gzip.catch(() => undefined);
  return async (c: Context): Promise<Response> => {
    const headers = new Headers({
      'Content-Type': 'text/html; charset=utf-8',
      // Always revalidated, so a deploy is picked up on the next visit.
      'Cache-Control': 'no-cache',
      ETag: etag,
    });
    appendVary(headers, 'Accept-Encoding');
    if (etagMatches(c.req.header('If-None-Match'), etag)) {
      return new Response(null, { status: 304, headers });
    }
    const encoding =
      html.byteLength >= COMPRESSION_THRESHOLD
        ? negotiateEncoding(c.req.header('Accept-Encoding'))
        : null;
    const body = encoding ? await encoded[encoding] : html;
    if (encoding) headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(body.byteLength));
    return new Response(c.req.method === 'HEAD' ? null : asBody(body), { status: 200, headers });
  };
}

export function staticSite(distDir: string): {
  files: MiddlewareHandler;
  fallback: MiddlewareHandler;
} {
  const root = resolve(distDir);
  const sendShell = shell(root);
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
