/**
 * `npm run flows`: the contact sheet (decision 031). Replays the committed flow files
 * headlessly on the production mock build (`npm run start:mock`'s, built first when
 * the sources changed), in Debian's Chromium with real touch, for each frame and
 * variant; at each checkpoint waits until two screenshots in a row are identical
 * (bounded), then writes flows-report/index.html: rows are checkpoints, columns are
 * frames × variants, each cell before (the previous run) / after / diff with the
 * changed-pixel ratio, axe findings and console errors. Exits non-zero only when a
 * step cannot be done (never on pixels; offline, a step that needs the network is a
 * finding, not a failure).
 *
 *   npm run flows [-- --flow first-visit] [--frames ipad-landscape,phone]
 *                 [--variants fr,en,reduced-motion,forced-colors,offline]
 *                 [--patch '{"stories":{…}}'] [--out flows-report]
 *   FLOWS_PORT (4390), FLOWS_BASE_URL (a mock build already running)
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { type Browser, chromium } from 'playwright-core';

import { encodeFrameValue, FRAME_HEADER } from '../../contract/preview-frame.ts';
import { checkPatchShape } from '../../mocks/flows/content-patch.ts';
import type { Flow } from '../../mocks/flows/flow-schema.ts';
import { flows } from '../../mocks/flows/flows.ts';
import type { ContentPatch, FrameWorld } from '../../mocks/flows/world-schema.ts';
import { mergePatches } from '../../src/preview/board/board-patch.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, devices } from '../../tests/browser/devices.ts';
import { Touch } from '../../tests/browser/touch.ts';
import { axeFindings, mockServer, settledShot } from './browser.ts';
import { diffPixels } from './pixels.ts';
import { type Cell, type FlowSheet, sheetHtml } from './sheet.ts';
import { StepError, StepPlayer } from './steps.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const FRAMES = {
  'ipad-landscape': devices.ipadLandscape,
  'ipad-portrait': devices.ipadPortrait,
  phone: devices.phone,
} as const;
type FrameName = keyof typeof FRAMES;
const VARIANTS = ['fr', 'en', 'reduced-motion', 'forced-colors', 'offline'] as const;
type Variant = (typeof VARIANTS)[number];

const { values } = parseArgs({
  options: {
    flow: { type: 'string', multiple: true },
    frames: { type: 'string', default: 'ipad-landscape,phone' },
    variants: { type: 'string', default: VARIANTS.join(',') },
    patch: { type: 'string' },
    out: { type: 'string', default: 'flows-report' },
  },
});
const chosenFlows = values.flow ? flows.filter((f) => values.flow?.includes(f.id)) : flows;
const frames = values.frames.split(',').filter((f): f is FrameName => Object.hasOwn(FRAMES, f));
const variants = values.variants
  .split(',')
  .filter((v): v is Variant => VARIANTS.includes(v as Variant));
let extraPatch: ContentPatch | null = null;
if (values.patch) {
  const read = checkPatchShape(JSON.parse(values.patch));
  if (!read.ok)
    throw new Error(`--patch: ${read.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  extraPatch = read.patch;
}
const OUT = resolve(ROOT, values.out);

interface Shot {
  png: Buffer;
  settled: boolean;
  axe: string[];
  consoleErrors: string[];
}

interface ColumnRun {
  shots: Map<string, Shot>;
  failure: { checkpoint: string; reason: string } | null;
}

let runCounter = 0;

/** One flow in one frame and variant, from its start page to its last step. */
async function runColumn(
  browser: Browser,
  base: string,
  flow: Flow,
  frame: FrameName,
  variant: Variant,
): Promise<ColumnRun> {
  const locale = variant === 'fr' || variant === 'en' ? variant : (flow.world.locale ?? 'fr');
  runCounter += 1;
  const world: FrameWorld = {
    v: 1,
    id: 'sheet',
    run: `${Date.now().toString(36)}${runCounter}`,
    scenario: flow.world.scenario,
    patch: mergePatches(flow.world.patch, extraPatch),
    rules: flow.world.rules,
  };
  const context = await browser.newContext({
    ...FRAMES[frame],
    baseURL: base,
    locale: locale === 'en' ? 'en-GB' : 'fr-FR',
    reducedMotion: variant === 'reduced-motion' ? 'reduce' : 'no-preference',
    forcedColors: variant === 'forced-colors' ? 'active' : 'none',
    // Each run starts from nothing: no cache a previous run's worker left.
    serviceWorkers: 'block',
    extraHTTPHeaders: { [FRAME_HEADER]: encodeFrameValue(world) },
  });
  // A string, not a function: tsx's helpers (`__name`) do not exist in the page.
  // Films hold their first frame: a checkpoint's picture must not depend on when it is taken.
  await context.addInitScript(`
    localStorage.setItem('parcours.locale', ${JSON.stringify(locale)});
    HTMLMediaElement.prototype.play = () => Promise.resolve();
  `);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
  const touch = await Touch.on(page);
  const player = new StepPlayer(page, context, locale, touch);
  const run: ColumnRun = { shots: new Map(), failure: null };
  const capture = async (checkpoint: string) => {
    const { png, settled } = await settledShot(page);
    run.shots.set(checkpoint, {
      png,
      settled,
      axe: await axeFindings(page),
      consoleErrors: consoleErrors.splice(0),
    });
  };
  try {
    await page.goto(flow.start);
    for (const slug of flow.world.path ?? []) {
      const story = (await (await page.request.get(`/api/stories/${slug}`)).json()) as {
        cardCount: number;
      };
      await page.goto(`/stories/${slug}/${story.cardCount}`);
      await page.locator('.deck').waitFor();
    }
    if (flow.world.path?.length) await page.goto(flow.start);
    await capture('start');
    if (variant === 'offline') await context.setOffline(true);
    for (const [index, step] of flow.steps.entries()) {
      const checkpoint = step.checkpoint ?? `step ${index + 1}`;
      try {
        await player.perform(step);
      } catch (error) {
        const reason = error instanceof StepError ? error.message : String(error);
        run.failure = { checkpoint, reason: `Step ${index + 1} (${step.do}): ${reason}` };
        // What the screen showed when the step could not be done.
        if (step.checkpoint) await capture(step.checkpoint).catch(() => {});
        break;
      }
      if (step.checkpoint) await capture(step.checkpoint);
    }
  } finally {
    await context.close();
  }
  return run;
}

