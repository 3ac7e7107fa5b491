/** Security headers on every answer: API, build files and the SPA shell alike. */
import type { MiddlewareHandler } from 'hono';

import { FILM_FRAME_ORIGINS } from '../../contract/debate-film.ts';

/**
 * Scripts only from this origin, never inline (the built index.html has none). Styles
 * allow 'unsafe-inline': framer-motion writes inline styles and, for popLayout and
 * layout animations, may inject a <style> element; a style cannot run code. Images
 * allow data: for the tiny blurred placeholders the API sends with each image. Frames
 * only from the film hosts' privacy-enhanced players (contract/debate-film.ts), which a
 * debate's film loads after the visitor's tap, and this origin's own pages, of which
 * only the studio's preview lets itself be framed (below); no other origin may be framed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  `frame-src 'self' ${FILM_FRAME_ORIGINS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // frame-ancestors for old browsers that ignore it.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * The studio's preview page (decision 035) is drawn in frames of the studio's own
 * editor page (an iPad in both orientations, a phone): it alone may be framed, and only
 * by this origin. It is an editor's page behind the sign-in like the rest of the studio.
 */
const FRAMED_BY_THIS_ORIGIN = /^\/studio\/[^/]+\/preview\/?$/;

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (FRAMED_BY_THIS_ORIGIN.test(c.req.path)) {
      c.res.headers.set(
        'Content-Security-Policy',
        CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
      );
      c.res.headers.set('X-Frame-Options', 'SAMEORIGIN');
    }
  };
}
