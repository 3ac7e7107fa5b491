/**
 * Over 300 lines: the one runner of every part, with the build, serve and report steps
 * they share.
 * `npm run bench`: a report, not a test. Builds the production app and a floor app,
 * serves them (the real server on PGlite; a tiny static server for the floor and
 * the native reference), then measures in Debian Chromium:
 *   weight      initial JS of the springboard and a story vs the floor app
 *   lighthouse  mobile performance of `/` and a story vs the floor app
 *   swipe       touch swipes through a story vs a CSS scroll-snap carousel, 4× CPU
 *   scale       2,000 stories: first render, scrolling, filtering, heap after 50 stories
 *   publish     an editor's publish → the story on a visitor's springboard and search
 *               (its own server(s): publish.ts)
 *   media       the server's memory while it derives a 40-megapixel photo and takes a
 *               100 MB film (its own servers: media.ts; the film skipped without ffmpeg)
 * Prints one table and writes the figures to bench/out/bench-<date>.json.
 *   npm run bench [-- weight swipe …]   only these sections
 *   BENCH_SKIP_BUILD=1                   reuse bench/out/{app,floor}-dist
 *   BENCH_LH_PAGES=story,springboard     Lighthouse on these pages only (and the floor)
 *   BENCH_BEFORE_DIST=<dir>              Lighthouse on another build too, runs interleaved
 * Method: docs/bench.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { type AppServer, startApp } from './lib/app-server.ts';
import { type Browser, launch } from './lib/browser.ts';
import { buildApp, buildFloor, OUT, ROOT } from './lib/build.ts';
import { serveStatic, type StaticServer } from './lib/static-server.ts';
import { formatTable, kb, ratio, round, type Row } from './lib/stats.ts';
import { LH_RUNS, type LighthouseFigures, runLighthouseSet } from './lighthouse.ts';
import { type MediaFigures, mediaRows, runMedia } from './media.ts';
import { type PublishFigures, publishRows, runPublish, startPublishServers } from './publish.ts';
import {
  type HeapFigures,
  measureHeap,
  runScale,
  scaleContent,
  type ScaleFigures,
  STORY_COUNT,
} from './scale.ts';
import { CPU_RATE, runSwipe } from './swipe.ts';
import { runTap, type TapFigures } from './tap.ts';
import { measureRoute, type RouteWeight } from './weight.ts';

const SECTIONS = [
  'weight',
  'lighthouse',
  'swipe',
  'tap',
  'scale',
  'heap',
  'publish',
  'media',
] as const;
type Section = (typeof SECTIONS)[number];
const asked = process.argv.slice(2).filter((a): a is Section => SECTIONS.includes(a as Section));
// `heap` is part of `scale`; alone, it measures only the heap on the 2,000 stories.
const sections = new Set<Section>(asked.length > 0 ? asked : SECTIONS.filter((s) => s !== 'heap'));

// BENCH_APP_DIST: measure another build (e.g. the main branch's) with this bench.
const APP_DIST = process.env.BENCH_APP_DIST ?? join(OUT, 'app-dist');
const FLOOR_DIST = join(OUT, 'floor-dist');
// BENCH_LH_PAGES: a comma-separated subset of springboard, story, path, in-movement.
const LH_PAGES = process.env.BENCH_LH_PAGES?.split(',').map((page) => page.trim());
// BENCH_BEFORE_DIST: a build to compare with (e.g. the commit before a change).
const BEFORE_DIST = process.env.BENCH_BEFORE_DIST;
const FLOOR_DATA = JSON.stringify(
  Array.from({ length: 20 }, (_, i) => ({ id: i, title: `Item ${i + 1}` })),
);

const cleanups: Array<() => Promise<void> | void> = [];
const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  mkdirSync(OUT, { recursive: true });
  if (process.env.BENCH_SKIP_BUILD && existsSync(join(APP_DIST, 'index.html'))) {
    log('reusing the builds in bench/out/ (BENCH_SKIP_BUILD)');
  } else {
    log('building the app (npm run build steps) and the floor app…');
    buildApp(APP_DIST);
    await buildFloor(FLOOR_DIST);
  }

  const statics: StaticServer = await serveStatic(
    {
      '/': FLOOR_DIST,
      '/reference/': join(ROOT, 'bench/reference'),
      '/media/': join(APP_DIST, 'media'),
    },
    { '/floor-data.json': { type: 'application/json', body: FLOOR_DATA } },
  );
  cleanups.push(() => statics.close());
  log('starting the Parcours server (demo content)…');
  const app: AppServer = await startApp(APP_DIST);
  cleanups.push(() => app.stop());
  const browser: Browser = await launch();
  cleanups.push(() => browser.close());

  const list = (await (await fetch(`${app.url}/api/stories?limit=100`)).json()) as {
    items: Array<{ slug: string; kind: string }>;
  };
  const storySlug = (list.items.find((s) => s.kind === 'slideshow') ?? list.items[0]!).slug;
  const storyPath = `/stories/${storySlug}/1`;

  const figures: {
    weight?: RouteWeight[];
    lighthouse?: LighthouseFigures[];
    swipe?: Awaited<ReturnType<typeof runSwipe>>;
    tap?: TapFigures;
    scale?: ScaleFigures;
    heap?: HeapFigures;
    publish?: PublishFigures;
    media?: MediaFigures;
  } = {};

  // A section that fails is reported and the others still run: a long run's figures
  // are never lost to one part's error (a sign-in refused lost a whole run once).
  const failed: string[] = [];
  const guarded = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      failed.push(name);
      console.error(
        `[bench] ${name} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
    }
  };

  if (sections.has('weight'))
    await guarded('weight', async () => {
      log('weight…');
      figures.weight = [
        await measureRoute(browser, 'springboard', app.url, '/', APP_DIST),
        await measureRoute(browser, 'story', app.url, storyPath, APP_DIST),
        await measureRoute(browser, 'floor app', statics.url, '/', FLOOR_DIST),
      ];
    });
  if (sections.has('lighthouse'))
    await guarded('lighthouse', async () => {
      const pages = [
        { key: 'springboard', name: 'springboard /', path: '/' },
        { key: 'story', name: 'story', path: storyPath },
        { key: 'path', name: 'path /parcours', path: '/parcours' },
        { key: 'in-movement', name: 'In Movement /in-movement', path: '/in-movement' },
      ].filter((page) => !LH_PAGES || LH_PAGES.includes(page.key));
      // A second build measured in the same run, each of its runs beside this one's.
      let before: AppServer | null = null;
      if (BEFORE_DIST) {
        log(`starting a second server on ${BEFORE_DIST}…`);
        before = await startApp(BEFORE_DIST);
        cleanups.push(() => before!.stop());
      }
      log(`lighthouse (${LH_RUNS} run(s) per page)…`);
      figures.lighthouse = await runLighthouseSet([
        ...pages.flatMap((page) => [
          { name: page.name, url: `${app.url}${page.path}` },
          ...(before ? [{ name: `${page.name} (before)`, url: `${before.url}${page.path}` }] : []),
        ]),
        { name: 'floor app', url: `${statics.url}/` },
      ]);
    });
  if (sections.has('swipe'))
    await guarded('swipe', async () => {
      log('swipe (app and scroll-snap reference, idle and loaded)…');
      figures.swipe = await runSwipe(browser, app.url, statics.url);
    });
  if (sections.has('tap'))
    await guarded('tap', async () => {
      log('tap to first frame…');
      figures.tap = await runTap(browser, app.url);
    });
  if (sections.has('scale') || sections.has('heap'))
    await guarded('scale', async () => {
      log(`scale: seeding ${STORY_COUNT} stories…`);
      const big = await startApp(APP_DIST, scaleContent());
      try {
        log('scale: measuring…');
        if (sections.has('scale')) figures.scale = await runScale(browser, big.url);
        else figures.heap = await measureHeap(browser, big.url);
      } finally {
        await big.stop();
      }
    });

  if (sections.has('publish'))
    await guarded('publish', async () => {
      // Its own server(s), so the stories it publishes never change what the others measure.
      log('publishing stories and timing when visitors see them…');
      const servers = await startPublishServers(APP_DIST);
      try {
        figures.publish = await runPublish(servers);
      } finally {
        await servers.stop();
      }
    });

  if (sections.has('media'))
    await guarded('media', async () => {
      // Its own fresh servers, one per measurement: the peaks are theirs alone.
      log('media: the server’s memory around a 40-megapixel photo and a 100 MB film…');
      figures.media = await runMedia();
    });

  const rows = report(figures);
  const table = formatTable(rows);
  console.log(`\n${table}\n`);
  const at = new Date().toISOString();
  const file = join(OUT, `bench-${at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        at,
        node: process.version,
        cpus: cpus().length,
        durationS: Math.round((Date.now() - startedAt) / 1000),
        story: storySlug,
        figures,
        failed,
        table: rows,
      },
      null,
      2,
    ),
  );
  log(`figures written to ${file} (${Math.round((Date.now() - startedAt) / 1000)} s)`);
  if (failed.length > 0) {
    console.error(`[bench] failed, so missing from the table: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

/** A duration; a wait that hit its 60 s cap reads as such. */
const fmtMs = (ms: number) => (Number.isFinite(ms) ? `${ms} ms` : '> 60 s');

