// @vitest-environment node
/**
 * In Movement answers the same on every implementation: the MSW handlers over
 * mocks/in-movement-store.ts and the server (server/in-movement/seed.ts) over PGlite
 * and PostgreSQL, both seeded from mocks/fixtures/in-movement.ts on an empty accounts
 * table, so ids, order, cursors, balances, counts, states and refusals match.
 *
 * Not compared byte for byte: the moderation log's `at`. The server stamps the seed's
 * automatic log lines when it seeds, the mocks when the store is built; those are
 * checked by shape only. The Cache-Control of successful reads is the server's
 * business (the mocks answer none); it is compared on every refusal and write, where
 * both answer `no-store` (docs/decisions/022).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  API,
  asCurator,
  asParticipant,
  busyDebate,
  closedDebate,
  contributionsOf,
  curator,
  openDebate,
  ownContribution,
  participant,
  signedOut,
  theme,
} from './in-movement-cases.ts';
import { ISO, timesByShape } from './in-movement-write-cases.ts';
import { sendAs, signInEach, type Who } from './signed-in.ts';
import { describeEachTarget, mswTarget } from './targets.ts';

async function snapshot(response: Response, { times = false, cache = true } = {}) {
  const text = await response.text();
  const type = response.headers.get('content-type');
  return {
    status: response.status,
    type,
    ...(cache || response.status >= 400 ? { cache: response.headers.get('cache-control') } : {}),
    location: response.headers.get('location'),
    body: times && type?.includes('json') ? timesByShape(JSON.parse(text), 'at') : text,
  };
}

/** The mocks' next cursor for a page, to ask both for the page after it. */
async function mockCursor(path: string): Promise<string> {
  const page = (await (await mswTarget.fetch(path)).json()) as { nextCursor: string | null };
  if (!page.nextCursor) throw new Error(`${path}: no second page in the fixtures`);
  return page.nextCursor;
}

const reads: [string, () => Promise<string>][] = [
  ['the themes', async () => `${API}/themes`],
  ['the debates', async () => `${API}/debates`],
  ['the debates of a theme', async () => `${API}/debates?theme=${theme}`],
  ['the closed debates', async () => `${API}/debates?state=closed`],
  [
    'the second page of debates',
    async () => `${API}/debates?limit=2&cursor=${await mockCursor(`${API}/debates?limit=2`)}`,
  ],
  ['debates with a malformed cursor', async () => `${API}/debates?cursor=bm90LWEtY3Vyc29y`],
  ['debates with a cursor of bad characters', async () => `${API}/debates?cursor=%21%21`],
  ['debates of an unknown state', async () => `${API}/debates?state=paused`],
  ['an open debate', async () => `${API}/debates/${openDebate.slug}`],
  ['a closed debate', async () => `${API}/debates/${closedDebate.slug}`],
  ['an unknown debate', async () => `${API}/debates/no-such-debate`],
  ['a malformed debate slug', async () => `${API}/debates/Not_A_Slug`],
  ['contributions, recent first', async () => `${API}/debates/${busyDebate}/contributions`],
  [
    'contributions, most replied first',
    async () => `${API}/debates/${busyDebate}/contributions?sort=replies`,
  ],
  [
    'the second page of contributions',
    async () => {
      const first = `${API}/debates/${busyDebate}/contributions?limit=2`;
      return `${first}&cursor=${await mockCursor(first)}`;
    },
  ],
  [
    'the second page of contributions, most replied first',
    async () => {
      const first = `${API}/debates/${busyDebate}/contributions?sort=replies&limit=2`;
      return `${first}&cursor=${await mockCursor(first)}`;
    },
  ],
  ['contributions of an unknown debate', async () => `${API}/debates/no-such-debate/contributions`],
  ['contributions, unknown sort', async () => `${API}/debates/${busyDebate}/contributions?sort=x`],
  ['curated items', async () => `${API}/curated`],
  ['curated items of a theme', async () => `${API}/curated?theme=${theme}`],
  ['curated items of a debate', async () => `${API}/curated?debate=${openDebate.slug}`],
  [
    'the second page of curated items',
    async () => `${API}/curated?limit=2&cursor=${await mockCursor(`${API}/curated?limit=2`)}`,
  ],
  ['the moderation log', async () => `${API}/moderation/log`],
];

describeEachTarget('In Movement contract', 'answers like the mocks', (target) => {
  it.each(reads)('reads %s', async (_title, pathOf) => {
    const path = await pathOf();
    const expected = await snapshot(await mswTarget.fetch(path), { times: true, cache: false });
    expect(expected.status).toBeLessThan(500);
    const actual = await snapshot(await target.fetch(path), { times: true, cache: false });
    expect({ path, ...actual }).toEqual({ path, ...expected });
  });

  it('stamps the moderation log with times', async () => {
    const log = (await (await target.fetch(`${API}/moderation/log`)).json()) as {
      items: { at: string }[];
    };
    expect(log.items.length).toBeGreaterThan(0);
    expect(log.items.every((entry) => ISO.test(entry.at))).toBe(true);
  });

  it.each(signedOut)('refuses %s with 401 when signed out', async (_t, method, path, body) => {
    const expected = await snapshot(await sendAs(mswTarget, method, path, body));
    expect(expected.status).toBe(401);
    expect(await snapshot(await sendAs(target, method, path, body))).toEqual(expected);
  });

  describe('signed in', () => {
    const asP: Who = { scenario: 'as-participant' };
    const asC: Who = { scenario: 'as-curator' };
    beforeAll(async () => {
      await signInEach(target, [
        [asP, participant.email],
        [asC, curator.email],
      ]);
    });
    afterAll(() => {
      delete asP.cookie;
      delete asC.cookie;
    });

    it.each(asParticipant)('refuses a participant %s', async (_t, method, path, body, status) => {
      const expected = await snapshot(await sendAs(mswTarget, method, path, body, asP));
      expect(expected.status).toBe(status);
      expect(await snapshot(await sendAs(target, method, path, body, asP))).toEqual(expected);
    });

    it('refuses a participant reporting their own contribution with 409', async () => {
      expect(ownContribution).toBeDefined();
      // The id, as both number the seed: found by its text in the mocks' list.
      let id: string | undefined;
      let cursor = '';
      do {
        const page = (await (
          await mswTarget.fetch(`${contributionsOf(ownContribution!.debate)}?limit=50${cursor}`)
        ).json()) as { items: { id: string; body: string }[]; nextCursor: string | null };
        id = page.items.find((c) => c.body === ownContribution!.body)?.id;
        cursor = page.nextCursor ? `&cursor=${page.nextCursor}` : '';
      } while (!id && cursor);
      expect(id).toBeDefined();
      const path = `${API}/contributions/${id}/reports`;
      const expected = await snapshot(
        await sendAs(mswTarget, 'POST', path, '{"reason":"spam"}', asP),
      );
      expect(expected.status).toBe(409);
      expect(await snapshot(await sendAs(target, 'POST', path, '{"reason":"spam"}', asP))).toEqual(
        expected,
      );
    });

    it.each(asCurator)('refuses a curator %s', async (_t, method, path, body, status) => {
      const expected = await snapshot(await sendAs(mswTarget, method, path, body, asC));
      expect(expected.status).toBe(status);
      expect(await snapshot(await sendAs(target, method, path, body, asC))).toEqual(expected);
    });
  });
});
