// @vitest-environment node
/** Telling clients apart: by socket, by the trusted proxies' X-Forwarded-For, by IPv6 /64. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';

import { clientKey, clientKeyOf, parseTrustProxy, UNKNOWN_CLIENT } from './client-address.ts';

async function keyOf(
  trustProxy: number,
  remoteAddress: string | undefined,
  forwardedFor?: string,
): Promise<string> {
  const key = clientKey(trustProxy);
  const app = new Hono().get('/', (c) => c.text(key(c)));
  const env = remoteAddress === undefined ? undefined : { incoming: { socket: { remoteAddress } } };
  const headers: Record<string, string> = forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {};
  return (await app.request('/', { headers }, env)).text();
}

describe('client keys', () => {
  it('are the socket address when no proxy is trusted, whatever X-Forwarded-For says', async () => {
    expect(await keyOf(0, '203.0.113.5')).toBe('203.0.113.5');
    expect(await keyOf(0, '203.0.113.5', '198.51.100.1')).toBe('203.0.113.5');
    expect(await keyOf(0, '203.0.113.5', '198.51.100.1, 198.51.100.2')).toBe('203.0.113.5');
  });

  it('are what the nearest trusted proxies saw, never what the client wrote', async () => {
    // One load balancer (10.0.0.2) appended the address it saw to the client's header.
    expect(await keyOf(1, '10.0.0.2', '203.0.113.9')).toBe('203.0.113.9');
    expect(await keyOf(1, '10.0.0.2', 'spoofed, 203.0.113.9')).toBe('203.0.113.9');
    // A CDN, then the load balancer.
    expect(await keyOf(2, '10.0.0.2', 'spoofed, 203.0.113.9, 192.0.2.44')).toBe('203.0.113.9');
    // Fewer entries than proxies: the farthest address known.
    expect(await keyOf(2, '10.0.0.2', '203.0.113.9')).toBe('203.0.113.9');
    expect(await keyOf(1, '10.0.0.2')).toBe('10.0.0.2');
  });

  it('are shared by requests without a socket (fail closed)', async () => {
    expect(await keyOf(0, undefined)).toBe(UNKNOWN_CLIENT);
    expect(await keyOf(1, undefined, '203.0.113.9')).toBe(UNKNOWN_CLIENT);
  });

  it('take an IPv6 client by its /64, and IPv4-mapped addresses as IPv4', () => {
    expect(clientKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(clientKeyOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKeyOf('1:2:3:4:5:6:1.2.3.4')).toBe('1:2:3:4::/64');
    expect(clientKeyOf('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(clientKeyOf('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(clientKeyOf('203.0.113.5')).toBe('203.0.113.5');
    expect(clientKeyOf(`not-an-address-${'x'.repeat(100)}`)).toHaveLength(64);
  });
});

describe('TRUST_PROXY', () => {
  it('is a number of proxies, 0 when unset', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy('')).toBe(0);
    expect(parseTrustProxy('2')).toBe(2);
  });

  it('refuses anything else with a sentence naming it', () => {
    for (const value of ['true', '-1', '1.5', '10.0.0.1', '100']) {
      expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY must be the number of proxies/);
    }
  });
});
