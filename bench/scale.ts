/**
 * Over 300 lines: one scenario (2,000 stories) whose steps share its page and server.
 * Scale: a springboard of 2,000 generated stories (server/testing/synthetic-content.ts,
 * their covers pointed at the demo's real images), in the iPad context at 4× CPU:
 * first render, scrolling while the pages arrive and once all 2,000 tiles are there,
 * filtering by theme and back; then the JS heap after opening and closing 50 stories
 * against before. Method: docs/bench.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Content } from '../server/db/seed.ts';
import { syntheticContent } from '../server/testing/synthetic-content.ts';
import {
  type Browser,
  type CDPSession,
  ipadContext,
  type Page,
  readTrace,
  sleep,
  throttle,
  Touch,
  TRACE_CATEGORIES,
} from './lib/browser.ts';
import { ROOT } from './lib/build.ts';
import { installProbe, PROBE_PRELUDE } from './lib/probe.ts';
import { median, percentile, round } from './lib/stats.ts';
import { CPU_RATE } from './swipe.ts';

export const STORY_COUNT = Number(process.env.BENCH_SCALE_STORIES ?? 2000);
const OPEN_CLOSE = 50;
/**
 * Stories opened and closed in the heap scenario's warm-up, taken after the 50
 * measured ones (10 by default): the engine has then optimised the viewer's code
 * before the baseline, so the growth is mostly what the app keeps, not what V8
 * compiled on the way (with 1, compiled code was two thirds of it; docs/bench.md).
 */
const HEAP_WARMUP = Number(process.env.BENCH_HEAP_WARMUP ?? 10);

/** Synthetic stories whose covers are real images of the demo (each its own size). */
export function scaleContent(count = STORY_COUNT): Content {
  const content = syntheticContent(count);
  const dir = join(ROOT, 'public/media/img');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('-960.webp') && existsSync(join(dir, f.replace('-960', '-480'))))
    .map((f) => f.slice(0, -'-960.webp'.length))
    .sort();
  return {
    ...content,
    stories: content.stories.map((story, i) => {
      const name = names[i % names.length]!;
      return {
        ...story,
        cover: {
          ...story.cover,
          src: `/media/img/${name}-960.webp`,
          sources: [
            {
              type: 'image/webp',
              srcset: `/media/img/${name}-480.webp 480w, /media/img/${name}-960.webp 960w`,
            },
          ],
        },
      };
    }),
  };
}

export interface ScaleFigures extends HeapFigures {
  stories: number;
  firstTileMs: number;
  /** Loading every page by scrolling to the end (infinite query, 60 per page), at 1× CPU. */
  loadAllMs: number;
  tilesInDom: number;
  growRafMedianMs: number;
  growRafP95Ms: number;
  growLongTasks: number;
  growLongestTaskMs: number;
  /** Touch flings over the full grid. */
  scrollDroppedPct: number;
  scrollFrameP95Ms: number;
  scrollRafP95Ms: number;
  scrollLongTasks: number;
  filterMs: number;
  unfilterMs: number;
}

const tileCount = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.tile__link').length);

async function heapMb(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/**
 * The bytes of V8's compiled code in the heap (snapshot nodes of type `code`:
 * instruction streams, deoptimisation data, feedback metadata), in MB: what the engine
 * adds as it optimises hot functions, which no app can free and which V8 flushes
 * by itself once the functions go cold.
 */
async function compiledCodeMb(cdp: CDPSession): Promise<number> {
  let json = '';
  const onChunk = (event: { chunk: string }) => {
    json += event.chunk;
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(json) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i + typeAt] === code) bytes += snapshot.nodes[i + sizeAt]!;
  }
  return bytes / 1024 / 1024;
}

/**
 * Clicks a theme chip in the page and times, frame by frame, until the grid shows the
 * filtered stories (fewer tiles than all `tiles`) or every one of them again.
 */
async function timeFilter(page: Page, want: { filtered: boolean; tiles: number }): Promise<number> {
  return page.evaluate(async (want) => {
    const start = performance.now();
    const chip = want.filtered ? 'a.chip[href*="theme="]' : 'a.chip:not([href*="theme="])';
    document.querySelector<HTMLElement>(chip)!.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const count = document.querySelectorAll('.tile__link').length;
      const done = want.filtered
        ? location.search.includes('theme=') && count > 0 && count < want.tiles
        : !location.search.includes('theme=') && count >= want.tiles;
      if (done) return performance.now() - start;
      if (performance.now() - start > 60_000) return Infinity;
    }
  }, want);
}

