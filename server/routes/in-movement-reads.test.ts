// @vitest-environment node
/**
 * In Movement's reads: seeding, the debate list's order and pages, balances and
 * counts over visible contributions, hidden contributions keeping the thread's shape,
 * what is cached how, the append-only log, and a deleted author.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  contributionListSchema,
  debateListSchema,
  debateSchema,
  moderationLogSchema,
} from '#contract/in-movement.ts';
import { encodeListCursor } from '#contract/in-movement-cursor.ts';

import { seedInMovementIfEmpty } from '../in-movement/seed.ts';
import { signedIn, TestClient } from '../testing/accounts.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { inMovementApp, seededId } from '../testing/in-movement-app.ts';
import { TEST_PEOPLE, testInMovement } from '../testing/in-movement-content.ts';

type App = Awaited<ReturnType<typeof inMovementApp>>;
const API = '/api/in-movement';

describe.each(databaseKinds)('In Movement reads on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'reads', () => {
    let test: TestDatabase;
    let app: App;
    let anonymous: TestClient;
    beforeAll(async () => {
      test = await open();
      app = await inMovementApp(test);
      anonymous = new TestClient(app);
    }, 120_000);
    afterAll(() => test?.dispose());

    it('seeds once, with the report threshold’s hidden contribution and its log line', async () => {
      expect(await seedInMovementIfEmpty(test.db, () => Promise.resolve(testInMovement()), 3)).toBe(
        false,
      );
      const [counts] = await test.db.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM debates) AS debates,
                (SELECT count(*)::int FROM contributions) AS contributions,
                (SELECT count(*)::int FROM curated_items) AS curated,
                (SELECT count(*)::int FROM accounts WHERE role = 'curator') AS curators`,
      );
      expect(counts).toEqual({ debates: 5, contributions: 6, curated: 2, curators: 1 });
      const log = moderationLogSchema.parse(
        await (await anonymous.get(`${API}/moderation/log`)).json(),
      );
      expect(log.items).toEqual([
        expect.objectContaining({
          action: 'auto-hide',
          actor: null,
          subject: {
            kind: 'contribution',
            id: await seededId(test, 'c-hidden'),
            debate: 'open-plain',
          },
        }),
      ]);
    });

    it('lists themes in their order', async () => {
      const response = await anonymous.get(`${API}/themes`);
      expect(await response.json()).toEqual({
        items: [
          expect.objectContaining({ slug: 'urbanisme', name: { fr: 'Urbanisme', en: 'Urbanism' } }),
          expect.objectContaining({ slug: 'robotique', color: '#7c3aed' }),
        ],
      });
    });

    it('lists debates pinned, featured, open before closed, newest first, page by page', async () => {
      const all = debateListSchema.parse(await (await anonymous.get(`${API}/debates`)).json());
      expect(all.items.map((d) => d.slug)).toEqual([
        'open-pinned',
        'open-featured',
        'open-plain',
        'closed-by-state',
        'closed-by-date',
      ]);
      expect(all.nextCursor).toBeNull();
      expect(all.items.find((d) => d.slug === 'closed-by-date')?.state).toBe('closed');

      const slugs: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `${API}/debates?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = debateListSchema.parse(await (await anonymous.get(url)).json());
        expect(page.items.length).toBeLessThanOrEqual(2);
        slugs.push(...page.items.map((d) => d.slug));
        cursor = page.nextCursor;
      } while (cursor);
      expect(slugs).toEqual(all.items.map((d) => d.slug));

      const closed = debateListSchema.parse(
        await (await anonymous.get(`${API}/debates?state=closed`)).json(),
      );
      expect(closed.items.map((d) => d.slug)).toEqual(['closed-by-state', 'closed-by-date']);
      const robotics = debateListSchema.parse(
        await (await anonymous.get(`${API}/debates?theme=robotique`)).json(),
      );
      expect(robotics.items.map((d) => d.slug)).toEqual(['closed-by-state']);

      // Another list's cursor, or garbage, is a 400.
      const foreign = await anonymous.get(`${API}/debates?cursor=${encodeListCursor('log', '1')}`);
      expect(foreign.status).toBe(400);
      expect((await anonymous.get(`${API}/debates?cursor=bm9wZQ`)).status).toBe(400);
    });

    it('counts the balance and contributions over visible ones only', async () => {
      const debate = debateSchema.parse(
        await (await anonymous.get(`${API}/debates/open-plain`)).json(),
      );
      // c-hidden (against) is pending: left out of both.
      expect(debate.balance).toEqual({ for: 1, neutral: 1, against: 1 });
      expect(debate.contributionCount).toBe(5);
      expect(debate.expert).toEqual({
        id: expect.any(String),
        displayName: 'Experte',
        role: 'expert',
        affiliation: 'external',
        bio: '',
      });
      expect(JSON.stringify(debate)).not.toContain('@');
      expect((await anonymous.get(`${API}/debates/nope`)).status).toBe(404);
    });

    it('keeps hidden contributions in the thread without their text, with voices and reportedByMe', async () => {
      const list = contributionListSchema.parse(
        await (await anonymous.get(`${API}/debates/open-plain/contributions`)).json(),
      );
      expect(list.items.map((c) => [c.body, c.state, c.voice])).toEqual([
        ['Mon avis.', 'visible', 'expert'],
        ['', 'pending', 'participant'],
        ['Contre.', 'visible', 'participant'],
        ['Pour.', 'visible', 'participant'],
      ]);
      const withReplies = list.items[3]!;
      expect(withReplies.replies.map((r) => [r.body, r.voice, r.parentId])).toEqual([
        ['Réponse.', 'expert', withReplies.id],
        ['Note.', 'curator', withReplies.id],
      ]);
      expect(list.items.every((c) => !c.reportedByMe)).toBe(true);

      const { client } = await signedIn(app, test.db, 'participant', { email: TEST_PEOPLE.p1 });
      const mine = contributionListSchema.parse(
        await (await client.get(`${API}/debates/open-plain/contributions`)).json(),
      );
      expect(mine.items.map((c) => c.reportedByMe)).toEqual([false, true, false, false]);

      const byReplies = contributionListSchema.parse(
        await (
          await anonymous.get(`${API}/debates/open-plain/contributions?sort=replies&limit=1`)
        ).json(),
      );
      expect(byReplies.items.map((c) => c.body)).toEqual(['Pour.']);
      const next = contributionListSchema.parse(
        await (
          await anonymous.get(
            `${API}/debates/open-plain/contributions?sort=replies&limit=1&cursor=${byReplies.nextCursor}`,
          )
        ).json(),
      );
      expect(next.items.map((c) => c.body)).toEqual(['Mon avis.']);
    });

    it('sends public reads revalidated by ETag, session reads private, never from a stale cache', async () => {
      const first = await anonymous.get(`${API}/debates/open-plain`);
      expect(first.headers.get('Cache-Control')).toBe('public, no-cache');
      const etag = first.headers.get('ETag')!;
      const again = await anonymous.request(`${API}/debates/open-plain`, {
        headers: { 'If-None-Match': etag },
      });
      expect(again.status).toBe(304);

      const contributions = await anonymous.get(`${API}/debates/open-plain/contributions`);
      expect(contributions.headers.get('Cache-Control')).toBe('private, no-cache');
      expect(contributions.headers.get('Vary')).toMatch(/Cookie/);

      // A write changes the next answer at once.
      const { client } = await signedIn(app, test.db);
      const written = await client.post(`${API}/debates/open-plain/contributions`, {
        idempotencyKey: 'cache-check-key-0001',
        body: 'Nouveau.',
        stance: 'for',
      });
      expect(written.status).toBe(201);
      const after = await anonymous.request(`${API}/debates/open-plain`, {
        headers: { 'If-None-Match': etag },
      });
      expect(after.status).toBe(200);
      expect(debateSchema.parse(await after.json()).balance.for).toBe(2);
    });

    it('never lists an archived debate, and answers 404 for it', async () => {
      await test.db.query(`UPDATE debates SET archived_at = now() WHERE slug = 'closed-by-date'`);
      const list = debateListSchema.parse(await (await anonymous.get(`${API}/debates`)).json());
      expect(list.items.map((d) => d.slug)).not.toContain('closed-by-date');
      expect((await anonymous.get(`${API}/debates/closed-by-date`)).status).toBe(404);
      expect((await anonymous.get(`${API}/debates/closed-by-date/contributions`)).status).toBe(404);
    });

    it('keeps the log append-only', async () => {
      await expect(test.db.query(`UPDATE moderation_log SET reason = 'x'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(test.db.query('DELETE FROM moderation_log')).rejects.toThrow(/append-only/);
      await expect(test.db.query('TRUNCATE moderation_log')).rejects.toThrow(/append-only/);
      const [row] = await test.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM moderation_log',
      );
      expect(row?.n).toBe(1);
    });

    it('keeps a deleted account’s contributions, authored by nobody', async () => {
      const id = await seededId(test, 'c-against');
      await test.db.query('DELETE FROM accounts WHERE lower(email) = $1', [TEST_PEOPLE.p2]);
      const [row] = await test.db.query<{ author: string | null; reports: number }>(
        `SELECT author_id AS author,
                (SELECT count(*)::int FROM reports r JOIN accounts a ON a.id = r.reporter_id
                 WHERE a.email = $2) AS reports
         FROM contributions WHERE id = $1::bigint`,
        [id, TEST_PEOPLE.p2],
      );
      expect(row).toEqual({ author: null, reports: 0 });
      const list = contributionListSchema.parse(
        await (await anonymous.get(`${API}/debates/open-plain/contributions`)).json(),
      );
      const kept = list.items.find((c) => c.id === id)!;
      expect(kept).toMatchObject({ author: null, body: 'Contre.', voice: 'participant' });
    });
  });
});
