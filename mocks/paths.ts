/**
 * Shared paths for the mocks: kept in memory for the life of the page or process
 * (the server keeps them in its database), checked and drawn against the scenario's
 * dataset exactly as the server checks and draws them against its content. Debate
 * steps are checked and drawn against the In Movement store the request uses (`db`),
 * as its own handlers are.
 */
import type { PathStepInput, SharedPath, SharedPathStep } from '../contract/path-schemas.ts';
import { type CheckedSteps, checkSteps, newPathId } from '../contract/path-steps.ts';
import { type Dataset, toSummary } from './data.ts';
import { findDebate, toDebateSummary } from './in-movement-read.ts';
import type { InMovementState } from './in-movement-store.ts';

interface StoredPath {
  createdAt: string;
  steps: PathStepInput[];
}

const paths = new Map<string, StoredPath>();
/** Steps as stored → id: sharing the same path twice gives the same id, as on the server. */
const idsBySteps = new Map<string, string>();

function find(data: Dataset, db: InMovementState, kind: PathStepInput['kind'], slug: string) {
  if (kind === 'story') {
    const story = data.stories.find((s) => s.slug === slug);
    return story && { cardCount: story.cards.length };
  }
  // An archived debate still exists: the path shares, and reading it leaves the debate out.
  if (kind === 'debate') return findDebate(db, slug) ? {} : undefined;
  const list = kind === 'person' ? data.people : data.themes;
  return list.some((item) => item.slug === slug) ? {} : undefined;
}

export function checkPathSteps(
  data: Dataset,
  db: InMovementState,
  steps: readonly PathStepInput[],
): CheckedSteps {
  return checkSteps(steps, (kind, slug) => find(data, db, kind, slug));
}

/** Stores checked steps; returns the id of the same steps stored before, if any. */
export function savePath(steps: PathStepInput[]): string {
  const key = JSON.stringify(steps);
  let id = idsBySteps.get(key);
  if (!id) {
    do id = newPathId();
    while (paths.has(id));
    paths.set(id, { createdAt: new Date().toISOString(), steps });
    idsBySteps.set(key, id);
  }
  return id;
}

/** Steps whose target left the dataset (or whose debate was archived) are dropped; `cardsSeen` never exceeds a story's cards. */
function resolveStep(data: Dataset, db: InMovementState, step: PathStepInput): SharedPathStep[] {
  if (step.kind === 'story') {
    const story = data.stories.find((s) => s.slug === step.slug);
    if (!story) return [];
    const cardsSeen = Math.min(step.cardsSeen, story.cards.length);
    return [{ ...step, cardsSeen, story: toSummary(story) }];
  }
  if (step.kind === 'person') {
    const person = data.people.find((p) => p.slug === step.slug);
    if (!person) return [];
    const { slug, name, role, portrait } = person;
    return [{ ...step, person: { slug, name, role, portrait } }];
  }
  if (step.kind === 'debate') {
    const debate = findDebate(db, step.slug);
    return debate && !debate.archived ? [{ ...step, debate: toDebateSummary(db, debate) }] : [];
  }
  const theme = data.themes.find((t) => t.slug === step.slug);
  return theme ? [{ ...step, theme }] : [];
}

export function getPath(data: Dataset, db: InMovementState, id: string): SharedPath | null {
  const path = paths.get(id);
  if (!path) return null;
  return {
    id,
    createdAt: path.createdAt,
    steps: path.steps.flatMap((step) => resolveStep(data, db, step)),
  };
}
