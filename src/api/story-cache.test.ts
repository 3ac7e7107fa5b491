import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';

import { queryKeys } from './query-keys.ts';
import { keepRecentStoryDetails } from './story-cache.ts';

const clients: QueryClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.clear();
});

function setup(keep = 3) {
  const client = new QueryClient({ defaultOptions: { queries: { gcTime: 30 * 60_000 } } });
  clients.push(client);
  const stop = keepRecentStoryDetails(client, keep);
  return { client, stop };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A story fetched (as a tile's prefetch or the viewer's query does). */
const fetchStory = (client: QueryClient, slug: string) =>
  client.fetchQuery({
    queryKey: queryKeys.stories.detail(slug),
    queryFn: () => Promise.resolve({ slug }),
  });

/** A story shown then closed: an observer comes and goes, as the viewer's does. */
async function openAndClose(client: QueryClient, slug: string) {
  const observer = new QueryObserver(client, {
    queryKey: queryKeys.stories.detail(slug),
    queryFn: () => Promise.resolve({ slug }),
  });
  const unsubscribe = observer.subscribe(() => {});
  await settle();
  unsubscribe();
  await settle();
}

const cachedStories = (client: QueryClient) =>
  client
    .getQueryCache()
    .findAll({ queryKey: queryKeys.stories.details() })
    .map((q) => q.queryKey[2])
    .sort();

describe('the story detail cache', () => {
  it('keeps only the last few stories opened and closed', async () => {
    const { client } = setup(3);
    for (const slug of ['a', 'b', 'c', 'd', 'e']) await openAndClose(client, slug);
    expect(cachedStories(client)).toEqual(['c', 'd', 'e']);
  });

  it('counts a story reopened as the most recent one', async () => {
    const { client } = setup(3);
    for (const slug of ['a', 'b', 'c']) await openAndClose(client, slug);
    await openAndClose(client, 'a');
    await openAndClose(client, 'd');
    expect(cachedStories(client)).toEqual(['a', 'c', 'd']);
  });

  it('never drops the story on screen, however many are prefetched meanwhile', async () => {
    const { client } = setup(2);
    const shown = new QueryObserver(client, {
      queryKey: queryKeys.stories.detail('shown'),
      queryFn: () => Promise.resolve({ slug: 'shown' }),
    });
    const unsubscribe = shown.subscribe(() => {});
    await settle();
    for (const slug of ['p1', 'p2', 'p3', 'p4']) await fetchStory(client, slug);
    await settle();
    expect(cachedStories(client)).toEqual(['p3', 'p4', 'shown']);
    expect(shown.getCurrentResult().data).toEqual({ slug: 'shown' });
    unsubscribe();
  });

  it('leaves every other query alone', async () => {
    const { client } = setup(1);
    client.setQueryData(queryKeys.stories.list({}), { pages: [], pageParams: [] });
    client.setQueryData(queryKeys.people.detail('someone'), { slug: 'someone' });
    for (const slug of ['a', 'b', 'c']) await openAndClose(client, slug);
    expect(cachedStories(client)).toEqual(['c']);
    expect(client.getQueryData(queryKeys.stories.list({}))).toBeDefined();
    expect(client.getQueryData(queryKeys.people.detail('someone'))).toBeDefined();
  });

  it('stops when unsubscribed', async () => {
    const { client, stop } = setup(1);
    stop();
    for (const slug of ['a', 'b', 'c']) await openAndClose(client, slug);
    expect(cachedStories(client)).toEqual(['a', 'b', 'c']);
  });
});
