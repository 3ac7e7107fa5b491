import { defineFlow } from './flow-schema.ts';

export const firstVisit = defineFlow({
  id: 'first-visit',
  title: 'First visit',
  summary:
    'A first-time visitor opens a story from the springboard, reads two cards, takes a detour to the person behind it, comes back and closes the story.',
  start: '/',
  world: { scenario: 'default', locale: 'fr' },
  steps: [
    {
      do: 'tap-tile',
      story: 'nuancier',
      checkpoint: 'story-open',
      note: 'The tile grows into the story: its first card, full screen.',
    },
    { do: 'swipe', direction: 'next', checkpoint: 'second-card' },
    { do: 'swipe', direction: 'next', checkpoint: 'third-card' },
    {
      do: 'tap-person',
      person: 'ines-marchal',
      checkpoint: 'person',
      note: 'The detour: the person page, with her other stories.',
    },
    { do: 'back', checkpoint: 'back-in-story', note: 'Back on the very card she left.' },
    {
      do: 'swipe',
      direction: 'down',
      checkpoint: 'springboard-again',
      note: 'Dragged down with a finger, the story lets go and the springboard is back.',
    },
  ],
});
