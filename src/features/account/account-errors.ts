import { ApiError } from '#src/lib/api-client.ts';

/** Whole minutes to wait after a 429 (at least one), from its Retry-After. */
export function minutesToWait(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 429) return null;
  return Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'network';
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
