/**
 * What both API implementations (the MSW handlers and the server) do with a shared
 * path's steps once the body matched `pathInputSchema`: check that each names
 * something that exists, clamp what the visitor saw to the story's length, and mint
 * the path's id. Here once so the two can only answer alike; the client never needs it.
 */
import type { PathStepInput } from './path-schemas.ts';

/** 12 base64url characters: 72 random bits, unguessable and short enough to read aloud. */
export const PATH_ID_LENGTH = 12;
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A fresh path id from the platform's CSPRNG (Node and browsers alike). */
export function newPathId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(PATH_ID_LENGTH));
  // 64 divides 256: keeping the low six bits of a uniform byte keeps it uniform.
  return Array.from(bytes, (byte) => ID_ALPHABET[byte & 63]).join('');
}

/** What an implementation found for a step: a story's target knows its card count. */
export interface StepTarget {
  cardCount?: number;
}

export type CheckedSteps =
  { ok: true; steps: PathStepInput[] } | { ok: false; field: string; message: string };

/**
 * Checks steps in order against `find` (undefined: nothing of that kind has that
 * slug); the first naming nothing that exists is the error. A story step's
 * `cardsSeen` is clamped to the story's cards: a path recorded before a story was
 * shortened still shares.
 */
export function checkSteps(
  steps: readonly PathStepInput[],
  find: (kind: PathStepInput['kind'], slug: string) => StepTarget | undefined,
): CheckedSteps {
  const checked: PathStepInput[] = [];
  for (const [index, step] of steps.entries()) {
    const target = find(step.kind, step.slug);
    if (!target) {
      const field = `steps.${index}.slug`;
      return { ok: false, field, message: `Invalid ${field}: no ${step.kind} "${step.slug}"` };
    }
    checked.push(
      step.kind === 'story'
        ? { ...step, cardsSeen: Math.min(step.cardsSeen, target.cardCount ?? step.cardsSeen) }
        : step,
    );
  }
  return { ok: true, steps: checked };
}
