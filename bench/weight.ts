/**
 * Weight: the JavaScript a route needs, gzip and brotli, from the built files.
 *   - "initial": what index.html loads before anything runs (module scripts and
 *     modulepreloads), read from the HTML itself, so a change of build output (a
 *     service worker registration script, new chunks) is followed without a list;
 *   - "route": every script the page requested until the network went quiet, in
 *     Chromium with service workers blocked (a worker would precache every chunk).
 * Sizes are compressed here at the strongest settings (what the servers send).
 * Also: does first paint wait for images or films? The page is loaded twice, the
 * second time with every image and video answer held back 3 s: FCP must not move.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { type Browser, ipadContext, sleep } from './lib/browser.ts';

export interface JsWeight {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

export interface RouteWeight {
  name: string;
  path: string;
  initial: JsWeight;
  route: JsWeight;
  fcpMs: number;
  fcpMediaHeldMs: number;
  mediaRequests: number;
  /** The LCP entry in Chromium (iPad context): its element, its image if any, found in the HTML? */
  lcpElement: string;
  lcpImage: string | null;
  lcpImageInHtml: boolean | null;
}

function measureFiles(dir: string, files: string[]): JsWeight {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const source = readFileSync(join(dir, file));
    raw += source.byteLength;
    gzip += gzipSync(source, { level: 9 }).byteLength;
    brotli += brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).byteLength;
  }
  return { files, raw, gzip, brotli };
}

/** Scripts index.html loads itself: `<script src>` and `<link rel="modulepreload">`. */
export function initialScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const found = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    if (!isScript && !/rel=["']?modulepreload/.test(tag)) continue;
    const url = /(?:src|href)=["']?([^"' >]+)/.exec(tag)?.[1];
    if (url && !/^(https?:)?\/\//.test(url)) found.add(url.replace(/^\//, '').split('?')[0]!);
  }
  return [...found];
}

async function loadRoute(
  browser: Browser,
  url: string,
  holdMedia: boolean,
): Promise<{
  scripts: string[];
  fcp: number;
  media: number;
  lcp: { element: string; url: string };
}> {
  const context = await ipadContext(browser);
  const scripts = new Set<string>();
  let media = 0;
  await context.route('**/*', async (route) => {
    const type = route.request().resourceType();
    if (type === 'image' || type === 'media') {
      media += 1;
      if (holdMedia) await sleep(3000);
    }
    await route.continue().catch(() => {});
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === 'script' || path.endsWith('.js')) scripts.add(path.slice(1));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => {});
  await sleep(1000);
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  const lcp = await page.evaluate(
    () =>
      new Promise<{ element: string; url: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as
            (PerformanceEntry & { element: Element | null; url: string }) | undefined;
          const element = last?.element;
          resolve({
            element: element ? `${element.tagName.toLowerCase()}.${element.className}` : '',
            url: last?.url ?? '',
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ element: '', url: '' }), 2000);
      }),
  );
  await context.close();
  return { scripts: [...scripts], fcp, media, lcp };
}

export async function measureRoute(
  browser: Browser,
  name: string,
  baseUrl: string,
  path: string,
  distDir: string,
): Promise<RouteWeight> {
  const plain = await loadRoute(browser, baseUrl + path, false);
  const held = await loadRoute(browser, baseUrl + path, true);
  const lcpImage = plain.lcp.url ? new URL(plain.lcp.url).pathname : null;
  const html = await (await fetch(baseUrl + path)).text();
  return {
    lcpElement: plain.lcp.element,
    lcpImage,
    lcpImageInHtml: lcpImage ? html.includes(lcpImage) : null,
    name,
    path,
    initial: measureFiles(distDir, initialScripts(distDir)),
    route: measureFiles(distDir, plain.scripts.sort()),
    fcpMs: Math.round(plain.fcp),
    fcpMediaHeldMs: Math.round(held.fcp),
    mediaRequests: plain.media,
  };
}
