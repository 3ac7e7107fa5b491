/**
 * The studio's query keys, in one place. Kept beside the studio rather than in
 * src/api/query-keys.ts, which the visitors' first load carries (decision 026).
 */
import type { StudioListQuery } from '#contract/studio.ts';

export const studioKeys = {
  all: ['studio'] as const,
  lists: () => [...studioKeys.all, 'list'] as const,
  list: (filters: StudioListQuery) =>
    [
      ...studioKeys.lists(),
      { q: filters.q ?? '', state: filters.state ?? null, incomplete: filters.incomplete ?? null },
    ] as const,
  stories: () => [...studioKeys.all, 'story'] as const,
  story: (slug: string) => [...studioKeys.stories(), slug] as const,
  revisions: (slug: string) => [...studioKeys.all, 'revisions', slug] as const,
  people: () => [...studioKeys.all, 'people'] as const,
};
