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
 *                 [--patch '{"stories":{…}}' or the base64url of a board link's patch=]
 *                 [--link '<a flow board link: its flow, devices, patch and rules>']
 *                 [--out flows-report]
 *   FLOWS_PORT (4390), FLOWS_BASE_URL (a mock build already running)
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

import { decodeFrameValue } from '../../contract/preview-frame.ts';
import { checkPatchShape } from '../../mocks/flows/content-patch.ts';
import type { Flow } from '../../mocks/flows/flow-schema.ts';
import { flowById, flows } from '../../mocks/flows/flows.ts';
import type { ContentPatch } from '../../mocks/flows/world-schema.ts';
import { mergePatches } from '../../src/preview/board/board-patch.ts';
import { type BoardState, parseBoardState } from '../../src/preview/board/board-state.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, devices } from '../../tests/browser/devices.ts';
import { mockServer } from './browser.ts';
import { type ColumnRun, runColumn, type Variant, VARIANTS } from './column.ts';
import { diffPixels } from './pixels.ts';
import { type Cell, type FlowSheet, sheetHtml } from './sheet.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const FRAMES = {
  'ipad-landscape': devices.ipadLandscape,
  'ipad-portrait': devices.ipadPortrait,
  phone: devices.phone,
} as const;
type FrameName = keyof typeof FRAMES;

const { values } = parseArgs({
  options: {
    flow: { type: 'string', multiple: true },
    frames: { type: 'string' },
    variants: { type: 'string', default: VARIANTS.join(',') },
    patch: { type: 'string' },
    link: { type: 'string' },
    out: { type: 'string', default: 'flows-report' },
  },
});

/** A patch as JSON, or as the base64url the board's link carries (`patch=…`). */
function readPatchOption(text: string): ContentPatch {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = decodeFrameValue(text);
    if (value === undefined) throw new Error('--patch: neither JSON nor a board link’s patch');
  }
  const read = checkPatchShape(value);
  if (!read.ok)
    throw new Error(`--patch: ${read.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return read.patch;
}

/**
 * A board's link (`--link`): its flow, its frames' devices, its patch and its API rules
 * (which replace the flow's own, as on the board). Frames' own scenario or language
 * are not taken: the variants (`--variants`) say which languages the sheet shows.
 */
function readLink(text: string): { flow: Flow; state: BoardState } {
  const url = new URL(text, 'http://board.invalid');
  const id = /^\/__preview\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  const flow = id === undefined ? undefined : flowById(decodeURIComponent(id));
  if (!flow)
    throw new Error(`--link: no flow at ${url.pathname} (a board link is /__preview/<flow>?…)`);
  return { flow, state: parseBoardState(url.search, flow.steps.length) };
}

const link = values.link ? readLink(values.link) : null;
const chosenFlows = link
  ? [link.flow]
  : values.flow
    ? flows.filter((f) => values.flow?.includes(f.id))
    : flows;
const linkFrames = link?.state.frames.map((spec) => spec.device).join(',');
const frames = [
  ...new Set(
    (values.frames ?? linkFrames ?? 'ipad-landscape,phone')
      .split(',')
      .filter((f): f is FrameName => Object.hasOwn(FRAMES, f)),
  ),
];
if (frames.length === 0) throw new Error('--frames: ipad-landscape, ipad-portrait or phone');
const variants = values.variants
  .split(',')
  .filter((v): v is Variant => VARIANTS.includes(v as Variant));
const extraPatch =
  mergePatches(
    link?.state.patch ?? undefined,
    values.patch ? readPatchOption(values.patch) : null,
  ) ?? null;
const rules = link?.state.rules ?? undefined;
const OUT = resolve(ROOT, values.out);

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
          const run = await runColumn(browser, server.base, flow, {
            device: FRAMES[frame],
            variant,
            extraPatch,
            rules,
          });
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
