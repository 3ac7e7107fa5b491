/**
 * A debate as lists and shared paths show it, and the people and counts it carries.
 * Apart from in-movement.ts, which re-exports it, because a visitor's shared path
 * carries debate summaries (path-schemas.ts): the first load then holds these few
 * schemas and none of the platform's others (decision 026).
 */
import { z } from 'zod/mini';

import { affiliationSchema, imageSchema, roleSchema, slugSchema } from './schemas.ts';

export const DEBATE_STATES = ['open', 'closed'] as const;
export const debateStateSchema = z.enum(DEBATE_STATES);

/** Someone as others see them: never their e-mail. */
export const publicPersonSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** Experts are internal to the group or external; null for others who did not say. */
  affiliation: z.nullable(affiliationSchema),
  bio: z.string(),
});
export type PublicPerson = z.infer<typeof publicPersonSchema>;

/** A contribution's author; null once they deleted their account ("deleted account"). */
export const authorSchema = z.nullable(publicPersonSchema);

/** How many contributions (top-level, visible) take each stance. */
export const balanceSchema = z.object({
  for: z.int().check(z.minimum(0)),
  neutral: z.int().check(z.minimum(0)),
  against: z.int().check(z.minimum(0)),
});
export type Balance = z.infer<typeof balanceSchema>;

export const debateSummarySchema = z.object({
  slug: slugSchema,
  /** Each debate is held in one language. */
  lang: z.enum(['fr', 'en']),
  question: z.string().check(z.minLength(1), z.maxLength(300)),
  /** An In Movement theme's slug (listDebateThemes). */
  theme: slugSchema,
  expert: authorSchema,
  state: debateStateSchema,
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  pinned: z.boolean(),
  featured: z.boolean(),
  cover: imageSchema,
  balance: balanceSchema,
  /** Visible contributions, replies included. */
  contributionCount: z.int().check(z.minimum(0)),
});
export type DebateSummary = z.infer<typeof debateSummarySchema>;
