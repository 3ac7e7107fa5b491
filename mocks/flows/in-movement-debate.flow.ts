import { defineFlow } from './flow-schema.ts';

export const inMovementDebate = defineFlow({
  id: 'in-movement-debate',
  title: 'In Movement: browse → debate → next → signals',
  summary:
    'A visitor, signed out, opens In Movement, reads a debate (its framing, film, balance and contributions), turns to the next debate, then opens the curated signals.',
  start: '/in-movement',
  world: { scenario: 'default', locale: 'fr' },
  steps: [
    {
      do: 'tap-debate',
      debate: 'rues-sans-voitures',
      checkpoint: 'debate',
      note: 'The pinned debate: question, expert, framing, film, balance; signed out, the composer asks to sign in.',
    },
    {
      do: 'tap-button',
      name: 'im.debate.next',
      checkpoint: 'next-debate',
      note: 'Debates turn like stories: the next one in the springboard’s order.',
    },
    { do: 'tap-button', name: 'im.nav.signals', checkpoint: 'signals' },
  ],
});
