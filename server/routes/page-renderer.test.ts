// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { stylesheetsOf } from './page-renderer.ts';

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
