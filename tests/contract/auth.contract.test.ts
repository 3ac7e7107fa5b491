// @vitest-environment node
/**
 * The deterministic part of sign-in answers the same, byte for byte, on every
 * implementation: the 202 to any well-formed request (known address or not), the
 * refusals of malformed ones, and /api/me without a session. The flows that hang on
 * time, hashes and cookies are tested on the server (server/routes/auth.test.ts).
 */
import { expect, it } from 'vitest';

import { MAX_BODY_BYTES } from '#contract/routes.ts';

import { describeEachTarget, mswTarget, type Target } from './targets.ts';

const JSON_HEADERS = { 'Content-Type': 'application/json' };
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
