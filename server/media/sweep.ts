/**
 * The scheduled clean-up of uploads nobody uses (decision 036's `deleteUnreferenced`):
 * an image uploaded then replaced, or uploaded into a story that was never saved,
 * would otherwise stay in the database for ever. Each instance sweeps at start and
 * then every hour; the deletes are idempotent, so instances need no coordination.
 * Only uploads older than the grace period go: an editor's upload waits in the
 * browser until the next autosave names it (1.5 s online, or until the network comes
 * back for a tablet that lost it), and a day covers that with room to spare.
 */
import type { Log } from '../http/request-log.ts';
import type { MediaStore } from './store.ts';

export const MEDIA_SWEEP_EVERY_MS = 60 * 60_000;
export const MEDIA_GRACE_MS = 24 * 60 * 60_000;

/** The timer functions the sweep uses, so tests drive it without waiting an hour. */
export interface SweepTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface MediaSweepOptions {
  store: MediaStore;
  log: Log;
  /** Now; tests pass one they can move past the grace period. */
  clock?: () => Date;
  everyMs?: number;
  graceMs?: number;
  timers?: SweepTimers;
}

export interface MediaSweep {
  /** One sweep now (skipped while another runs); answers how many blobs went. */
  sweep(): Promise<number>;
  /** No more sweeps; resolves once the one under way (if any) is done. */
  stop(): Promise<void>;
}

const nodeTimers: SweepTimers = {
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export function startMediaSweep({
  store,
  log,
  clock = () => new Date(),
  everyMs = MEDIA_SWEEP_EVERY_MS,
  graceMs = MEDIA_GRACE_MS,
  timers = nodeTimers,
}: MediaSweepOptions): MediaSweep {
  let running: Promise<number> | undefined;
  const sweep = () =>
    (running ??= (async () => {
      try {
        const removed = await store.deleteUnreferenced(new Date(clock().getTime() - graceMs));
        if (removed > 0) log({ level: 'info', msg: 'unused uploads removed', blobs: removed });
        return removed;
      } catch (error) {
        // A failure only delays the clean-up to the next hour (a full disk, a restart).
        log({ level: 'warn', msg: 'media clean-up failed', error: String(error) });
        return 0;
      } finally {
        running = undefined;
      }
    })());
  void sweep();
  const handle = timers.setInterval(() => void sweep(), everyMs);
  // A pending sweep never keeps the process alive (Node's timers have unref).
  (handle as { unref?: () => void }).unref?.();
  return {
    sweep,
    async stop() {
      timers.clearInterval(handle);
      // The database closes after this: a sweep cut off by it would only log a failure.
      await running;
    },
  };
}
