/**
 * Where to go once signed in. The sign-in page is given `?returnTo=` (same-site paths
 * only, as contract/pages.ts signInPath builds it); the link comes back through the
 * person's mail, so the place is kept in sessionStorage, which survives the round trip
 * in the same browser (the only one where the link works anyway).
 */
import { inMovementPath } from '#contract/pages.ts';

const STORAGE_KEY = 'parcours.signIn.returnTo';

/** A path on this site, never `//host` nor `/\host` (both leave it), or undefined. */
export function safeReturnTo(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return undefined;
  // No sign-in page as a destination: that would loop.
  return value.startsWith('/sign-in') ? undefined : value;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // Disabled storage: the default destination then.
  }
}

export function rememberReturnTo(value: string | undefined): void {
  const store = storage();
  if (value) store?.setItem(STORAGE_KEY, value);
  else store?.removeItem(STORAGE_KEY);
}

/** The remembered destination, left in place (to ask for a new link with it). */
export function peekReturnTo(): string | undefined {
  return safeReturnTo(storage()?.getItem(STORAGE_KEY));
}

/** The remembered destination (In Movement by default), forgotten once read. */
export function takeReturnTo(): string {
  const store = storage();
  const value = safeReturnTo(store?.getItem(STORAGE_KEY));
  store?.removeItem(STORAGE_KEY);
  return value ?? inMovementPath();
}
