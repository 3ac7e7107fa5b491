/**
 * Swipe smoothness: real touch swipes through a story in an iPad context with 4× CPU
 * throttling, in the app (the deck: pointer events write the track's transform, the
 * landing is a Web Animation) and in the native reference (CSS scroll-snap, no script
 * during the swipe), idle and with ~20 ms of other main-thread work per frame.
 * Method: docs/bench.md.
 */
import {
  addFrameLoad,
  type Browser,
  ipadContext,
  type Page,
  readTrace,
  sleep,
  throttle,
  Touch,
  TRACE_CATEGORIES,
} from './lib/browser.ts';
import { installProbe, PROBE_PRELUDE, type ProbeData } from './lib/probe.ts';
import { median, percentile, round } from './lib/stats.ts';
import { longTasks as tracedLongTasks, TASK_CATEGORIES } from './lib/trace-tasks.ts';

export const CPU_RATE = 4;
export const LOAD_MS = 20;
const SWIPES_EACH_WAY = 5;
// The release animation lands and the next card renders before the next swipe (at 4×).
const SETTLE_MS = 1200;

export interface SwipeFigures {
  target: 'app' | 'reference';
  loaded: boolean;
  swipes: number;
  /** Chrome's compositor frames during the swipes (drag and release). */
  presented: number;
  dropped: number;
  droppedPct: number;
  frameMedianMs: number;
  frameP95Ms: number;
  framesOver20: number;
  /** The same from the page's animation frames (the main thread's view). */
  rafMedianMs: number;
  rafP95Ms: number;
  rafOver20: number;
  /** Touch move → presented frame (Chrome's EventLatency), ms. */
  latencyMedianMs: number;
  latencyP95Ms: number;
  latencyEvent: string;
  /** Touch move → first animation frame whose position changed (in-page), ms. */
  pageLatencyMedianMs: number;
  pageLatencyP95Ms: number;
  longTasks: number;
  longestTaskMs: number;
  /** React commits while a finger was down, and during the whole sequence. */
  commitsDuringDrags: number;
  commitsTotal: number;
  /** Web Animations (compositor-capable) seen on the moving element. */
  webAnimations: number;
  /** Cards the sequence actually moved through (sanity check). */
  moved: number;
}

interface StoryCard {
  kind: string;
  image?: { src: string; sources: Array<{ type: string; srcset: string }> };
  caption?: { fr: string };
  title?: { fr: string };
  text?: { fr: string };
}

/** The reference's cards: the same images and captions as the story's. */
function referenceHash(cards: StoryCard[]): string {
  const slides = cards.map((card) => ({
    src: card.image?.src,
    srcset: card.image?.sources.find((s) => s.type === 'image/webp')?.srcset,
    text: card.caption?.fr ?? card.title?.fr ?? card.text?.fr ?? card.kind,
  }));
  slides.push({ src: undefined, srcset: undefined, text: 'Fin' }); // the deck's end card
  return encodeURIComponent(JSON.stringify(slides));
}

/** Per touch move, the first frame after it whose position differs from the frame before. */
/**
 * From each touchstart to the next touchend, as the page handled them: a commit there
 * ran while a finger held the deck. (The swipe's own window, timed from the bench's
 * side, also holds the landing that follows a late touchend under load.)
 */
function fingerWindows(data: ProbeData): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let down: number | null = null;
  for (const [edge, at] of data.fingers) {
    if (edge === 'down') down ??= at;
    else if (down !== null) {
      out.push([down, at]);
      down = null;
    }
  }
  return out;
}

