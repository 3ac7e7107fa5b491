/**
 * Shares one read among concurrent callers without ever answering a caller with a
 * read that began before it asked: a caller arriving while a read is in flight
 * waits for the next one, which starts when the current one ends and serves every
 * caller that queued meanwhile. Under load, N requests cost about two queries, and
 * a write committed before a request arrived is always seen by it.
 */
export function coalesce<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const current: Promise<T> = read().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
