import type { PagesMessageKey } from './messages-pages-fr.ts';

/** The English strings of search and a shared path: exactly the keys of `messages-pages-fr.ts`. */
export const pagesEn = {
  'shared.title': 'A shared path',
  'shared.summary': '{steps, plural, one {# step} other {# steps}} · shared on {date}',
  'shared.walk': 'Walk this path step by step',
  'shared.position': 'Step {current} of {total}',
  'shared.openStep': 'Open this step',
  'shared.previous': 'Previous step',
  'shared.next': 'Next step',
  'shared.done': 'End the walk',
  'shared.empty': 'The steps of this path are no longer published.',
  'shared.mapLabel': 'Map of the stories by theme, with this path',
  'search.title': 'Search',
  'search.label': 'Search for a story, a person or a theme',
  'search.placeholder': 'A story, a person, a theme…',
  'search.clear': 'Clear the search',
  'search.prompt': 'Search the stories, the people and the themes.',
  'search.loading': 'Searching…',
  'search.count': '{count, plural, one {# result} other {# results}}',
  'search.none': 'Oops! Your search returned no results.',
  'search.results': 'Results',
  'search.more': 'Here are the best {shown}: refine your search to find the others.',
  'search.tooLong':
    'Your search is {length} characters long; the limit is {max}. Shorten it to search.',
  'search.kind.person': 'Person',
  'search.kind.theme': 'Theme',
  'search.suggestions': 'Some ideas',
  'search.suggestedThemes': 'Explore a theme',
  'search.suggestedStories': 'Worth a look',
} as const satisfies Record<PagesMessageKey, string>;
