// @vitest-environment node
/**
 * The exact words of every shared refusal. Both implementations answer these same
 * objects, so the parity suite cannot see a change in them: this pins them.
 */
import { describe, expect, it } from 'vitest';

import {
  INVALID_CURSOR,
  INVALID_JSON,
  methodNotAllowed,
  noApiRoute,
  notFound,
  payloadTooLarge,
  UNSUPPORTED_MEDIA_TYPE,
} from './failures.ts';
import { parseRouteBody, parseRouteInput } from './request-input.ts';

const query = (text: string) => new URLSearchParams(text);

describe('shared failures', () => {
  it('word refusals of a request’s form', () => {
    expect(UNSUPPORTED_MEDIA_TYPE).toEqual({
      ok: false,
      status: 415,
      code: 'unsupported_media_type',
      message: 'Request bodies must be application/json.',
    });
    expect(payloadTooLarge()).toEqual({
      ok: false,
      status: 413,
      code: 'payload_too_large',
      message: 'Request bodies are limited to 64 KB.',
    });
    expect(INVALID_JSON).toMatchObject({ status: 400, message: 'The body is not valid JSON.' });
    expect(INVALID_CURSOR).toMatchObject({
      status: 400,
      code: 'bad_request',
      message: 'Invalid cursor: not from this API',
      field: 'cursor',
    });
  });

  it('word what is not there', () => {
    expect(notFound('story', 'slug', 'x')).toEqual({
      ok: false,
      status: 404,
      code: 'not_found',
      message: 'No story "x"',
      field: 'slug',
    });
    expect(methodNotAllowed('/api/paths')).toMatchObject({
      status: 405,
      code: 'method_not_allowed',
      message: 'Method not allowed on /api/paths',
    });
    expect(noApiRoute('/api/nope')).toMatchObject({
      status: 404,
      message: 'No API route /api/nope',
    });
  });
});

describe('reading a request', () => {
  it('answers a malformed path segment 404 and a bad query 400, naming the first issue', () => {
    expect(parseRouteInput('getStory', { slug: 'Not A Slug' }, query(''))).toMatchObject({
      status: 404,
      code: 'not_found',
      field: 'slug',
      message: 'Invalid slug: lowercase words separated by hyphens',
    });
    // English words from zod's locale, not its bare "Invalid input".
    expect(parseRouteInput('listStories', {}, query('limit=0'))).toEqual({
      ok: false,
      status: 400,
      code: 'bad_request',
      field: 'limit',
      message: 'Invalid limit: Too small: expected number to be >=1',
    });
    expect(parseRouteInput('listStories', {}, query('theme=usine&limit=5'))).toEqual({
      ok: true,
      input: { params: {}, query: { theme: 'usine', limit: 5 } },
    });
  });

  it('reads a body as JSON, then with the route’s schema', () => {
    expect(parseRouteBody('createPath', '{')).toBe(INVALID_JSON);
    expect(parseRouteBody('createPath', '{"steps":"no"}')).toMatchObject({
      status: 400,
      field: 'steps',
      message: expect.stringMatching(/^Invalid steps: /),
    });
    const steps = [{ kind: 'theme', slug: 'usine' }];
    expect(parseRouteBody('createPath', JSON.stringify({ steps }))).toEqual({
      ok: true,
      body: { steps },
    });
  });
});
