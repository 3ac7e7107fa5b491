/**
 * Debian Chromium through playwright-core, launched and sized as the browser tests do
 * (tests/browser/: the same flags, device table and touch input), with CPU throttling
 * and Chrome's own frame reporting from a trace.
 */
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
} from 'playwright-core';

import { CHROMIUM_ARGS as BASE_ARGS, CHROMIUM_PATH, devices } from '../../tests/browser/devices.ts';
import { type Point, Touch as TestTouch } from '../../tests/browser/touch.ts';

export { CHROMIUM_PATH };

export const CHROMIUM_ARGS = [
  ...BASE_ARGS,
  // A swipe past the first slide of the reference must not go back in history.
  '--overscroll-history-navigation=0',
];

export const IPAD = devices.ipadLandscape;

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export async function ipadContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    ...IPAD,
    locale: 'fr-FR',
    reducedMotion: 'no-preference',
    // A service worker would precache every chunk: what the page itself loads is measured.
    serviceWorkers: 'block',
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The tests' touch input (tests/browser/touch.ts) at real-time pacing, so frames
 * happen during the drag, over the session the benchmark also throttles the CPU with.
 */
export class Touch {
  private readonly touch: TestTouch;

  constructor(cdp: CDPSession) {
    this.touch = TestTouch.over(cdp);
  }

  /** A horizontal or vertical swipe: `steps` moves `intervalMs` apart, then lift. */
  swipe(from: Point, to: Point, { steps = 14, intervalMs = 16 } = {}): Promise<void> {
    return this.touch.drag(from, to, { steps, durationMs: steps * intervalMs, realTime: true });
  }
}

export async function throttle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** ~`ms` of busy main-thread work in every animation frame: the "loaded" case. */
export async function addFrameLoad(page: Page, ms: number): Promise<void> {
  await page.evaluate((busy) => {
    const tick = () => {
      const end = performance.now() + busy;
      while (performance.now() < end) {
        // Busy: other work on the main thread (analytics, a list rendering, …).
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, ms);
}

export interface CompositorFrames {
  /** Frames Chrome's compositor presented, and those it dropped, in the windows. */
  presented: number;
  dropped: number;
  /** Intervals between presented frames (ms). */
  intervals: number[];
  /** Chrome's input-to-presentation latency of the events that moved content (ms). */
  latencies: number[];
  latencyEvent: string;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  ts: number;
  cat?: string;
  id2?: { local?: string };
  args?: {
    frame_reporter?: { state?: string; frame_sequence?: number };
    event_latency?: { event_type?: string };
  };
}

export const TRACE_CATEGORIES = [
  'disabled-by-default-devtools.timeline.frame',
  'benchmark',
  'cc',
  'input',
  'blink.user_timing',
];

/**
 * Reads a trace taken around marked windows (`performance.mark('<prefix>:start')` /
 * `'<prefix>:end'` pairs, which the trace records on its own clock). Chrome's own
 * frame accounting: `PipelineReporter` (behind DevTools' "dropped frames") says for
 * each frame of the renderer's compositor whether it was presented or dropped;
 * `EventLatency` times each input event from its timestamp to the presentation of
 * the frame that showed it (compositor scrolls and main-thread handlers alike).
 */
export function readTrace(trace: Buffer, prefix: string): CompositorFrames {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const rendererPid = events.find((e) => e.name === 'DrawFrame')?.pid;
  const starts = events.filter((e) => e.name === `${prefix}:start`).map((e) => e.ts);
  const ends = events.filter((e) => e.name === `${prefix}:end`).map((e) => e.ts);
  starts.sort((a, b) => a - b);
  ends.sort((a, b) => a - b);
  const windows = starts.map((s) => [s, ends.find((e) => e > s) ?? s] as const);
  const inWindow = (ts: number) => windows.some(([a, b]) => ts >= a && ts <= b);

  // A frame may be reported more than once (main-thread and compositor sides): its
  // verdict is the best one (presented, else dropped, else nothing to update).
  const rank = (state: string) =>
    state.startsWith('STATE_PRESENTED') ? 2 : state === 'STATE_DROPPED' ? 1 : 0;
  const bySequence = new Map<number, { ts: number; state: string; window: number }>();
  const latencyBegins = new Map<string, { ts: number; type: string }>();
  const latencyByType = new Map<string, number[]>();
  for (const e of events) {
    if (e.pid !== rendererPid) continue;
    if (e.name === 'PipelineReporter' && e.ph === 'b') {
      const report = e.args?.frame_reporter;
      if (!report || !inWindow(e.ts)) continue;
      const seq = report.frame_sequence ?? -1;
      const state = report.state ?? '';
      const known = bySequence.get(seq);
      if (!known || rank(state) > rank(known.state)) {
        bySequence.set(seq, {
          ts: Math.min(e.ts, known?.ts ?? e.ts),
          state,
          window: windows.findIndex(([a, b]) => e.ts >= a && e.ts <= b),
        });
      }
    } else if (e.name === 'EventLatency' && e.id2?.local) {
      if (e.ph === 'b' && e.args?.event_latency?.event_type && inWindow(e.ts)) {
        latencyBegins.set(e.id2.local, { ts: e.ts, type: e.args.event_latency.event_type });
      } else if (e.ph === 'e') {
        const begin = latencyBegins.get(e.id2.local);
        if (!begin) continue;
        latencyBegins.delete(e.id2.local);
        const list = latencyByType.get(begin.type) ?? [];
        list.push((e.ts - begin.ts) / 1000);
        latencyByType.set(begin.type, list);
      }
    }
  }
  // An interval runs from a presented frame to the next one with only dropped frames
  // between: frames with nothing to update (the content at rest) end the streak.
  const verdicts = [...bySequence.values()].sort((a, b) => a.ts - b.ts);
  let presented = 0;
  let dropped = 0;
  const intervals: number[] = [];
  let lastPresented: number | null = null;
  let window = -1;
  for (const v of verdicts) {
    if (v.window !== window) lastPresented = null;
    window = v.window;
    if (v.state === 'STATE_DROPPED') dropped += 1;
    else if (v.state.startsWith('STATE_PRESENTED')) {
      presented += 1;
      if (lastPresented !== null) intervals.push((v.ts - lastPresented) / 1000);
      lastPresented = v.ts;
    } else lastPresented = null;
  }
  // A compositor-run scroll moves content with gesture scroll updates; a script-run
  // drag with the touch moves its handlers answer.
  const scroll = [
    ...(latencyByType.get('FIRST_GESTURE_SCROLL_UPDATE') ?? []),
    ...(latencyByType.get('GESTURE_SCROLL_UPDATE') ?? []),
  ];
  const latencyEvent = scroll.length > 0 ? 'GESTURE_SCROLL_UPDATE' : 'TOUCH_MOVED';
  const latencies = scroll.length > 0 ? scroll : (latencyByType.get('TOUCH_MOVED') ?? []);
  return { presented, dropped, intervals, latencies, latencyEvent };
}

export type { Browser, BrowserContext, CDPSession, Page };
