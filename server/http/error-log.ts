/**
 * Error entries, summarised. The first occurrence of an error writes its stack; the
 * same error again within the window only counts, and the count is written as one
 * summary line when the window closes. A client hammering one failing request can
 * then grow the log by a line a minute, not by a stack per request.
 */
import type { Log, LogEntry } from './request-log.ts';

export interface ErrorLogOptions {
  windowMs?: number;
  /** Distinct errors tracked at once; beyond it, new ones are counted under one key. */
  maxKeys?: number;
  now?: () => number;
}

interface Seen {
  first: number;
  repeats: number;
  msg: string;
}

/** What makes two errors "the same": their message and the first frame of their stack. */
export function errorSignature(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at ')) ?? '';
  return `${error.name}: ${error.message.slice(0, 200)} ${frame.trim()}`;
}

export function summarisingErrorLog(
  log: Log,
  { windowMs = 60_000, maxKeys = 100, now = Date.now }: ErrorLogOptions = {},
) {
  const seen = new Map<string, Seen>();

  function flush(key: string, entry: Seen): void {
    seen.delete(key);
    if (entry.repeats > 0)
      log({
        level: 'error',
        msg: `${entry.msg} (repeated)`,
        signature: key,
        repeats: entry.repeats,
        seconds: Math.round((now() - entry.first) / 1000),
      });
  }

  function sweep(): void {
    const t = now();
    for (const [key, entry] of seen) if (t - entry.first >= windowMs) flush(key, entry);
  }

  return {
    /** Logs `entry` (with its stack) the first time `error` is seen in a window. */
    error(error: unknown, entry: LogEntry): void {
      sweep();
      let key = errorSignature(error);
      if (!seen.has(key) && seen.size >= maxKeys) key = 'other errors';
      const known = seen.get(key);
      if (known) {
        known.repeats += 1;
        return;
      }
      seen.set(key, { first: now(), repeats: 0, msg: entry.msg });
      log(entry);
    },
    /** Writes the pending summaries (on shutdown, or from a timer). */
    flush(): void {
      for (const [key, entry] of seen) flush(key, entry);
    },
    sweep,
  };
}
