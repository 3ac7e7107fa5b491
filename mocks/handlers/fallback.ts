import { http } from 'msw';
import { API_PREFIX, routes } from '../../contract/routes.ts';
import { apiError } from './respond.ts';

/** The route table's methods for each path, GET implying HEAD, as server/app.ts answers. */
const allowed = new Map<string, string[]>();
for (const { path, method } of Object.values(routes)) {
  const methods = method === 'GET' ? [method, 'HEAD'] : [method];
  allowed.set(path, [...(allowed.get(path) ?? []), ...methods]);
}

/** Known paths with another method answer 405; anything else under /api answers 404. */
export const fallbackHandlers = [
  ...[...allowed].map(([path, methods]) =>
    http.all(`*${path}`, () => {
      const response = apiError(405, 'method_not_allowed', `Method not allowed on ${path}`);
      response.headers.set('Allow', methods.join(', '));
      return response;
    }),
  ),
  http.all(`*${API_PREFIX}/*`, ({ request }) =>
    apiError(404, 'not_found', `No API route ${new URL(request.url).pathname}`),
  ),
];
