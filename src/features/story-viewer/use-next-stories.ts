import {
  type InfiniteData,
  useInfiniteQuery,
  useQueries,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';

import type { Person, Story, StoryList, StorySummary } from '#contract/schemas.ts';
import { personOptions } from '#src/api/people.ts';
import { storyListOptions, storyOptions } from '#src/api/stories.ts';
import { useHydrated } from '#src/lib/use-hydrated.ts';
import { readPath, visitedStorySlugs } from '#src/lib/visitor-path.ts';

import { pickSurprise, rankNextStories } from './next-stories.ts';

/** For each story, how many of these people appear in it. Stable, so `useQueries` memoizes it. */
function countSharedPeople(results: { data?: Person | undefined }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const result of results) {
    for (const s of result.data?.stories ?? []) counts.set(s.slug, (counts.get(s.slug) ?? 0) + 1);
  }
  return counts;
}

/** Every story of the pages loaded so far. Stable, so the selection is memoized. */
function allStories(data: InfiniteData<StoryList, string | null>): StorySummary[] {
  return data.pages.flatMap((page) => page.items);
}

const NONE: StorySummary[] = [];
const NOTHING_SEEN: ReadonlySet<string> = new Set();

/** Where the surprise falls while the server draws it: the same on both sides. */
const SERVER_ROLL = 0.5;

/**
 * What only this device knows (the path it holds, a random draw), read once the page is
 * the browser's: the server draws the end card as for a first visit with a fixed draw,
 * and hydration must find exactly that, or React throws the server's drawing away.
 */
function useDeviceOnce<T>(read: () => T, server: T): T {
  const hydrated = useHydrated();
  const [value, setValue] = useState<{ read: T } | null>(() =>
    hydrated ? { read: read() } : null,
  );
  if (hydrated && value === null) {
    const next = { read: read() };
    setValue(next);
    return next.read;
  }
  return value ? value.read : server;
}

export interface NextStories {
  /** The stories the end card proposes, closest first. */
  next: StorySummary[];
  /** "Surprise me": one more, off the beaten track. */
  surprise: StorySummary | null;
  /** What the visitor had seen when the story opened (this story included). */
  visited: ReadonlySet<string>;
}

/**
 * What to read after this story. Near its end (`nearEnd`), who appears in it tells
 * which other stories are close to it, the story list is read (through a
 * subscription, so the ranking follows new pages) and the likely next stories' data
 * are fetched ahead of the visitor.
 */
export function useNextStories(story: Story, nearEnd: boolean): NextStories {
  const queryClient = useQueryClient();
  const visited = useDeviceOnce(() => visitedStorySlugs(readPath().steps), NOTHING_SEEN);
  const sharedPeople = useQueries({
    queries: story.people.map((person) => ({ ...personOptions(person.slug), enabled: nearEnd })),
    combine: countSharedPeople,
  });
  const { data: known = NONE } = useInfiniteQuery({
    ...storyListOptions(),
    enabled: nearEnd,
    select: allStories,
  });
  const next = useMemo(
    () => rankNextStories(story, known, visited, { sharedPeople }),
    [story, known, visited, sharedPeople],
  );
  // Drawn once, so the surprise stays put while the visitor looks at it.
  const roll = useDeviceOnce(Math.random, SERVER_ROLL);
  const surprise = useMemo(
    () => pickSurprise(story.slug, known, next, visited, () => roll),
    [story.slug, known, next, visited, roll],
  );

  useEffect(() => {
    if (nearEnd) {
      for (const s of next.slice(0, 3)) void queryClient.prefetchQuery(storyOptions(s.slug));
    }
  }, [nearEnd, next, queryClient]);

  return { next, surprise, visited };
}
