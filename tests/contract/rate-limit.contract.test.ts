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

/**
 * Waits out the current window when it ends within 15 s. Windows are slices of the
 * epoch (server/http/rate-limit.ts), so writes that straddle an end start a new count:
 * a CI run at 04:29:59 got 400 for the write that should have been refused.
 */
async function clearOfWindowEnd(): Promise<void> {
  const windowMs = WRITE_LIMIT.windowSeconds * 1000;
  const untilEnd = windowMs - (Date.now() % windowMs);
  if (untilEnd < 15_000) await new Promise((resolve) => setTimeout(resolve, untilEnd + 250));
}

/** The answer to a write beyond the allowance of one client. */
async function refused(target: Target, client: string): Promise<Response> {
  if (target === mswTarget) return write(target, client, { [SCENARIO_HEADER]: 'rate-limited' });
  await clearOfWindowEnd();
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
  }, 40_000); // Room to wait out a window's end (clearOfWindowEnd).

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
    }, 40_000);

    it('leaves reads and other clients alone', async () => {
      await refused(target, '198.51.100.9');
      expect((await target.fetch('/api/themes', undefined, '198.51.100.9')).status).toBe(200);
      expect((await write(target, '198.51.100.10')).status).toBe(400);
    }, 40_000);
  }
});
