/**
 * The visitor's own path: every story, person, theme and In Movement debate they
 * opened, in the order they first reached it, kept in localStorage so it survives
 * reloads and works offline. This is the app's one client-side store: it is neither server state
 * (nothing is sent until the visitor shares) nor navigation state (it outlives URLs).
 *
 * This module is the store (state, subscription, recording) and the readers over
 * steps; the stored value's schema, reading and writing are in visitor-path-storage.ts.
 */
import { useSyncExternalStore } from 'react';

import type { DebateSummary } from '#contract/in-movement.ts';
import type { PathStepInput } from '#contract/path-schemas.ts';
import { type Image, type Localized, PATH_MAX_STEPS } from '#contract/schemas.ts';

import {
  loadPath,
  type PathState,
  type PathStep,
  pathStorageKey,
  savePath,
  type StepSnapshot,
  type StoryStep,
} from './visitor-path-storage.ts';

export type { PathStep, StoryStep } from './visitor-path-storage.ts';

let state: PathState | null = null;
const listeners = new Set<() => void>();

function current(): PathState {
  state ??= loadPath();
  return state;
}

function commit(steps: readonly PathStep[], wasReset = current().wasReset): void {
  state = { steps, wasReset };
  savePath(steps);
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  // Another tab changed the path: read it again.
  if (event.key !== pathStorageKey() && event.key !== null) return;
  state = { ...loadPath(), wasReset: false };
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

/**
 * What the server draws, and the browser while it hydrates: a first visit's empty
 * path (the stored one is the device's, unknown to the server); the stored path
 * follows in the next render.
 */
const FIRST_VISIT: PathState = { steps: [], wasReset: false };
const serverSnapshot = () => FIRST_VISIT;

export function usePath(): PathState {
  return useSyncExternalStore(subscribe, current, serverSnapshot);
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
  kind: 'person' | 'theme' | 'debate',
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

/**
 * An In Movement debate was opened: it joins the path as a detour does, drawn with
 * its question (in the debate's one language), its cover and its theme's colour.
 */
export function recordDebate(
  debate: Pick<DebateSummary, 'slug' | 'question' | 'cover'>,
  themeColor?: string,
): void {
  recordDetour('debate', debate.slug, {
    title: { fr: debate.question, en: debate.question },
    image: debate.cover,
    ...(themeColor ? { color: themeColor } : {}),
  });
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

function isFinished(step: StoryStep): boolean {
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