function pageLatencies(data: ProbeData, windows: Array<[number, number]>): number[] {
  const out: number[] = [];
  for (const [t0, t1] of windows) {
    const frames = data.frames.filter(([t]) => t >= t0 && t <= t1);
    const moves = data.moves.filter(([, arrival]) => arrival >= t0 && arrival <= t1);
    // Until the content first moves, the touch slop (and the axis lock) is not latency.
    const firstChange = frames.findIndex((f, i) => i > 0 && f[1] !== frames[i - 1]![1]);
    if (firstChange < 0) continue;
    const startAt = frames[firstChange]![0];
    for (const [stamp, arrival] of moves) {
      // event.timeStamp is the dispatch time when sane, else the arrival on the main thread.
      const sent = stamp <= arrival && arrival - stamp < 1000 ? stamp : arrival;
      if (sent < startAt) continue;
      const i = frames.findIndex((f, k) => k > 0 && f[0] > sent && f[1] !== frames[k - 1]![1]);
      if (i >= 0) out.push(frames[i]![0] - sent);
    }
  }
  return out;
}

async function runOne(
  browser: Browser,
  target: 'app' | 'reference',
  url: string,
  moving: string,
  loaded: boolean,
): Promise<SwipeFigures> {
  const context = await ipadContext(browser);
  await context.addInitScript({ content: PROBE_PRELUDE });
  await context.addInitScript(installProbe);
  const page: Page = await context.newPage();
  if (process.env.BENCH_DEBUG) {
    page.on('framenavigated', (f) => console.log('navigated', f.url().slice(0, 80)));
    page.on('crash', () => console.log('crash'));
    page.on('console', (m) => console.log('console', m.text()));
    page.on('pageerror', (e) => console.log('pageerror', e.message));
  }
  await page.goto(url, { waitUntil: 'load' });
  const selector = moving.split(/:(.*)/s)[1]!;
  await page.locator(selector).first().waitFor();
  await sleep(1500); // images decoded, lazy chunks (domMax) loaded, idle
  const cdp = await context.newCDPSession(page);
  await throttle(cdp, CPU_RATE);
  if (loaded) await addFrameLoad(page, LOAD_MS);
  await page.evaluate((t) => {
    window.__bench.target = t;
  }, moving);
  await sleep(300);

  const touch = new Touch(cdp);
  const { width, height } = page.viewportSize()!;
  const y = Math.round(height / 2);
  const right = { x: Math.round(width * 0.8), y };
  const left = { x: Math.round(width * 0.2), y };
  const windows: Array<[number, number]> = [];
  const drags: Array<[number, number]> = [];
  // Where the sequence is: the card in the URL (app) or the scroll offset (reference).
  const positionOf = () =>
    page.evaluate(() => {
      const [kind, sel] = window.__bench.target.split(/:(.*)/s);
      return kind === 'scroll'
        ? String(document.querySelector(sel!)?.scrollLeft)
        : location.pathname;
    });
  const before = await positionOf();

  // BENCH_SWIPE_TASKS=1: also the main thread's timeline, to say what each long task ran
  // (slower: the figures of such a run are not the bench's).
  const attribute = Boolean(process.env.BENCH_SWIPE_TASKS);
  const categories = attribute ? [...TRACE_CATEGORIES, ...TASK_CATEGORIES] : TRACE_CATEGORIES;
  await browser.startTracing(page, { categories });
  await page.evaluate(() => {
    window.__bench.recording = true;
  });
  const swipes: Array<[typeof left, typeof left]> = [
    ...Array.from({ length: SWIPES_EACH_WAY }, () => [right, left] as [typeof left, typeof left]),
    ...Array.from({ length: SWIPES_EACH_WAY }, () => [left, right] as [typeof left, typeof left]),
  ];
  let moved = 0;
  let last = before;
  for (const [from, to] of swipes) {
    const t0 = await page.evaluate(() => (performance.mark('swipe:start'), performance.now()));
    await touch.swipe(from, to);
    const t1 = await page.evaluate(() => performance.now());
    await sleep(SETTLE_MS);
    const t2 = await page.evaluate(() => (performance.mark('swipe:end'), performance.now()));
    windows.push([t0, t2]);
    drags.push([t0, t1]);
    const now = await positionOf();
    if (now !== last) moved += 1;
    last = now;
  }
  await page.evaluate(() => {
    window.__bench.recording = false;
  });
  const trace = await browser.stopTracing();
  const data = await page.evaluate(() => window.__bench);
  await context.close();

  const frames = readTrace(trace, 'swipe');
  if (attribute) {
    console.log(`[swipe] ${target}${loaded ? ' loaded' : ''}: long tasks in the swipes' windows`);
    for (const task of tracedLongTasks(trace, 'swipe')) {
      console.log(`  swipe ${task.window + 1} +${task.at} ms: ${task.ms} ms`);
      for (const [what, ms] of task.parts) console.log(`    ${ms} ms  ${what}`);
    }
  }
  const raf: number[] = [];
  for (const [t0, t1] of windows) {
    const ts = data.frames.filter(([t]) => t >= t0 && t <= t1).map(([t]) => t);
    for (let i = 1; i < ts.length; i++) raf.push(ts[i]! - ts[i - 1]!);
  }
  const inWindows = (t: number, list: Array<[number, number]>) =>
    list.some(([a, b]) => t >= a && t <= b);
  const longTasks = data.longTasks.filter(([start]) => inWindows(start, windows));
  const page_ = pageLatencies(data, drags);
  const total = frames.presented + frames.dropped;
  return {
    target,
    loaded,
    swipes: swipes.length,
    presented: frames.presented,
    dropped: frames.dropped,
    droppedPct: round(total > 0 ? (frames.dropped / total) * 100 : NaN),
    frameMedianMs: round(median(frames.intervals)),
    frameP95Ms: round(percentile(frames.intervals, 95)),
    framesOver20: frames.intervals.filter((d) => d > 20).length,
    rafMedianMs: round(median(raf)),
    rafP95Ms: round(percentile(raf, 95)),
    rafOver20: raf.filter((d) => d > 20).length,
    latencyMedianMs: round(median(frames.latencies)),
    latencyP95Ms: round(percentile(frames.latencies, 95)),
    latencyEvent: frames.latencyEvent,
    pageLatencyMedianMs: round(median(page_)),
    pageLatencyP95Ms: round(percentile(page_, 95)),
    longTasks: longTasks.length,
    longestTaskMs: round(Math.max(0, ...longTasks.map(([, d]) => d))),
    commitsDuringDrags: data.commits.filter((t) => inWindows(t, fingerWindows(data))).length,
    commitsTotal: data.commits.filter((t) => inWindows(t, windows)).length,
    webAnimations: data.webAnimations,
    moved,
  };
}

