import { defineFlow } from './flow-schema.ts';

export const inMovementContribute = defineFlow({
  id: 'in-movement-contribute',
  title: 'In Movement: take part in a debate',
  summary:
    'A signed-in participant picks a stance, writes a contribution and sends it while the network fails: the draft stays, ready to be sent again.',
  start: '/in-movement/debates/rues-sans-voitures',
  world: {
    scenario: 'as-participant',
    locale: 'fr',
    // The mocks keep one In Movement store per process, shared by every frame and run:
    // a real send would show up in the other frames and in the next contact sheet.
    rules: [{ kind: 'network-error', route: 'createContribution' }],
  },
  steps: [
    { do: 'choose', option: 'im.stance.for' },
    {
      do: 'fill',
      field: 'im.composer.text',
      text: 'Oui, à condition que les bus de nuit et les livraisons à vélo suivent.',
      checkpoint: 'draft',
      note: 'Stance and text chosen; the count of characters left under the field.',
    },
    {
      do: 'tap-button',
      name: 'im.composer.send',
      checkpoint: 'send-failed',
      note: 'The network fails (the flow’s rule): the error, a retry button, and the draft kept.',
    },
  ],
});
