/**
 * One short message that outlives a page change ("You are signed in", "Your account
 * was deleted"): set by the page that acts, shown by the app wherever it lands
 * (components/ui/notice.tsx), whatever layout that page has.
 */
import { useSyncExternalStore } from 'react';

let current: string | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function showNotice(message: string): void {
  current = message;
  emit();
}

export function dismissNotice(): void {
  current = null;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotice(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
