/**
 * The visitor's own path: every story, person and theme they opened, in the order
 * they first reached it, kept in localStorage so it survives reloads and works
 * offline. This is the app's one client-side store: it is neither server state
 * (nothing is sent until the visitor shares) nor navigation state (it outlives URLs).
 *
 * The stored value is versioned and validated. Anything unreadable or from an
 * unknown version is reset, and the reset is reported once so the UI can say so.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import {
  imageSchema,
  localizedSchema,
  PATH_MAX_STEPS,
  slugSchema,
  type Image,
  type Localized,
  type PathStepInput,
} from '#contract/schemas.ts';

const KEY = 'parcours.path';
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

const detourStepSchema = z.object({
  kind: z.enum(['person', 'theme']),
  slug: slugSchema,
  firstAt: isoSchema,
  lastAt: isoSchema,
  snapshot: snapshotSchema,
});

const stepSchema = z.union([storyStepSchema, detourStepSchema]);
export type StoryStep = z.infer<typeof storyStepSchema>;
export type DetourStep = z.infer<typeof detourStepSchema>;
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

let state: PathState | null = null;
const listeners = new Set<() => void>();

function removeKey(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing to remove.
  }
}

function load(): PathState {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
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
  removeKey(KEY);
  return { steps: [], wasReset: true };
}

function current(): PathState {
  state ??= load();
  return state;
}

function commit(steps: readonly PathStep[], wasReset = current().wasReset): void {
  state = { steps, wasReset };
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ v: 2, steps }));
  } catch {
    // Quota or privacy mode: kept in memory for this page.
  }
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  // Another tab changed the path: read it again.
  if (event.key !== KEY && event.key !== null) return;
  state = { ...load(), wasReset: false };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

export function usePath(): PathState {
  return useSyncExternalStore(subscribe, current, current);
}

export function readPath(): PathState {
  return current();
}

const now = () => new Date().toISOString();

function snapshotImage(image: Image | undefined): Pick<StepSnapshot, 'image'> {
  if (!image) return {};
  const { placeholder: _dropped, ...rest } = image;
  return { image: rest };
}

function upsert(
  kind: PathStep['kind'],
  slug: string,
  update: (existing: PathStep | undefined) => PathStep,
): void {
  const steps = current().steps;
  const index = steps.findIndex((s) => s.kind === kind && s.slug === slug);
  const existing = index === -1 ? undefined : steps[index];
  const next = update(existing);
  // Nothing new (the same card shown again): no write, no re-render of the path's views.
  if (next === existing) return;
  if (index === -1) {
    // Full: the oldest step makes room, as a trail fades behind a walker.
    commit([...steps, next].slice(-PATH_MAX_STEPS));
  } else {
    commit(steps.map((s, i) => (i === index ? next : s)));
  }
}

/** A story was shown at `card` (1-based; `cardCount + 1` is the end card). */
export function recordStoryVisit(
  story: { slug: string; title: Localized; cover: Image; cardCount: number; themes: string[] },
  card: number,
): void {
  const at = now();
  const cardCount = Math.max(1, story.cardCount);
  const seen = Math.min(card, cardCount);
  upsert('story', story.slug, (existing) => {
    const previous = existing?.kind === 'story' ? existing : undefined;
    if (
      previous &&
      previous.lastCard === card &&
      previous.cardsSeen >= seen &&
      previous.cardCount === cardCount
    ) {
      return previous;
    }
    return {
      kind: 'story',
      slug: story.slug,
      cardsSeen: Math.min(Math.max(previous?.cardsSeen ?? 0, seen), cardCount),
      lastCard: Math.min(card, cardCount + 1),
      cardCount,
      firstAt: previous?.firstAt ?? at,
      lastAt: at,
      snapshot: {
        title: story.title,
        color: story.cover.color,
        themes: story.themes,
        ...snapshotImage(story.cover),
      },
    };
  });
}

/** A person's or theme's page was opened: a detour on the path. */
export function recordDetour(
  kind: 'person' | 'theme',
  slug: string,
  snapshot: { title: Localized; image?: Image; color?: string },
): void {
  const at = now();
  upsert(kind, slug, (existing) => ({
    kind,
    slug,
    firstAt: existing?.firstAt ?? at,
    lastAt: at,
    snapshot: {
      title: snapshot.title,
      ...(snapshot.color ? { color: snapshot.color } : {}),
      ...snapshotImage(snapshot.image),
    },
  }));
}

export function removeStep(kind: PathStep['kind'], slug: string): void {
  commit(current().steps.filter((s) => !(s.kind === kind && s.slug === slug)));
}

/** Puts steps back (undo of a removal or a fresh start). */
export function restoreSteps(steps: readonly PathStep[]): void {
  commit(steps);
}

export function clearPath(): void {
  commit([]);
}

/** The notice about a reset was seen; it does not come back this session. */
export function acknowledgeReset(): void {
  commit(current().steps, false);
}

export function isFinished(step: StoryStep): boolean {
  return step.cardsSeen >= step.cardCount;
}

/** The story to resume: the most recently seen one not finished yet. */
export function storyToResume(steps: readonly PathStep[]): StoryStep | null {
  let best: StoryStep | null = null;
  for (const step of steps) {
    if (step.kind !== 'story' || isFinished(step)) continue;
    if (!best || step.lastAt > best.lastAt) best = step;
  }
  return best;
}

export function visitedStorySlugs(steps: readonly PathStep[]): Set<string> {
  return new Set(steps.filter((s) => s.kind === 'story').map((s) => s.slug));
}

/** The steps as the API takes them when the visitor shares the path. */
export function toPathInput(steps: readonly PathStep[]): PathStepInput[] {
  return steps.map((s) =>
    s.kind === 'story'
      ? { kind: 'story', slug: s.slug, cardsSeen: s.cardsSeen }
      : { kind: s.kind, slug: s.slug },
  );
}

/** Tests start each case from what is in storage now. */
export function resetPathForTests(): void {
  state = null;
}
