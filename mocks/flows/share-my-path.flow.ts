import { defineFlow } from './flow-schema.ts';

export const shareMyPath = defineFlow({
  id: 'share-my-path',
  title: 'Share my path',
  summary:
    'A visitor opens three stories, looks at their path, shares it, and a second visitor opens the link.',
  start: '/',
  world: { scenario: 'default', locale: 'fr' },
  steps: [
    // Slideshows: a film's first card plays and may turn to the next card by itself.
    { do: 'tap-tile', story: 'nuancier' },
    { do: 'swipe', direction: 'close' },
    { do: 'tap-tile', story: 'robots-soudeurs' },
    { do: 'swipe', direction: 'close' },
    { do: 'tap-tile', story: 'piste-d-essai' },
    { do: 'swipe', direction: 'close', checkpoint: 'three-stories' },
    { do: 'goto', url: '/parcours', checkpoint: 'path', note: 'The trail and the map.' },
    { do: 'tap-button', name: 'path.share', checkpoint: 'link-ready' },
    {
      do: 'open-shared-link',
      checkpoint: 'second-visitor',
      note: 'A fresh visitor (empty path of their own) lands on the shared path.',
    },
  ],
});
