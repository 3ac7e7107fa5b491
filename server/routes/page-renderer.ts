/**
 * The server half of a build (decision 029): `npm run build` writes, beside the
 * client's `dist/`, `dist-ssr/entry-server.js` (the SSR build of
 * src/entry-server.tsx), which renders pages' first screens. The server uses it when
 * it is there and was built with (or after) the client it serves; otherwise (a build
 * without it, an older one, `dist/` served from elsewhere) the browser draws every
 * page, as before.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { ServerRenderer } from '../../contract/boot.ts';

/** Where a client build's server half lives: `dist` → `dist-ssr`. */
export function rendererPath(distDir: string): string {
  return join(`${resolve(distDir)}-ssr`, 'entry-server.js');
}

export async function loadRenderer(
  distDir: string,
  onError: (error: unknown) => void,
): Promise<ServerRenderer | null> {
  const entry = rendererPath(distDir);
  const shell = join(resolve(distDir), 'index.html');
  if (!existsSync(entry) || !existsSync(shell)) return null;
  // Built before the client it would hydrate: its markup would not match that client.
  if (statSync(entry).mtimeMs < statSync(shell).mtimeMs) return null;
  try {
    const module = (await import(pathToFileURL(entry).href)) as Partial<ServerRenderer>;
    return typeof module.renderPage === 'function' ? (module as ServerRenderer) : null;
  } catch (error) {
    onError(error);
    return null;
  }
}
