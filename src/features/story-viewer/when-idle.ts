/** Runs `task` when the browser is idle, or after `timeout` ms at the latest; returns a cancel. */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    // Safari has no idle callback: a timer, later than the next frames.
    const timer = setTimeout(task, Math.min(timeout, 200));
    return () => clearTimeout(timer);
  }
  const id = window.requestIdleCallback(task, { timeout });
  return () => window.cancelIdleCallback(id);
}
