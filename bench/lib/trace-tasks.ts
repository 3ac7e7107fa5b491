/**
 * Where a renderer's long tasks went: from a trace taken with the main thread's
 * timeline categories (TASK_CATEGORIES), each task over 50 ms in the marked windows
 * with its time split by what ran inside it (self time per event name; script by
 * function and URL; the event or timer that started it). A debugging aid for the
 * swipe bench (`BENCH_SWIPE_TASKS=1`): the timeline categories slow the page down, so
 * the figures of such a run are not the bench's.
 */
export const TASK_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
];

interface Event {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    name?: string;
    data?: {
      functionName?: string;
      url?: string;
      type?: string;
      frame?: string;
      lineNumber?: number;
    };
    beginData?: { frame?: string };
  };
}

export interface LongTask {
  /** ms after the window's start. */
  at: number;
  window: number;
  ms: number;
  /** Self time per kind of work inside, ms, largest first. */
  parts: Array<[string, number]>;
}

const label = (e: Event): string => {
  const d = e.args?.data;
  if (e.name === 'FunctionCall' && d) {
    const file = (d.url ?? '').split('/').pop() ?? '';
    return `FunctionCall ${d.functionName || '(anon)'} ${file}:${d.lineNumber ?? ''}`;
  }
  if (e.name === 'EventDispatch' && d?.type) return `EventDispatch ${d.type}`;
  return e.name;
};

export function longTasks(trace: Buffer, prefix: string, threshold = 50): LongTask[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: Event[] }).traceEvents;
  // The renderer that marked the windows (a page load's trace may have no DrawFrame).
  const rendererPid =
    events.find((e) => e.name === `${prefix}:start`)?.pid ??
    events.find((e) => e.name === 'DrawFrame')?.pid;
  const main = events.find(
    (e) =>
      e.pid === rendererPid &&
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain',
  )?.tid;
  const marks = (name: string) =>
    events
      .filter((e) => e.name === name)
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const ends = marks(`${prefix}:end`);
  const windows = marks(`${prefix}:start`).map((s) => [s, ends.find((e) => e > s) ?? s] as const);
  const onMain = events
    .filter((e) => e.pid === rendererPid && e.tid === main && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: LongTask[] = [];
  for (const task of onMain) {
    if (task.name !== 'RunTask' || task.dur! < threshold * 1000) continue;
    const window = windows.findIndex(([a, b]) => task.ts >= a && task.ts <= b);
    if (window < 0) continue;
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    // Self time: an event's duration less its direct children's.
    const self = new Map<string, number>();
    const stack: Event[] = [];
    const add = (e: Event, ms: number) => self.set(label(e), (self.get(label(e)) ?? 0) + ms);
    const childTime = new Map<Event, number>();
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) {
        stack.pop();
      }
      const parent = stack[stack.length - 1];
      if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + e.dur!);
      stack.push(e);
    }
    let top = 0;
    for (const e of inside) {
      add(e, (e.dur! - (childTime.get(e) ?? 0)) / 1000);
      if (
        !inside.some(
          (p) => p !== e && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur! && p.dur! > e.dur!,
        )
      ) {
        top += e.dur!;
      }
    }
    const parts = [...self.entries()]
      .filter(([, ms]) => ms >= 1)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, ms]) => [k, Math.round(ms * 10) / 10] as [string, number]);
    parts.push(['(task, untraced)', Math.round((task.dur! - top) / 100) / 10]);
    out.push({
      at: Math.round((task.ts - windows[window]![0]) / 1000),
      window,
      ms: Math.round(task.dur! / 1000),
      parts,
    });
  }
  return out;
}
