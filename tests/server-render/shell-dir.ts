import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A client build's directory as the server's page renderer needs it: the real shell
 * (`index.html`, whose scripts are not run here) in a temporary directory, and a way
 * to remove it. The first screen itself comes from `src/entry-server.tsx`, imported
 * by the test as the server's renderer.
 */
export function shellDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-ssr-'));
  writeFileSync(join(dir, 'index.html'), readFileSync('index.html'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
