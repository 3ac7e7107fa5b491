import { UNSAFE_ErrorResponseImpl as ErrorResponseImpl } from 'react-router';
import { describe, expect, it } from 'vitest';

import { ApiError } from './api-client.ts';
import { isNotFoundError, notFound } from './route-errors.ts';

describe('route errors', () => {
  it('calls "not found" a 404 from the API or from a loader', () => {
    expect(isNotFoundError(new ApiError('http', 'gone', 404, 'not_found'))).toBe(true);
    // The router's own answer when no route matches.
    expect(isNotFoundError(new ErrorResponseImpl(404, 'Not Found', null))).toBe(true);
    let thrown: unknown;
    try {
      notFound();
    } catch (error) {
      thrown = error;
    }
    expect(isNotFoundError(thrown)).toBe(true);
  });

  it('calls everything else a failure, to be retried', () => {
    expect(isNotFoundError(new ApiError('network', 'offline'))).toBe(false);
    expect(isNotFoundError(new ApiError('http', 'boom', 500, 'internal'))).toBe(false);
    expect(isNotFoundError(new ApiError('contract', 'odd', 200))).toBe(false);
    expect(isNotFoundError(new ErrorResponseImpl(500, 'Oops', null))).toBe(false);
    expect(isNotFoundError(new Error('render'))).toBe(false);
  });
});
