import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';

import {
  homePath,
  NOT_A_PAGE,
  PAGE_PATTERNS,
  parcoursPath,
  personPath,
  searchPath,
  sharedParcoursPath,
  STORY_PAGE,
  storyPath,
  themePath,
} from './pages.ts';

describe('page addresses', () => {
  it('builds every page address, each matched by its own pattern', () => {
    const cases: [string, string, Record<string, string | undefined>][] = [
      [storyPath('nuancier', 3), PAGE_PATTERNS.story, { slug: 'nuancier', card: '3' }],
      [personPath('ines-marchal'), PAGE_PATTERNS.person, { slug: 'ines-marchal' }],
      [themePath('design'), PAGE_PATTERNS.theme, { slug: 'design' }],
      [sharedParcoursPath('abcdEFGH1234'), PAGE_PATTERNS.sharedPath, { id: 'abcdEFGH1234' }],
      [parcoursPath(), PAGE_PATTERNS.path, {}],
      [searchPath(), PAGE_PATTERNS.search, {}],
      [homePath(), PAGE_PATTERNS.home, {}],
    ];
    for (const [path, pattern, params] of cases) {
      expect(matchPath(pattern, path)?.params, path).toEqual(params);
    }
  });

  it('names the first card like any other, and the server reads the same address', () => {
    expect(storyPath('nuancier')).toBe('/stories/nuancier/1');
    expect(STORY_PAGE.exec(storyPath('nuancier', 12))?.slice(1)).toEqual(['nuancier', '12']);
    // The bare form still opens the story (decision 009).
    expect(matchPath(PAGE_PATTERNS.story, '/stories/nuancier')?.params.slug).toBe('nuancier');
  });

  it('encodes what it is given, so a stray character cannot change the page', () => {
    expect(personPath('a/b?c')).toBe('/people/a%2Fb%3Fc');
    expect(searchPath('café & co')).toBe('/search?q=caf%C3%A9+%26+co');
    expect(homePath('design')).toBe('/?theme=design');
    expect(sharedParcoursPath('abcdEFGH1234', 2)).toBe('/parcours/abcdEFGH1234?step=2');
  });

  it('tells the server’s and the service worker’s own addresses from app pages', () => {
    const notPage = (path: string) => NOT_A_PAGE.some((rule) => rule.test(path));
    for (const path of [
      '/api/themes',
      '/media/img/x-480.avif',
      '/favicon.ico',
      '/assets/a.js',
      '/__outbox',
    ]) {
      expect(notPage(path), path).toBe(true);
    }
    for (const path of [storyPath('nuancier'), personPath('x'), parcoursPath(), '/nowhere']) {
      expect(notPage(path), path).toBe(false);
    }
  });
});
