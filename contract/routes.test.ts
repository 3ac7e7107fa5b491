// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { ALLOWED_METHODS, apiUrl, queryString, routes } from './routes.ts';
import { accountRoutes } from './routes-account.ts';
import { inMovementRoutes } from './routes-in-movement.ts';
import { mediaRoutes } from './routes-media.ts';
import { studioRoutes } from './routes-studio.ts';
import { visitorRoutes } from './routes-visitors.ts';

describe('request URLs', () => {
  it('leave empty values out of the query, keeping the given order', () => {
    expect(queryString({ theme: 'usine', cursor: undefined, limit: 20, q: '', x: null })).toBe(
      '?theme=usine&limit=20',
    );
    expect(queryString({})).toBe('');
    expect(queryString(undefined)).toBe('');
  });

  it('build one URL per request, path and query encoded', () => {
    expect(apiUrl('listStories', {}, { theme: 'a b', cursor: undefined })).toBe(
      '/api/stories?theme=a+b',
    );
    expect(apiUrl('listStories')).toBe('/api/stories');
    expect(apiUrl('getStory', { slug: 'é' })).toBe('/api/stories/%C3%A9');
  });
});

describe('allowed methods', () => {
  it('name each path’s methods, GET implying HEAD', () => {
    expect(ALLOWED_METHODS.get('/api/stories')).toEqual(['GET', 'HEAD']);
    expect(ALLOWED_METHODS.get('/api/paths')).toEqual(['POST']);
    expect(ALLOWED_METHODS.get('/api/paths/:id')).toEqual(['GET', 'HEAD']);
  });
});

describe('the route tables', () => {
  it('join without a name or a path and method twice', () => {
    const tables = [visitorRoutes, accountRoutes, inMovementRoutes, studioRoutes, mediaRoutes];
    const names = tables.flatMap((table) => Object.keys(table));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(routes).sort()).toEqual([...names].sort());
    const endpoints = Object.values(routes).map(({ method, path }) => `${method} ${path}`);
    expect(new Set(endpoints).size).toBe(endpoints.length);
  });
});
