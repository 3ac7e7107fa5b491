/**
 * The one place query keys are made. Hierarchical, so a prefix invalidates a family:
 * ['stories'] → every story query, ['stories', 'list'] → every list page.
 */
export const queryKeys = {
  stories: {
    all: ['stories'] as const,
    lists: () => [...queryKeys.stories.all, 'list'] as const,
    list: (filters: { theme?: string | undefined }) =>
      [...queryKeys.stories.lists(), { theme: filters.theme ?? null }] as const,
    details: () => [...queryKeys.stories.all, 'detail'] as const,
    detail: (slug: string) => [...queryKeys.stories.details(), slug] as const,
  },
  themes: {
    all: ['themes'] as const,
    list: () => [...queryKeys.themes.all, 'list'] as const,
  },
  /** In Movement's curated signals, moderation queue and public log (what curators work on). */
  imModeration: {
    all: ['im-moderation'] as const,
    debates: () => [...queryKeys.imModeration.all, 'debates'] as const,
    curatedLists: () => [...queryKeys.imModeration.all, 'curated'] as const,
    curatedList: (filters: { theme?: string | undefined }) =>
      [...queryKeys.imModeration.curatedLists(), { theme: filters.theme ?? null }] as const,
    queue: () => [...queryKeys.imModeration.all, 'queue'] as const,
    log: () => [...queryKeys.imModeration.all, 'log'] as const,
  },
  people: {
    all: ['people'] as const,
    detail: (slug: string) => [...queryKeys.people.all, 'detail', slug] as const,
  },
  search: {
    all: ['search'] as const,
    results: (params: { q: string; locale: string; limit: number }) =>
      [...queryKeys.search.all, 'results', params] as const,
  },
  /** The signed-in person: `me` is who they are (null when signed out). */
  account: {
    all: ['account'] as const,
    me: () => [...queryKeys.account.all, 'me'] as const,
  },
  paths: {
    all: ['paths'] as const,
    detail: (id: string) => [...queryKeys.paths.all, 'detail', id] as const,
  },
  /** The signed-in account (`null` when signed out). */
  /** The In Movement platform: its themes, debates and their contributions. */
  inMovement: {
    all: ['in-movement'] as const,
    themes: () => [...queryKeys.inMovement.all, 'themes'] as const,
    debateLists: () => [...queryKeys.inMovement.all, 'debates', 'list'] as const,
    debateList: (filters: { theme?: string | undefined }) =>
      [...queryKeys.inMovement.debateLists(), { theme: filters.theme ?? null }] as const,
    debate: (slug: string) => [...queryKeys.inMovement.all, 'debates', 'detail', slug] as const,
    /** Every sort of one debate's contributions: a write invalidates them all. */
    contributions: (slug: string) => [...queryKeys.inMovement.all, 'contributions', slug] as const,
    contributionList: (slug: string, sort: 'recent' | 'replies') =>
      [...queryKeys.inMovement.contributions(slug), { sort }] as const,
  },
};
