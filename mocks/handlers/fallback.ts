import { http } from 'msw';

import { methodNotAllowed, noApiRoute } from '../../contract/failures.ts';
import { ALLOWED_METHODS, API_PREFIX } from '../../contract/routes.ts';
import { failureResponse } from './respond.ts';

/** Known paths with another method answer 405; anything else under /api answers 404. */
export const fallbackHandlers = [
  ...[...ALLOWED_METHODS].map(([path, methods]) =>
    http.all(`*${path}`, () => {
      const response = failureResponse(methodNotAllowed(path));
      response.headers.set('Allow', methods.join(', '));
      return response;
    }),
  ),
  http.all(`*${API_PREFIX}/*`, ({ request }) =>
    failureResponse(noApiRoute(new URL(request.url).pathname)),
  ),
];
