/**
 * The world a flow (and each frame of the board) runs in, as the mocks read it: the
 * scenario, the visitor's language and path so far, a content patch checked against
 * the contract's schemas, and per-route API rules (decision 031).
 */
import { z } from 'zod/mini';

import { FRAME_ID_PATTERN } from '../../contract/preview-frame.ts';
import { type RouteName, routes } from '../../contract/routes.ts';
import {
  cardSchema,
  imageSchema,
  localeSchema,
  localizedSchema,
  personSummarySchema,
  slugSchema,
  storySummarySchema,
  themeSchema,
} from '../../contract/schemas.ts';
import { SCENARIOS } from '../scenarios.ts';

const ROUTE_NAMES = Object.keys(routes) as [RouteName, ...RouteName[]];
export const routeNameSchema = z.enum(ROUTE_NAMES);

/** One language or both: a patch may change only the French title. */
const localizedPatch = z.partial(localizedSchema);

/** A story's fields, each optional; people and related stories by slug, as the fixtures. */
export const storyPatchSchema = z.strictObject({
  title: z.optional(localizedPatch),
  summary: z.optional(localizedPatch),
  kind: z.optional(storySummarySchema.shape.kind),
  themes: z.optional(storySummarySchema.shape.themes),
  tile: z.optional(storySummarySchema.shape.tile),
  publishedAt: z.optional(storySummarySchema.shape.publishedAt),
  cover: z.optional(imageSchema),
  cards: z.optional(z.array(cardSchema).check(z.minLength(1))),
  people: z.optional(z.array(slugSchema)),
  related: z.optional(z.array(slugSchema)),
});

export const personPatchSchema = z.strictObject({
  name: z.optional(personSummarySchema.shape.name),
  role: z.optional(localizedPatch),
  bio: z.optional(localizedPatch),
  portrait: z.optional(imageSchema),
});

export const themePatchSchema = z.strictObject({
  name: z.optional(localizedPatch),
  intro: z.optional(localizedPatch),
  color: z.optional(themeSchema.shape.color),
});

/** Partial stories, people and themes, keyed by the slug they change. */
export const contentPatchSchema = z.strictObject({
  stories: z.optional(z.record(slugSchema, storyPatchSchema)),
  people: z.optional(z.record(slugSchema, personPatchSchema)),
  themes: z.optional(z.record(slugSchema, themePatchSchema)),
});
export type ContentPatch = z.infer<typeof contentPatchSchema>;

/** How many times a failing rule fires in a frame; absent, it always does. */
const times = z.optional(z.int().check(z.minimum(1), z.maximum(100)));

export const apiRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('delay'),
    route: routeNameSchema,
    ms: z.int().check(z.minimum(0), z.maximum(30_000)),
  }),
  z.strictObject({
    kind: z.literal('fail'),
    route: routeNameSchema,
    status: z.int().check(z.minimum(400), z.maximum(599)),
    times,
  }),
  z.strictObject({ kind: z.literal('network-error'), route: routeNameSchema, times }),
  /** A contract-breaking answer on purpose, to preview the client's handling of it. */
  z.strictObject({ kind: z.literal('break-contract'), route: routeNameSchema, times }),
]);
export type ApiRule = z.infer<typeof apiRuleSchema>;

/** The world a flow declares: everything optional, the demo content by default. */
export const worldSchema = z.strictObject({
  scenario: z.optional(z.enum(SCENARIOS)),
  locale: z.optional(localeSchema),
  /** Stories the visitor has already read, oldest first, before the flow starts. */
  path: z.optional(z.array(slugSchema).check(z.maxLength(20))),
  patch: z.optional(contentPatchSchema),
  rules: z.optional(z.array(apiRuleSchema).check(z.maxLength(20))),
});
export type World = z.infer<typeof worldSchema>;

/**
 * One frame's world as it travels (window name and request header): the world plus
 * the frame's id and its run, which a restart renews, so "fail once" counts per run.
 */
export const frameWorldSchema = z.strictObject({
  ...worldSchema.shape,
  v: z.literal(1),
  id: z.string().check(z.regex(FRAME_ID_PATTERN)),
  run: z.string().check(z.regex(/^[a-z0-9]{1,24}$/)),
});
export type FrameWorld = z.infer<typeof frameWorldSchema>;
