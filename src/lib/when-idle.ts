/**
 * Runs `task` when the browser is idle, or after `timeout` ms at the latest; returns a
 * cancel. Safari has no idle callback: there, a timer of `timeout` but at most
 * `withoutIdleMs`, later than the next frames.
 */
export function whenIdle(task: () => void, timeout: number, withoutIdleMs = 200): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(task, Math.min(timeout, withoutIdleMs));
    return () => clearTimeout(timer);
  }
  const id = window.requestIdleCallback(task, { timeout });
  return () => window.cancelIdleCallback(id);
}
