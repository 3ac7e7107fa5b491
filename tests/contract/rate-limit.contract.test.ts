// @vitest-environment node
/**
 * A client over its write allowance gets the same refusal from every implementation:
 * 429 `rate_limited` in the contract's error shape, with Retry-After and no-store.
 * The server counts for real; the MSW handlers answer it in their `rate-limited`
 * scenario, for designers to preview.
 */
import { expect, it } from 'vitest';

import { SCENARIO_HEADER, WRITE_LIMIT } from '#contract/routes.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { describeEachTarget, mswTarget, type Target } from './targets.ts';

const write = (target: Target, client?: string, headers: Record<string, string> = {}) =>
  target.fetch(
    '/api/paths',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: '{"steps":[]}',
    },
    client,
  );

/** The answer to a write beyond the allowance of one client. */
async function refused(target: Target, client: string): Promise<Response> {
  if (target === mswTarget) return write(target, client, { [SCENARIO_HEADER]: 'rate-limited' });
  for (let i = 0; i < WRITE_LIMIT.limit; i++) {
    // Refused for its body, but counted: the allowance is for attempts.
    expect((await write(target, client)).status).toBe(400);
  }
  return write(target, client);
}

describeEachTarget('Rate limits contract', 'writes beyond the allowance', (target) => {
  it('answers 429 rate_limited, with Retry-After and no-store', async () => {
    const response = await refused(target, '198.51.100.7');
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const retryAfter = Number(response.headers.get('Retry-After'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WRITE_LIMIT.windowSeconds);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('rate_limited');
  });

  if (target !== mswTarget) {
    it('answers byte for byte what the MSW handlers answer', async () => {
      const [mock, real] = await Promise.all([
        refused(mswTarget, '198.51.100.8'),
        refused(target, '198.51.100.8'),
      ]);
      expect({ status: real.status, text: await real.text() }).toEqual({
        status: mock.status,
        text: await mock.text(),
      });
    });

    it('leaves reads and other clients alone', async () => {
      await refused(target, '198.51.100.9');
      expect((await target.fetch('/api/themes', undefined, '198.51.100.9')).status).toBe(200);
      expect((await write(target, '198.51.100.10')).status).toBe(400);
    });
  }
});
