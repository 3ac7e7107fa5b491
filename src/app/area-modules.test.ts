// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { shellPageModules } from './area-modules.ts';

/** The project-root paths of the modules a file loads lazily (`import('…')`). */
function lazyImports(file: string, only?: RegExp): string[] {
  const source = readFileSync(file, 'utf8');
  const section = only ? (only.exec(source)?.[0] ?? '') : source;
  return [...section.matchAll(/import\('([^']+)'\)/g)].map(([, specifier = '']) =>
    specifier.startsWith('#src/')
      ? specifier.replace('#src/', 'src/')
      : relative('.', join(dirname(file), specifier)),
  );
}

const PAGES = [
  '/in-movement',
  '/in-movement/debates/some-debate',
  '/in-movement/signals',
  '/in-movement/moderation',
  '/in-movement/moderation/log',
  '/in-movement/nothing/here',
  '/sign-in',
  '/sign-in/verify',
  '/account',
  '/search',
  '/parcours/abc',
  '/people/someone',
  '/themes/some-theme',
];
const named = new Set(PAGES.flatMap((page) => shellPageModules(page, 'fr')));

describe('what a page the browser draws preloads', () => {
  it('names modules that exist', () => {
    for (const module of named) expect(existsSync(module), module).toBe(true);
  });

  it('names every module In Movement’s and the account’s routes load, and their strings', () => {
    const areas = lazyImports(
      'src/app/area-routes.ts',
      /inMovementRoutes[\s\S]*?\n};\n[\s\S]*?accountRoutes[\s\S]*?\n};/,
    );
    expect(areas.length).toBeGreaterThan(8);
    for (const module of areas) expect(named, module).toContain(module);
    for (const strings of ['src/lib/messages-in-movement.ts', 'src/lib/messages-account.ts'])
      expect(named).toContain(strings);
  });

  it('names every visitors’ page module the router loads, but the pages the server draws', () => {
    const pages = lazyImports('src/app/router.tsx').filter(
      (module) =>
        module !== 'src/app/area-routes.ts' && module !== 'src/features/path/path-page.tsx',
    );
    expect(pages.length).toBeGreaterThan(3);
    for (const module of pages) expect(named, module).toContain(module);
  });

  it('is the page’s own: its area’s shell and its module, not another page’s', () => {
    expect(shellPageModules('/in-movement', 'fr')).toEqual([
      'src/app/area-routes.ts',
      'src/features/in-movement/in-movement-layout.tsx',
      'src/lib/messages-in-movement.ts',
      'src/features/in-movement/im-springboard.tsx',
    ]);
    const debate = shellPageModules('/in-movement/debates/x', 'fr');
    expect(debate).toContain('src/features/in-movement/debate-route.tsx');
    expect(debate).not.toContain('src/features/in-movement/im-springboard.tsx');
    expect(shellPageModules('/in-movement/moderation/log', 'fr')).toContain(
      'src/features/in-movement/moderation/moderation-log-page.tsx',
    );
    expect(shellPageModules('/in-movement/nothing/here', 'fr')).toEqual([
      'src/app/area-routes.ts',
      'src/features/in-movement/in-movement-layout.tsx',
      'src/lib/messages-in-movement.ts',
    ]);
  });

  it('adds the English strings for a page in English, and nothing for a page with no code', () => {
    expect(shellPageModules('/account', 'en')).toContain('src/lib/messages-en.ts');
    expect(shellPageModules('/account', 'fr')).not.toContain('src/lib/messages-en.ts');
    expect(shellPageModules('/studio', 'fr')).toEqual([]);
    expect(shellPageModules('/studio', 'en')).toEqual(['src/lib/messages-en.ts']);
  });
});
