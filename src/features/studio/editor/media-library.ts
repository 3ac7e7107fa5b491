/**
 * The studio's small library (decision 035): the images and films already in the
 * stories' documents, so a cover or a card can reuse them beside uploads
 * (src/features/studio/media/). Loaded when first asked for — it reads every story's
 * document, which only a picker needs. Also everyone a story may name, from the
 * studio's people list (small: loaded with the editor, so chips show names).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import type { Image, PersonSummary, Video } from '#contract/schemas.ts';
import type { StoryDocument, StudioStorySummary } from '#contract/studio.ts';

import { studioListOptions, studioPeopleOptions, studioStoryOptions } from '../api/studio-api.ts';
import { studioKeys } from '../api/studio-keys.ts';

export interface MediaLibrary {
  /** Starts loading the library (idempotent). */
  request: () => void;
  loading: boolean;
  images: Image[];
  videos: Video[];
  /** Everyone a story may name (empty until loaded, or if the list failed). */
  people: PersonSummary[];
  /** Every story, for the related stories' choice. */
  stories: StudioStorySummary[];
}

function collect(docs: StoryDocument[]) {
  const images = new Map<string, Image>();
  const videos = new Map<string, Video>();
  for (const doc of docs) {
    if (doc.cover) images.set(doc.cover.src, doc.cover);
    for (const card of doc.cards) {
      if (card.kind === 'image' && card.image) images.set(card.image.src, card.image);
      if (card.kind === 'video' && card.video) {
        const key = card.video.sources[0]?.src ?? card.video.poster.src;
        videos.set(key, card.video);
      }
    }
  }
  return { images: [...images.values()], videos: [...videos.values()] };
}

export function useMediaLibrary(current: StoryDocument): MediaLibrary {
  const [wanted, setWanted] = useState(false);
  // The list is small and cached: the related stories' choice needs it anyway.
  const list = useQuery(studioListOptions({ limit: 200 }));
  const stories = useMemo(() => list.data?.items ?? [], [list.data]);
  // One query for every document, each from the story's own cache entry when there
  // (`useQueries` would join the first load's shared TanStack chunk).
  const queryClient = useQueryClient();
  const docs = useQuery({
    queryKey: [...studioKeys.all, 'library', stories.map((story) => story.slug)],
    queryFn: () =>
      Promise.all(
        stories.map(
          async (story) =>
            (await queryClient.ensureQueryData(studioStoryOptions(story.slug))).draft,
        ),
      ),
    enabled: wanted && stories.length > 0,
    staleTime: 5 * 60_000,
  });
  const library = useMemo(() => collect([current, ...(docs.data ?? [])]), [current, docs.data]);
  const people = useQuery(studioPeopleOptions());
  return {
    request: () => setWanted(true),
    loading: wanted && (list.isPending || docs.isPending),
    ...library,
    people: people.data?.items ?? [],
    stories,
  };
}
