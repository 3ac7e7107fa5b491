/**
 * A step's address, on its own: the springboard's continue tile needs it in the first
 * load, while the rest of steps.ts (the trail's and the map's items) serves only the
 * dock and the path pages, which are lazy chunks (decision 026).
 */
import { debatePath, personPath, storyPath, themePath } from '#contract/pages.ts';
import type { PathStep } from '#src/lib/visitor-path.ts';

export function stepHref(step: Pick<PathStep, 'kind' | 'slug'> & { lastCard?: number }): string {
  if (step.kind === 'person') return personPath(step.slug);
  if (step.kind === 'theme') return themePath(step.slug);
  if (step.kind === 'debate') return debatePath(step.slug);
  return storyPath(step.slug, Math.max(1, step.lastCard ?? 1));
}
