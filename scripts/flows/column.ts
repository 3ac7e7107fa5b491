/**
 * One column of the contact sheet: a flow in one frame and variant, from its start page
 * to its last step, with a settled screenshot, axe's findings and the console's errors at
 * each checkpoint. `npm run flows` runs one per flow × frame × variant; the flow board's
 * browser test runs the same code twice to check that a flow's pictures are the same.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

import { encodeFrameValue, FRAME_HEADER } from '../../contract/preview-frame.ts';
import type { Flow } from '../../mocks/flows/flow-schema.ts';
import type { ApiRule, ContentPatch, FrameWorld } from '../../mocks/flows/world-schema.ts';
import { mergePatches } from '../../src/preview/board/board-patch.ts';
import { Touch } from '../../tests/browser/touch.ts';
import { axeFindings, settledShot } from './browser.ts';
import { StepError, StepPlayer } from './steps.ts';

export const VARIANTS = ['fr', 'en', 'reduced-motion', 'forced-colors', 'offline'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface Shot {
  png: Buffer;
  settled: boolean;
  axe: string[];
  consoleErrors: string[];
}

export interface ColumnRun {
  shots: Map<string, Shot>;
  failure: { checkpoint: string; reason: string } | null;
}

let runCounter = 0;

export interface ColumnOptions {
  /** The frame's device: viewport, scale, touch. */
  device: BrowserContextOptions;
  variant: Variant;
  /** An ad-hoc patch laid over the flow's own (`--patch`, `--link`). */
  extraPatch?: ContentPatch | null;
  /** API rules replacing the flow's own (a board link's `rules=`; an empty list: none). */
  rules?: ApiRule[] | undefined;
  /** Skips axe (the determinism check needs only the pictures). */
  axe?: boolean;
  /** Called at each checkpoint once its picture is taken (tests look at the page there). */
  onCheckpoint?: (page: Page, checkpoint: string) => Promise<void>;
}

/** One flow in one frame and variant, from its start page to its last step. */
export async function runColumn(
  browser: Browser,
  base: string,
  flow: Flow,
  { device, variant, extraPatch = null, rules, axe = true, onCheckpoint }: ColumnOptions,
): Promise<ColumnRun> {
  const locale = variant === 'fr' || variant === 'en' ? variant : (flow.world.locale ?? 'fr');
  runCounter += 1;
  const world: FrameWorld = {
    v: 1,
    id: 'sheet',
    run: `${Date.now().toString(36)}${runCounter}`,
    scenario: flow.world.scenario,
    patch: mergePatches(flow.world.patch, extraPatch),
    rules: rules ?? flow.world.rules,
  };
  const context = await browser.newContext({
    ...device,
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
      axe: axe ? await axeFindings(page) : [],
      consoleErrors: consoleErrors.splice(0),
    });
    await onCheckpoint?.(page, checkpoint);
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
