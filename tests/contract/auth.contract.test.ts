// @vitest-environment node
/**
 * The deterministic part of sign-in answers the same, byte for byte, on every
 * implementation: the 202 to any well-formed request (known address or not), the
 * refusals of malformed ones, and /api/me without a session; and the account's own
 * routes' refusals, signed out and signed in. The flows that hang on time, hashes
 * and cookies are tested on the server (server/routes/auth.test.ts, account.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_BODY_BYTES } from '#contract/routes.ts';

import { JSON_HEADERS, mockSignIn, sendAs, signInThroughOutbox } from './signed-in.ts';
import { describeEachTarget, mswTarget, type Target } from './targets.ts';

const post = (target: Target, path: string, body: string, headers = JSON_HEADERS) =>
  target.fetch(path, { method: 'POST', headers, body });

/** Requests every target answers identically: [title, path, body, content type]. */
const cases: [string, string, string, string][] = [
  ['a sign-in request', '/api/auth/sign-in', '{"email":"ada@example.org","locale":"fr"}', 'json'],
  [
    'an address in capitals',
    '/api/auth/sign-in',
    '{"email":"ADA@EXAMPLE.ORG","locale":"en"}',
    'json',
  ],
  ['a malformed address', '/api/auth/sign-in', '{"email":"ada-at-example","locale":"fr"}', 'json'],
  ['no locale', '/api/auth/sign-in', '{"email":"ada@example.org"}', 'json'],
  ['an unknown locale', '/api/auth/sign-in', '{"email":"ada@example.org","locale":"de"}', 'json'],
  [
    'an address over 254 characters',
    '/api/auth/sign-in',
    JSON.stringify({ email: `${'a'.repeat(250)}@example.org`, locale: 'en' }),
    'json',
  ],
  ['malformed JSON', '/api/auth/sign-in', '{"email":', 'json'],
  ['a form body', '/api/auth/sign-in', 'email=ada%40example.org', 'form'],
  [
    'a body over the limit',
    '/api/auth/sign-in',
    JSON.stringify({ email: 'ada@example.org', locale: 'en', pad: 'x'.repeat(MAX_BODY_BYTES) }),
    'json',
  ],
  ['a malformed token', '/api/auth/verify', '{"token":"short"}', 'json'],
  ['no token', '/api/auth/verify', '{}', 'json'],
];

const TYPES: Record<string, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
};

async function snapshot(response: Response) {
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

describeEachTarget('Sign-in contract', 'answers like the mocks', (target) => {
  it.each(cases)('%s', async (_title, path, body, type) => {
    const headers = { 'Content-Type': TYPES[type]! };
    const expected = await snapshot(await post(mswTarget, path, body, headers));
    expect(await snapshot(await post(target, path, body, headers))).toEqual(expected);
  });

  it('answers 202 link_sent to a well-formed request, known address or not', async () => {
    const response = await post(
      target,
      '/api/auth/sign-in',
      '{"email":"someone@example.org","locale":"en"}',
    );
    expect(response.status).toBe(202);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.text()).toBe('{"status":"link_sent"}');
  });

  it('answers 401 unauthorized on /api/me without a session', async () => {
    const response = await target.fetch('/api/me');
    expect(await snapshot(response)).toEqual({
      status: 401,
      type: 'application/json',
      body: '{"error":{"code":"unauthorized","message":"You are not signed in."}}',
    });
  });
});

const PROFILE = { displayName: 'Ada', bio: '', affiliation: null, locale: 'en' };

/** The account routes, signed out: [title, method, path, body]. */
const signedOutCases: [string, string, string, string | undefined][] = [
  ['a profile change', 'PUT', '/api/me', JSON.stringify(PROFILE)],
  ['an export', 'GET', '/api/me/export', undefined],
  ['a deletion', 'DELETE', '/api/me', undefined],
];

/** Profiles every target refuses the same way once signed in: [title, body]. */
const badProfiles: [string, unknown][] = [
  ['an empty name', { ...PROFILE, displayName: '  ' }],
  ['a name over the limit', { ...PROFILE, displayName: 'x'.repeat(81) }],
  ['a bio over the limit', { ...PROFILE, bio: 'x'.repeat(501) }],
  ['an unknown affiliation', { ...PROFILE, affiliation: 'partner' }],
  ['no locale', { displayName: 'Ada' }],
  ['not an object', ['Ada']],
];

const send = (target: Target, method: string, path: string, body?: string, cookie?: string) =>
  sendAs(target, method, path, body, cookie ? { cookie } : {});

/**
 * Signs in on a target: the mocks' own session (no cookie: they keep one signed-in
 * account), or a server session through its outbox, whose cookie is returned.
 */
async function signIn(target: Target): Promise<string> {
  if (target !== mswTarget) {
    return signInThroughOutbox(target, 'contract-account@example.org', '192.0.2.99');
  }
  await mockSignIn();
  return '';
}

describeEachTarget('Account contract', 'answers like the mocks', (target) => {
  it.each(signedOutCases)(
    'answers 401 to %s when signed out',
    async (_title, method, path, body) => {
      const expected = await snapshot(await send(mswTarget, method, path, body));
      expect(expected.status).toBe(401);
      const response = await send(target, method, path, body);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(await snapshot(response)).toEqual(expected);
    },
  );

  describe('signed in', () => {
    let cookie = '';
    beforeAll(async () => {
      cookie = await signIn(target);
      if (target !== mswTarget) await signIn(mswTarget);
    });
    afterAll(async () => {
      await post(mswTarget, '/api/auth/sign-out', '');
    });

    it.each(badProfiles)('refuses %s with 400 naming the field', async (_title, body) => {
      const text = JSON.stringify(body);
      const expected = await snapshot(await send(mswTarget, 'PUT', '/api/me', text));
      expect(expected.status).toBe(400);
      expect(await snapshot(await send(target, 'PUT', '/api/me', text, cookie))).toEqual(expected);
    });

    it('saves a profile and answers the account, then deletes it and signs out', async () => {
      const saved = await send(target, 'PUT', '/api/me', JSON.stringify(PROFILE), cookie);
      expect(saved.status).toBe(200);
      expect(await saved.json()).toMatchObject(PROFILE);

      // (The export's content needs In Movement's tables: server/routes/account.test.ts.)
      const deleted = await snapshot(await send(target, 'DELETE', '/api/me', undefined, cookie));
      expect(deleted).toEqual({
        status: 200,
        type: 'application/json',
        body: '{"status":"deleted"}',
      });
      expect((await send(target, 'GET', '/api/me', undefined, cookie)).status).toBe(401);
    });
  });
});
