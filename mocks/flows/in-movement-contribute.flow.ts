import { defineFlow } from './flow-schema.ts';

export const inMovementContribute = defineFlow({
  id: 'in-movement-contribute',
  title: 'In Movement: take part in a debate',
  summary:
    'A signed-in participant picks a stance and writes a contribution; the first send is lost to the network and the draft stays; sent again, it is published at the top of the debate.',
  start: '/in-movement/debates/rues-sans-voitures',
  world: {
    scenario: 'as-participant',
    locale: 'fr',
    // The first send only: the failure and the kept draft, then a retry that goes through.
    rules: [{ kind: 'network-error', route: 'createContribution', times: 1 }],
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
      note: 'The network fails (the flow’s rule, once): the error, a retry button, and the draft kept.',
    },
    {
      do: 'tap-button',
      name: 'im.composer.retry',
      checkpoint: 'sent',
      note: 'Sent again with the same key: published. The confirmation, an empty field, the balance one more “for”, and the contribution first in the list below (this frame’s own: no other frame or run sees it).',
    },
  ],
});
