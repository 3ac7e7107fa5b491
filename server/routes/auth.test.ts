// @vitest-environment node
/**
 * Sign-in by e-mail link, end to end through the app: the mail lands in the outbox,
 * its link's token is traded for a session in the browser that asked, and every way
 * a link or a session can go stale is refused.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { accountSchema } from '#contract/account.ts';
import { SIGN_IN_LIMITS } from '#contract/routes.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { createApp } from '../app.ts';
import { silentLog } from '../http/request-log.ts';
import type { Mailer } from '../mail/mailer.ts';
import { lastSignInMail, signInThroughOutbox, TestBrowser as Browser } from '../testing/browser.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { type App, openMigratedApp } from '../testing/migrated-app.ts';
import { BINDING_COOKIE, SESSION_COOKIE } from './auth.ts';

describe.each(databaseKinds)('sign-in on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'by e-mail link', () => {
    let test: TestDatabase;
    let app: App;
    beforeAll(async () => {
      ({ test, app } = await openMigratedApp(open));
    }, 120_000);
    afterAll(() => test?.dispose());
    afterEach(() => vi.unstubAllEnvs());

    const lastMail = (to: string) => lastSignInMail(test.db, to);
    const signIn = (browser: Browser, email: string) =>
      signInThroughOutbox(browser, test.db, email);

    it('signs in with the link, in the browser that asked, and signs out', async () => {
      const browser = new Browser(app);
      const asked = await browser.post('/api/auth/sign-in', {
        email: 'Ada@Example.org',
        locale: 'fr',
      });
      expect(asked.status).toBe(202);
      expect(await asked.json()).toEqual({ status: 'link_sent' });
      const binding = asked.headers.getSetCookie().find((c) => c.startsWith(BINDING_COOKIE));
      expect(binding).toMatch(/HttpOnly/);
      expect(binding).toMatch(/SameSite=Lax/);
      expect(binding).toMatch(/Max-Age=900/);

      const mail = await lastMail('Ada@Example.org');
      expect(mail.subject).toBe('Votre lien de connexion à Parcours');
      // Only hashes are stored: the token itself is nowhere in the database.
      const stored = await test.db.query('SELECT 1 FROM sign_in_tokens WHERE token_hash = $1', [
        mail.token,
      ]);
      expect(stored).toEqual([]);

      const verified = await browser.post('/api/auth/verify', { token: mail.token });
      expect(verified.status).toBe(200);
      const account = accountSchema.parse(await verified.json());
      expect(account).toMatchObject({ email: 'Ada@Example.org', role: 'participant' });
      const session = verified.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE));
      expect(session).toMatch(/HttpOnly/);
      expect(session).toMatch(/SameSite=Lax/);
      expect(session).toMatch(/Path=\//);
      expect(session).not.toMatch(/Secure/);

      const me = await browser.request('/api/me');
      expect(me.status).toBe(200);
      expect(me.headers.get('Cache-Control')).toBe('no-store');
      expect(await me.json()).toEqual(account);

      // The same address in another case is the same account.
      const again = await signIn(new Browser(app), 'ada@example.org');
      expect(accountSchema.parse(await again.json()).id).toBe(account.id);

      const sessionId = browser.cookies.get(SESSION_COOKIE)!;
      const out = await browser.post('/api/auth/sign-out');
      expect(out.status).toBe(200);
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
      expect((await browser.request('/api/me')).status).toBe(401);
      // Revoked in the database, not only forgotten by the browser.
      browser.cookies.set(SESSION_COOKIE, sessionId);
      const replayed = await browser.request('/api/me');
      expect(replayed.status).toBe(401);
      expect(apiErrorSchema.parse(await replayed.json()).error.code).toBe('unauthorized');
    });

    it('answers known and unknown addresses identically', async () => {
      await signIn(new Browser(app), 'known@example.org');
      const known = await new Browser(app).post('/api/auth/sign-in', {
        email: 'known@example.org',
        locale: 'en',
      });
      const unknown = await new Browser(app).post('/api/auth/sign-in', {
        email: 'nobody@example.org',
        locale: 'en',
      });
      expect(unknown.status).toBe(known.status);
      expect(await unknown.text()).toBe(await known.text());
      const headers = (r: Response) =>
        [...r.headers].filter(([k]) => !['set-cookie', 'x-request-id', 'date'].includes(k));
      expect(headers(unknown)).toEqual(headers(known));
      // An English mail for an English request.
      expect((await lastMail('nobody@example.org')).subject).toBe('Your Parcours sign-in link');
    });

    it('refuses a used link, an expired link and a link opened in another browser', async () => {
      const browser = new Browser(app);
      expect((await signIn(browser, 'reuse@example.org')).status).toBe(200);
      const { token } = await lastMail('reuse@example.org');
      const reused = await browser.post('/api/auth/verify', { token });
      expect(reused.status).toBe(400);
      expect(apiErrorSchema.parse(await reused.json()).error.field).toBe('token');

      const late = new Browser(app);
      await late.post('/api/auth/sign-in', { email: 'late@example.org', locale: 'en' });
      await test.db.query(
        `UPDATE sign_in_tokens SET expires_at = now() - interval '1 second' WHERE email = $1`,
        ['late@example.org'],
      );
      const expired = await late.post('/api/auth/verify', {
        token: (await lastMail('late@example.org')).token,
      });
      expect(expired.status).toBe(400);

      const asker = new Browser(app);
      await asker.post('/api/auth/sign-in', { email: 'bound@example.org', locale: 'en' });
      const { token: bound } = await lastMail('bound@example.org');
      const other = new Browser(app);
      expect((await other.post('/api/auth/verify', { token: bound })).status).toBe(400);
      other.cookies.set(BINDING_COOKIE, 'x'.repeat(43));
      expect((await other.post('/api/auth/verify', { token: bound })).status).toBe(400);
      // Failed attempts elsewhere did not spend it: the right browser still signs in.
      expect((await asker.post('/api/auth/verify', { token: bound })).status).toBe(200);
    });

    it('rotates the session on sign-in, revoking the previous one', async () => {
      const browser = new Browser(app);
      await signIn(browser, 'rotate@example.org');
      const first = browser.cookies.get(SESSION_COOKIE)!;
      await signIn(browser, 'rotate@example.org');
      const second = browser.cookies.get(SESSION_COOKIE)!;
      expect(second).not.toBe(first);
      expect((await browser.request('/api/me')).status).toBe(200);
      const stale = new Browser(app);
      stale.cookies.set(SESSION_COOKIE, first);
      expect((await stale.request('/api/me')).status).toBe(401);
    });

    it('refuses state-changing requests from another site when they carry a cookie', async () => {
      const browser = new Browser(app);
      await signIn(browser, 'csrf@example.org');
      const foreign = await browser.post('/api/auth/sign-out', undefined, {
        Origin: 'https://evil.example',
      });
      expect(foreign.status).toBe(403);
      expect(apiErrorSchema.parse(await foreign.json()).error.code).toBe('forbidden');
      const crossSite = await browser.post('/api/auth/sign-out', undefined, {
        'Sec-Fetch-Site': 'cross-site',
      });
      expect(crossSite.status).toBe(403);
      expect((await browser.request('/api/me')).status).toBe(200);
      const own = await browser.post('/api/auth/sign-out', undefined, {
        Origin: 'http://localhost',
        'Sec-Fetch-Site': 'same-origin',
      });
      expect(own.status).toBe(200);
    });

    it('compares the Origin’s host, not its scheme, and refuses an opaque Origin', async () => {
      const browser = new Browser(app);
      await signIn(browser, 'proxy@example.org');
      // Behind a proxy ending TLS the server sees http://, the browser says https://.
      const opaque = await browser.post('/api/auth/sign-out', undefined, { Origin: 'null' });
      expect(opaque.status).toBe(403);
      const otherPort = await browser.post('/api/auth/sign-out', undefined, {
        Origin: 'http://localhost:8080',
      });
      expect(otherPort.status).toBe(403);
      const tls = await browser.post('/api/auth/sign-out', undefined, {
        Origin: 'https://localhost',
      });
      expect(tls.status).toBe(200);
    });

    it('in production: Secure cookies, links to PUBLIC_URL, and no outbox page', async () => {
      vi.stubEnv('NODE_ENV', 'production');
      const prod = createApp({
        db: test.db,
        log: silentLog,
        publicUrl: 'https://parcours.example',
      });
      const browser = new Browser(prod);
      const asked = await browser.post('/api/auth/sign-in', {
        email: 'prod@example.org',
        locale: 'en',
      });
      expect(asked.headers.getSetCookie().join('\n')).toMatch(/; Secure/);
      const mail = await lastMail('prod@example.org');
      expect(mail.text).toContain(`https://parcours.example/sign-in/verify?token=${mail.token}`);
      const verified = await browser.post('/api/auth/verify', { token: mail.token });
      const session = verified.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE));
      expect(session).toMatch(/; Secure/);
      expect((await prod.request('/__outbox')).status).toBe(404);
    });

    it('limits sign-in requests per address, with Retry-After', async () => {
      for (let i = 0; i < SIGN_IN_LIMITS.perAddress.limit; i++) {
        const asked = await new Browser(app, `198.51.100.${i}`).post('/api/auth/sign-in', {
          email: 'flood@example.org',
          locale: 'en',
        });
        expect(asked.status).toBe(202);
      }
      const refused = await new Browser(app, '198.51.100.200').post('/api/auth/sign-in', {
        email: 'FLOOD@example.org',
        locale: 'en',
      });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    });

    it('limits sign-in requests per client', async () => {
      const client = new Browser(app, '203.0.113.7');
      for (let i = 0; i < SIGN_IN_LIMITS.perClient.limit; i++) {
        const asked = await client.post('/api/auth/sign-in', {
          email: `many${i}@example.org`,
          locale: 'en',
        });
        expect(asked.status).toBe(202);
      }
      const refused = await client.post('/api/auth/sign-in', {
        email: 'one-more@example.org',
        locale: 'en',
      });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).not.toBeNull();
    });

    it('shows the outbox, escaped, only when mail is not sent by SMTP', async () => {
      await test.db.query(`INSERT INTO outbox (to_address, subject, text) VALUES ($1, $2, $3)`, [
        'x@example.org',
        '<script>alert(1)</script>',
        'see https://example.org/a?b=1&c=2',
      ]);
      const page = await app.request('/__outbox');
      expect(page.status).toBe(200);
      const text = await page.text();
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(text).not.toContain('<script>');
      expect(text).toContain('<a href="https://example.org/a?b=1&amp;c=2">');
      expect(text).toContain('/sign-in/verify?token=');

      const smtp: Mailer = { kind: 'smtp', send: () => Promise.resolve() };
      const withSmtp = createApp({ db: test.db, log: silentLog, mailer: smtp });
      expect((await withSmtp.request('/__outbox')).status).toBe(404);
    });
  });
});
