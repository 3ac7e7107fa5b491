/**
 * The In Movement contract suite's cases (in-movement.contract.test.ts): the demo
 * records they name, picked from the fixtures both implementations seed, and the
 * refusals both must answer alike.
 */
import { contributions, debates, debateThemes, demoAccounts } from '#mocks/fixtures/in-movement.ts';

export const API = '/api/in-movement';

export const openDebate = debates.find((d) => d.state === 'open')!;
export const closedDebate = debates.find((d) => d.state === 'closed')!;
export const theme = debateThemes[0]!.slug;
export const participant = demoAccounts.find((a) => a.role === 'participant')!;
export const curator = demoAccounts.find((a) => a.role === 'curator')!;
/** The debate with the most contributions, so its list has a second page. */
export const busyDebate = [...debates]
  .map((d) => ({ slug: d.slug, n: contributions.filter((c) => c.debate === d.slug).length }))
  .sort((a, b) => b.n - a.n)[0]!.slug;
export const ownContribution = contributions.find((c) => c.author === participant.email);

export const contributionsOf = (slug: string) => `${API}/debates/${slug}/contributions`;
/** Keys are 16–64 characters of the base64url alphabet (idempotencyKeySchema). */
export const CONTRIBUTION = JSON.stringify({
  idempotencyKey: 'contract-key-0000001',
  body: 'A view.',
  stance: 'for',
});

/** Every write, and the queue, signed out: [title, method, path, body]. */
export const signedOut: [string, string, string, string | undefined][] = [
  ['a contribution', 'POST', contributionsOf(openDebate.slug), CONTRIBUTION],
  ['a report', 'POST', `${API}/contributions/1/reports`, '{"reason":"spam"}'],
  ['a debate curation', 'POST', `${API}/debates/${openDebate.slug}/curation`, '{"pinned":true}'],
  [
    'a curated item',
    'POST',
    `${API}/curated`,
    JSON.stringify({
      url: 'https://example.org/a',
      title: 'A',
      commentary: 'B',
      theme,
      signal: 'trend',
    }),
  ],
  ['a curated item curation', 'POST', `${API}/curated/1/curation`, '{"pinned":true}'],
  ['a moderation', 'POST', `${API}/moderation/contributions/1`, '{"action":"remove"}'],
  ['a malformed body', 'POST', contributionsOf(openDebate.slug), '{"body":'],
  ['a report on a malformed id', 'POST', `${API}/contributions/abc/reports`, '{"reason":"spam"}'],
  ['the moderation queue', 'GET', `${API}/moderation/queue`, undefined],
];

/** A refusal: [title, method, path, body, the status both answer]. */
export type Refusal = [string, string, string, string | undefined, number];

const curationOf = (slug: string) => `${API}/debates/${slug}/curation`;

/** Refused to a participant. */
export const asParticipant: Refusal[] = [
  ['the moderation queue', 'GET', `${API}/moderation/queue`, undefined, 403],
  ['a debate curation', 'POST', curationOf(openDebate.slug), '{"pinned":true}', 403],
  ['a curated item', 'POST', `${API}/curated`, '{"title":"A"}', 403],
  ['a curated item curation', 'POST', `${API}/curated/1/curation`, '{"pinned":true}', 403],
  ['a moderation', 'POST', `${API}/moderation/contributions/1`, '{"action":"remove"}', 403],
  [
    'a contribution to a closed debate',
    'POST',
    contributionsOf(closedDebate.slug),
    CONTRIBUTION,
    409,
  ],
  [
    'a contribution to an unknown debate',
    'POST',
    contributionsOf('no-such-debate'),
    CONTRIBUTION,
    404,
  ],
  [
    'a contribution without a stance',
    'POST',
    contributionsOf(openDebate.slug),
    JSON.stringify({ idempotencyKey: 'contract-key-0000002', body: 'A view.' }),
    400,
  ],
  [
    'a contribution with an empty body',
    'POST',
    contributionsOf(openDebate.slug),
    JSON.stringify({ idempotencyKey: 'contract-key-0000003', body: ' ', stance: 'for' }),
    400,
  ],
  [
    'a contribution with a short key',
    'POST',
    contributionsOf(openDebate.slug),
    JSON.stringify({ idempotencyKey: 'short', body: 'A view.', stance: 'for' }),
    400,
  ],
  ['malformed JSON', 'POST', contributionsOf(openDebate.slug), '{"body":', 400],
  [
    'a report of an unknown reason',
    'POST',
    `${API}/contributions/1/reports`,
    '{"reason":"dislike"}',
    400,
  ],
  [
    'a report on an unknown id',
    'POST',
    `${API}/contributions/999999/reports`,
    '{"reason":"spam"}',
    404,
  ],
  [
    'a report on a malformed id',
    'POST',
    `${API}/contributions/abc/reports`,
    '{"reason":"spam"}',
    404,
  ],
];

/** Refused to a curator, for what they send. */
export const asCurator: Refusal[] = [
  ['a curation of a bad type', 'POST', curationOf(openDebate.slug), '{"pinned":"yes"}', 400],
  ['an empty conclusion', 'POST', curationOf(openDebate.slug), '{"close":{"conclusion":""}}', 400],
  [
    'closing a closed debate',
    'POST',
    curationOf(closedDebate.slug),
    '{"close":{"conclusion":"Done."}}',
    409,
  ],
  ['a curation of an unknown debate', 'POST', curationOf('no-such-debate'), '{"pinned":true}', 404],
  ['a curated item without a url', 'POST', `${API}/curated`, '{"title":"A"}', 400],
  [
    'a curated item of an ftp url',
    'POST',
    `${API}/curated`,
    JSON.stringify({
      url: 'ftp://example.org/a',
      title: 'A',
      commentary: 'B',
      theme,
      signal: 'trend',
    }),
    400,
  ],
  ['an item curation un-archiving', 'POST', `${API}/curated/1/curation`, '{"archived":false}', 400],
  [
    'a curation of an unknown item',
    'POST',
    `${API}/curated/999999/curation`,
    '{"pinned":true}',
    404,
  ],
  [
    'an unknown moderation action',
    'POST',
    `${API}/moderation/contributions/1`,
    '{"action":"zap"}',
    400,
  ],
  [
    'a removal without a reason',
    'POST',
    `${API}/moderation/contributions/999999`,
    '{"action":"remove"}',
    400,
  ],
  [
    'a moderation of an unknown id',
    'POST',
    `${API}/moderation/contributions/999999`,
    '{"action":"remove","reason":"Off topic."}',
    404,
  ],
  ['a queue page of a bad limit', 'GET', `${API}/moderation/queue?limit=0`, undefined, 400],
];
