/**
 * The In Movement platform's payloads (issue 11, docs/decisions/022): debates with
 * their experts, contributions with stances and one level of replies, reports and
 * moderation, curated items. Built on the story contract's images, themes and lists.
 *
 * All text people write is plain text: the API never carries HTML, and bounds here
 * are the only length rules (the server stores, the client shows, byte for byte).
 */
import { z } from 'zod/mini';

import { debateFilmSchema } from './debate-film.ts';
import { authorSchema, debateStateSchema, debateSummarySchema } from './debate-summary.ts';
import { listOf, slugSchema, themeSchema } from './schemas.ts';

// A debate's summary travels in shared paths too, so it lives apart (debate-summary.ts).
export {
  authorSchema,
  type Balance,
  balanceSchema,
  DEBATE_STATES,
  debateStateSchema,
  type DebateSummary,
  debateSummarySchema,
  type PublicPerson,
  publicPersonSchema,
} from './debate-summary.ts';

/** Debate and contribution text bounds, shown while typing. */
export const CONTRIBUTION_MAX = 4000;
export const REPORT_NOTE_MAX = 500;
export const MODERATION_REASON_MAX = 500;
export const CONCLUSION_MAX = 4000;
export const COMMENTARY_MAX = 2000;
export const CURATED_TITLE_MAX = 200;
/** Distinct reporters past which a contribution is hidden pending review (demo: 3). */
export const REPORT_THRESHOLD_DEFAULT = 3;

export const STANCES = ['for', 'neutral', 'against'] as const;
export const stanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof stanceSchema>;

export const SIGNAL_KINDS = ['trend', 'weak-signal', 'data', 'opinion'] as const;
export const signalKindSchema = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof signalKindSchema>;

export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'other'] as const;
export const reportReasonSchema = z.enum(REPORT_REASONS);
export type ReportReason = z.infer<typeof reportReasonSchema>;

// A debate's film and its hosts live in debate-film.ts (the CSP reads them too).
export { type DebateFilm, debateFilmSchema } from './debate-film.ts';

export const debateSchema = z.extend(debateSummarySchema, {
  /** The expert's framing text. */
  framing: z.string(),
  /** Written when the debate closes; shown first on a closed debate. */
  conclusion: z.nullable(z.string()),
  film: z.nullable(debateFilmSchema),
});
export type Debate = z.infer<typeof debateSchema>;

export const debateListSchema = listOf(debateSummarySchema);
export const debateThemeListSchema = z.object({ items: z.array(themeSchema) });

export const debateListQuerySchema = z.object({
  theme: z.optional(slugSchema),
  state: z.optional(debateStateSchema),
  cursor: z.optional(z.string().check(z.maxLength(200), z.regex(/^[A-Za-z0-9_-]+$/))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 60),
});

/** visible; pending: hidden after reports, awaiting a curator; removed: hidden by a curator. */
export const CONTRIBUTION_STATES = ['visible', 'pending', 'removed'] as const;
export const contributionStateSchema = z.enum(CONTRIBUTION_STATES);

/** Whose words stand out: the debate's expert, a curator, or nobody in particular. */
export const voiceSchema = z.enum(['expert', 'curator', 'participant']);

const contributionBase = {
  id: z.string(),
  debate: slugSchema,
  author: authorSchema,
  voice: voiceSchema,
  /** Empty unless visible (curators read hidden text in the moderation queue). */
  body: z.string().check(z.maxLength(CONTRIBUTION_MAX)),
  state: contributionStateSchema,
  /** The public reason a curator gave when removing it. */
  removedReason: z.nullable(z.string()),
  createdAt: z.iso.datetime({ offset: true }),
  /** Whether the signed-in reader already reported it (false when signed out). */
  reportedByMe: z.boolean(),
};

export const replySchema = z.object({ ...contributionBase, parentId: z.string() });
export type Reply = z.infer<typeof replySchema>;

/** A top-level contribution, with its replies (one level deep), oldest first. */
export const contributionSchema = z.object({
  ...contributionBase,
  stance: stanceSchema,
  replies: z.array(replySchema),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const contributionListSchema = listOf(contributionSchema);
export const contributionListQuerySchema = z.object({
  sort: z._default(z.enum(['recent', 'replies']), 'recent'),
  cursor: z.optional(z.string().check(z.maxLength(200), z.regex(/^[A-Za-z0-9_-]+$/))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 20),
});

/** Chosen by the client once per draft; the same key twice creates one contribution. */
export const idempotencyKeySchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, 'a random key of 16–64 characters'));

const contributionText = z.string().check(
  z.refine((text) => text.trim().length > 0, 'write something first'),
  z.maxLength(CONTRIBUTION_MAX, `at most ${CONTRIBUTION_MAX} characters`),
);

