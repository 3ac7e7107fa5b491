/**
 * The signed-in person's own account (decision 024): change the profile, download
 * everything stored about them, delete it. Never cached; writes pass the Origin check
 * (same-origin.ts) and the account's write allowance (requireWriter).
 */
import type { Context, Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';

import { NOT_SIGNED_IN } from '../../contract/failures.ts';
import { parseRouteBody } from '../../contract/request-input.ts';
import { routes } from '../../contract/routes.ts';
import { ACCOUNT_DELETED } from '../../contract/schemas.ts';
import {
  currentAccount,
  requireWriter,
  SESSION_COOKIE,
  type WriterCheck,
} from '../auth/current.ts';
import type { Database } from '../db/adapter.ts';
import { answerFailure } from '../http/errors.ts';
import { answerRateLimited } from '../http/rate-limit.ts';
import type { AppEnv } from '../http/request-log.ts';
import { deleteAccount, exportAccount, updateProfile } from '../queries/account.ts';
import { BINDING_COOKIE } from './auth.ts';

function refuse(c: Context, check: Exclude<WriterCheck, { ok: true }>): Response {
  if (check.retryAfter !== undefined) return answerRateLimited(c, check.retryAfter);
  return answerFailure(c, check);
}

export function accountRoutes(app: Hono<AppEnv>, { db }: { db: Database }): void {
  app.put(routes.updateProfile.path, async (c) => {
    c.header('Cache-Control', 'no-store');
    // A blocked account keeps its name: the name others saw beside what got it blocked.
    const writer = await requireWriter(c, db);
    if (!writer.ok) return refuse(c, writer);
    const parsed = parseRouteBody('updateProfile', await c.req.text());
    if (!parsed.ok) return answerFailure(c, parsed);
    const account = await updateProfile(db, writer.account.id, parsed.body);
    if (!account) return answerFailure(c, NOT_SIGNED_IN);
    return c.json(routes.updateProfile.response.parse(account), 200);
  });

  app.get(routes.exportAccount.path, async (c) => {
    c.header('Cache-Control', 'no-store');
    // Blocked or not, a person may read what is stored about them.
    const account = await currentAccount(c, db);
    if (!account) return answerFailure(c, NOT_SIGNED_IN);
    const stored = await exportAccount(db, account);
    if (!stored) return answerFailure(c, NOT_SIGNED_IN);
    const body = { exportedAt: new Date().toISOString(), ...stored };
    c.header('Content-Disposition', 'attachment; filename="parcours-account.json"');
    return c.json(routes.exportAccount.response.parse(body), 200);
  });

  app.delete(routes.deleteAccount.path, async (c) => {
    c.header('Cache-Control', 'no-store');
    // Blocked or not, a person may leave and take their data with them.
    const writer = await requireWriter(c, db, undefined, { evenIfBlocked: true });
    if (!writer.ok) return refuse(c, writer);
    await deleteAccount(db, writer.account.id);
    const secure = process.env.NODE_ENV === 'production';
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
    deleteCookie(c, BINDING_COOKIE, { path: '/', secure });
    return c.json(routes.deleteAccount.response.parse(ACCOUNT_DELETED), 200);
  });
}
