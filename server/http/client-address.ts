/**
 * Who a request comes from, for per-client limits. The client is the address of
 * the socket the request arrived on: a header is text any client can write, so an
 * X-Forwarded-For is read only when the operator says how many proxies of theirs
 * stand in front (TRUST_PROXY), and then only the entry the nearest of those
 * proxies appended: whatever a client puts further left buys it nothing.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

import type { Context } from 'hono';

/** The key of a request whose socket is gone (or that never had one: `app.request()`). */
export const UNKNOWN_CLIENT = 'unknown';

/** A setting the server cannot start with; its message is all the operator needs. */
export class ConfigError extends Error {}

/** TRUST_PROXY: the number of proxies (load balancers, CDNs) in front of the server; 0 when unset. */
export function parseTrustProxy(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  if (!/^\d{1,2}$/.test(value.trim())) {
    throw new ConfigError(
      `TRUST_PROXY must be the number of proxies in front of the server (0 to 99), not "${value}".`,
    );
  }
  return Number(value.trim());
}

function socketAddress(c: Context): string | undefined {
  // @hono/node-server's bindings; absent under app.request() and other runtimes.
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/** The 8 groups of an IPv6 address, as numbers; undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address;
  const tail: number[] = [];
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    const prefix = text.slice(0, v4.index);
    text = prefix.endsWith('::') ? prefix : prefix.slice(0, -1);
  }
  const [head = '', rest] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const groups = [...left, ...right, ...tail].length;
  const fill = rest === undefined ? [] : new Array<number>(8 - groups).fill(0);
  return [...left, ...fill, ...right, ...tail].slice(0, 8);
}

/**
 * One client, one key. IPv4 addresses (IPv4-mapped IPv6 ones included) as they are;
 * IPv6 addresses by their /64 network, since a single host commonly holds a whole
 * /64 and could otherwise draw a fresh allowance with every address of it.
 */
export function clientKeyOf(address: string): string {
  const plain = address.trim().replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  const groups = ipv6Groups(plain);
  if (groups)
    return `${groups
      .slice(0, 4)
      .map((g) => g.toString(16))
      .join(':')}::/64`;
  // Not an address (a proxy passing garbage on): still one key, of bounded length.
  return plain.slice(0, 64) || UNKNOWN_CLIENT;
}

/**
 * The client's address: the socket's, or with `trustProxy` proxies in front, the
 * address the outermost of them saw, read from the right of X-Forwarded-For. When
 * the header has fewer entries than proxies, the leftmost entry is the client.
 */
export function clientAddress(c: Context, trustProxy: number): string | undefined {
  const socket = socketAddress(c);
  if (trustProxy === 0 || socket === undefined) return socket;
  const forwarded = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the socket is the nearest proxy, then each entry leftwards.
  const hops = [socket, ...forwarded.reverse()];
  return hops[Math.min(trustProxy, hops.length - 1)];
}

/** The rate-limit key of a request's client (UNKNOWN_CLIENT, shared, when it has no socket). */
export function clientKey(trustProxy: number): (c: Context) => string {
  return (c) => {
    const address = clientAddress(c, trustProxy);
    return address === undefined ? UNKNOWN_CLIENT : clientKeyOf(address);
  };
}
