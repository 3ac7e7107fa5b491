/**
 * Signed-in people for tests: an account of a given role with a live session, and a
 * client that sends its cookie from its own address (so per-client limits of one test
 * never spend another's allowance).
 */
import type { Role } from '../../contract/schemas.ts';
import { SESSION_COOKIE } from '../auth/current.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import { createSession } from '../auth/store.ts';
import type { Queryable } from '../db/adapter.ts';

interface RequestingApp {
  request(input: string, init?: RequestInit, env?: unknown): Response | Promise<Response>;
}

let clients = 0;

/** A browser without a session: its own client address, JSON writes from this site. */
export class TestClient {
  constructor(
    readonly app: RequestingApp,
    readonly cookie: string | undefined = undefined,
    readonly address = `198.18.${Math.floor(++clients / 250) % 250}.${(clients % 250) + 1}`,
  ) {}

  request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('Cookie', `${SESSION_COOKIE}=${this.cookie}`);
    return Promise.resolve(
      this.app.request(
        path,
        { ...init, headers },
        { incoming: { socket: { remoteAddress: this.address } } },
      ),
    );
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }
}

export interface TestAccount {
  id: string;
  email: string;
  displayName: string;
  sessionId: string;
}

let accounts = 0;

/** Creates an account of `role` (a fresh address unless given) with a live session. */
export async function createTestAccount(
  db: Queryable,
  role: Role = 'participant',
  { email, displayName }: { email?: string; displayName?: string } = {},
): Promise<TestAccount> {
  accounts += 1;
  const address = email ?? `${role}-${accounts}-${newSecret().slice(0, 8)}@test.example`;
  const name = displayName ?? `${role} ${accounts}`;
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO accounts (email, display_name, role) VALUES ($1, $2, $3)
     ON CONFLICT (lower(email)) DO UPDATE SET role = excluded.role
     RETURNING id::text AS id`,
    [address, name, role],
  );
  if (!row) throw new Error('accounts: the insert returned no row');
  const sessionId = newSecret();
  await createSession(db, hashSecret(sessionId), row.id);
  return { id: row.id, email: address, displayName: name, sessionId };
}

/** A client signed in as a new account of `role`. */
export async function signedIn(
  app: RequestingApp,
  db: Queryable,
  role: Role = 'participant',
  options: { email?: string; displayName?: string } = {},
): Promise<{ client: TestClient; account: TestAccount }> {
  const account = await createTestAccount(db, role, options);
  return { client: new TestClient(app, account.sessionId), account };
}
