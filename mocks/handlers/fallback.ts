import { http } from 'msw';
import { API_PREFIX, routes } from '../../contract/routes.ts';
import { apiError } from './respond.ts';

/** Known paths with another method answer 405; anything else under /api answers 404. */
export const fallbackHandlers = [
  ...[...new Set(Object.values(routes).map((r) => r.path))].map((path) =>
    http.all(`*${path}`, () =>
      apiError(405, 'method_not_allowed', `Method not allowed on ${path}`),
    ),
  ),
  http.all(`*${API_PREFIX}/*`, ({ request }) =>
    apiError(404, 'not_found', `No API route ${new URL(request.url).pathname}`),
  ),
];
