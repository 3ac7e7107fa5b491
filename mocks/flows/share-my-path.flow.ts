import { defineFlow } from './flow-schema.ts';

export const shareMyPath = defineFlow({
  id: 'share-my-path',
  title: 'Share my path',
  summary:
    'A visitor opens three stories, looks at their path, shares it, and a second visitor opens the link.',
  start: '/',
  world: { scenario: 'default', locale: 'fr' },
  steps: [
    { do: 'tap-tile', story: 'atelier-des-formes' },
    { do: 'swipe', direction: 'close' },
    { do: 'tap-tile', story: 'ligne-de-nuit' },
    { do: 'swipe', direction: 'close' },
    { do: 'tap-tile', story: 'soufflerie' },
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
