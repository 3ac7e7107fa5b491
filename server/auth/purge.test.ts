// @vitest-environment node
/**
 * What sign-in leaves behind: the purge of dead tokens, sessions and old mails; the
 * language of a first sign-in; and a second request replacing the first link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { accountSchema } from '#contract/account.ts';

import { lastSignInToken, signInThroughOutbox, TestBrowser } from '../testing/browser.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { type App, openMigratedApp } from '../testing/migrated-app.ts';
import { purgeStaleSignIns } from './purge.ts';

describe.each(databaseKinds)('sign-in housekeeping on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'purge, locale, relink', () => {
    let test: TestDatabase;
    let app: App;
    beforeAll(async () => {
      ({ test, app } = await openMigratedApp(open));
    }, 120_000);
    afterAll(() => test?.dispose());

    it('purges expired and spent tokens, dead sessions and day-old mails, nothing live', async () => {
      await test.db.exec('DELETE FROM sign_in_tokens; DELETE FROM sessions; DELETE FROM outbox');
      const [account] = await test.db.query<{ id: string }>(
        `INSERT INTO accounts (email, display_name) VALUES ('purge@example.org', 'p')
         RETURNING id::text AS id`,
      );
      await test.db.query(
        `INSERT INTO sign_in_tokens (token_hash, email, nonce_hash, expires_at, used_at) VALUES
           ('live', 'a@example.org', 'n', now() + interval '10 minutes', NULL),
           ('expired', 'a@example.org', 'n', now() - interval '1 second', NULL),
           ('spent', 'a@example.org', 'n', now() + interval '10 minutes', now())`,
      );
      await test.db.query(
        `INSERT INTO sessions (id_hash, account_id, expires_at, revoked_at) VALUES
           ('live', $1::bigint, now() + interval '1 day', NULL),
           ('expired', $1::bigint, now() - interval '1 second', NULL),
           ('revoked', $1::bigint, now() + interval '1 day', now())`,
        [account!.id],
      );
      await test.db.query(
        `INSERT INTO outbox (to_address, subject, text, created_at) VALUES
           ('a@example.org', 'new', 't', now()),
           ('a@example.org', 'old', 't', now() - interval '25 hours')`,
      );

      expect(await purgeStaleSignIns(test.db)).toEqual({ tokens: 2, sessions: 2, mails: 1 });
      const left = async (sql: string) => (await test.db.query<{ k: string }>(sql)).map((r) => r.k);
      expect(await left('SELECT token_hash AS k FROM sign_in_tokens')).toEqual(['live']);
      expect(await left('SELECT id_hash AS k FROM sessions')).toEqual(['live']);
      expect(await left('SELECT subject AS k FROM outbox')).toEqual(['new']);
      expect(await purgeStaleSignIns(test.db)).toEqual({ tokens: 0, sessions: 0, mails: 0 });
    });

    it('gives a new account the language its link was asked in, and keeps a chosen one', async () => {
      const first = await signInThroughOutbox(
        new TestBrowser(app),
        test.db,
        'en@example.org',
        'en',
      );
      expect(accountSchema.parse(await first.json()).locale).toBe('en');
      const later = await signInThroughOutbox(
        new TestBrowser(app),
        test.db,
        'en@example.org',
        'fr',
      );
      expect(accountSchema.parse(await later.json()).locale).toBe('en');
      const french = await signInThroughOutbox(
        new TestBrowser(app),
        test.db,
        'fr@example.org',
        'fr',
      );
      expect(accountSchema.parse(await french.json()).locale).toBe('fr');
    });

    it('replaces the earlier link when the same browser asks again, not another’s', async () => {
      const email = 'twice@example.org';
      const owner = new TestBrowser(app, '192.0.2.20');
      await owner.post('/api/auth/sign-in', { email, locale: 'en' });
      const ownersLink = await lastSignInToken(test.db, email);

      // A stranger asking for the same address does not cancel the owner's link.
      await new TestBrowser(app, '192.0.2.21').post('/api/auth/sign-in', { email, locale: 'en' });
      const browser = new TestBrowser(app);
      await browser.post('/api/auth/sign-in', { email, locale: 'en' });
      const first = await lastSignInToken(test.db, email);
      await browser.post('/api/auth/sign-in', { email, locale: 'en' });
      const second = await lastSignInToken(test.db, email);

      // Spent in the database, not only unusable through this browser's new cookie.
      const [row] = await test.db.query<{ used: boolean }>(
        `SELECT used_at IS NOT NULL AS used FROM sign_in_tokens
         WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [first],
      );
      expect(row?.used).toBe(true);
      expect((await browser.post('/api/auth/verify', { token: first })).status).toBe(400);
      expect((await browser.post('/api/auth/verify', { token: second })).status).toBe(200);
      expect((await owner.post('/api/auth/verify', { token: ownersLink })).status).toBe(200);
    });
  });
});
