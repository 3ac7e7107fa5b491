// @vitest-environment node
/**
 * In Movement's writes: who may make each (401 signed out, 403 blocked, wrong role or
 * cross-site), the per-account limit, contributions' rules (open debate, one level of
 * replies, one contribution per idempotency key under concurrency) and hostile text
 * stored and read back byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contributionListSchema, contributionSchema, replySchema } from '#contract/in-movement.ts';
import { ACCOUNT_WRITE_LIMIT } from '#contract/routes.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { signedIn, TestClient } from '../testing/accounts.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { inMovementApp, seededId } from '../testing/in-movement-app.ts';

type App = Awaited<ReturnType<typeof inMovementApp>>;
const API = '/api/in-movement';
let keys = 0;
const newKey = () => `test-key-${String(++keys).padStart(8, '0')}-${Date.now()}`;

describe.each(databaseKinds)('In Movement writes on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'writes', () => {
    let test: TestDatabase;
    let app: App;
    beforeAll(async () => {
      test = await open();
      app = await inMovementApp(test);
    }, 120_000);
    afterAll(() => test?.dispose());

    /** Every write route, with a body it would accept and whether curators alone may make it. */
    async function writes() {
      const id = await seededId(test, 'c-for');
      return [
        {
          path: `${API}/debates/open-plain/contributions`,
          body: { idempotencyKey: newKey(), body: 'x', stance: 'for' },
          curators: false,
        },
        { path: `${API}/contributions/${id}/reports`, body: { reason: 'spam' }, curators: false },
        { path: `${API}/debates/open-plain/curation`, body: { pinned: true }, curators: true },
        {
          path: `${API}/curated`,
          body: {
            url: 'https://example.org/x',
            title: 'T',
            commentary: 'C',
            theme: 'urbanisme',
            signal: 'trend',
          },
          curators: true,
        },
        { path: `${API}/curated/1/curation`, body: { featured: true }, curators: true },
        {
          path: `${API}/moderation/contributions/${id}`,
          body: { action: 'remove', reason: 'r' },
          curators: true,
        },
      ];
    }

    async function expectRefused(response: Response, status: number, code: string) {
      expect(response.status).toBe(status);
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code);
    }

    it('refuses every write signed out (401), blocked (403) and from another site (403)', async () => {
      const { client: blocked, account } = await signedIn(app, test.db, 'curator');
      await test.db.query('UPDATE accounts SET blocked_at = now() WHERE id = $1::bigint', [
        account.id,
      ]);
      const { client: curator } = await signedIn(app, test.db, 'curator');
      for (const { path, body } of await writes()) {
        await expectRefused(await new TestClient(app).post(path, body), 401, 'unauthorized');
        await expectRefused(await blocked.post(path, body), 403, 'forbidden');
        await expectRefused(
          await curator.post(path, body, { Origin: 'https://evil.example' }),
          403,
          'forbidden',
        );
        await expectRefused(
          await curator.post(path, body, { 'Sec-Fetch-Site': 'cross-site' }),
          403,
          'forbidden',
        );
      }
      const [row] = await test.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM moderation_log WHERE actor_name IS NOT NULL`,
      );
      expect(row?.n).toBe(0);
    });

    it('refuses curators’ writes and the moderation queue to other roles (403)', async () => {
      for (const role of ['participant', 'expert', 'committee'] as const) {
        const { client } = await signedIn(app, test.db, role);
        for (const { path, body } of (await writes()).filter((w) => w.curators)) {
          await expectRefused(await client.post(path, body), 403, 'forbidden');
        }
        await expectRefused(await client.get(`${API}/moderation/queue`), 403, 'forbidden');
      }
      await expectRefused(
        await new TestClient(app).get(`${API}/moderation/queue`),
        401,
        'unauthorized',
      );
      const { client: admin } = await signedIn(app, test.db, 'admin');
      expect((await admin.get(`${API}/moderation/queue`)).status).toBe(200);
    });

    it('limits each account’s writes, with Retry-After', async () => {
      const { account } = await signedIn(app, test.db);
      for (let i = 0; i < ACCOUNT_WRITE_LIMIT.limit; i++) {
        // A fresh address each time: the account's allowance is what runs out.
        const client = new TestClient(app, account.sessionId);
        const response = await client.post(`${API}/debates/open-plain/contributions`, {
          idempotencyKey: newKey(),
          body: `n° ${i}`,
          stance: 'neutral',
        });
        expect(response.status).toBe(201);
      }
      const refused = await new TestClient(app, account.sessionId).post(
        `${API}/debates/open-plain/contributions`,
        { idempotencyKey: newKey(), body: 'one more', stance: 'neutral' },
      );
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    });

    it('creates a contribution once per idempotency key: 201, then 200 with the same one', async () => {
      const { client } = await signedIn(app, test.db);
      const input = { idempotencyKey: newKey(), body: 'Une fois.', stance: 'for' };
      const first = await client.post(`${API}/debates/open-plain/contributions`, input);
      expect(first.status).toBe(201);
      expect(first.headers.get('Location')).toBe(`${API}/debates/open-plain/contributions`);
      expect(first.headers.get('Cache-Control')).toBe('no-store');
      const created = contributionSchema.parse(await first.json());
      expect(created).toMatchObject({
        body: 'Une fois.',
        stance: 'for',
        state: 'visible',
        replies: [],
      });
      const again = await client.post(`${API}/debates/open-plain/contributions`, input);
      expect(again.status).toBe(200);
      expect(contributionSchema.parse(await again.json()).id).toBe(created.id);
      // The same key towards another debate is a conflict, not a second contribution.
      const elsewhere = await client.post(`${API}/debates/open-pinned/contributions`, input);
      await expectRefused(elsewhere, 409, 'conflict');
    });

    it('makes one contribution of 20 concurrent identical requests', async () => {
      const { client } = await signedIn(app, test.db);
      const input = { idempotencyKey: newKey(), body: 'Double tap.', stance: 'against' };
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          client.post(`${API}/debates/open-plain/contributions`, input),
        ),
      );
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses).toEqual([200, ...Array<number>(18).fill(200), 201].sort());
      const ids = new Set(
        await Promise.all(answers.map(async (r) => contributionSchema.parse(await r.json()).id)),
      );
      expect(ids.size).toBe(1);
      const [row] = await test.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM contributions WHERE idempotency_key = $1',
        [input.idempotencyKey],
      );
      expect(row?.n).toBe(1);
    });

    it('takes contributions only in open debates (409 closed, also past the closing date; 404 unknown)', async () => {
      const { client } = await signedIn(app, test.db);
      const post = (slug: string) =>
        client.post(`${API}/debates/${slug}/contributions`, {
          idempotencyKey: newKey(),
          body: 'x',
          stance: 'for',
        });
      await expectRefused(await post('closed-by-state'), 409, 'conflict');
      await expectRefused(await post('closed-by-date'), 409, 'conflict');
      await expectRefused(await post('no-such-debate'), 404, 'not_found');
    });

    it('replies one level deep, to a visible contribution of the same debate', async () => {
      const { client } = await signedIn(app, test.db);
      const reply = (slug: string, parentId: string) =>
        client.post(`${API}/debates/${slug}/contributions`, {
          idempotencyKey: newKey(),
          body: 'Réponse.',
          parentId,
        });
      const parent = await seededId(test, 'c-for');
      const ok = await reply('open-plain', parent);
      expect(ok.status).toBe(201);
      const created = replySchema.parse(await ok.json());
      expect(created.parentId).toBe(parent);
      expect(created).not.toHaveProperty('stance');

      const toReply = await reply('open-plain', await seededId(test, 'c-for-r1'));
      await expectRefused(toReply, 409, 'conflict');
      const hidden = await reply('open-plain', await seededId(test, 'c-hidden'));
      await expectRefused(hidden, 409, 'conflict');
      await expectRefused(await reply('open-plain', '999999'), 404, 'not_found');
      await expectRefused(await reply('open-plain', 'abc'), 404, 'not_found');
      // A contribution of another debate is no parent here.
      await expectRefused(await reply('open-pinned', parent), 404, 'not_found');
    });

    it('stores hostile text byte for byte and reads it back so', async () => {
      const { client } = await signedIn(app, test.db);
      const texts = [
        '<script>alert("x")</script><img src=x onerror=alert(1)>',
        'a'.repeat(4000),
        '\u202Egnirts desrever\u202C and \u200F\u200E marks',
        '👩\u200D👩\u200D👧\u200D👦 🏳️\u200D🌈 e\u0301',
        '  leading and trailing spaces, \r\n\ttabs and lines  \n',
      ];
      const ids: string[] = [];
      for (const body of texts) {
        const response = await client.post(`${API}/debates/open-featured/contributions`, {
          idempotencyKey: newKey(),
          body,
          stance: 'neutral',
        });
        expect(response.status).toBe(201);
        const created = contributionSchema.parse(await response.json());
        expect(Buffer.from(created.body)).toEqual(Buffer.from(body));
        ids.push(created.id);
      }
      const list = contributionListSchema.parse(
        await (await client.get(`${API}/debates/open-featured/contributions?limit=50`)).json(),
      );
      for (const [index, id] of ids.entries()) {
        const read = list.items.find((c) => c.id === id);
        expect(Buffer.from(read!.body, 'utf8')).toEqual(Buffer.from(texts[index]!, 'utf8'));
      }
      // A 10,000-character word is past the bound: refused, not cut.
      const long = await client.post(`${API}/debates/open-featured/contributions`, {
        idempotencyKey: newKey(),
        body: 'w'.repeat(10_000),
        stance: 'neutral',
      });
      await expectRefused(long, 400, 'bad_request');
    });
  });
});
