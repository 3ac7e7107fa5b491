/**
 * The French strings of the visitors' pages reached from the springboard by a link,
 * never drawn first by the server: search and a shared path. Loaded with those pages,
 * not in the first load (`message-areas.ts`, decisions 026 and 041);
 * `messages-pages-en.ts` mirrors it. Their not-found texts stay in the core: the
 * router's error element may draw before the page's code came.
 */
export const pagesFr = {
  'shared.title': 'Un parcours partagé',
  'shared.summary': '{steps, plural, one {# étape} other {# étapes}} · partagé le {date}',
  'shared.walk': 'Suivre ce parcours pas à pas',
  'shared.position': 'Étape {current} sur {total}',
  'shared.openStep': 'Ouvrir cette étape',
  'shared.previous': 'Étape précédente',
  'shared.next': 'Étape suivante',
  'shared.done': 'Terminer la visite',
  'shared.empty': 'Les étapes de ce parcours ne sont plus publiées.',
  'shared.mapLabel': 'Carte des histoires par thème, avec ce parcours',
  'search.title': 'Recherche',
  'search.label': 'Rechercher une histoire, une personne ou un thème',
  'search.placeholder': 'Une histoire, une personne, un thème…',
  'search.clear': 'Effacer la recherche',
  'search.prompt': 'Cherchez parmi les histoires, les personnes et les thèmes.',
  'search.loading': 'Recherche en cours…',
  'search.count': '{count, plural, one {# résultat} other {# résultats}}',
  'search.none': "Oups ! votre recherche n'a donné aucun résultat !",
  'search.results': 'Résultats',
  'search.more': 'Voici les {shown} meilleurs : précisez votre recherche pour trouver les autres.',
  'search.tooLong':
    'Votre recherche fait {length} caractères ; elle est limitée à {max}. Raccourcissez-la pour lancer la recherche.',
  'search.kind.person': 'Personne',
  'search.kind.theme': 'Thème',
  'search.suggestions': 'Quelques pistes',
  'search.suggestedThemes': 'Explorer un thème',
  'search.suggestedStories': 'À découvrir',
} as const;

export type PagesMessageKey = keyof typeof pagesFr;
