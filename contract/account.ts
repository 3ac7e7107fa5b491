/**
 * Sign-in and the signed-in person's account (decisions 021 and 024): their schemas,
 * apart from schemas.ts so that the first load, which reads schemas.ts, carries none
 * of them (decision 026). Their constants and types stay importable from schemas.ts.
 */
import { z } from 'zod/mini';

import {
  affiliationSchema,
  BIO_MAX,
  DISPLAY_NAME_MAX,
  localeSchema,
  roleSchema,
  slugSchema,
} from './schemas.ts';

/** An e-mail address as people type it: trimmed and compared case-insensitively by the server. */
export const emailSchema = z.email().check(z.maxLength(254));

export const signInInputSchema = z.object({ email: emailSchema, locale: localeSchema });
export type SignInInput = z.infer<typeof signInInputSchema>;

/** The one answer to every well-formed sign-in request: it never says whether the address is known. */
export const signInAcceptedSchema = z.object({ status: z.literal('link_sent') });

/** A sign-in link's token: 32 random bytes in base64url (43 characters). */
export const signInTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
export const verifyInputSchema = z.object({ token: signInTokenSchema });

/** The signed-in person's own account: what /api/me answers. */
export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** Optional short bio, '' when none. */
  bio: z.string(),
  affiliation: z.nullable(affiliationSchema),
  /** The language mail and pages use for them. */
  locale: localeSchema,
  /** A curator blocked them: they read, but can no longer write. */
  blocked: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

/** What a person may change about themselves (`PUT /api/me`). Never the role or e-mail. */
export const profileInputSchema = z.object({
  displayName: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'a name others will see'),
      z.maxLength(DISPLAY_NAME_MAX, `at most ${DISPLAY_NAME_MAX} characters`),
    ),
  bio: z._default(z.string().check(z.maxLength(BIO_MAX, `at most ${BIO_MAX} characters`)), ''),
  affiliation: z._default(z.nullable(affiliationSchema), null),
  locale: localeSchema,
});
export type ProfileInput = z.input<typeof profileInputSchema>;

/**
 * Everything stored about a person, as `GET /api/me/export` downloads it: the
 * account, every contribution and report they wrote, their sessions (dates only).
 */
export const accountExportSchema = z.object({
  exportedAt: z.iso.datetime({ offset: true }),
  account: accountSchema,
  createdAt: z.iso.datetime({ offset: true }),
  contributions: z.array(
    z.object({
      id: z.string(),
      debate: slugSchema,
      parentId: z.nullable(z.string()),
      stance: z.nullable(z.enum(['for', 'neutral', 'against'])),
      body: z.string(),
      state: z.string(),
      createdAt: z.iso.datetime({ offset: true }),
    }),
  ),
  reports: z.array(
    z.object({
      contributionId: z.string(),
      reason: z.string(),
      note: z.string(),
      createdAt: z.iso.datetime({ offset: true }),
    }),
  ),
  sessions: z.array(
    z.object({
      createdAt: z.iso.datetime({ offset: true }),
      expiresAt: z.iso.datetime({ offset: true }),
      revokedAt: z.nullable(z.iso.datetime({ offset: true })),
    }),
  ),
});
export type AccountExport = z.infer<typeof accountExportSchema>;

export const accountDeletedSchema = z.object({ status: z.literal('deleted') });

export const signedOutSchema = z.object({ status: z.literal('signed_out') });
