// @vitest-environment node
/**
 * The mocked account routes follow the mocked sign-in, and the `rate-limited`
 * scenario refuses sign-in requests and account writes as the server would.
 */
import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { accountExportSchema, accountSchema } from '#contract/account.ts';
import { ACCOUNT_WRITE_LIMIT, SCENARIO_HEADER, SIGN_IN_LIMITS } from '#contract/routes.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { setMockSignedIn } from './auth.ts';
import { handlers } from './index.ts';
import { setMockLatency } from './respond.ts';

function call(method: string, path: string, body?: unknown, scenario?: string) {
  return getResponse(
    handlers,
    new Request(`http://parcours.test${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(scenario ? { [SCENARIO_HEADER]: scenario } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  ) as Promise<Response>;
}

const PROFILE = { displayName: 'Ada', bio: 'Hi', affiliation: 'external', locale: 'en' };

beforeEach(() => setMockLatency(0));
afterEach(() => setMockSignedIn(null));

describe('the mocked account', () => {
  it('answers a rate-limited sign-in with 429 and the hour to wait', async () => {
    const response = await call(
      'POST',
      '/api/auth/sign-in',
      { email: 'ada@example.org', locale: 'fr' },
      'rate-limited',
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe(
      String(SIGN_IN_LIMITS.perAddress.windowSeconds),
    );
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('rate_limited');
    // Without the scenario, the same request is accepted.
    expect(
      (await call('POST', '/api/auth/sign-in', { email: 'ada@example.org', locale: 'fr' })).status,
    ).toBe(202);
  });

  it('changes the signed-in profile, exports it, and deletes it', async () => {
    expect((await call('PUT', '/api/me', PROFILE)).status).toBe(401);
    await call('POST', '/api/auth/verify', { token: 'A'.repeat(43) });
    const saved = await call('PUT', '/api/me', PROFILE);
    expect(accountSchema.parse(await saved.json())).toMatchObject(PROFILE);
    expect(await (await call('GET', '/api/me')).json()).toMatchObject(PROFILE);
    const refused = await call('PUT', '/api/me', { ...PROFILE, bio: 'x'.repeat(501) });
    expect(apiErrorSchema.parse(await refused.json()).error.field).toBe('bio');
    expect((await call('PUT', '/api/me', PROFILE, 'rate-limited')).status).toBe(429);

    const exported = accountExportSchema.parse(await (await call('GET', '/api/me/export')).json());
    expect(exported.account).toMatchObject(PROFILE);

    expect((await call('DELETE', '/api/me')).status).toBe(200);
    expect((await call('GET', '/api/me')).status).toBe(401);
  });
});

describe('the mocked account under a signed-in scenario', () => {
  it('keeps a profile change for the session, beside the person’s words too', async () => {
    const saved = await call('PUT', '/api/me', PROFILE, 'as-participant');
    expect(saved.status).toBe(200);
    expect(await (await call('GET', '/api/me', undefined, 'as-participant')).json()).toMatchObject(
      PROFILE,
    );
    const exported = accountExportSchema.parse(
      await (await call('GET', '/api/me/export', undefined, 'as-participant')).json(),
    );
    expect(exported.account).toMatchObject(PROFILE);
    expect(exported.contributions.length).toBeGreaterThan(0);
    // The mocked sign-in's own session is not signed in by a scenario's write.
    expect((await call('GET', '/api/me')).status).toBe(401);
  });

  it('signs the scenario out for good once the account is deleted', async () => {
    expect((await call('DELETE', '/api/me', undefined, 'as-participant')).status).toBe(200);
    expect((await call('GET', '/api/me', undefined, 'as-participant')).status).toBe(401);
  });

  it(`answers 429 with Retry-After past ${ACCOUNT_WRITE_LIMIT.limit} writes of an account`, async () => {
    for (let i = 0; i < ACCOUNT_WRITE_LIMIT.limit; i++) {
      // Refused for its body, yet counted, as on the server.
      expect((await call('PUT', '/api/me', { displayName: '' }, 'as-expert')).status).toBe(400);
    }
    const refused = await call('PUT', '/api/me', PROFILE, 'as-expert');
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('Retry-After'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(ACCOUNT_WRITE_LIMIT.windowSeconds);
    // Another account's allowance is its own.
    expect((await call('PUT', '/api/me', PROFILE, 'as-curator')).status).toBe(200);
  });
});
