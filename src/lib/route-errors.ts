/**
 * "No such page", said one way by loaders and pages alike, and told apart from a
 * failure by the route's error element.
 */
import { isRouteErrorResponse } from 'react-router';

import { ApiError } from './api-client.ts';

/** An address that names nothing the API knows (a theme no longer listed, a bad id). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** Ends a loader or a render: the address names nothing. */
export function notFound(): never {
  throw new NotFoundError('Nothing has this address.');
}

/** The API said 404, a loader or page found no such thing, or no route matched. */
export function isNotFoundError(error: unknown): boolean {
  return (
    error instanceof NotFoundError ||
    (error instanceof ApiError && error.isNotFound) ||
    (isRouteErrorResponse(error) && error.status === 404)
  );
}
