import { useQuery, useQueryClient } from '@tanstack/react-query';

import type { PersonSummary } from '#contract/schemas.ts';
import { personOptions } from '#src/api/people.ts';

import { studioStoryOptions } from '../api/studio-api.ts';
import { studioKeys } from '../api/studio-keys.ts';
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
  const queryClient = useQueryClient();
  const slugs = doc?.people ?? [];
  // One query for all of them (`useQueries` would join the first load's shared chunk);
  // a person the public API does not know is left out, as publishing would.
  const people = useQuery({
    queryKey: [...studioKeys.all, 'preview-people', slugs],
    queryFn: async (): Promise<PersonSummary[]> => {
      const found = await Promise.all(
        slugs.map((person) =>
          queryClient.fetchQuery(personOptions(person)).then(
            (p) => [{ slug: p.slug, name: p.name, role: p.role, portrait: p.portrait }],
            () => [],
          ),
        ),
      );
      return found.flat();
    },
    enabled: doc !== undefined,
  });
  if (story.isError) return { preview: null, error: story.error };
  if (!doc || people.isPending) return { preview: null, error: null };
  const found: PersonSummary[] = people.data ?? [];
  return {
    preview: draftStory(slug, doc, found, new Date().toISOString().slice(0, 10)),
    error: null,
  };
}
