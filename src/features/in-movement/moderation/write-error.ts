import { ApiError } from '#src/lib/api-client.ts';
import type { MessageKey } from '#src/lib/messages-fr.ts';

/**
 * What a curator's refused or failed write means, in their language: the server's
 * own messages are English and written for developers. Nothing was changed in any
 * of these cases (writes wait for the server).
 */
export function writeErrorKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'imModeration.error.failed';
  if (error.kind === 'network') return 'imModeration.error.network';
  switch (error.status) {
    case 401:
      return 'imModeration.error.signIn';
    case 403:
      // The server words a blocked account's refusal apart from a role's.
      return /blocked/i.test(error.message)
        ? 'imModeration.error.blocked'
        : 'imModeration.error.forbidden';
    case 409:
      return 'imModeration.error.conflict';
    case 400:
      return 'imModeration.error.invalid';
    case 429:
      return 'imModeration.error.rateLimited';
    default:
      return 'imModeration.error.failed';
  }
}

/** The moment of a log line or a report, in the reader's language and time zone. */
export function formatMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}