/** The story swiped: the demo's first slideshow (image cards), from the app's own API. */
export async function runSwipe(browser: Browser, appUrl: string, staticUrl: string) {
  const list = (await (await fetch(`${appUrl}/api/stories?limit=100`)).json()) as {
    items: Array<{ slug: string; kind: string }>;
  };
  const slug = (list.items.find((s) => s.kind === 'slideshow') ?? list.items[0]!).slug;
  const story = (await (await fetch(`${appUrl}/api/stories/${slug}`)).json()) as {
    cards: StoryCard[];
  };
  const appPage = `${appUrl}/stories/${slug}/1`;
  const refPage = `${staticUrl}/reference/scroll-snap.html#${referenceHash(story.cards)}`;
  const results: SwipeFigures[] = [];
  // Attributing long tasks is about the app's own, idle.
  const attribute = Boolean(process.env.BENCH_SWIPE_TASKS);
  for (const loaded of attribute ? [false] : [false, true]) {
    results.push(await runOne(browser, 'app', appPage, 'transform:.deck__track', loaded));
    if (!attribute) {
      results.push(await runOne(browser, 'reference', refPage, 'scroll:#track', loaded));
    }
  }
  return { slug, cards: story.cards.length, cpuRate: CPU_RATE, loadMs: LOAD_MS, results };
}