function report(f: {
  weight?: RouteWeight[];
  lighthouse?: LighthouseFigures[];
  swipe?: Awaited<ReturnType<typeof runSwipe>>;
  tap?: TapFigures;
  scale?: ScaleFigures;
  heap?: HeapFigures;
  publish?: PublishFigures;
  media?: MediaFigures;
}): Row[] {
  const rows: Row[] = [];
  if (f.weight) {
    const floor = f.weight.find((w) => w.name === 'floor app')!;
    for (const w of f.weight.filter((x) => x !== floor)) {
      const initial = w.initial.gzip / floor.initial.gzip;
      rows.push({
        section: 'weight',
        measure: `${w.name}: initial JS gzip / br (${w.initial.files.length} files)`,
        value: `${kb(w.initial.gzip)} / ${kb(w.initial.brotli)} KB`,
        baseline: `${kb(floor.initial.gzip)} / ${kb(floor.initial.brotli)} KB`,
        ratio: ratio(w.initial.gzip, floor.initial.gzip),
        target: '≤ 1.3× floor',
        met: initial <= 1.3,
      });
      rows.push({
        section: 'weight',
        measure: `${w.name}: all JS to idle gzip / br (${w.route.files.length} files)`,
        value: `${kb(w.route.gzip)} / ${kb(w.route.brotli)} KB`,
        baseline: `${kb(floor.route.gzip)} / ${kb(floor.route.brotli)} KB`,
        ratio: ratio(w.route.gzip, floor.route.gzip),
      });
      rows.push({
        section: 'weight',
        measure: `${w.name}: FCP, media answers held 3 s`,
        value: `${w.fcpMediaHeldMs} ms`,
        baseline: `${w.fcpMs} ms (not held)`,
        ratio: ratio(w.fcpMediaHeldMs, w.fcpMs),
        target: 'media never block FCP',
        met: w.fcpMediaHeldMs < w.fcpMs + 1000,
      });
      rows.push({
        section: 'weight',
        measure: `${w.name}: LCP element (Chromium, iPad)`,
        value: w.lcpImage
          ? `${w.lcpElement.slice(0, 24)} ${w.lcpImageInHtml ? 'in HTML' : 'not in HTML'}`
          : w.lcpElement.slice(0, 24) || 'none',
        baseline: floor.lcpElement.slice(0, 24),
        target: 'LCP image in HTML or preloaded',
        met: w.lcpImage ? Boolean(w.lcpImageInHtml) : undefined,
      });
    }
  }
  if (f.lighthouse) {
    const floor = f.lighthouse.find((l) => l.name === 'floor app')!;
    for (const l of f.lighthouse.filter((x) => x !== floor)) {
      const s = `lighthouse ${l.name}`;
      rows.push({
        section: s,
        measure: 'performance score',
        value: String(l.score),
        baseline: String(floor.score),
        target: '≥ 95',
        met: l.score >= 95,
      });
      rows.push({
        section: s,
        measure: 'LCP (simulated mobile)',
        value: `${l.lcpMs} ms`,
        baseline: `${floor.lcpMs} ms`,
        ratio: ratio(l.lcpMs, floor.lcpMs),
        target: '≤ 1.3× floor',
        met: l.lcpMs <= 1.3 * floor.lcpMs,
      });
      rows.push({
        section: s,
        measure: 'FCP / TBT',
        value: `${l.fcpMs} / ${l.tbtMs} ms`,
        baseline: `${floor.fcpMs} / ${floor.tbtMs} ms`,
        ratio: ratio(l.tbtMs, floor.tbtMs),
        target: 'TBT ≤ 2× floor',
        met: l.tbtMs <= 2 * floor.tbtMs,
      });
      rows.push({
        section: s,
        measure: 'CLS',
        value: String(l.cls),
        baseline: String(floor.cls),
        target: '< 0.02',
        met: l.cls < 0.02,
      });
    }
  }
  if (f.swipe) {
    const by = (target: string, loaded: boolean) =>
      f.swipe!.results.find((r) => r.target === target && r.loaded === loaded)!;
    for (const loaded of [false, true]) {
      const a = by('app', loaded);
      const r = by('reference', loaded);
      const s = `swipe ${loaded ? `+${f.swipe.loadMs} ms/frame` : 'idle'} ${f.swipe.cpuRate}×`;
      rows.push({
        section: s,
        measure: `compositor frames dropped (${a.swipes} swipes, moved ${a.moved}/${r.moved})`,
        value: `${a.droppedPct}% (${a.dropped}/${a.dropped + a.presented})`,
        baseline: `${r.droppedPct}% (${r.dropped}/${r.dropped + r.presented})`,
      });
      rows.push({
        section: s,
        measure: 'presented frame interval median / p95',
        value: `${a.frameMedianMs} / ${a.frameP95Ms} ms`,
        baseline: `${r.frameMedianMs} / ${r.frameP95Ms} ms`,
        ratio: ratio(a.frameP95Ms, r.frameP95Ms),
        target: loaded ? undefined : 'p95 ≤ native',
        met: loaded ? undefined : a.frameP95Ms <= r.frameP95Ms,
      });
      rows.push({
        section: s,
        measure: 'presented intervals > 20 ms',
        value: String(a.framesOver20),
        baseline: String(r.framesOver20),
      });
      rows.push({
        section: s,
        measure: 'main-thread rAF interval median / p95 (>20 ms)',
        value: `${a.rafMedianMs} / ${a.rafP95Ms} ms (${a.rafOver20})`,
        baseline: `${r.rafMedianMs} / ${r.rafP95Ms} ms (${r.rafOver20})`,
        ratio: ratio(a.rafP95Ms, r.rafP95Ms),
      });
      rows.push({
        section: s,
        measure: `touch→screen latency median / p95 (EventLatency)`,
        value: `${a.latencyMedianMs} / ${a.latencyP95Ms} ms`,
        baseline: `${r.latencyMedianMs} / ${r.latencyP95Ms} ms`,
        ratio: ratio(a.latencyMedianMs, r.latencyMedianMs),
      });
      rows.push({
        section: s,
        measure: 'touch→moved in next rAF, median / p95 (in page)',
        value: `${a.pageLatencyMedianMs} / ${a.pageLatencyP95Ms} ms`,
        baseline: `${r.pageLatencyMedianMs} / ${r.pageLatencyP95Ms} ms`,
        ratio: ratio(a.pageLatencyMedianMs, r.pageLatencyMedianMs),
      });
      rows.push({
        section: s,
        measure: 'long tasks > 50 ms (longest)',
        value: `${a.longTasks} (${a.longestTaskMs} ms)`,
        baseline: `${r.longTasks} (${r.longestTaskMs} ms)`,
        target: loaded ? undefined : '0',
        met: loaded ? undefined : a.longTasks === 0,
      });
      rows.push({
        section: s,
        measure: 'React commits while dragging / whole sequence',
        value: `${a.commitsDuringDrags} / ${a.commitsTotal}`,
        baseline: `${r.commitsDuringDrags} / ${r.commitsTotal}`,
        target: loaded ? undefined : '0 while dragging',
        met: loaded ? undefined : a.commitsDuringDrags === 0,
      });
      if (!loaded)
        rows.push({
          section: s,
          measure: 'release animation on the compositor (Web Animations seen)',
          value: a.webAnimations > 0 ? `yes (${a.webAnimations})` : 'no (main thread)',
          baseline: 'native snap',
          target: 'off main thread',
          met: a.webAnimations > 0,
        });
    }
  }
  if (f.tap) {
    const section = `tap ${CPU_RATE}×`;
    rows.push(
      {
        section,
        measure: `tile tapped → first frame of the viewer (${f.tap.taps} stories, median / max)`,
        value: `${f.tap.firstMedianMs} / ${f.tap.firstMaxMs} ms`,
        target: '≤ 100 ms',
        met: f.tap.firstMedianMs <= 100,
      },
      {
        section,
        measure: 'the story just closed, tapped again',
        value: `${f.tap.reopenMs} ms`,
        target: '≤ 100 ms',
        met: f.tap.reopenMs <= 100,
      },
    );
  }
  if (f.scale) {
    const c = f.scale;
    const s = `scale ${c.stories} stories 4×`;
    rows.push({
      section: s,
      measure: 'first tile rendered (from navigation)',
      value: `${c.firstTileMs} ms`,
    });
    rows.push({
      section: s,
      measure: `scroll to the end at 1× CPU: all pages loaded (${c.tilesInDom} tiles)`,
      value: `${c.loadAllMs} ms`,
    });
    rows.push({
      section: s,
      measure: 'while loading (1×): rAF median / p95, long tasks (longest)',
      value: `${c.growRafMedianMs} / ${c.growRafP95Ms} ms, ${c.growLongTasks} (${c.growLongestTaskMs} ms)`,
    });
    rows.push({
      section: s,
      measure: `touch flings at ${c.tilesInDom} tiles: dropped, frame p95`,
      value: `${c.scrollDroppedPct}%, ${c.scrollFrameP95Ms} ms`,
      target: 'smooth (p95 ≤ 20 ms)',
      met: c.scrollFrameP95Ms <= 20,
    });
    rows.push({
      section: s,
      measure: 'touch flings: rAF p95, long tasks',
      value: `${c.scrollRafP95Ms} ms, ${c.scrollLongTasks}`,
    });
    rows.push({
      section: s,
      measure: 'filter by theme / back to all',
      value: `${fmtMs(c.filterMs)} / ${fmtMs(c.unfilterMs)}`,
    });
    rows.push(...heapRows(s, c));
  }
  if (f.heap) rows.push(...heapRows(`heap ${STORY_COUNT} stories 1×`, f.heap));
  if (f.publish) rows.push(...publishRows(f.publish));
  if (f.media) rows.push(...mediaRows(f.media));
  return rows;
}

