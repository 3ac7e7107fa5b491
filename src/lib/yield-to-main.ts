/**
 * Lets the browser handle input and paint before the caller goes on, so a long piece
 * of start-up work becomes several tasks rather than one that blocks a tap (decision
 * 042). `scheduler.yield()` where the browser has it (Chromium 129+: the caller goes
 * on before other queued tasks), else a timer task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
