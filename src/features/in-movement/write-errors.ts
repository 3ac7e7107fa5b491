import { ApiError } from '#src/lib/api-client.ts';
import type { MessageKey } from '#src/lib/messages-fr.ts';

/**
 * What a refused or failed write means for the writer, in their language: the
 * server's message is English and for developers; the status says what to do.
 */
export function writeErrorKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'im.error.server';
  if (error.kind === 'network') return 'im.error.network';
  switch (error.status) {
    case 400:
      return 'im.error.invalid';
    case 401:
      return 'im.error.unauthorized';
    case 403:
      return 'im.error.forbidden';
    case 409:
      return 'im.error.conflict';
    case 429:
      return 'im.error.rateLimited';
    default:
      return 'im.error.server';
  }
}

/** A 401: the session ended; the writer needs the sign-in link. */
export const needsSignIn = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401;
