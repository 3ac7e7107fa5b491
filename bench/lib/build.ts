/**
 * Builds what the bench measures, into bench/out/ (never dist/, which `npm start`
 * and other work use): the production app (the very `npm run build` steps, with the
 * real API) and the floor app, both precompressed like the app's deployment.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'bench/out');

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status}`);
}

/**
 * `npm run build` into `outDir`: media derivatives, vite build (real API), its server
 * half into `<outDir>-ssr` (server/routes/page-renderer.ts finds it there), precompress.
 */
export function buildApp(outDir: string): void {
  run('npm', ['run', '--silent', 'media']);
  // An empty VITE_MOCK_API: the client talks to the real API, as `npm start` builds it.
  run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_MOCK_API: '',
  });
  run(
    'npx',
    [
      'vite',
      'build',
      '--ssr',
      'src/entry-server.tsx',
      '--outDir',
      `${outDir}-ssr`,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { VITE_MOCK_API: '' },
  );
  run(process.execPath, ['scripts/precompress.mjs', outDir]);
}

/** The floor app (bench/floor-app), built with Vite's JS API and precompressed the same way. */
export async function buildFloor(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'bench/floor-app/vite.config.ts'),
    mode: 'production',
    build: { outDir },
  });
  run(process.execPath, ['scripts/precompress.mjs', outDir]);
}
