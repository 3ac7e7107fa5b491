import { useQueries, useQuery } from '@tanstack/react-query';

import type { PersonSummary } from '#contract/schemas.ts';
import { personOptions } from '#src/api/people.ts';

import { studioStoryOptions } from '../api/studio-api.ts';
import { readLocalCopy } from '../editor/local-copy.ts';
import { type DraftPreview, draftStory } from './draft-story.ts';

/**
 * The draft to preview: what the server holds, or this device's newer local copy
 * (what the editor typed last, not yet saved), with its people as the viewer draws
 * them (their public pages' summaries).
 */
export function useDraftPreview(slug: string): {
  preview: DraftPreview | null;
  error: unknown;
} {
  const story = useQuery(studioStoryOptions(slug));
  const local = readLocalCopy(slug);
  const doc = local.kind === 'copy' ? local.copy.draft : story.data?.draft;
  const people = useQueries({
    queries: (doc?.people ?? []).map((person) => ({ ...personOptions(person), retry: false })),
  });
  if (story.isError) return { preview: null, error: story.error };
  if (!doc || people.some((query) => query.isPending)) return { preview: null, error: null };
  const found: PersonSummary[] = people.flatMap((query) =>
    query.data
      ? [
          {
            slug: query.data.slug,
            name: query.data.name,
            role: query.data.role,
            portrait: query.data.portrait,
          },
        ]
      : [],
  );
  return {
    preview: draftStory(slug, doc, found, new Date().toISOString().slice(0, 10)),
    error: null,
  };
}
