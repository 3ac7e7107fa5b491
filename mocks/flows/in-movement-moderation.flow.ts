import { defineFlow } from './flow-schema.ts';

export const inMovementModeration = defineFlow({
  id: 'in-movement-moderation',
  title: 'In Movement: a curator’s moderation',
  summary:
    'A curator opens In Movement, where the moderation tab shows for their role, goes through the queue of reported contributions, then the public moderation log.',
  start: '/in-movement',
  world: { scenario: 'as-curator', locale: 'fr' },
  steps: [
    {
      do: 'tap-button',
      name: 'im.nav.moderation',
      checkpoint: 'queue',
      note: 'Reported and held contributions, with the actions a curator may take.',
    },
    {
      // By address: on a phone the tab shows a short label its accessible name leaves out.
      do: 'goto',
      url: '/in-movement/moderation/log',
      checkpoint: 'log',
      note: 'What was hidden or restored, and why: public, for every visitor.',
    },
  ],
});
