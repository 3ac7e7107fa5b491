/**
 * The studio's small library (decision 035): the images and films already in the
 * stories' documents, so a cover or a card can reuse them until uploads land
 * (src/features/studio/media/). Also the people already named by some story, for the
 * people field's suggestions (the API has no list of people). Loaded when first
 * asked for — it reads every story's document, which only a picker needs.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import type { Image, Video } from '#contract/schemas.ts';
import type { StoryDocument, StudioStorySummary } from '#contract/studio.ts';

import { studioListOptions, studioStoryOptions } from '../api/studio-api.ts';

export interface MediaLibrary {
  /** Starts loading the library (idempotent). */
  request: () => void;
  loading: boolean;
  images: Image[];
  videos: Video[];
  people: string[];
  /** Every story, for the related stories' choice. */
  stories: StudioStorySummary[];
}

function collect(docs: StoryDocument[]) {
  const images = new Map<string, Image>();
  const videos = new Map<string, Video>();
  const people = new Set<string>();
  for (const doc of docs) {
    if (doc.cover) images.set(doc.cover.src, doc.cover);
    for (const person of doc.people) people.add(person);
    for (const card of doc.cards) {
      if (card.kind === 'image' && card.image) images.set(card.image.src, card.image);
      if (card.kind === 'video' && card.video) {
        const key = card.video.sources[0]?.src ?? card.video.poster.src;
        videos.set(key, card.video);
      }
    }
  }
  return { images: [...images.values()], videos: [...videos.values()], people: [...people].sort() };
}

export function useMediaLibrary(current: StoryDocument): MediaLibrary {
  const [wanted, setWanted] = useState(false);
  // The list is small and cached: the related stories' choice needs it anyway.
  const list = useQuery(studioListOptions({ limit: 200 }));
  const stories = useMemo(() => list.data?.items ?? [], [list.data]);
  const docs = useQueries({
    queries: (wanted ? stories : []).map((story) => studioStoryOptions(story.slug)),
  });
  const loaded = docs.flatMap((query) => (query.data ? [query.data.draft] : []));
  const key = loaded.length;
  const library = useMemo(
    () => collect([current, ...loaded]),
    // Rebuilt when a document arrives or the current one changes, not per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `loaded` is new each render; its length says when it grew
    [current, key],
  );
  return {
    request: () => setWanted(true),
    loading: wanted && (list.isPending || docs.some((query) => query.isPending)),
    ...library,
    stories,
  };
}
