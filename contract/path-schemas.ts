/**
 * A visitor's path as the API takes and gives it: steps through stories, people,
 * themes and In Movement's debates. Apart from schemas.ts because a debate step carries
 * the debate's summary (debate-summary.ts), which itself builds on schemas.ts: here
 * both are imported without a cycle.
 */
import { z } from 'zod/mini';

import { debateSummarySchema } from './debate-summary.ts';
import {
  PATH_MAX_CARDS,
  PATH_MAX_STEPS,
  pathIdSchema,
  personSummarySchema,
  slugSchema,
  storySummarySchema,
  themeSchema,
} from './schemas.ts';

/**
 * One step as a visitor shares it. Story steps say how far the visitor went
 * (`cardsSeen` of the story's cards, 0 when only opened); person and theme steps are
 * the detours taken from a card; debate steps are In Movement's debates they opened.
 * Times are not shared: they are nobody else's business.
 */
export const pathStepInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('story'),
    slug: slugSchema,
    cardsSeen: z.int().check(z.minimum(0), z.maximum(PATH_MAX_CARDS)),
  }),
  z.object({ kind: z.literal('person'), slug: slugSchema }),
  z.object({ kind: z.literal('theme'), slug: slugSchema }),
  z.object({ kind: z.literal('debate'), slug: slugSchema }),
]);
export type PathStepInput = z.infer<typeof pathStepInputSchema>;

/** Body of `POST /api/paths`. Every step must name something that exists. */
export const pathInputSchema = z.object({
  steps: z.array(pathStepInputSchema).check(z.minLength(1), z.maxLength(PATH_MAX_STEPS)),
});
export type PathInput = z.infer<typeof pathInputSchema>;

/**
 * A shared path as anyone reads it: each step carries what a page needs to draw it.
 * Steps whose story, person or theme was unpublished since, or whose debate was
 * archived, are left out.
 */
export const sharedPathStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('story'),
    slug: slugSchema,
    cardsSeen: z.int().check(z.minimum(0), z.maximum(PATH_MAX_CARDS)),
    story: storySummarySchema,
  }),
  z.object({ kind: z.literal('person'), slug: slugSchema, person: personSummarySchema }),
  z.object({ kind: z.literal('theme'), slug: slugSchema, theme: themeSchema }),
  z.object({ kind: z.literal('debate'), slug: slugSchema, debate: debateSummarySchema }),
]);
export type SharedPathStep = z.infer<typeof sharedPathStepSchema>;

export const sharedPathSchema = z.object({
  id: pathIdSchema,
  /** ISO date-time the path was shared. */
  createdAt: z.iso.datetime({ offset: true }),
  steps: z.array(sharedPathStepSchema),
});
export type SharedPath = z.infer<typeof sharedPathSchema>;