export async function runScale(browser: Browser, appUrl: string): Promise<ScaleFigures> {
  const context = await ipadContext(browser);
  await context.addInitScript({ content: PROBE_PRELUDE });
  await context.addInitScript(installProbe);
  await context.addInitScript(() => {
    const look = () => {
      if (document.querySelector('.tile__link')) {
        (window as unknown as { __firstTile: number }).__firstTile = performance.now();
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp, CPU_RATE);

  // 1. First render.
  await page.goto(appUrl, { waitUntil: 'load' });
  await page.locator('.tile__link').first().waitFor();
  const firstTileMs = await page.evaluate(
    () => (window as unknown as { __firstTile: number }).__firstTile,
  );
  await sleep(1000);

  // 2. Scroll to the end, page after page, until every story is in the grid: without
  // throttling (at 4× this alone takes minutes), then 4× again for what follows.
  await throttle(cdp, 1);
  await page.evaluate(() => {
    window.__bench.recording = true;
  });
  const t0 = await page.evaluate(() => performance.now());
  let tiles = await tileCount(page);
  let stalledSince = Date.now();
  while (tiles < STORY_COUNT && Date.now() - stalledSince < 15_000) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await sleep(100);
    const now = await tileCount(page);
    if (now > tiles) stalledSince = Date.now();
    tiles = now;
  }
  const t1 = await page.evaluate(() => performance.now());
  await page.evaluate(() => {
    window.__bench.recording = false;
  });
  let data = await page.evaluate(() => window.__bench);
  await throttle(cdp, CPU_RATE);
  const growRaf = intervals(data.frames.map(([t]) => t));
  const growLong = data.longTasks.filter(([s]) => s >= t0 && s <= t1);

  // 3. Touch flings over the full grid, from its middle.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await sleep(1500);
  const touch = new Touch(cdp);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.evaluate(() => {
    window.__bench.frames = [];
    window.__bench.recording = true;
  });
  const s0 = await page.evaluate(() => performance.now());
  for (let i = 0; i < 6; i++) {
    const [from, to] = i % 3 === 2 ? [150, 650] : [650, 150];
    await page.evaluate(() => performance.mark('scroll:start'));
    await touch.swipe({ x: 512, y: from }, { x: 512, y: to }, { steps: 8 });
    await sleep(900);
    await page.evaluate(() => performance.mark('scroll:end'));
  }
  const s1 = await page.evaluate(() => performance.now());
  await page.evaluate(() => {
    window.__bench.recording = false;
  });
  const trace = await browser.stopTracing();
  data = await page.evaluate(() => window.__bench);
  const frames = readTrace(trace, 'scroll');
  const scrollRaf = intervals(data.frames.map(([t]) => t));
  const scrollLong = data.longTasks.filter(([s]) => s >= s0 && s <= s1);

  // 4. Filter by a theme, then back to every story (2,000 tiles from the cache).
  await page.evaluate(() => window.scrollTo(0, 0));
  await sleep(500);
  const filterMs = await timeFilter(page, { filtered: true, tiles });
  await sleep(1000);
  const unfilterMs = await timeFilter(page, { filtered: false, tiles });
  await context.close();

  const heap = await measureHeap(browser, appUrl);

  return {
    stories: STORY_COUNT,
    firstTileMs: Math.round(firstTileMs),
    loadAllMs: Math.round(t1 - t0),
    tilesInDom: tiles,
    growRafMedianMs: round(median(growRaf)),
    growRafP95Ms: round(percentile(growRaf, 95)),
    growLongTasks: growLong.length,
    growLongestTaskMs: round(Math.max(0, ...growLong.map(([, d]) => d))),
    scrollDroppedPct: round(
      (frames.dropped / Math.max(1, frames.dropped + frames.presented)) * 100,
    ),
    scrollFrameP95Ms: round(percentile(frames.intervals, 95)),
    scrollRafP95Ms: round(percentile(scrollRaf, 95)),
    scrollLongTasks: scrollLong.length,
    filterMs: Math.round(filterMs),
    unfilterMs: Math.round(unfilterMs),
    ...heap,
  };
}

export interface HeapFigures {
  heapBeforeMb: number;
  heapAfterMb: number;
  heapGrowthPct: number;
  /** V8's compiled code added during round 1 (heap snapshots), and the growth without it. */
  codeGrowthMb: number;
  heapLessCodeGrowthPct: number;
  /** After the same stories opened and closed once more: growth over round 1. */
  heapAgainMb: number;
  heapAgainGrowthPct: number;
  opened: number;
  /** Stories opened in the warm-up (BENCH_HEAP_WARMUP). */
  warmup: number;
  /** Reopening the last and the first of the 50 after both rounds: spinner drawn, data refetched? */
  reopenRecent: { spinner: boolean; fetched: boolean };
  reopenOldest: { spinner: boolean; fetched: boolean };
}

/**
 * The JS heap (1× CPU) before and after 50 stories opened and closed, then once more,
 * each time after three forced GCs; last, the most recent and the oldest of them are
 * reopened, noting any frame with the viewer's spinner and any refetch of the story. Also `npm run bench -- heap` on its own.
 */
export async function measureHeap(browser: Browser, appUrl: string): Promise<HeapFigures> {
  // Warm-up first, so the baseline already holds what any visit loads once
  // (the viewer's code, the grid pages the 50 tiles sit in, fonts): open one story, and
  // scroll to the 50th tile and back. Then 50 stories opened and closed (round 1: the
  // query cache now holds 50 stories, and the path 50 steps), then the same 50 again
  // (round 2: a leak grows again, a cache does not). Heap after three GCs each time.
  const memory = await ipadContext(browser);
  await memory.addInitScript({ content: PROBE_PRELUDE });
  const mpage = await memory.newPage();
  const mcdp = await memory.newCDPSession(mpage);
  await mpage.goto(appUrl, { waitUntil: 'load' });
  await mpage.locator('.tile__link').first().waitFor();
  const openClose = async (i: number) => {
    await mpage.locator('.tile__link').nth(i).click();
    // locator.waitFor, not waitForSelector: the ElementHandle the latter returns would
    // keep each closed viewer's DOM alive (a leak of the bench's own making).
    await mpage.locator('.deck__track').waitFor({ timeout: 15_000 });
    await sleep(150);
    await mpage.keyboard.press('Escape');
    await mpage.locator('.viewer').waitFor({ state: 'detached', timeout: 15_000 });
  };
  await openClose(0);
  await mpage
    .locator('.tile__link')
    .nth(OPEN_CLOSE - 1)
    .scrollIntoViewIfNeeded();
  await sleep(1500);
  for (let i = 1; i < HEAP_WARMUP; i++) await openClose(OPEN_CLOSE + i);
  await mpage.evaluate(() => window.scrollTo(0, 0));
  await sleep(2000);
  const heapBeforeMb = await heapMb(mcdp);
  const codeBeforeMb = await compiledCodeMb(mcdp);
  let opened = 0;
  for (let i = 0; i < OPEN_CLOSE; i++) {
    await openClose(i);
    opened += 1;
  }
  await sleep(1000);
  const heapAfterMb = await heapMb(mcdp);
  const codeAfterMb = await compiledCodeMb(mcdp);
  for (let i = 0; i < OPEN_CLOSE; i++) await openClose(i);
  await sleep(1000);
  const heapAgainMb = await heapMb(mcdp);
  // Reopened within the session: the last one opened (within any in-memory cache) and
  // the first (the longest ago; this context blocks the service worker, so whatever is
  // not in memory comes from the network). Watched frame by frame from the tap on:
  // was the viewer's spinner ever drawn, and was the story's data asked for again?
  const reopen = async (i: number) => {
    const slug = await mpage.locator('.tile__link').nth(i).getAttribute('data-slug');
    let fetched = false;
    const onRequest = (request: { url(): string }) => {
      if (new URL(request.url()).pathname === `/api/stories/${slug}`) fetched = true;
    };
    mpage.on('request', onRequest);
    const spinner = await mpage.evaluate((i) => {
      let seen = false;
      document.querySelectorAll<HTMLElement>('.tile__link')[i]!.click();
      return new Promise<boolean>((resolve) => {
        const look = () => {
          // Drawn: in the page and not transparent (it fades in after a delay).
          const spinner = document.querySelector('.viewer .spinner');
          if (spinner?.checkVisibility({ opacityProperty: true })) seen = true;
          if (document.querySelector('.deck__track')) resolve(seen);
          else requestAnimationFrame(look);
        };
        look();
      });
    }, i);
    mpage.off('request', onRequest);
    await sleep(150);
    await mpage.keyboard.press('Escape');
    await mpage.locator('.viewer').waitFor({ state: 'detached', timeout: 15_000 });
    return { spinner, fetched };
  };
  const reopenRecent = await reopen(OPEN_CLOSE - 1);
  const reopenOldest = await reopen(0);
  await memory.close();

  return {
    heapBeforeMb: round(heapBeforeMb, 2),
    heapAfterMb: round(heapAfterMb, 2),
    heapGrowthPct: round(((heapAfterMb - heapBeforeMb) / heapBeforeMb) * 100),
    codeGrowthMb: round(codeAfterMb - codeBeforeMb, 2),
    heapLessCodeGrowthPct: round(
      ((heapAfterMb - heapBeforeMb - (codeAfterMb - codeBeforeMb)) / heapBeforeMb) * 100,
    ),
    heapAgainMb: round(heapAgainMb, 2),
    heapAgainGrowthPct: round(((heapAgainMb - heapAfterMb) / heapAfterMb) * 100),
    opened,
    warmup: HEAP_WARMUP,
    reopenRecent,
    reopenOldest,
  };
}

function intervals(ts: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < ts.length; i++) out.push(ts[i]! - ts[i - 1]!);
  return out;
}
