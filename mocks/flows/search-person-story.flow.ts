import { defineFlow } from './flow-schema.ts';

export const searchPersonStory = defineFlow({
  id: 'search-person-story',
  title: 'Search → person → story',
  summary:
    'A visitor searches for a name, opens the person page from the results, then one of their stories.',
  start: '/search',
  world: {
    scenario: 'default',
    locale: 'fr',
    // The results arrive a beat late: the loading state shows on the way to the checkpoint.
    rules: [{ kind: 'delay', route: 'search', ms: 600 }],
  },
  steps: [
    { do: 'type-search', text: 'keravec', checkpoint: 'results' },
    { do: 'tap-person', person: 'paul-keravec', checkpoint: 'person' },
    { do: 'tap-tile', story: 'cent-ans-de-calandres', checkpoint: 'story' },
  ],
});
