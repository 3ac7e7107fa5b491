/**
 * The stored form of the visitor's path (see visitor-path.ts): a versioned value in
 * localStorage, validated on every read. Anything unreadable or from an unknown
 * version is reset, and the reset is reported so the UI can say so once.
 */
import { z } from 'zod/mini';

import { imageSchema, localizedSchema, PATH_MAX_STEPS, slugSchema } from '#contract/schemas.ts';

import { frameStorageKey } from './mock-frame.ts';

export const PATH_STORAGE_KEY = 'parcours.path';
/**
 * The key the path is stored under: a flow board's frame keeps its own (decision 031).
 * Compared in place so production builds keep the bare key and drop the frame code.
 */
export function pathStorageKey(): string {
  return import.meta.env.VITE_MOCK_API ? frameStorageKey(PATH_STORAGE_KEY) : PATH_STORAGE_KEY;
}

/** The store that came before paths; read once and dropped. */
const LEGACY_KEY = 'parcours.visited';

const isoSchema = z.iso.datetime({ offset: true });

/** What a step shows without asking the API: enough to draw it offline. */
const snapshotSchema = z.object({
  title: localizedSchema,
  /** The cover, without its inline placeholder, to keep the stored value small. */
  image: z.optional(imageSchema),
  color: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/i))),
  /** A story's themes, which place it on the path map. */
  themes: z.optional(z.array(slugSchema).check(z.maxLength(20))),
});
export type StepSnapshot = z.infer<typeof snapshotSchema>;

const storyStepSchema = z.object({
  kind: z.literal('story'),
  slug: slugSchema,
  /** Highest card reached (1-based); the end card counts as all of them. */
  cardsSeen: z.int().check(z.minimum(0), z.maximum(500)),
  /** Card the visitor last looked at (1-based), where "resume" reopens. */
  lastCard: z.int().check(z.minimum(1), z.maximum(501)),
  cardCount: z.int().check(z.minimum(1), z.maximum(500)),
  firstAt: isoSchema,
  lastAt: isoSchema,
  snapshot: snapshotSchema,
});

/** Person and theme pages, and In Movement's debates (titled by their question). */
const detourStepSchema = z.object({
  kind: z.enum(['person', 'theme', 'debate']),
  slug: slugSchema,
  firstAt: isoSchema,
  lastAt: isoSchema,
  snapshot: snapshotSchema,
});

const stepSchema = z.union([storyStepSchema, detourStepSchema]);
export type StoryStep = z.infer<typeof storyStepSchema>;
export type PathStep = z.infer<typeof stepSchema>;

const storedSchema = z.object({
  v: z.literal(2),
  steps: z.array(stepSchema).check(z.maxLength(PATH_MAX_STEPS)),
});

export interface PathState {
  steps: readonly PathStep[];
  /** True when a stored path could not be read this session and was reset. */
  wasReset: boolean;
}

function removeKey(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing to remove.
  }
}

export function loadPath(): PathState {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(pathStorageKey());
  } catch {
    // Storage disabled (privacy mode): the path lives for this page only.
    return { steps: [], wasReset: false };
  }
  removeKey(LEGACY_KEY);
  if (raw === null) return { steps: [], wasReset: false };
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { steps: parsed.data.steps, wasReset: false };
  } catch {
    // Not JSON: reset below.
  }
  removeKey(pathStorageKey());
  return { steps: [], wasReset: true };
}

/** Writes the steps; in memory only when storage refuses (quota, privacy mode). */
export function savePath(steps: readonly PathStep[]): void {
  try {
    window.localStorage.setItem(pathStorageKey(), JSON.stringify({ v: 2, steps }));
  } catch {
    // Quota or privacy mode: kept in memory for this page.
  }
}