function heapRows(section: string, c: HeapFigures): Row[] {
  const reopened = (r: { spinner: boolean; fetched: boolean }) =>
    `${r.spinner ? 'spinner' : 'no spinner'}, ${r.fetched ? 'refetched' : 'from memory'}`;
  return [
    {
      section,
      measure: `JS heap after ${c.opened} stories opened+closed (warm-up: ${c.warmup})`,
      value: `${c.heapAfterMb} MB`,
      baseline: `${c.heapBeforeMb} MB before`,
      ratio: `${c.heapGrowthPct > 0 ? '+' : ''}${c.heapGrowthPct}%`,
      target: '≤ +10%',
      met: c.heapGrowthPct <= 10,
    },
    {
      section,
      measure: `  of which V8's compiled code: ${c.codeGrowthMb} MB; the rest`,
      value: `${round(c.heapAfterMb - c.heapBeforeMb - c.codeGrowthMb, 2)} MB`,
      ratio: `${c.heapLessCodeGrowthPct > 0 ? '+' : ''}${c.heapLessCodeGrowthPct}%`,
      target: 'for orientation',
    },
    {
      section,
      measure: 'JS heap after the same stories once more',
      value: `${c.heapAgainMb} MB`,
      baseline: `${c.heapAfterMb} MB after round 1`,
      ratio: `${c.heapAgainGrowthPct > 0 ? '+' : ''}${c.heapAgainGrowthPct}%`,
      target: 'no leak: ≈ 0%',
    },
    {
      section,
      measure: 'reopened: the last of them / the first (no service worker)',
      value: `${reopened(c.reopenRecent)} / ${reopened(c.reopenOldest)}`,
      target: 'no spinner',
      met: !c.reopenRecent.spinner && !c.reopenOldest.spinner,
    },
  ];
}

try {
  await main();
} finally {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.warn(`cleanup: ${String(error)}`);
    }
  }
}
