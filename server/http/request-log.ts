/** Structured logs: one JSON line per request, and one per error with its stack. */
import { randomUUID } from 'node:crypto';

import type { MiddlewareHandler } from 'hono';

export type LogEntry = { level: 'info' | 'warn' | 'error'; msg: string } & Record<string, unknown>;
export type Log = (entry: LogEntry) => void;

export const jsonLog: Log = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

export const silentLog: Log = () => {};

export type RequestVariables = { requestId: string };

/** The Hono environment of every route: what the middlewares put in the context. */
export type AppEnv = { Variables: RequestVariables };

/** A request id from the load balancer is kept, so one id follows a request end to end. */
const INCOMING_ID = /^[\w.:-]{1,100}$/;

export function requestLog(log: Log): MiddlewareHandler<{ Variables: RequestVariables }> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('X-Request-Id');
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const status = c.res.status;
    log({
      level: status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      bytes: Number(c.res.headers.get('Content-Length') ?? 0) || undefined,
      encoding: c.res.headers.get('Content-Encoding') ?? undefined,
    });
  };
}
