/**
 * A browser for server tests: keeps the cookies it is given and sends them back, from
 * one address, and signs in through the development outbox as a person would.
 */
import type { createApp } from '../app.ts';
import type { Queryable } from '../db/adapter.ts';

type App = ReturnType<typeof createApp>;

export class TestBrowser {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly app: App,
    readonly address = '192.0.2.10',
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const response = await this.app.request(
      path,
      { ...init, headers },
      { incoming: { socket: { remoteAddress: this.address } } },
    );
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return this.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  post(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.send('POST', path, body, headers);
  }
}

/** The newest sign-in mail to `to` in the outbox, with its link's token. */
export async function lastSignInMail(
  db: Queryable,
  to: string,
): Promise<{ subject: string; text: string; token: string }> {
  const [mail] = await db.query<{ subject: string; text: string }>(
    'SELECT subject, text FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
    [to],
  );
  if (!mail) throw new Error(`no sign-in mail to ${to}`);
  const token = /\/sign-in\/verify\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no link in the mail to ${to}`);
  return { ...mail, token };
}

/** The token of the newest sign-in mail to `to` in the outbox. */
export async function lastSignInToken(db: Queryable, to: string): Promise<string> {
  return (await lastSignInMail(db, to)).token;
}

/** Asks for a link in `locale`, then opens it in the same browser: the verify's answer. */
export async function signInThroughOutbox(
  browser: TestBrowser,
  db: Queryable,
  email: string,
  locale: 'fr' | 'en' = 'en',
): Promise<Response> {
  const asked = await browser.post('/api/auth/sign-in', { email, locale });
  if (asked.status !== 202) throw new Error(`sign-in request answered ${asked.status}`);
  return browser.post('/api/auth/verify', { token: await lastSignInToken(db, email) });
}