/** A top-level contribution takes a stance; a reply (parentId) takes none. */
export const contributionInputSchema = z.union([
  z.object({ idempotencyKey: idempotencyKeySchema, body: contributionText, stance: stanceSchema }),
  z.object({ idempotencyKey: idempotencyKeySchema, body: contributionText, parentId: z.string() }),
]);
export type ContributionInput = z.infer<typeof contributionInputSchema>;

/** The created contribution or reply (top-level ones with empty replies). */
export const contributionCreatedSchema = z.union([contributionSchema, replySchema]);

export const reportInputSchema = z.object({
  reason: reportReasonSchema,
  note: z.optional(z.string().check(z.maxLength(REPORT_NOTE_MAX))),
});
export const reportAcceptedSchema = z.object({
  status: z.literal('reported'),
  /** Whether this report hid the contribution pending review. */
  hidden: z.boolean(),
});

/** A hidden or reported contribution as curators review it, text included. */
export const moderationItemSchema = z.object({
  contribution: z.object({
    ...contributionBase,
    /** The text, even when hidden. */
    body: z.string(),
    parentId: z.nullable(z.string()),
    stance: z.nullable(stanceSchema),
  }),
  debate: z.object({ slug: slugSchema, question: z.string() }),
  reports: z.array(
    z.object({
      reason: reportReasonSchema,
      note: z.string(),
      createdAt: z.iso.datetime({ offset: true }),
    }),
  ),
});
export type ModerationItem = z.infer<typeof moderationItemSchema>;
export const moderationQueueSchema = listOf(moderationItemSchema);

export const MODERATION_ACTIONS = ['restore', 'remove', 'block-author'] as const;
export const moderationActionSchema = z.enum(MODERATION_ACTIONS);

/** `reason` is public (it appears in the log): required to remove or block. */
export const moderationInputSchema = z.object({
  action: moderationActionSchema,
  reason: z._default(z.string().check(z.maxLength(MODERATION_REASON_MAX)), ''),
});

/** One line of the append-only public log: display names only, never e-mails. */
export const moderationLogEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  action: z.enum([
    'restore',
    'remove',
    'block-author',
    'auto-hide',
    'pin',
    'unpin',
    'feature',
    'unfeature',
    'close',
    'archive',
  ]),
  /** The curator's display name; null for the automatic hide past the threshold. */
  actor: z.nullable(z.string()),
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('contribution'), id: z.string(), debate: slugSchema }),
    z.object({ kind: z.literal('debate'), slug: slugSchema }),
    z.object({ kind: z.literal('curated'), id: z.string() }),
  ]),
  reason: z.string(),
});
export type ModerationLogEntry = z.infer<typeof moderationLogEntrySchema>;
export const moderationLogSchema = listOf(moderationLogEntrySchema);

export const pageQuerySchema = z.object({
  cursor: z.optional(z.string().check(z.maxLength(200), z.regex(/^[A-Za-z0-9_-]+$/))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 30),
});

/**
 * A curator's change to a debate: pin, feature, close (with its conclusion) or
 * archive. Closing a closed debate or touching an archived one is a 409.
 */
export const debateCurationInputSchema = z.object({
  pinned: z.optional(z.boolean()),
  featured: z.optional(z.boolean()),
  close: z.optional(
    z.object({ conclusion: z.string().check(z.minLength(1), z.maxLength(CONCLUSION_MAX)) }),
  ),
  archived: z.optional(z.literal(true)),
});

/** A link preview built on the server from what the curator typed: no third-party fetch. */
export const linkPreviewSchema = z.object({
  host: z.string(),
  /** The host's first letter, drawn on the theme's colour in place of a foreign image. */
  initial: z.string(),
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
});

export const curatedItemSchema = z.object({
  id: z.string(),
  url: z.url({ protocol: /^https?$/ }),
  title: z.string(),
  commentary: z.string(),
  theme: slugSchema,
  signal: signalKindSchema,
  /** Debates it feeds. */
  debates: z.array(slugSchema),
  curator: authorSchema,
  publishedAt: z.iso.datetime({ offset: true }),
  pinned: z.boolean(),
  featured: z.boolean(),
  preview: linkPreviewSchema,
});
export type CuratedItem = z.infer<typeof curatedItemSchema>;
export const curatedListSchema = listOf(curatedItemSchema);
export const curatedListQuerySchema = z.extend(pageQuerySchema, {
  theme: z.optional(slugSchema),
  debate: z.optional(slugSchema),
});

export const curatedInputSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2000)),
  title: z.string().check(z.minLength(1), z.maxLength(CURATED_TITLE_MAX)),
  commentary: z.string().check(z.minLength(1), z.maxLength(COMMENTARY_MAX)),
  theme: slugSchema,
  signal: signalKindSchema,
  debates: z._default(z.array(slugSchema).check(z.maxLength(10)), []),
});

export const curatedCurationInputSchema = z.object({
  pinned: z.optional(z.boolean()),
  featured: z.optional(z.boolean()),
  archived: z.optional(z.literal(true)),
});
