/**
 * Sign-in by e-mail link (docs/decisions/021): ask for a link, open it in the same
 * browser, get a session cookie; /api/me says who is signed in; sign-out revokes.
 */
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';

import { INVALID_SIGN_IN_LINK, NOT_SIGNED_IN } from '../../contract/failures.ts';
import { parseRouteBody } from '../../contract/request-input.ts';
import { routes, SIGN_IN_LIMITS } from '../../contract/routes.ts';
import { SIGN_IN_ACCEPTED, SIGNED_OUT } from '../../contract/schemas.ts';
import { currentAccount, SESSION_COOKIE } from '../auth/current.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import {
  accountFor,
  consumeSignInToken,
  createSession,
  revokeSession,
  SESSION_DAYS,
  storeSignInToken,
} from '../auth/store.ts';
import type { Database } from '../db/adapter.ts';
import { clientKey } from '../http/client-address.ts';
import { answerFailure } from '../http/errors.ts';
import { answerRateLimited, hit, rateLimit } from '../http/rate-limit.ts';
import type { AppEnv } from '../http/request-log.ts';
import type { Mailer } from '../mail/mailer.ts';
import { signInMail } from '../mail/sign-in-mail.ts';

export { SESSION_COOKIE };
/** The browser-binding nonce: a link only works in the browser that asked for it. */
export const BINDING_COOKIE = 'parcours_sign_in';
const BINDING_SECONDS = 15 * 60;

export interface AuthDeps {
  db: Database;
  mailer: Mailer;
  trustProxy: number;
  /** The site's address for links in mail (PUBLIC_URL); the request's origin without one. */
  publicUrl: string | undefined;
}

function cookieOptions(maxAge: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge,
    secure: process.env.NODE_ENV === 'production',
  };
}

function noStore(c: Context): void {
  c.header('Cache-Control', 'no-store');
}

export function authRoutes(
  app: Hono<AppEnv>,
  { db, mailer, trustProxy, publicUrl }: AuthDeps,
): void {
  app.post(
    routes.signIn.path,
    rateLimit({
      db,
      bucket: 'sign-in-client',
      ...SIGN_IN_LIMITS.perClient,
      key: clientKey(trustProxy),
    }),
    async (c) => {
      const parsed = parseRouteBody('signIn', await c.req.text());
      if (!parsed.ok) return answerFailure(c, parsed);
      const email = parsed.body.email.trim();
      const perAddress = await hit(
        db,
        { bucket: 'sign-in-address', ...SIGN_IN_LIMITS.perAddress },
        email.toLowerCase(),
      );
      if (!perAddress.allowed) return answerRateLimited(c, perAddress.retryAfter);

      // Known or not, the same work and the same answer: the reply reveals no account.
      const token = newSecret();
      const nonce = newSecret();
      const previous = getCookie(c, BINDING_COOKIE);
      await storeSignInToken(
        db,
        hashSecret(token),
        email,
        hashSecret(nonce),
        parsed.body.locale,
        previous ? hashSecret(previous) : undefined,
      );
      const base = publicUrl ? new URL(publicUrl).origin : new URL(c.req.url).origin;
      const link = `${base}/sign-in/verify?token=${token}`;
      await mailer.send(signInMail(email, link, parsed.body.locale));
      setCookie(c, BINDING_COOKIE, nonce, cookieOptions(BINDING_SECONDS));
      noStore(c);
      return c.json(routes.signIn.response.parse(SIGN_IN_ACCEPTED), 202);
    },
  );

  app.post(routes.verifySignIn.path, async (c) => {
    const parsed = parseRouteBody('verifySignIn', await c.req.text());
    if (!parsed.ok) return answerFailure(c, parsed);
    const nonce = getCookie(c, BINDING_COOKIE);
    if (!nonce) return answerFailure(c, INVALID_SIGN_IN_LINK);
    const spent = await consumeSignInToken(db, hashSecret(parsed.body.token), hashSecret(nonce));
    if (spent === undefined) return answerFailure(c, INVALID_SIGN_IN_LINK);

    const account = await accountFor(db, spent.email, spent.locale);
    // Rotation: whatever session this browser had ends here, so an id planted before
    // sign-in (session fixation) is worth nothing after it.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await revokeSession(db, hashSecret(previous));
    const sessionId = newSecret();
    await createSession(db, hashSecret(sessionId), account.id);
    setCookie(c, SESSION_COOKIE, sessionId, cookieOptions(SESSION_DAYS * 24 * 3600));
    deleteCookie(c, BINDING_COOKIE, { path: '/' });
    noStore(c);
    return c.json(routes.verifySignIn.response.parse(account), 200);
  });

  app.get(routes.getMe.path, async (c) => {
    noStore(c);
    const account = await currentAccount(c, db);
    if (!account) return answerFailure(c, NOT_SIGNED_IN);
    return c.json(routes.getMe.response.parse(account), 200);
  });

  app.post(routes.signOut.path, async (c) => {
    const sessionId = getCookie(c, SESSION_COOKIE);
    if (sessionId) await revokeSession(db, hashSecret(sessionId));
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: process.env.NODE_ENV === 'production' });
    noStore(c);
    return c.json(routes.signOut.response.parse(SIGNED_OUT), 200);
  });
}
