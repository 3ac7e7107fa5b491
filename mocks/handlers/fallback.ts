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
  // `*/api/*` also matches the dev server's modules (`/src/api/account.ts`,
  // `/src/features/studio/api/…`): those pass through (a resolver that returns nothing).
  http.all(`*${API_PREFIX}/*`, ({ request }) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(`${API_PREFIX}/`)) return undefined;
    return failureResponse(noApiRoute(pathname));
  }),
];
