/**
 * When a response must end its connection. Node keeps a connection alive unless a
 * response says `Connection: close`, and two cases must not be kept:
 *
 * - a request whose body was not read (an early 413, 415, 405 or 404): the unread
 *   bytes would be parsed as the next request on that socket;
 * - any response while the server drains: the client must not send another request
 *   on a connection that is about to be closed.
 */
import type { Context, MiddlewareHandler } from 'hono';

/** Methods that carry no body (and change nothing): GET, HEAD, OPTIONS. */
export const BODYLESS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request carries a body. Off the wire, HTTP/1.1's headers say (a length
 * other than 0, or a transfer coding): Node's adapter hands every POST a body
 * stream, empty or not, so the stream cannot tell. A Request built in code
 * (`app.request()`, another runtime) has a body exactly when its stream exists.
 */
export function mayHaveBody(c: Context): boolean {
  if (BODYLESS.has(c.req.method)) return false;
  const declared = c.req.header('Content-Length');
  if (declared !== undefined) return declared.trim() !== '0';
  if (c.req.header('Transfer-Encoding') !== undefined) return true;
  const fromNode = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  return !fromNode && c.req.raw.body !== null;
}

export function closeWhenNeeded(isDraining: () => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isDraining()) {
      c.header('Connection', 'close');
      return;
    }
    // A body read to its end by a route leaves the connection usable; one refused
    // before reading it, or part way through (413), does not.
    if (mayHaveBody(c) && (c.res.status === 413 || !c.req.raw.bodyUsed))
      c.header('Connection', 'close');
  };
}