function rotate(dir: string): void {
  const latest = join(dir, 'latest');
  const previous = join(dir, 'previous');
  if (!existsSync(latest)) return;
  rmSync(previous, { recursive: true, force: true });
  renameSync(latest, previous);
}

async function main(): Promise<void> {
  const started = Date.now();
  const server = await mockServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-gpu'],
  });
  const sheets: FlowSheet[] = [];
  const summary: Record<string, Record<string, Record<string, number | null>>> = {};
  let failed = 0;
  try {
    for (const flow of chosenFlows) {
      const dir = join(OUT, flow.id);
      rotate(dir);
      const columns: { name: string; run: ColumnRun; variant: Variant }[] = [];
      for (const frame of frames)
        for (const variant of variants) {
          const name = `${frame} · ${variant}`;
          const t = Date.now();
          const run = await runColumn(browser, server.base, flow, frame, variant);
          columns.push({ name, run, variant });
          const note = run.failure ? `stopped: ${run.failure.reason}` : 'done';
          console.log(`${flow.id} ${name}: ${note} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
          if (run.failure && variant !== 'offline') failed += 1;
        }
      const checkpoints = [
        { checkpoint: 'start', note: `The start page, ${flow.start}` },
        ...flow.steps.flatMap((s) =>
          s.checkpoint ? [{ checkpoint: s.checkpoint, note: s.note }] : [],
        ),
      ];
      summary[flow.id] = {};
      const rows = [];
      for (const { checkpoint, note } of checkpoints) {
        const cells: Cell[] = [];
        for (const column of columns) {
          const shot = column.run.shots.get(checkpoint);
          // Named by frame and variant, so a narrower run still finds its previous pictures.
          const slug = column.name.replace(/[^a-z0-9-]+/gi, '_');
          const file = (kind: string) => join(dir, kind, checkpoint, `${slug}.png`);
          const failure =
            column.run.failure?.checkpoint === checkpoint ? column.run.failure.reason : null;
          if (!shot) {
            cells.push({
              before: null,
              after: null,
              diff: null,
              ratio: null,
              settled: false,
              axe: [],
              consoleErrors: [],
              failure: failure ?? 'Not reached',
            });
            continue;
          }
          const after = file('latest');
          mkdirSync(join(after, '..'), { recursive: true });
          writeFileSync(after, shot.png);
          const beforePath = file('previous');
          let ratio: number | null = null;
          let diff: string | null = null;
          if (existsSync(beforePath)) {
            const result = await diffPixels(readFileSync(beforePath), shot.png);
            ratio = result.ratio;
            if (result.png) {
              diff = join(dir, 'latest', 'diff', checkpoint, `${slug}.png`);
              mkdirSync(join(diff, '..'), { recursive: true });
              writeFileSync(diff, result.png);
            }
          }
          (summary[flow.id] ??= {})[checkpoint] = {
            ...summary[flow.id]?.[checkpoint],
            [column.name]: ratio,
          };
          const rel = (path: string | null) =>
            path && existsSync(path) ? relative(OUT, path) : null;
          cells.push({
            before: rel(beforePath),
            after: rel(after),
            diff: rel(diff),
            ratio,
            settled: shot.settled,
            axe: shot.axe,
            consoleErrors: shot.consoleErrors,
            failure,
          });
        }
        rows.push({ checkpoint, note, cells });
      }
      sheets.push({ id: flow.id, title: flow.title, columns: columns.map((c) => c.name), rows });
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'index.html'),
    sheetHtml(sheets, { at: new Date().toISOString(), seconds }),
  );
  writeFileSync(
    join(OUT, 'summary.json'),
    `${JSON.stringify({ seconds, failed, ratios: summary }, null, 2)}\n`,
  );
  console.log(`Contact sheet: ${join(OUT, 'index.html')} (${seconds} s)`);
  if (failed > 0) {
    console.error(`${failed} run(s) stopped at a step that could not be done.`);
    process.exitCode = 1;
  }
}

await main();
