// @vitest-environment node
/**
 * The studio's role command: what it accepts, its refusals, that a grant opens the
 * studio to a session already signed in (and a revoke closes it), on each database;
 * then the command itself as an operator runs it, on an embedded database directory
 * (also while a server holds it) and on a PostgreSQL server.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { silentLog } from '../http/request-log.ts';
import { signedIn } from '../testing/accounts.ts';
import { databaseKinds, postgresDatabase, testDatabaseUrl } from '../testing/databases.ts';
import { parseRoleCommand, RoleCommandError, runRoleCommand } from './studio-role.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('parseRoleCommand', () => {
  it('reads grant, revoke and list', () => {
    expect(parseRoleCommand(['grant', 'Ana@Example.org', 'editor'])).toEqual({
      action: 'grant',
      email: 'Ana@Example.org',
      role: 'editor',
    });
    expect(parseRoleCommand(['grant', 'ana@example.org', 'admin'])).toMatchObject({
      role: 'admin',
    });
    expect(parseRoleCommand(['revoke', 'ana@example.org'])).toEqual({
      action: 'revoke',
      email: 'ana@example.org',
    });
    expect(parseRoleCommand(['list'])).toEqual({ action: 'list' });
  });

  it.each([
    [['grant', 'ana@example.org', 'curator'], /"curator" is not a studio role: give editor/],
    [['grant', 'ana@example.org', 'participant'], /not a studio role/],
    [['grant', 'ana@example.org'], /Which role\? editor or admin/],
    [['grant', 'ana', 'editor'], /"ana" is not an e-mail address/],
    [['grant'], /Which account\?/],
    [['revoke', 'ana@example.org', 'editor'], /Unexpected: editor/],
    [['promote', 'ana@example.org'], /Unknown command "promote ana@example.org"/],
    [[], /Nothing asked/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseRoleCommand(argv)).toThrow(RoleCommandError);
    expect(() => parseRoleCommand(argv)).toThrow(message);
  });
});

describe.each(databaseKinds)('runRoleCommand on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'roles', () => {
    let test: Awaited<ReturnType<typeof open>>;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
      app = createApp({ db: test.db, log: silentLog });
    }, 120_000);
    afterAll(() => test?.dispose());

    const roleOf = async (email: string) =>
      (
        await test.db.query<{ role: string }>(
          'SELECT role FROM accounts WHERE lower(email) = lower($1)',
          [email],
        )
      )[0]?.role;

    it('grants the studio to a signed-in participant at once, and takes it back', async () => {
      const { client, account } = await signedIn(app, test.db, 'participant', {
        email: 'Ana.Team@Example.org',
        displayName: 'Ana',
      });
      expect((await client.get('/api/studio/stories')).status).toBe(403);

      const granted = await runRoleCommand(test.db, {
        action: 'grant',
        email: 'ana.team@example.org',
        role: 'editor',
      });
      expect(granted).toBe('Ana.Team@Example.org (Ana) is now editor (was participant).');
      expect(await roleOf(account.email)).toBe('editor');
      expect((await client.get('/api/studio/stories')).status).toBe(200);
      await expect(
        runRoleCommand(test.db, { action: 'grant', email: account.email, role: 'editor' }),
      ).resolves.toMatch(/already editor: nothing changed/);
      await runRoleCommand(test.db, { action: 'grant', email: account.email, role: 'admin' });
      expect(await runRoleCommand(test.db, { action: 'list' })).toContain(
        'admin   Ana.Team@Example.org  (Ana)',
      );

      await expect(
        runRoleCommand(test.db, { action: 'revoke', email: account.email }),
      ).resolves.toMatch(/is a participant again \(was admin\)/);
      expect(await roleOf(account.email)).toBe('participant');
      expect((await client.get('/api/studio/stories')).status).toBe(403);
      expect(await runRoleCommand(test.db, { action: 'list' })).not.toContain('Ana');
    });

    it('refuses an unknown account and a revoke of someone outside the studio', async () => {
      await expect(
        runRoleCommand(test.db, { action: 'grant', email: 'nobody@example.org', role: 'editor' }),
      ).rejects.toThrow(/No account has the address nobody@example.org. The person signs in once/);
      const { account } = await signedIn(app, test.db, 'curator');
      await expect(
        runRoleCommand(test.db, { action: 'revoke', email: account.email }),
      ).rejects.toThrow(/has no studio role \(they are curator\)/);
      expect(await roleOf(account.email)).toBe('curator');
    });
  });
});

/** Runs the command as `npm run studio:grant -- …` does. */
function command(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string; err: string }>((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/cli/studio-role-cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => done({ code, out, err }));
  });
}

describe('the command, as an operator runs it', () => {
  it('changes a role in an embedded database directory, and says so when a server holds it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'parcours-role-'));
    try {
      const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
      const db = await openPglite({ dataDir });
      await migrate(db);
      await db.query(
        "INSERT INTO accounts (email, display_name) VALUES ('team@example.org', 'Team')",
      );
      const unknown = await command(['grant', 'other@example.org', 'editor'], env);
      // The server (here, this process) holds the directory: nothing is changed.
      expect(unknown.code).toBe(1);
      expect(unknown.err).toMatch(/already in use by process .*stop the server, run this/s);
      await db.close();

      const refused = await command(['grant', 'other@example.org', 'editor'], env);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/No account has the address other@example.org/);
      expect(refused.err).toContain('npm run studio:grant -- <email> editor|admin');
      const granted = await command(['grant', 'team@example.org', 'editor'], env);
      expect(granted).toMatchObject({ code: 0, err: '' });
      expect(granted.out).toBe('team@example.org (Team) is now editor (was participant).\n');

      const reopened = await openPglite({ dataDir });
      const [row] = await reopened.query<{ role: string }>('SELECT role FROM accounts');
      await reopened.close();
      expect(row?.role).toBe('editor');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    // Three processes each open the embedded database: slow on two busy cores.
  }, 240_000);

  it.skipIf(!testDatabaseUrl)(
    'changes a role on a PostgreSQL server (DATABASE_URL)',
    async () => {
      const test = await postgresDatabase();
      try {
        await migrate(test.db);
        await test.db.query(
          "INSERT INTO accounts (email, display_name, role) VALUES ('lead@example.org', 'Lead', 'editor')",
        );
        const revoked = await command(['revoke', 'LEAD@example.org'], { DATABASE_URL: test.url });
        expect(revoked.code).toBe(0);
        expect(revoked.out).toMatch(/is a participant again \(was editor\)/);
        const [row] = await test.db.query<{ role: string }>('SELECT role FROM accounts');
        expect(row?.role).toBe('participant');
        const bad = await command(['grant', 'lead@example.org', 'boss'], {
          DATABASE_URL: test.url,
        });
        expect(bad.code).toBe(1);
        expect(bad.err).toMatch(/"boss" is not a studio role/);
      } finally {
        await test.dispose();
      }
    },
    120_000,
  );
});
