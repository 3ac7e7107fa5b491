import { http } from 'msw';

import { InvalidCursorError } from '../../contract/cursor.ts';
import { INVALID_CURSOR, notFound } from '../../contract/failures.ts';
import { routes } from '../../contract/routes.ts';
import { getStory, listStories } from '../data.ts';
import { endpoint } from './respond.ts';

export const storyHandlers = [
  http.get(
    `*${routes.listStories.path}`,
    endpoint('listStories', ({ query, data }) => {
      try {
        return { ok: true, body: listStories(data, query) };
      } catch (error) {
        if (error instanceof InvalidCursorError) return INVALID_CURSOR;
        throw error;
      }
    }),
  ),
  http.get(
    `*${routes.getStory.path}`,
    endpoint('getStory', ({ params, data }) => {
      const story = getStory(data, params.slug);
      return story ? { ok: true, body: story } : notFound('story', 'slug', params.slug);
    }),
  ),
];
