/** Every committed flow, in the board's order; a new flow file joins this list. */
import { firstVisit } from './first-visit.flow.ts';
import type { Flow } from './flow-schema.ts';
import { inMovementContribute } from './in-movement-contribute.flow.ts';
import { inMovementDebate } from './in-movement-debate.flow.ts';
import { inMovementModeration } from './in-movement-moderation.flow.ts';
import { searchPersonStory } from './search-person-story.flow.ts';
import { shareMyPath } from './share-my-path.flow.ts';

export const flows: readonly Flow[] = [
  firstVisit,
  shareMyPath,
  searchPersonStory,
  inMovementDebate,
  inMovementContribute,
  inMovementModeration,
];

export function flowById(id: string): Flow | undefined {
  return flows.find((flow) => flow.id === id);
}
