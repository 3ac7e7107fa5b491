// @vitest-environment node
/**
 * The signed-in person's own account through the app: the profile and its refusals,
 * the export of everything stored, and a deletion that leaves nothing personal
 * behind, checked in the tables themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { accountExportSchema, accountSchema } from '#contract/account.ts';
import { ACCOUNT_WRITE_LIMIT } from '#contract/routes.ts';
import { apiErrorSchema, BIO_MAX } from '#contract/schemas.ts';

import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { silentLog } from '../http/request-log.ts';
import { signInThroughOutbox, TestBrowser as Browser } from '../testing/browser.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { ensureInMovementTables } from '../testing/in-movement-tables.ts';
import { SESSION_COOKIE } from './auth.ts';

type App = ReturnType<typeof createApp>;

const PROFILE = { displayName: 'Ada L.', bio: 'Engineer.', affiliation: 'internal', locale: 'en' };

describe.each(databaseKinds)('account on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'profile, export, deletion', () => {
    let test: TestDatabase;
    let app: App;
    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
      await ensureInMovementTables(test.db);
      app = createApp({ db: test.db, log: silentLog });
    }, 120_000);
    afterAll(() => test?.dispose());

    async function signedIn(email: string) {
      const browser = new Browser(app);
      const verified = await signInThroughOutbox(browser, test.db, email);
      return { browser, account: accountSchema.parse(await verified.json()) };
    }

    const errorOf = async (response: Response) => apiErrorSchema.parse(await response.json()).error;

    it('answers 401 to all three when signed out, never cached', async () => {
      const browser = new Browser(app);
      for (const [method, path] of [
        ['PUT', '/api/me'],
        ['GET', '/api/me/export'],
        ['DELETE', '/api/me'],
      ] as const) {
        const response = await browser.send(method, path, method === 'PUT' ? PROFILE : undefined);
        expect(response.status, `${method} ${path}`).toBe(401);
        expect(response.headers.get('Cache-Control')).toBe('no-store');
        expect((await errorOf(response)).code).toBe('unauthorized');
      }
    });

    it('saves the profile, and refuses a bad one naming the field', async () => {
      const { browser, account } = await signedIn('profile@example.org');
      const saved = await browser.send('PUT', '/api/me', { ...PROFILE, displayName: '  Ada L. ' });
      expect(saved.status).toBe(200);
      expect(saved.headers.get('Cache-Control')).toBe('no-store');
      const expected = { ...account, ...PROFILE };
      expect(await saved.json()).toEqual(expected);
      expect(await (await browser.request('/api/me')).json()).toEqual(expected);

      for (const [body, field] of [
        [{ ...PROFILE, displayName: '   ' }, 'displayName'],
        [{ ...PROFILE, bio: 'x'.repeat(BIO_MAX + 1) }, 'bio'],
        [{ ...PROFILE, affiliation: 'partner' }, 'affiliation'],
        [{ ...PROFILE, locale: 'de' }, 'locale'],
      ] as const) {
        const refused = await browser.send('PUT', '/api/me', body);
        expect(refused.status, field).toBe(400);
        expect((await errorOf(refused)).field).toBe(field);
      }
      // The role and the address are not the person's to change: extra keys are ignored.
      const sneaky = await browser.send('PUT', '/api/me', {
        ...PROFILE,
        role: 'admin',
        email: 'x@example.org',
      });
      expect(accountSchema.parse(await sneaky.json())).toMatchObject({
        role: 'participant',
        email: 'profile@example.org',
      });
    });

    it('refuses writes from another site (403) and past the account’s allowance (429)', async () => {
      const { browser } = await signedIn('csrf-account@example.org');
      const foreign = { Origin: 'https://evil.example' };
      expect((await browser.send('PUT', '/api/me', PROFILE, foreign)).status).toBe(403);
      const deleted = await browser.send('DELETE', '/api/me', undefined, foreign);
      expect(deleted.status).toBe(403);
      expect((await errorOf(deleted)).code).toBe('forbidden');
      expect((await browser.request('/api/me')).status).toBe(200);

      for (let i = 0; i < ACCOUNT_WRITE_LIMIT.limit; i++) {
        expect((await browser.send('PUT', '/api/me', PROFILE)).status).toBe(200);
      }
      const refused = await browser.send('PUT', '/api/me', PROFILE);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    });

    it('lets a blocked account export and delete itself, not rename itself', async () => {
      const { browser, account } = await signedIn('blocked@example.org');
      await test.db.query('UPDATE accounts SET blocked_at = now() WHERE id = $1::bigint', [
        account.id,
      ]);
      const renamed = await browser.send('PUT', '/api/me', PROFILE);
      expect(renamed.status).toBe(403);
      expect((await errorOf(renamed)).message).toMatch(/blocked/);
      expect((await browser.request('/api/me/export')).status).toBe(200);
      expect((await browser.send('DELETE', '/api/me')).status).toBe(200);

      // Signing in again, whatever the case of the address, does not lift the block.
      const again = await signedIn('Blocked@Example.org');
      expect(again.account.blocked).toBe(true);
      const [kept] = await test.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM blocked_addresses
         WHERE email_hash NOT LIKE '%@%' AND email_hash NOT LIKE '%blocked%'`,
      );
      expect(kept?.n).toBe(1);
      // Every browser here is one client: give the tests after this one their allowance back.
      await test.db.query('DELETE FROM rate_limits');
    });

    it('exports everything stored: account, contributions, reports, sessions', async () => {
      const { browser, account } = await signedIn('export@example.org');
      const other = await signedIn('export-other@example.org');
      const [debate] = await test.db.query<{ id: string }>(
        `INSERT INTO debates (slug, lang, question, theme, framing, cover, opens_at, closes_at)
         VALUES ('export-debate', 'en', 'Q?', 'export-theme', 'F', '{}', now(), now() + interval '1 day')
         RETURNING id::text AS id`,
      );
      const [mine] = await test.db.query<{ id: string }>(
        `INSERT INTO contributions (debate_id, author_id, stance, body)
         VALUES ($1::bigint, $2::bigint, 'for', 'My view') RETURNING id::text AS id`,
        [debate!.id, account.id],
      );
      const [theirs] = await test.db.query<{ id: string }>(
        `INSERT INTO contributions (debate_id, author_id, stance, body)
         VALUES ($1::bigint, $2::bigint, 'against', 'Theirs') RETURNING id::text AS id`,
        [debate!.id, other.account.id],
      );
      await test.db.query(
        `INSERT INTO contributions (debate_id, parent_id, author_id, body)
         VALUES ($1::bigint, $2::bigint, $3::bigint, 'My reply')`,
        [debate!.id, theirs!.id, account.id],
      );
      await test.db.query(
        `INSERT INTO reports (contribution_id, reporter_id, reason, note)
         VALUES ($1::bigint, $2::bigint, 'spam', 'ads')`,
        [theirs!.id, account.id],
      );

      const response = await browser.request('/api/me/export');
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('Content-Disposition')).toMatch(/attachment/);
      const exported = accountExportSchema.parse(await response.json());
      expect(exported.account).toEqual(account);
      expect(exported.contributions).toMatchObject([
        { id: mine!.id, debate: 'export-debate', parentId: null, stance: 'for', body: 'My view' },
        { debate: 'export-debate', parentId: theirs!.id, stance: null, body: 'My reply' },
      ]);
      expect(exported.reports).toMatchObject([
        { contributionId: theirs!.id, reason: 'spam', note: 'ads' },
      ]);
      expect(exported.sessions).toHaveLength(1);
      expect(exported.sessions[0]!.revokedAt).toBeNull();
      // Nothing of anyone else's.
      expect(JSON.stringify(exported)).not.toContain('export-other@example.org');
      expect(JSON.stringify(exported)).not.toContain('Theirs');
    });

    it('deletes the account, leaving no personal data and its contributions anonymous', async () => {
      const email = 'Leaving@Example.org';
      const { browser, account } = await signedIn(email);
      // A second browser's session, a pending link, and a report and contribution.
      await signInThroughOutbox(new Browser(app), test.db, email);
      await new Browser(app).post('/api/auth/sign-in', { email, locale: 'fr' });
      const [debate] = await test.db.query<{ id: string }>(
        `SELECT id::text AS id FROM debates WHERE slug = 'export-debate'`,
      );
      const [kept] = await test.db.query<{ id: string }>(
        `INSERT INTO contributions (debate_id, author_id, stance, body)
         VALUES ($1::bigint, $2::bigint, 'neutral', 'Stays') RETURNING id::text AS id`,
        [debate!.id, account.id],
      );
      const [target] = await test.db.query<{ id: string }>(
        `SELECT id::text AS id FROM contributions WHERE body = 'Theirs'`,
      );
      await test.db.query(
        `INSERT INTO reports (contribution_id, reporter_id, reason) VALUES ($1::bigint, $2::bigint, 'abuse')`,
        [target!.id, account.id],
      );

      const deleted = await browser.send('DELETE', '/api/me');
      expect(deleted.status).toBe(200);
      expect(await deleted.json()).toEqual({ status: 'deleted' });
      expect(deleted.headers.get('Cache-Control')).toBe('no-store');
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
      expect((await browser.request('/api/me')).status).toBe(401);

      const rows = async (sql: string, params: unknown[]) =>
        (await test.db.query<{ n: number }>(sql, params))[0]!.n;
      const byEmail = [email];
      const byId = [account.id];
      expect(
        await rows('SELECT count(*)::int AS n FROM accounts WHERE id = $1::bigint', byId),
      ).toBe(0);
      expect(
        await rows('SELECT count(*)::int AS n FROM sessions WHERE account_id = $1::bigint', byId),
      ).toBe(0);
      expect(
        await rows('SELECT count(*)::int AS n FROM reports WHERE reporter_id = $1::bigint', byId),
      ).toBe(0);
      expect(
        await rows(
          'SELECT count(*)::int AS n FROM sign_in_tokens WHERE lower(email) = lower($1)',
          byEmail,
        ),
      ).toBe(0);
      expect(
        await rows(
          'SELECT count(*)::int AS n FROM outbox WHERE lower(to_address) = lower($1)',
          byEmail,
        ),
      ).toBe(0);
      expect(
        await rows(`SELECT count(*)::int AS n FROM rate_limits WHERE key = $1 OR key = lower($2)`, [
          account.id,
          email,
        ]),
      ).toBe(0);
      const [contribution] = await test.db.query<{ author_id: unknown; body: string }>(
        'SELECT author_id, body FROM contributions WHERE id = $1::bigint',
        [kept!.id],
      );
      expect(contribution).toEqual({ author_id: null, body: 'Stays' });
    });
  });
});
