// @vitest-environment node
/**
 * Reports, the threshold, the moderation queue and actions, debate and item curation,
 * and the public log each action writes (display names and public reasons only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  contributionListSchema,
  curatedItemSchema,
  curatedListSchema,
  debateSchema,
  moderationLogEntrySchema,
  moderationLogSchema,
  moderationQueueSchema,
} from '#contract/in-movement.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { signedIn, type TestAccount, TestClient } from '../testing/accounts.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { inMovementApp } from '../testing/in-movement-app.ts';
import { TEST_PEOPLE } from '../testing/in-movement-content.ts';

type App = Awaited<ReturnType<typeof inMovementApp>>;
const API = '/api/in-movement';
let keys = 0;
const newKey = () => `moderation-key-${String(++keys).padStart(6, '0')}-${Date.now()}`;

describe.each(databaseKinds)('In Movement moderation on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'moderation', () => {
    let test: TestDatabase;
    let app: App;
    let curator: TestClient;
    let curatorAccount: TestAccount;
    beforeAll(async () => {
      test = await open();
      app = await inMovementApp(test);
      ({ client: curator, account: curatorAccount } = await signedIn(app, test.db, 'curator', {
        email: TEST_PEOPLE.curator,
        displayName: 'Curatrice',
      }));
    }, 120_000);
    afterAll(() => test?.dispose());

    async function expectRefused(response: Response, status: number, code: string) {
      expect(response.status).toBe(status);
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code);
    }

    async function contribute(slug = 'open-plain') {
      const author = await signedIn(app, test.db);
      const response = await author.client.post(`${API}/debates/${slug}/contributions`, {
        idempotencyKey: newKey(),
        body: 'À signaler.',
        stance: 'for',
      });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      return { ...author, id };
    }

    const report = async (id: string, reason = 'abuse', note = '') =>
      (await signedIn(app, test.db)).client.post(`${API}/contributions/${id}/reports`, {
        reason,
        note,
      });

    async function contributionState(id: string) {
      const list = contributionListSchema.parse(
        await (
          await new TestClient(app).get(`${API}/debates/open-plain/contributions?limit=50`)
        ).json(),
      );
      return list.items.find((c) => c.id === id);
    }

    async function latestLog() {
      const log = moderationLogSchema.parse(
        await (await new TestClient(app).get(`${API}/moderation/log?limit=1`)).json(),
      );
      return log.items[0];
    }

    it('takes one report per person, never on one’s own, and hides at the threshold', async () => {
      const { client: author, id } = await contribute();
      await expectRefused(
        await author.post(`${API}/contributions/${id}/reports`, { reason: 'spam' }),
        409,
        'conflict',
      );
      const { client: reporter } = await signedIn(app, test.db);
      const first = await reporter.post(`${API}/contributions/${id}/reports`, {
        reason: 'spam',
        note: 'pub',
      });
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ status: 'reported', hidden: false });
      await expectRefused(
        await reporter.post(`${API}/contributions/${id}/reports`, { reason: 'spam' }),
        409,
        'conflict',
      );
      expect(await (await report(id)).json()).toEqual({ status: 'reported', hidden: false });
      expect((await contributionState(id))?.state).toBe('visible');
      expect(await (await report(id, 'other', 'troisième')).json()).toEqual({
        status: 'reported',
        hidden: true,
      });
      expect(await contributionState(id)).toMatchObject({ state: 'pending', body: '' });
      expect(await latestLog()).toMatchObject({
        action: 'auto-hide',
        actor: null,
        subject: { kind: 'contribution', id, debate: 'open-plain' },
      });
      // A fourth report is taken, but hides nothing again.
      expect(await (await report(id)).json()).toEqual({ status: 'reported', hidden: false });
      await expectRefused(await report('999999'), 404, 'not_found');
    });

    it('hides exactly once when reports cross the threshold concurrently', async () => {
      const { id } = await contribute();
      const reporters = await Promise.all(Array.from({ length: 6 }, () => signedIn(app, test.db)));
      const answers = await Promise.all(
        reporters.map(({ client }) =>
          client.post(`${API}/contributions/${id}/reports`, { reason: 'spam' }),
        ),
      );
      const hidden = await Promise.all(
        answers.map(async (r) => ((await r.json()) as { hidden: boolean }).hidden),
      );
      expect(hidden.filter(Boolean)).toHaveLength(1);
      const [row] = await test.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM moderation_log WHERE action = 'auto-hide' AND subject_ref = $1`,
        [id],
      );
      expect(row?.n).toBe(1);
    });

    it('queues hidden contributions first, then the most reported, without reporters', async () => {
      const { id: once } = await contribute();
      await report(once, 'off-topic', 'hors sujet');
      const { id: twice } = await contribute();
      await report(twice);
      await report(twice);
      const queue = moderationQueueSchema.parse(
        await (await curator.get(`${API}/moderation/queue?limit=100`)).json(),
      );
      const states = queue.items.map((item) => item.contribution.state);
      expect(states.indexOf('visible')).toBeGreaterThan(states.lastIndexOf('pending'));
      const visible = queue.items.filter((item) => item.contribution.state === 'visible');
      expect(visible.map((item) => item.contribution.id).slice(0, 2)).toEqual([twice, once]);
      const pending = queue.items.find((item) => item.contribution.state === 'pending')!;
      expect(pending.contribution.body).not.toBe('');
      expect(visible[1]!.reports).toEqual([
        { reason: 'off-topic', note: 'hors sujet', createdAt: expect.any(String) },
      ]);
      const text = JSON.stringify(queue);
      expect(text).not.toMatch(/reporter|@/);
      const response = await curator.get(`${API}/moderation/queue`);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      // Pages follow one another.
      const page = moderationQueueSchema.parse(
        await (await curator.get(`${API}/moderation/queue?limit=1`)).json(),
      );
      const next = moderationQueueSchema.parse(
        await (
          await curator.get(`${API}/moderation/queue?limit=1&cursor=${page.nextCursor}`)
        ).json(),
      );
      expect([...page.items, ...next.items].map((i) => i.contribution.id)).toEqual(
        queue.items.slice(0, 2).map((i) => i.contribution.id),
      );
    });

    it('restores, removes with a public reason, and refuses illegal changes (409)', async () => {
      const moderate = (id: string, action: string, reason?: string) =>
        curator.post(`${API}/moderation/contributions/${id}`, {
          action,
          ...(reason === undefined ? {} : { reason }),
        });
      const { id } = await contribute();
      // Visible and never reported: nothing to restore.
      await expectRefused(await moderate(id, 'restore'), 409, 'conflict');
      for (let i = 0; i < 3; i++) await report(id);
      const restored = await moderate(id, 'restore');
      expect(restored.status).toBe(200);
      expect(moderationLogEntrySchema.parse(await restored.json())).toMatchObject({
        action: 'restore',
        actor: 'Curatrice',
        subject: { kind: 'contribution', id, debate: 'open-plain' },
      });
      expect((await contributionState(id))?.state).toBe('visible');
      // Reviewed: old reports no longer count, so one more does not hide it again.
      expect(await (await report(id)).json()).toEqual({ status: 'reported', hidden: false });

      await expectRefused(await moderate(id, 'remove'), 400, 'bad_request');
      await expectRefused(await moderate(id, 'remove', '   '), 400, 'bad_request');
      expect((await moderate(id, 'remove', 'Propos injurieux')).status).toBe(200);
      expect(await contributionState(id)).toMatchObject({
        state: 'removed',
        body: '',
        removedReason: 'Propos injurieux',
      });
      await expectRefused(await moderate(id, 'remove', 'encore'), 409, 'conflict');
      expect(await latestLog()).toMatchObject({ action: 'remove', reason: 'Propos injurieux' });
      await expectRefused(await moderate('999999', 'restore'), 404, 'not_found');
    });

    it('blocks an author: no more writes, every session ended, the contribution removed', async () => {
      const { client: author, account, id } = await contribute();
      const blocked = await curator.post(`${API}/moderation/contributions/${id}`, {
        action: 'block-author',
        reason: 'Harcèlement',
      });
      expect(blocked.status).toBe(200);
      expect(await contributionState(id)).toMatchObject({
        state: 'removed',
        removedReason: 'Harcèlement',
      });
      const [row] = await test.db.query<{ blocked: boolean; live: number }>(
        `SELECT blocked_at IS NOT NULL AS blocked,
                (SELECT count(*)::int FROM sessions WHERE account_id = $1::bigint AND revoked_at IS NULL) AS live
         FROM accounts WHERE id = $1::bigint`,
        [account.id],
      );
      expect(row).toEqual({ blocked: true, live: 0 });
      expect((await author.get('/api/me')).status).toBe(401);
      // Signed in again, still blocked.
      const again = await signedIn(app, test.db, 'participant', { email: account.email });
      const refused = await again.client.post(`${API}/debates/open-plain/contributions`, {
        idempotencyKey: newKey(),
        body: 'encore',
        stance: 'for',
      });
      await expectRefused(refused, 403, 'forbidden');
      await expectRefused(
        await curator.post(`${API}/moderation/contributions/${id}`, {
          action: 'block-author',
          reason: 'bis',
        }),
        409,
        'conflict',
      );
      const log = moderationLogSchema.parse(
        await (await new TestClient(app).get(`${API}/moderation/log?limit=100`)).json(),
      );
      expect(JSON.stringify(log)).not.toContain('@');
      expect(log.items[0]).toMatchObject({ action: 'block-author', actor: 'Curatrice' });
    });

    it('curates debates: pin, feature, close with a conclusion once, archive once', async () => {
      const curate = (slug: string, body: unknown) =>
        curator.post(`${API}/debates/${slug}/curation`, body);
      const pinned = await curate('open-featured', { pinned: true, featured: false });
      expect(pinned.status).toBe(200);
      expect(debateSchema.parse(await pinned.json())).toMatchObject({
        pinned: true,
        featured: false,
      });
      const log = moderationLogSchema.parse(
        await (await new TestClient(app).get(`${API}/moderation/log?limit=2`)).json(),
      );
      expect(log.items.map((e) => [e.action, e.actor, e.subject])).toEqual([
        ['unfeature', 'Curatrice', { kind: 'debate', slug: 'open-featured' }],
        ['pin', 'Curatrice', { kind: 'debate', slug: 'open-featured' }],
      ]);
      const closed = await curate('open-featured', { close: { conclusion: 'Conclu.' } });
      expect(debateSchema.parse(await closed.json())).toMatchObject({
        state: 'closed',
        conclusion: 'Conclu.',
      });
      await expectRefused(
        await curate('open-featured', { close: { conclusion: 'Bis.' } }),
        409,
        'conflict',
      );
      // Past its closing date a debate may still be closed with its conclusion.
      expect((await curate('closed-by-date', { close: { conclusion: 'Tard.' } })).status).toBe(200);
      expect((await curate('open-featured', { archived: true })).status).toBe(200);
      await expectRefused(await curate('open-featured', { archived: true }), 409, 'conflict');
      await expectRefused(await curate('open-featured', { pinned: false }), 409, 'conflict');
      expect((await new TestClient(app).get(`${API}/debates/open-featured`)).status).toBe(404);
      await expectRefused(await curate('no-such-debate', { pinned: true }), 404, 'not_found');
      expect((await latestLog())?.action).toBe('archive');
    });

    it('publishes curated items with a preview built from the link, and curates them', async () => {
      const input = {
        url: 'https://www.Competitor.example/report?id=1',
        title: 'Un concurrent',
        commentary: 'Ils le font mieux.',
        theme: 'robotique',
        signal: 'weak-signal',
        debates: ['open-plain'],
      };
      const created = await curator.post(`${API}/curated`, input);
      expect(created.status).toBe(201);
      const item = curatedItemSchema.parse(await created.json());
      expect(item).toMatchObject({
        url: input.url,
        debates: ['open-plain'],
        curator: { displayName: 'Curatrice', role: 'curator' },
        pinned: false,
        preview: { host: 'competitor.example', initial: 'C', color: '#7c3aed' },
      });
      expect(item.curator?.id).toBe(curatorAccount.id);
      const badTheme = await curator.post(`${API}/curated`, { ...input, theme: 'nope' });
      expect(badTheme.status).toBe(400);
      expect(apiErrorSchema.parse(await badTheme.json()).error.field).toBe('theme');
      const badDebate = await curator.post(`${API}/curated`, { ...input, debates: ['nope'] });
      expect(apiErrorSchema.parse(await badDebate.json()).error.field).toBe('debates');

      const byDebate = curatedListSchema.parse(
        await (await new TestClient(app).get(`${API}/curated?debate=open-plain`)).json(),
      );
      expect(byDebate.items.map((i) => i.title)).toEqual(['Un concurrent', 'A']);
      const all = curatedListSchema.parse(
        await (await new TestClient(app).get(`${API}/curated`)).json(),
      );
      expect(all.items[0]?.title).toBe('B'); // pinned first

      const curate = (body: unknown) => curator.post(`${API}/curated/${item.id}/curation`, body);
      expect(
        curatedItemSchema.parse(await (await curate({ featured: true })).json()).featured,
      ).toBe(true);
      expect(await latestLog()).toMatchObject({
        action: 'feature',
        subject: { kind: 'curated', id: item.id },
      });
      expect((await curate({ archived: true })).status).toBe(200);
      await expectRefused(await curate({ pinned: true }), 409, 'conflict');
      const after = curatedListSchema.parse(
        await (await new TestClient(app).get(`${API}/curated`)).json(),
      );
      expect(after.items.map((i) => i.id)).not.toContain(item.id);
      await expectRefused(
        await curator.post(`${API}/curated/999999/curation`, { pinned: true }),
        404,
        'not_found',
      );
    });
  });
});
