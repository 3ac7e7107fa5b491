/**
 * The write story's cases (in-movement-writes.contract.test.ts): who signs in, the
 * records it names from the fixtures both implementations seed, and how an answer
 * is compared when each side stamps it with its own clock.
 */
import { ACCOUNT_WRITE_LIMIT } from '#contract/routes.ts';
import {
  contributions as contributionFixtures,
  debates,
  demoAccounts,
} from '#mocks/fixtures/in-movement.ts';

import { openDebate } from './in-movement-cases.ts';
import type { Who } from './signed-in.ts';

export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Times by their shape, where each implementation stamps its own: under `key` only,
 * or every time in `value`.
 */
export function timesByShape(value: unknown, key?: string, under = key === undefined): unknown {
  if (typeof value === 'string') return under && ISO.test(value) ? '<iso time>' : value;
  if (Array.isArray(value)) return value.map((v) => timesByShape(v, key, under));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, timesByShape(v, key, under || k === key)]),
    );
  }
  return value;
}

/**
 * An answer to compare: every time by shape, a Retry-After by its range; `read`: a
 * successful read's caching is the server's business (see the read suite).
 */
export async function writeSnapshot(response: Response, read: boolean) {
  const type = response.headers.get('content-type');
  const text = await response.text();
  const retryAfter = response.headers.get('retry-after');
  const seconds = Number(retryAfter);
  return {
    status: response.status,
    type,
    cache:
      read && response.status === 200 ? '<the server’s>' : response.headers.get('cache-control'),
    location: response.headers.get('location'),
    retryAfter:
      retryAfter === null
        ? null
        : Number.isInteger(seconds) && seconds >= 1 && seconds <= ACCOUNT_WRITE_LIMIT.windowSeconds,
    disposition: response.headers.get('content-disposition'),
    body: type?.includes('json') ? timesByShape(JSON.parse(text)) : text,
  };
}

const byRole = (role: string) => demoAccounts.find((a) => a.role === role)!;
const participant = byRole('participant');

/** Scenario and e-mail of each demo account the story signs in. */
export const people: Record<
  'participant' | 'expert' | 'committee' | 'curator' | 'admin',
  [Who, string]
> = {
  participant: [{ scenario: 'as-participant' }, participant.email],
  expert: [{ scenario: 'as-expert' }, byRole('expert').email],
  committee: [{ scenario: 'as-committee' }, byRole('committee').email],
  curator: [{ scenario: 'as-curator' }, byRole('curator').email],
  admin: [{ scenario: 'as-admin' }, byRole('admin').email],
};
export type Person = keyof typeof people | 'nobody';

/** A participant's seeded, unreported words on the open debate, by someone never signed in. */
export const bystander = contributionFixtures.find(
  (c) =>
    c.debate === openDebate.slug &&
    demoAccounts.some((a) => a.email === c.author && a.role === 'participant') &&
    c.author !== participant.email &&
    !(c.reports ?? []).length,
)!;

/** Another open debate, for the curation story (the first one keeps taking contributions). */
export const curatedDebate = debates.filter((d) => d.state === 'open')[1]!.slug;

/** Script, a 3,000-character word (the bound is 4,000), a right-to-left override, zero-width joiners, emoji. */
export const HOSTILE = `<script>alert(1)</script> ${'x'.repeat(3000)} \u202Egnirts\u202C a\u200Db 👩‍👩‍👧‍👦 https://example.org/?q=<b>`;
