/**
 * The server half of a build (decision 029): `npm run build` writes, beside the
 * client's `dist/`, `dist-ssr/entry-server.js` (the SSR build of
 * src/entry-server.tsx), which renders pages' first screens. The server uses it when
 * it is there and was built with (or after) the client it serves; otherwise (a build
 * without it, an older one, `dist/` served from elsewhere) the browser draws every
 * page, as before.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { ServerRenderer, ShellPreloads } from '../../contract/boot.ts';

export interface ManifestEntry {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

/** Every manifest key a module reaches through its static imports, itself included. */
function reached(manifest: Record<string, ManifestEntry>, modules: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  modules.forEach(visit);
  return [...seen];
}

/**
 * The scripts a module needs in the client build (its chunk and its static imports'),
 * less those the entry loads already (index.html preloads them): what a page drawn
 * with that module preloads, so its code arrives with the app's, not after it.
 */
export function scriptsOf(
  manifest: Record<string, ManifestEntry>,
  modules: readonly string[],
): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const loaded = new Set(reached(manifest, entries).map((key) => manifest[key]!.file));
  const files = reached(manifest, modules).map((key) => manifest[key]!.file);
  return [...new Set(files)].filter((file) => !loaded.has(file)).map((file) => `/${file}`);
}

/** Every stylesheet the given manifest keys link, their static imports' included. */
function cssOf(manifest: Record<string, ManifestEntry>, keys: readonly string[]): string[] {
  return [...new Set(reached(manifest, keys).flatMap((key) => manifest[key]!.css ?? []))];
}

/**
 * The stylesheets a module needs in the client build (its own and its static
 * imports'), from Vite's manifest (`dist/.vite/manifest.json`), less those the shell
 * links already (the entry's): a second link to one sheet is a second parse.
 */
export function stylesheetsOf(
  manifest: Record<string, ManifestEntry>,
  modules: readonly string[],
): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const linked = new Set(cssOf(manifest, entries));
  return cssOf(manifest, modules)
    .filter((css) => !linked.has(css))
    .map((css) => `/${css}`);
}

/**
 * The SSR build's module, with the client build's files its modules name filled in
 * from the manifest: the styles and scripts a drawn page links, and a shell page's
 * preloads.
 */
export function withManifest(
  module: ServerRenderer,
  manifest: Record<string, ManifestEntry>,
): ServerRenderer {
  const shellModules =
    typeof module.shellPreloads === 'function' ? module.shellPreloads.bind(module) : undefined;
  // A handful of sets in all (one per kind of page and language), each worked out once.
  const shellFiles = new Map<string, ShellPreloads>();
  return {
    ...(shellModules
      ? {
          shellPreloads: (input) => {
            const { modules } = shellModules(input);
            const key = modules.join(' ');
            let found = shellFiles.get(key);
            if (!found) {
              found = {
                modules,
                stylesheets: stylesheetsOf(manifest, modules),
                scripts: scriptsOf(manifest, modules),
              };
              shellFiles.set(key, found);
            }
            return found;
          },
        }
      : {}),
    renderPage: async (input) => {
      const output = await module.renderPage(input);
      return (
        output && {
          ...output,
          stylesheets: stylesheetsOf(manifest, output.modules),
          scripts: scriptsOf(manifest, output.modules),
        }
      );
    },
  };
}

function readManifest(distDir: string): Record<string, ManifestEntry> {
  try {
    return JSON.parse(
      readFileSync(join(resolve(distDir), '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, ManifestEntry>;
  } catch {
    // No manifest: the lazily loaded styles arrive with their code, as before.
    return {};
  }
}

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
    const render = module.renderPage;
    if (typeof render !== 'function') return null;
    return withManifest(module as ServerRenderer, readManifest(distDir));
  } catch (error) {
    onError(error);
    return null;
  }
}
