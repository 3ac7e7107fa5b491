#!/usr/bin/env node
/**
 * `npm start`: builds the app when its sources changed since the last build, then
 * serves it with the real API (server/index.ts on PGlite, or DATABASE_URL).
 * `npm run start:mock` (`--mock`): the designers' build, whose API is the MSW
 * handlers answered over HTTP (mocks/http-server.ts), built into its own directory
 * so neither mode ever serves the other's bundle.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const mock = process.argv.includes('--mock');
const mode = mock ? 'mock' : 'api';
const outDir = mock ? 'dist-mock' : 'dist';
const stamp = join(root, outDir, '.build-stamp');
const inputs = [
  'src',
  'contract',
  'mocks',
  'media',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];

function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(full)) {
    if (path === 'public' && entry === 'media') continue; // generated derivatives
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

function needsBuild() {
  if (!existsSync(stamp) || !existsSync(join(root, outDir, 'index.html'))) return true;
  // The real API's build has a server half that renders first screens (decision 029).
  if (!mock && !existsSync(join(root, `${outDir}-ssr`, 'entry-server.js'))) return true;
  const built = JSON.parse(readFileSync(stamp, 'utf8'));
  return built.mode !== mode || Math.max(...inputs.map(newest)) > built.at;
}

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (needsBuild()) {
  console.log(
    `Building Parcours (${mock ? 'mocked API' : 'real API'}; sources changed since the last build)…`,
  );
  const at = Date.now();
  // An empty VITE_MOCK_API means the client talks to the real API, whatever the shell says.
  // NODE_ENV too: a caller's (Vitest sets `test`) would make Vite build React's
  // development bundle and leave import.meta.env.PROD false (no service worker).
  if (mock) run('npm', ['run', '--silent', 'build:mock'], { NODE_ENV: 'production' });
  else run('npm', ['run', '--silent', 'build'], { VITE_MOCK_API: '', NODE_ENV: 'production' });
  writeFileSync(stamp, JSON.stringify({ mode, at }));
}

const entry = mock ? 'mocks/http-server.ts' : 'server/index.ts';
const server = spawn(process.execPath, ['--import', 'tsx', entry], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, DIST_DIR: join(root, outDir) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
