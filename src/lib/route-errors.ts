/**
 * "No such page", said one way by loaders and pages alike, and told apart from a
 * failure by the route's error element.
 */
import { data, isRouteErrorResponse } from 'react-router';
import { ApiError } from './api-client.ts';

/** Ends a loader or a render: the address names nothing. */
export function notFound(): never {
  throw data(null, { status: 404 });
}

/** The API said 404, or a loader or page found no such thing. */
export function isNotFoundError(error: unknown): boolean {
  return (
    (error instanceof ApiError && error.isNotFound) ||
    (isRouteErrorResponse(error) && error.status === 404)
  );
}
