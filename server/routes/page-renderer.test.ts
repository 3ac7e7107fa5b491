// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { scriptsOf, stylesheetsOf } from './page-renderer.ts';

describe('the styles a server-drawn first screen links', () => {
  it('are the drawn modules’ own and their static imports’, once each, never their lazy ones’', () => {
    const manifest = {
      'src/features/story-viewer/story-viewer.tsx': {
        file: 'assets/story-viewer-a.js',
        css: ['assets/story-viewer-a.css'],
        imports: ['_shared.js'],
        dynamicImports: ['src/features/story-viewer/share-panel.tsx'],
      },
      'src/features/path/path-dock.tsx': {
        file: 'assets/path-dock-b.js',
        css: ['assets/path-dock-b.css'],
        imports: ['_shared.js'],
      },
      '_shared.js': { file: 'assets/shared-c.js', css: ['assets/shared-c.css'] },
      'src/features/story-viewer/share-panel.tsx': {
        file: 'assets/share-d.js',
        css: ['assets/share-d.css'],
      },
    };
    expect(
      stylesheetsOf(manifest, [
        'src/features/path/path-dock.tsx',
        'src/features/story-viewer/story-viewer.tsx',
        'src/not-in-the-build.tsx',
      ]),
    ).toEqual(['/assets/path-dock-b.css', '/assets/shared-c.css', '/assets/story-viewer-a.css']);
  });
});

describe('the styles a page links beside the shell’s', () => {
  it('leave out the entry’s, which the shell links already', () => {
    const manifest = {
      'index.html': { file: 'assets/index-e.js', isEntry: true, css: ['assets/index-e.css'] },
      'src/features/path/path-dock.tsx': {
        file: 'assets/path-dock-b.js',
        css: ['assets/path-dock-b.css'],
        imports: ['index.html'],
      },
    };
    expect(stylesheetsOf(manifest, ['src/features/path/path-dock.tsx'])).toEqual([
      '/assets/path-dock-b.css',
    ]);
  });
});

describe('the scripts a server-drawn first screen preloads', () => {
  it('are the drawn modules’ chunks and their imports’, less what the entry loads already', () => {
    const manifest = {
      'index.html': { file: 'assets/index-e.js', isEntry: true, imports: ['_react.js'] },
      '_react.js': { file: 'assets/react-r.js' },
      'src/features/story-viewer/story-viewer.tsx': {
        file: 'assets/story-viewer-a.js',
        imports: ['_react.js', '_motion.js'],
        dynamicImports: ['src/features/story-viewer/share-panel.tsx'],
      },
      '_motion.js': { file: 'assets/motion-m.js', imports: ['_react.js'] },
      'src/lib/messages-en.ts': { file: 'assets/messages-en-x.js' },
      'src/features/story-viewer/share-panel.tsx': { file: 'assets/share-d.js' },
    };
    expect(
      scriptsOf(manifest, [
        'src/features/story-viewer/story-viewer.tsx',
        'src/lib/messages-en.ts',
        'src/not-in-the-build.tsx',
      ]),
    ).toEqual(['/assets/story-viewer-a.js', '/assets/motion-m.js', '/assets/messages-en-x.js']);
  });
});
