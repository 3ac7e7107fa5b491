/**
 * The designer's mock scenario (`?scenario=` in the page URL). It sticks for the
 * browser session and is sent with every API call; only mocked builds use it.
 */
import { frameStorageKey } from './mock-frame.ts';

/** Per frame on the flow board (decision 031), like the path and the language. */
const STORAGE_KEY = () => frameStorageKey('parcours.scenario');

export const mockApi = import.meta.env.VITE_MOCK_API as '' | 'browser' | 'server';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // Storage can be disabled; scenarios then last for one page view.
  }
}

let current: string | null = null;

/** Reads `?scenario=` once at start-up; `?scenario=default` clears the choice. */
export function initScenario(search: string): string | null {
  if (!mockApi) return null;
  const fromUrl = new URLSearchParams(search).get('scenario');
  const store = storage();
  if (fromUrl !== null) {
    const clean = fromUrl.slice(0, 40).replace(/[^a-z-]/g, '');
    if (clean === '' || clean === 'default') store?.removeItem(STORAGE_KEY());
    else store?.setItem(STORAGE_KEY(), clean);
    current = clean === '' || clean === 'default' ? null : clean;
  } else {
    current = store?.getItem(STORAGE_KEY()) ?? null;
  }
  return current;
}

export function currentScenario(): string | null {
  return current;
}
