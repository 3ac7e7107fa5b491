import { http } from 'msw';
import { routes } from '../../contract/routes.ts';
import { getStory, InvalidCursorError, listStories } from '../data.ts';
import { apiError, endpoint } from './respond.ts';

export const storyHandlers = [
  http.get(
    `*${routes.listStories.path}`,
    endpoint('listStories', ({ query, data }) => {
      try {
        return { ok: true, body: listStories(data, query) };
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          return {
            ok: false,
            response: apiError(400, 'bad_request', 'Invalid cursor: not from this API', 'cursor'),
          };
        }
        throw error;
      }
    }),
  ),
  http.get(
    `*${routes.getStory.path}`,
    endpoint('getStory', ({ params, data }) => {
      const story = getStory(data, params.slug);
      return story
        ? { ok: true, body: story }
        : { ok: false, response: apiError(404, 'not_found', `No story "${params.slug}"`, 'slug') };
    }),
  ),
];
